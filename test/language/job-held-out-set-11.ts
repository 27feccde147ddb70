// Held-out set 11 for issue 22, written on 2026-12-07 by an engineer for issue 22, from the job:
// lines as IT contracts, vendor, support and risk managers type them (lower case, typos,
// abbreviations, possessives, questions, requests and statements of what happened). Written
// BLIND and committed BEFORE any tuning: its author did not read the recogniser or the other sets'
// lines, and never ran the plain-language recogniser on these lines. Set 11 is the FINAL measure of
// issue 22: it is never used for tuning (no cue, phrasing or rule may come from here) and is scored
// once, by the lead, at the end. Same register and clock as the other sets (test/language/fixture.ts:
// demo register shifted 328 days, Wednesday 2026-11-25 10:30 in New York, asker U0NORTH).
//
// `{ fact }` pieces come from the demo register's cards (current terms rolled forward); no
// expectation depends on a risk check's due date or overdue status. Read expectations were run
// explicitly; write expectations follow the canonical forms in docs/plain-language.md.
import type { JobCase } from './job-held-out-set.ts'

const COHO = '"Coho Backup"'
const LIT = '"Litware Office Suite"'
const HUM = '"Humongous Insurance Systems"'
const TREY = '"Trey Research Labs"'

export const JOB_HELD_OUT_SET_11: JobCase[] = [
  // One fact, answered first: contracts managers.
  { role: 'contracts', text: 'when does the litware EA end', expect: { fact: ['2027-09-24'] } },
  {
    role: 'contracts',
    text: 'whats the notice deadline on humongous claims platform',
    expect: { fact: ['2027-02-23'] },
  },
  {
    role: 'contracts',
    text: 'last day to give notice on the blue yonder warehouse mgmt licence?',
    expect: { fact: ['2026-12-25'] },
  },
  {
    role: 'contracts',
    text: "notice period for alpine's desktop maintenance",
    expect: { fact: ['30 days'] },
  },
  { role: 'contracts', text: 'when is the lodz dev team contract up', expect: { fact: ['2027-11-24'] } },
  {
    role: 'contracts',
    text: 'whos the owner of the mainframe outsourcing contract',
    expect: { fact: ['U0SOUTH'] },
  },
  { role: 'contracts', text: 'tailspin IR retainer expiry?', expect: { fact: ['2027-09-24'] } },
  {
    role: 'contracts',
    text: "when do we have to tell adatum if we're dropping privileged access",
    expect: { fact: ['2027-02-06'] },
  },
  { role: 'contracts', text: 'notice period on the trey research seats', expect: { fact: ['30 days'] } },
  {
    role: 'contracts',
    text: 'When does the Woodgrove fraud screening contract renew?',
    expect: { fact: ['2027-11-24'] },
  },
  { role: 'contracts', text: 'mueller colo racks notice deadline?', expect: { fact: ['2027-01-26'] } },
  // One fact: vendor managers.
  { role: 'vendor', text: 'who owns relecloud', expect: { fact: ['U0WEST'] } },
  { role: 'vendor', text: "who's our contact at nordlicht", expect: { fact: ['b2b@nordlicht.example'] } },
  { role: 'vendor', text: 'contact email for Alpine Ski', expect: { fact: ['orders@alpine.example'] } },
  { role: 'vendor', text: 'who is the vendor owner for vanarsdel?', expect: { fact: ['U0NORTH'] } },
  { role: 'vendor', text: 'northwind account contact pls', expect: { fact: ['sales@northwind.example'] } },
  { role: 'vendor', text: 'who owns the blue yonder relationship', expect: { fact: ['U0EAST'] } },
  { role: 'vendor', text: 'whos responsible for margies travel desk', expect: { fact: ['U0WEST'] } },
  {
    role: 'vendor',
    text: "notice period on proseware's hr and payroll contract",
    expect: { fact: ['90 days'] },
  },
  { role: 'vendor', text: 'when does our deal with fourth coffee end', expect: { fact: ['2027-06-24'] } },
  { role: 'vendor', text: 'who do i email at litware', expect: { fact: ['licensing@litware.example'] } },
  {
    role: 'vendor',
    text: 'graphic design institute font licences end date',
    expect: { fact: ['2027-11-24'] },
  },
  // One fact: support managers.
  { role: 'support', text: 'is INC-0005 resolved?', expect: { fact: ['INC-0005', 'resolved'] } },
  { role: 'support', text: 'inc 4 status', expect: { fact: ['INC-0004', 'resolved'] } },
  {
    role: 'support',
    text: "has coho's backup incident INC-0009 been fixed",
    expect: { fact: ['INC-0009', 'open'] },
  },
  { role: 'support', text: 'whats the status of inc-0008', expect: { fact: ['INC-0008', 'open'] } },
  { role: 'support', text: 'did INC-0007 get closed', expect: { fact: ['INC-0007', 'resolved'] } },
  { role: 'support', text: 'is INC-0010 still open', expect: { fact: ['INC-0010', 'open'] } },
  { role: 'support', text: 'INC-0006 resolved?', expect: { fact: ['INC-0006', 'resolved'] } },
  {
    role: 'support',
    text: "who's the contact at coho, backups are failing again",
    expect: { fact: ['support@coho.example'] },
  },
  {
    role: 'support',
    text: 'datos service desk contact email',
    expect: { fact: ['contratos@datos-sp.example'] },
  },
  {
    role: 'support',
    text: 'when does the contoso cloud hosting contract end',
    expect: { fact: ['2027-02-22'] },
  },
  { role: 'support', text: 'who owns woodgrove', expect: { fact: ['U0EAST'] } },
  // One fact: risk managers (check status, never its due date).
  { role: 'risk', text: "is adatum's soc2 current", expect: { fact: ['Adatum Identity', 'SOC 2 report'] } },
  {
    role: 'risk',
    text: 'nordlicht SOC 2 still valid?',
    expect: { fact: ['Nordlicht Telekom', 'SOC 2 report'] },
  },
  {
    role: 'risk',
    text: 'when did litware last send their insurance cert',
    expect: { fact: ['Insurance certificate', '2026-10-06'] },
  },
  {
    role: 'risk',
    text: 'is the müller questionnaire up to date',
    expect: { fact: ['Müller & Söhne Rechenzentrum', 'Security questionnaire'] },
  },
  { role: 'risk', text: 'whos the owner for tailspin', expect: { fact: ['U0NORTH'] } },
  { role: 'risk', text: 'who owns SGI?', expect: { fact: ['U0SOUTH'] } },
  {
    role: 'risk',
    text: 'datos insurance certificate status',
    expect: { fact: ['Datos São Paulo Serviços', 'Insurance certificate'] },
  },
  { role: 'risk', text: 'coho soc 2 ok?', expect: { fact: ['Coho Backup', 'SOC 2 report'] } },
  { role: 'risk', text: 'contact for adatum security stuff', expect: { fact: ['success@adatum.example'] } },
  { role: 'risk', text: "whats the notice period for tailspin's EDR", expect: { fact: ['90 days'] } },
  { role: 'risk', text: 'proseware soc2 status', expect: { fact: ['Proseware HR', 'SOC 2 report'] } },

  // Reads with windows and filters.
  { role: 'contracts', text: 'renewals in q2', expect: 'renewals q2' },
  { role: 'contracts', text: "what's coming up for renewal this qtr", expect: 'renewals this quarter' },
  {
    role: 'contracts',
    text: 'show me everything over 200k renewing by eoy',
    expect: 'renewals eoy over 200k',
  },
  { role: 'contracts', text: 'saas renewals next 6 weeks', expect: 'renewals next 6 weeks kind saas' },
  { role: 'contracts', text: 'licence renewals in q1?', expect: 'renewals q1 kind licence' },
  {
    role: 'contracts',
    text: 'hardware contracts up for renewal next qtr',
    expect: 'renewals next quarter kind hardware',
  },
  {
    role: 'contracts',
    text: 'which outsourcing deals have notice deadlines before march 31',
    expect: 'renewals before March 31 kind outsourcing',
  },
  {
    role: 'contracts',
    text: 'renewals over €100k in the next 4 months',
    expect: 'renewals next 4 months over €100k',
  },
  { role: 'contracts', text: 'my renewals this month', expect: 'renewals this month owner me' },
  { role: 'contracts', text: 'contracts renewing next wk', expect: 'renewals next week' },
  { role: 'vendor', text: 'list critical vendors', expect: 'vendors tier critical' },
  { role: 'vendor', text: 'which vendors does U0EAST own', expect: 'vendors owner U0EAST' },
  {
    role: 'vendor',
    text: 'high tier vendor renewals in the next 3 months',
    expect: 'renewals next 3 months tier high',
  },
  { role: 'vendor', text: 'vendors i own', expect: 'vendors owner me' },
  { role: 'vendor', text: 'renewals for vendors with lapsed evidence', expect: 'renewals lapsed' },
  { role: 'vendor', text: "u0west's renewals this yr", expect: 'renewals this year owner U0WEST' },
  { role: 'vendor', text: 'show low tier vendors', expect: 'vendors tier low' },
  {
    role: 'vendor',
    text: 'support contracts renewing by 2027-06-30',
    expect: 'renewals by 2027-06-30 kind support',
  },
  {
    role: 'vendor',
    text: 'renewals worth more than 50k usd in the next 60 days',
    expect: 'renewals next 60 days over 50000 USD',
  },
  { role: 'support', text: 'open incidents', expect: 'sla open' },
  { role: 'support', text: 'whats still open with vendors rn', expect: 'sla open' },
  { role: 'support', text: 'how did datos do last month', expect: 'sla report Datos last month' },
  { role: 'support', text: 'contoso sla attainment for october', expect: 'sla report Contoso October' },
  { role: 'support', text: 'unclaimed service credits', expect: 'sla claims' },
  { role: 'support', text: 'credits we havent claimed yet this qtr', expect: 'sla claims this quarter' },
  {
    role: 'support',
    text: 'show the sla targets for the sgi mainframe contract',
    expect: 'sla targets SGI contract "Mainframe outsourcing"',
  },
  { role: 'support', text: "nordlicht's sla targets?", expect: 'sla targets Nordlicht' },
  { role: 'support', text: "what's on the agenda", expect: 'agenda' },
  { role: 'risk', text: 'risk checks due in the next 30 days', expect: 'risk due 30 days' },
  { role: 'risk', text: 'what reviews are due this qtr', expect: 'risk due this quarter' },
  { role: 'risk', text: 'checks coming due by eoy', expect: 'risk due eoy' },
  { role: 'risk', text: "list tailspin's checks", expect: 'risk list Tailspin' },
  { role: 'risk', text: 'what do we have on file for sgi risk checks', expect: 'risk list SGI' },
  { role: 'risk', text: 'assessments due in q1', expect: 'risk due q1' },
  { role: 'risk', text: 'critical renewals with lapsed checks', expect: 'renewals lapsed tier critical' },
  { role: 'risk', text: 'risk reviews due over the next 2 months', expect: 'risk due next 2 months' },
  { role: 'risk', text: 'which checks are due next mo', expect: 'risk due next month' },

  // Writes stated in words: every value said is in the proposal.
  {
    role: 'contracts',
    text: 'we renewed the coho backup appliances until 2028-10-24 for 47k',
    expect: `contract renew ${COHO} "Backup appliances" end 2028-10-24 value 47000 USD`,
  },
  {
    role: 'contracts',
    text: "we won't renew the wingtip managed print contract",
    expect: 'contract end "Wingtip Print Services" "Managed print" on 2026-12-25',
  },
  {
    role: 'contracts',
    text: 'signed the litware EA renewal through 2029-09-24 at $430,000',
    expect: `contract renew ${LIT} "Enterprise agreement" end 2029-09-24 value 430000 USD`,
  },
  {
    role: 'contracts',
    text: 'we cancelled the trey research test automation seats',
    expect: `contract end ${TREY} "Test automation seats" on 2027-05-08`,
  },
  {
    role: 'contracts',
    text: 'renew humongous claims platform to 2028-05-24 with 120 days notice',
    expect: `contract renew ${HUM} "Claims platform" end 2028-05-24 notice 120 days`,
  },
  { role: 'contracts', text: 'we renewed adatum', expect: { incomplete: 'contract renew' } },
  { role: 'vendor', text: "change trey's owner to U0WEST", expect: `vendor edit ${TREY} owner U0WEST` },
  {
    role: 'vendor',
    text: 'bump northwind to high tier',
    expect: 'vendor edit "Northwind Analytics" tier high',
  },
  {
    role: 'vendor',
    text: "remove lucerne as a vendor, we're done with them",
    expect: 'vendor remove "Lucerne Publishing Tools"',
  },
  {
    role: 'vendor',
    text: 'fabrikam should be tier critical now',
    expect: 'vendor edit "Fabrikam Networks" tier critical',
  },
  {
    role: 'vendor',
    text: 'we dropped margies travel desk booking contract',
    expect: `contract end "Margie's Travel Desk" "Travel booking" on 2027-01-22`,
  },
  {
    role: 'support',
    text: 'log a P2 for nordlicht: branch VPN flapping since 8:15',
    expect: 'sla log "Nordlicht Telekom" P2 branch VPN flapping started 2026-11-25 08:15',
  },
  {
    role: 'support',
    text: 'INC-0009 ended at 9:40 this morning, backups running again',
    expect: 'sla resolve INC-0009 at 2026-11-25 09:40',
  },
  {
    role: 'support',
    text: 'coho finally responded on INC-0009 at 9:05',
    expect: 'sla respond INC-0009 at 2026-11-25 09:05',
  },
  {
    role: 'support',
    text: 'mark inc-8 resolved as of 10:20',
    expect: 'sla resolve INC-0008 at 2026-11-25 10:20',
  },
  {
    role: 'support',
    text: 'please log a p1 against woodgrove, card payments failing since 7am',
    expect: 'sla log "Woodgrove Payments" P1 card payments failing started 2026-11-25 07:00',
  },
  { role: 'support', text: 'log an incident for contoso', expect: { incomplete: 'sla log' } },
  {
    role: 'support',
    text: 'datos got the phone queue staffed again, INC-0010 closed at 10:10',
    expect: 'sla resolve INC-0010 at 2026-11-25 10:10',
  },
  {
    role: 'risk',
    text: 'record proseware soc2 as done on 2026-11-20',
    expect: 'risk done "Proseware HR" soc2 on 2026-11-20',
  },
  {
    role: 'risk',
    text: 'tailspin pentest done 2026-11-18',
    expect: 'risk done "Tailspin Security" pentest on 2026-11-18',
  },
  {
    role: 'risk',
    text: 'add a soc 2 check for northwind every 365 days',
    expect: 'risk add "Northwind Analytics" soc2 every 365 days',
  },
  {
    role: 'risk',
    text: 'stop tracking the adverse media check for wingtip',
    expect: 'risk remove "Wingtip Print Services" adverse_media',
  },
  {
    role: 'risk',
    text: "we received nordlicht's insurance cert on 2026-11-24",
    expect: 'risk done "Nordlicht Telekom" insurance on 2026-11-24',
  },
  { role: 'risk', text: 'mark it done', expect: 'unsure' },

  // Off topic.
  { role: 'contracts', text: 'whats the weather in nyc', expect: 'unknown' },
  { role: 'vendor', text: 'book me a meeting room for 3pm', expect: 'unknown' },
  { role: 'support', text: 'who won the game last night', expect: 'unknown' },
  { role: 'risk', text: 'translate this email to german', expect: 'unknown' },
  { role: 'support', text: 'tell me a joke', expect: 'unknown' },
]
