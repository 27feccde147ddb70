// Held-out set 14 for issue 22, written by an engineer for issue 22 on 2026-12-07: lines as IT
// contracts, vendor, support and risk managers type them in a working week (lower case, typos,
// abbreviations, possessives, questions with and without question marks, requests, statements of
// what happened). Written BLIND, before any tuning of this round, from the job and the register
// alone: its writer never opened the recogniser's code or any other phrasing, development or
// held-out set, and never ran a plain-language line through Tickler. It is the FINAL measure for
// the issue: it is NEVER used for tuning (no cue, phrasing or rule may come from here) and it is
// scored once, by the lead, at the end.
//
// Same register and clock as the first set (test/language/fixture.ts: demo register, Wednesday
// 2026-11-25 10:30 in New York, asker U0NORTH); facts are worked out from data/demo with its
// dates shifted by loadDemo. Reads are judged by meaning (the expected command typed explicitly
// must give the same answer); writes by what confirming them would store. No expectation depends
// on a risk check's due date or overdue status.
import type { JobCase } from './job-held-out-set.ts'

const CONTOSO = '"Contoso Cloud Services"'
const COHO = '"Coho Backup"'
const WOODGROVE = '"Woodgrove Payments"'
const MULLER = '"Müller & Söhne Rechenzentrum"'

export const JOB_HELD_OUT_SET_14: JobCase[] = [
  // Contracts managers: one fact, answered first.
  {
    role: 'contracts',
    text: 'when does the contoso cloud hosting contract end',
    expect: { fact: ['2027-02-22'] },
  },
  {
    role: 'contracts',
    text: "whats the notice deadline on litware's enterprise agreement?",
    expect: { fact: ['2027-06-26'] },
  },
  {
    role: 'contracts',
    text: 'how many days do we have left to give notice on blue yonder warehouse mgmt?',
    expect: { fact: ['30 days'] },
  },
  { role: 'contracts', text: 'notice period for the SGI mainframe deal?', expect: { fact: ['180 days'] } },
  {
    role: 'contracts',
    text: "when do we have to tell Alpine we're not renewing the laptop lease",
    expect: { fact: ['2027-09-26'] },
  },
  {
    role: 'contracts',
    text: 'end date of the humongous claims platform contract',
    expect: { fact: ['2027-05-24'] },
  },
  {
    role: 'contracts',
    text: 'when does the łódź development team contract expire',
    expect: { fact: ['2027-11-24'] },
  },
  {
    role: 'contracts',
    text: "how long is the notice period on northwind's BI licences",
    expect: { fact: ['45 days'] },
  },
  {
    role: 'contracts',
    text: 'days left before the notice deadline on woodgrove fraud screening',
    expect: { fact: ['304 days'] },
  },
  {
    role: 'contracts',
    text: "relecloud observability - when's notice due?",
    expect: { fact: ['2027-08-10'] },
  },
  {
    role: 'contracts',
    text: 'vanarsdel rugged tablets contract, when does it finish',
    expect: { fact: ['2027-08-24'] },
  },
  {
    role: 'contracts',
    text: 'notice deadline for trey research test automation seats??',
    expect: { fact: ['2027-04-08'] },
  },
  {
    role: 'contracts',
    text: 'how much notice do we need to give müller on the cross connects',
    expect: { fact: ['30 days'] },
  },
  { role: 'contracts', text: "when does GDI's font licence run out", expect: { fact: ['2027-11-24'] } },
  {
    role: 'contracts',
    text: 'how many days till the margies travel booking notice date',
    expect: { fact: ['44 days'] },
  },
  {
    role: 'contracts',
    text: 'wen does the adatum privilaged access contract end',
    expect: { fact: ['2027-03-08'] },
  },
  {
    role: 'contracts',
    text: 'Notice period on the Nordlicht mobile fleet contract?',
    expect: { fact: ['60 days'] },
  },

  // Contracts managers: windows and filters.
  { role: 'contracts', text: 'renewals coming up in q2', expect: 'renewals q2' },
  {
    role: 'contracts',
    text: 'show me everything with a notice deadline this qtr',
    expect: 'renewals this quarter',
  },
  { role: 'contracts', text: "what's up for renewal in the next 6 weeks", expect: 'renewals next 6 weeks' },
  { role: 'contracts', text: 'any saas renewals before end of yr?', expect: 'renewals eoy kind saas' },
  {
    role: 'contracts',
    text: 'list renewals over 200k in the next 6 months',
    expect: 'renewals next 6 months over 200000',
  },
  {
    role: 'contracts',
    text: 'which outsourcing contracts come up for renewal next quarter',
    expect: 'renewals next quarter kind outsourcing',
  },
  { role: 'contracts', text: 'my renewals this month', expect: 'renewals this month owner me' },
  {
    role: 'contracts',
    text: 'renewals for critical vendors through march 31',
    expect: 'renewals by 2027-03-31 tier critical',
  },
  { role: 'contracts', text: 'what renewals hit this wk', expect: 'renewals this week' },
  {
    role: 'contracts',
    text: 'upcoming licence renewals in the next 120 days',
    expect: 'renewals 120 days kind licence',
  },
  { role: 'contracts', text: "pull up U0SOUTH's renewals in q1", expect: 'renewals q1 owner U0SOUTH' },
  {
    role: 'contracts',
    text: 'hardware renewals next 4 months',
    expect: 'renewals next 4 months kind hardware',
  },
  {
    role: 'contracts',
    text: 'support contract renewals over 40k usd by eoy',
    expect: 'renewals eoy kind support over 40000 USD',
  },

  // Contracts managers: writes stated in words.
  {
    role: 'contracts',
    text: 'we renewed contoso cloud hosting through 2028-02-22 at 215k usd',
    expect: 'contract renew "Cloud hosting" end 2028-02-22 value 215000 USD',
  },
  {
    role: 'contracts',
    text: 'we signed the fabrikam core switch maintenance renewal, new end date 22 jan 2028',
    expect: 'contract renew "Core switch maintenance" end 2028-01-22',
  },
  {
    role: 'contracts',
    text: "we're not renewing SGI's print and mail room, it ends on 2026-12-25",
    expect: 'contract end "Print and mail room" on 2026-12-25',
  },
  {
    role: 'contracts',
    text: 'change the notice period on the tailspin EDR subscription to 120 days',
    expect: 'contract edit "EDR subscription" notice 120',
  },
  {
    role: 'contracts',
    text: 'set the annual value of the northwind bi platform licences to 58,000 gbp',
    expect: 'contract edit "BI platform licences" value 58000 GBP',
  },
  { role: 'contracts', text: 'renew the proseware contract', expect: { incomplete: 'contract renew' } },
  {
    role: 'contracts',
    text: 'turn off auto renew on the humongous claims platform',
    expect: 'contract edit "Claims platform" auto-renew no',
  },
  {
    role: 'contracts',
    text: 'make U0WEST the owner of the vanarsdel rugged tablets contract',
    expect: 'contract edit "Rugged tablets" owner U0WEST',
  },
  {
    role: 'contracts',
    text: 'can you draft the termination letter for the nordlicht MPLS deal',
    expect: 'unknown',
  },

  // Vendor managers: one fact, answered first.
  { role: 'vendor', text: 'who owns fabrikam?', expect: { fact: ['U0EAST'] } },
  { role: 'vendor', text: 'whos our contact at woodgrove', expect: { fact: ['partners@woodgrove.example'] } },
  { role: 'vendor', text: 'owner of the litware account', expect: { fact: ['U0WEST'] } },
  { role: 'vendor', text: 'who do I email at tailspin?', expect: { fact: ['renewals@tailspin.example'] } },
  { role: 'vendor', text: 'Who is responsible for Nordlicht', expect: { fact: ['U0SOUTH'] } },
  { role: 'vendor', text: 'adatum contact email pls', expect: { fact: ['success@adatum.example'] } },
  { role: 'vendor', text: "datos sp - who's the vendor owner", expect: { fact: ['U0SOUTH'] } },
  { role: 'vendor', text: 'who manages the relationship with Alpine Ski?', expect: { fact: ['U0EAST'] } },
  {
    role: 'vendor',
    text: 'contact for müller & söhne?',
    expect: { fact: ['vertrieb@mueller-soehne.example'] },
  },
  { role: 'vendor', text: 'who owns lucerne', expect: { fact: ['no owner'] } },
  { role: 'vendor', text: 'which of us owns the lodz account', expect: { fact: ['U0WEST'] } },
  { role: 'vendor', text: "who's our coho contact?", expect: { fact: ['support@coho.example'] } },
  { role: 'vendor', text: "what's proseware's contact address", expect: { fact: ['csm@proseware.example'] } },
  { role: 'vendor', text: 'relecloud monitoring owner', expect: { fact: ['U0WEST'] } },
  { role: 'vendor', text: 'who is the contact at northwnd', expect: { fact: ['sales@northwind.example'] } },
  {
    role: 'vendor',
    text: 'who looks after the graphic design institute fonts vendor',
    expect: { fact: ['U0SOUTH'] },
  },
  {
    role: 'vendor',
    text: "who's the point of contact at société générale informatique",
    expect: { fact: ['contrats@sgi.example'] },
  },

  // Vendor managers: lists, cards, windows and filters.
  { role: 'vendor', text: 'list all critical tier vendors', expect: 'vendors tier critical' },
  { role: 'vendor', text: 'which vendors do I own', expect: 'vendors owner me' },
  { role: 'vendor', text: "show U0EAST's vendors", expect: 'vendors owner U0EAST' },
  { role: 'vendor', text: 'low tier vendors?', expect: 'vendors tier low' },
  { role: 'vendor', text: 'pull up the vanarsdel card', expect: 'vendor VanArsdel' },
  { role: 'vendor', text: 'tell me about blue yonder', expect: 'vendor "Blue Yonder Logistics Systems"' },
  { role: 'vendor', text: 'what changed on the SGI record lately', expect: 'history SGI' },
  { role: 'vendor', text: 'medium tier vendors owned by U0WEST', expect: 'vendors tier medium owner U0WEST' },
  {
    role: 'vendor',
    text: 'renewals for high tier vendors next 60 days',
    expect: 'renewals 60 days tier high',
  },
  { role: 'vendor', text: 'give me the full vendor list', expect: 'vendors' },
  { role: 'vendor', text: "woodgrove's contracts and checks", expect: `vendor ${WOODGROVE}` },
  {
    role: 'vendor',
    text: 'what do my vendors have coming up for renewal next month?',
    expect: 'renewals next month owner me',
  },
  {
    role: 'vendor',
    text: 'anything renewing with a critical vendor in the next 3 weeks',
    expect: 'renewals next 3 weeks tier critical',
  },

  // Vendor managers: writes stated in words.
  {
    role: 'vendor',
    text: "change northwind's contact to renewals@northwind.example",
    expect: 'vendor edit "Northwind Analytics" email renewals@northwind.example',
  },
  {
    role: 'vendor',
    text: 'U0WEST is taking over trey research',
    expect: 'vendor edit "Trey Research Labs" owner U0WEST',
  },
  {
    role: 'vendor',
    text: 'lucerne is owned by U0EAST from now on',
    expect: 'vendor edit "Lucerne Publishing Tools" owner U0EAST',
  },
  {
    role: 'vendor',
    text: 'move fourth coffee to medium tier',
    expect: 'vendor edit "Fourth Coffee Facilities IT" tier medium',
  },
  {
    role: 'vendor',
    text: "update wingtip's contact email to print@wingtip.example",
    expect: 'vendor edit "Wingtip Print Services" email print@wingtip.example',
  },
  {
    role: 'vendor',
    text: 'please set humongous to high tier',
    expect: 'vendor edit "Humongous Insurance Systems" tier high',
  },
  { role: 'vendor', text: 'add a new vendor', expect: { incomplete: 'vendor add' } },
  { role: 'vendor', text: 'change the vendor owner to U0NORTH', expect: { incomplete: 'vendor edit' } },
  { role: 'vendor', text: "what's the weather in sao paulo today", expect: 'unknown' },

  // Support managers: one fact, answered first.
  { role: 'support', text: 'is INC-0004 resolved?', expect: { fact: ['INC-0004', 'resolved'] } },
  { role: 'support', text: 'status of inc-0009', expect: { fact: ['INC-0009', 'open'] } },
  { role: 'support', text: 'has INC-0010 been fixed yet', expect: { fact: ['INC-0010', 'open'] } },
  { role: 'support', text: 'did INC-0001 get resolved', expect: { fact: ['INC-0001', 'resolved'] } },
  { role: 'support', text: 'INC-0007 closed?', expect: { fact: ['INC-0007', 'resolved'] } },
  { role: 'support', text: 'is INC-0003 still open', expect: { fact: ['INC-0003', 'resolved'] } },
  { role: 'support', text: 'whats the status on INC-0008', expect: { fact: ['INC-0008', 'open'] } },
  { role: 'support', text: 'is inc-0005 done', expect: { fact: ['INC-0005', 'resolved'] } },
  { role: 'support', text: 'is INC-0002 sorted?', expect: { fact: ['INC-0002', 'resolved'] } },
  {
    role: 'support',
    text: 'when does the datos service desk contract end',
    expect: { fact: ['2027-01-22'] },
  },
  { role: 'support', text: "what's the notice period on coho backup saas", expect: { fact: ['60 days'] } },
  { role: 'support', text: "who's the contact at nordlicht", expect: { fact: ['b2b@nordlicht.example'] } },
  { role: 'support', text: 'who owns datos?', expect: { fact: ['U0SOUTH'] } },
  {
    role: 'support',
    text: 'when does the woodgrove payment gateway contract end',
    expect: { fact: ['2027-03-24'] },
  },

  // Support managers: incidents, SLA reports, windows.
  { role: 'support', text: 'what incidents are open right now', expect: 'sla open' },
  { role: 'support', text: 'any open tickets with vendors?', expect: 'sla open' },
  { role: 'support', text: 'sla report for contoso last month', expect: `sla report ${CONTOSO} last month` },
  {
    role: 'support',
    text: 'how did datos do against their SLA in october',
    expect: 'sla report Datos october',
  },
  { role: 'support', text: 'woodgrove sla targets', expect: `sla targets ${WOODGROVE}` },
  {
    role: 'support',
    text: 'what response times did we agree with coho for the backup saas',
    expect: `sla targets ${COHO} contract "Backup SaaS"`,
  },
  { role: 'support', text: 'show me INC-0006', expect: 'sla show INC-0006' },
  { role: 'support', text: 'history of inc-0009', expect: 'history INC-0009' },
  { role: 'support', text: 'unclaimed service credits', expect: 'sla claims' },
  {
    role: 'support',
    text: 'credits we still need to claim in the next 30 days',
    expect: 'sla claims 30 days',
  },
  { role: 'support', text: 'nordlicht sla report for q3', expect: 'sla report Nordlicht q3' },
  { role: 'support', text: "adatum's sla numbers for 2026", expect: 'sla report Adatum 2026' },
  { role: 'support', text: 'sla performance for SGI this month so far', expect: 'sla report SGI this month' },

  // Support managers: writes stated in words.
  {
    role: 'support',
    text: 'log a P2 for coho backup saas: restore jobs timing out, started 9:15',
    expect: `sla log ${COHO} contract "Backup SaaS" P2 restore jobs timing out started 9:15`,
  },
  {
    role: 'support',
    text: 'log a P1 against woodgrove: checkout down for all cards, started 8:40',
    expect: `sla log ${WOODGROVE} P1 checkout down for all cards started 8:40`,
  },
  { role: 'support', text: 'coho responded to INC-0009 at 10:05', expect: 'sla respond INC-0009 at 10:05' },
  {
    role: 'support',
    text: 'the datos phone queue outage ended at 10:20, close INC-0010',
    expect: 'sla resolve INC-0010 at 10:20',
  },
  { role: 'support', text: 'INC-0008 is fixed now', expect: 'sla resolve INC-0008' },
  {
    role: 'support',
    text: 'müller colocation racks were down from 2026-11-20 02:00 to 2026-11-20 05:30',
    expect: `sla downtime ${MULLER} contract "Colocation racks" 2026-11-20 02:00 to 2026-11-20 05:30`,
  },
  {
    role: 'support',
    text: 'we claimed the contoso cloud hosting credit for october, ref CR-5521',
    expect: `sla claim ${CONTOSO} contract "Cloud hosting" 2026-10 ref CR-5521`,
  },
  { role: 'support', text: 'log an incident for nordlicht', expect: { incomplete: 'sla log' } },
  { role: 'support', text: 'mark it resolved', expect: { incomplete: 'sla resolve' } },
  {
    role: 'support',
    text: 'adatum workforce sso P2: MFA prompts failing, started 7:30',
    expect: 'sla log "Adatum Identity" contract "Workforce SSO" P2 MFA prompts failing started 7:30',
  },
  {
    role: 'support',
    text: 'nordlicht mobile fleet P3 - roaming not working for travelling staff',
    expect: 'sla log "Nordlicht Telekom" contract "Mobile fleet" P3 roaming not working for travelling staff',
  },
  { role: 'support', text: 'can you reset my VPN password', expect: 'unknown' },

  // Risk managers: one fact, answered first (last done dates, never due dates).
  { role: 'risk', text: "is contoso's soc2 current?", expect: { fact: ['SOC 2 report', '2025-11-02'] } },
  { role: 'risk', text: "when did we last get tailspin's pentest", expect: { fact: ['2026-01-08'] } },
  { role: 'risk', text: 'has woodgrove done their pci dss check', expect: { fact: ['2025-12-14'] } },
  {
    role: 'risk',
    text: "coho's insurance cert - current?",
    expect: { fact: ['Insurance certificate', '2026-07-26'] },
  },
  { role: 'risk', text: "did adatum's soc 2 get done", expect: { fact: ['SOC 2 report', '2026-10-14'] } },
  {
    role: 'risk',
    text: 'last time we did the security questionnaire for nordlicht?',
    expect: { fact: ['2026-03-29'] },
  },
  { role: 'risk', text: 'müller iso27001 status', expect: { fact: ['iso27001', '2026-03-22'] } },
  { role: 'risk', text: "is SGI's SOC 1 up to date", expect: { fact: ['SOC 1 report', '2026-03-24'] } },
  {
    role: 'risk',
    text: 'has proseware ever sent us a soc2 report?',
    expect: { fact: ['SOC 2 report', 'never'] },
  },
  {
    role: 'risk',
    text: "when was datos's insurance certificate last checked",
    expect: { fact: ['2025-04-23'] },
  },
  {
    role: 'risk',
    text: 'is the fabrikam questionaire current',
    expect: { fact: ['Security questionnaire', '2026-08-12'] },
  },
  { role: 'risk', text: 'who owns proseware', expect: { fact: ['U0NORTH'] } },
  { role: 'risk', text: 'when did litware last send their soc 2', expect: { fact: ['2026-08-26'] } },
  { role: 'risk', text: 'who is the owner for Tailspin Security?', expect: { fact: ['U0NORTH'] } },

  // Risk managers: due checks with windows, lists, lapsed evidence.
  { role: 'risk', text: 'what risk checks are due in the next 30 days', expect: 'risk due 30 days' },
  { role: 'risk', text: 'checks due this quarter', expect: 'risk due this quarter' },
  { role: 'risk', text: 'risk reviews coming up by end of january', expect: 'risk due by 2027-01-31' },
  { role: 'risk', text: "list tailspin's checks", expect: 'risk list Tailspin' },
  { role: 'risk', text: 'show me all the datos risk items', expect: 'risk list Datos' },
  { role: 'risk', text: "what's due for review next month", expect: 'risk due next month' },
  { role: 'risk', text: 'due diligence due in the next 2 weeks?', expect: 'risk due next 2 weeks' },
  { role: 'risk', text: 'risk checks due in q1', expect: 'risk due q1' },
  {
    role: 'risk',
    text: 'renewals with lapsed evidence in the next 120 days',
    expect: 'renewals 120 days lapsed',
  },
  {
    role: 'risk',
    text: 'critical renewals where evidence has lapsed this quarter',
    expect: 'renewals this quarter tier critical lapsed',
  },
  { role: 'risk', text: 'anything overdue or due soon on the risk side', expect: 'risk due' },
  { role: 'risk', text: "checks for müller's colo", expect: `risk list ${MULLER}` },
  { role: 'risk', text: "what's on the agenda this week", expect: 'agenda' },

  // Risk managers: writes stated in words.
  {
    role: 'risk',
    text: 'tailspin pentest done on 2026-11-20',
    expect: 'risk done "Tailspin Security" pentest on 2026-11-20',
  },
  {
    role: 'risk',
    text: "finished coho's adverse media review today",
    expect: `risk done ${COHO} adverse_media`,
  },
  {
    role: 'risk',
    text: 'proseware sent their soc 2 on 23 nov: Type II report, two exceptions',
    expect: 'risk done "Proseware HR" soc2 on 2026-11-23 Type II report, two exceptions',
  },
  {
    role: 'risk',
    text: 'add a soc2 check for relecloud every 365 days',
    expect: 'risk add "Relecloud Monitoring" soc2 every 365 days',
  },
  {
    role: 'risk',
    text: 'start tracking a security questionnaire for trey',
    expect: 'risk add "Trey Research Labs" questionnaire',
  },
  {
    role: 'risk',
    text: 'stop doing adverse media checks on wingtip',
    expect: 'risk remove "Wingtip Print Services" adverse_media',
  },
  {
    role: 'risk',
    text: "müller's iso 27001 cert was renewed on 18 nov",
    expect: `risk done ${MULLER} iso27001 on 2026-11-18`,
  },
  {
    role: 'risk',
    text: "we received woodgrove's pci dss attestation yesterday",
    expect: `risk done ${WOODGROVE} pci_dss on 2026-11-24`,
  },
  { role: 'risk', text: 'mark the soc2 as done', expect: { incomplete: 'risk done' } },
  { role: 'risk', text: 'add a pentest check', expect: { incomplete: 'risk add' } },
  {
    role: 'risk',
    text: 'datos insurance certificate came in on 2026-11-20',
    expect: 'risk done "Datos São Paulo Serviços" insurance on 2026-11-20',
  },
  { role: 'risk', text: 'who won the game last night', expect: 'unknown' },
]
