// Held-out set 13 for issue 22: 152 lines as IT contracts, vendor, support and risk managers type
// them in a working week (questions with and without question marks, requests, statements of what
// happened; lower case, typos, abbreviations, possessives). Written on 2026-12-07 by an engineer
// for issue 22 (set 13), blind: before any tuning of this round, without reading the recogniser
// (src/language/, src/parse/), the phrasing, dev or other held-out sets, and without running any
// plain-language line. Only the expected command lines were typed explicitly, to check that each
// is a valid command and to read the facts. Set 13 is the FINAL measure: it is never used for
// tuning and is scored once, by the lead, at the end.
//
// Same register and clock as the first set (test/language/fixture.ts: demo register, Wednesday
// 2026-11-25 10:30 in New York, asker U0NORTH). `{ fact }` pieces come from data/demo with its
// dates shifted by loadDemo (328 days) and current terms rolled forward. No expectation depends on
// a risk check's due date or overdue status.
import type { JobCase } from './job-held-out-set.ts'

const C = '"Contoso Cloud Services"'
const F = '"Fabrikam Networks"'
const W = '"Woodgrove Payments"'
const T = '"Tailspin Security"'
const D = '"Datos São Paulo Serviços"'
const P = '"Proseware HR"'
const COHO = '"Coho Backup"'
const M = '"Müller & Söhne Rechenzentrum"'
const N = '"Nordlicht Telekom"'
const A = '"Adatum Identity"'

export const JOB_HELD_OUT_SET_13: JobCase[] = [
  // One fact, answered first: contracts managers.
  { role: 'contracts', text: 'when does the litware EA end', expect: { fact: ['2027-09-24'] } },
  {
    role: 'contracts',
    text: 'notice deadline for margies travel booking?',
    expect: { fact: ['2027-01-08'] },
  },
  {
    role: 'contracts',
    text: 'hw many days do we have left to give notice on proseware',
    expect: { fact: ['29 days'] },
  },
  {
    role: 'contracts',
    text: 'whats the notice period on the relecloud contract',
    expect: { fact: ['45 days'] },
  },
  { role: 'contracts', text: "when does northwind's bi licence run out?", expect: { fact: ['2027-07-25'] } },
  { role: 'contracts', text: 'last day to cancel wingtip managed print?', expect: { fact: ['2026-11-25'] } },
  { role: 'contracts', text: 'lodz dev team contract end date pls', expect: { fact: ['2027-11-24'] } },
  {
    role: 'contracts',
    text: 'notice cutoff on the humongous claims platform',
    expect: { fact: ['2027-02-23'] },
  },
  {
    role: 'contracts',
    text: 'how long is the notice period for müller colocation racks',
    expect: { fact: ['180 days'] },
  },
  {
    role: 'contracts',
    text: "when do we have to tell trey research we're not renewing",
    expect: { fact: ['2027-04-08'] },
  },
  {
    role: 'contracts',
    text: 'days left before the blue yonder warehouse mgmt notice deadline?',
    expect: { fact: ['30 days'] },
  },
  {
    role: 'contracts',
    text: 'When does the Adatum privileged access licence expire?',
    expect: { fact: ['2027-03-08'] },
  },
  { role: 'contracts', text: 'notice period on alpine laptop leasing', expect: { fact: ['90 days'] } },
  {
    role: 'contracts',
    text: 'sgi mainframe outsourcing - when does it end?',
    expect: { fact: ['2027-11-24'] },
  },
  { role: 'contracts', text: 'coho backup appliances notice deadline', expect: { fact: ['2027-07-26'] } },

  // One fact: vendor managers.
  { role: 'vendor', text: 'who owns fabrikam', expect: { fact: ['U0EAST'] } },
  { role: 'vendor', text: 'whos our contact at nordlicht?', expect: { fact: ['b2b@nordlicht.example'] } },
  {
    role: 'vendor',
    text: 'contact email for the lodz software house people',
    expect: { fact: ['office@lsh.example'] },
  },
  {
    role: 'vendor',
    text: 'who is the owner of the tailspin incident response retainer',
    expect: { fact: ['U0EAST'] },
  },
  { role: 'vendor', text: 'who owns litware?', expect: { fact: ['U0WEST'] } },
  { role: 'vendor', text: 'who do i email at proseware', expect: { fact: ['csm@proseware.example'] } },
  { role: 'vendor', text: "Who's the owner for Humongous Insurance Systems?", expect: { fact: ['U0SOUTH'] } },
  { role: 'vendor', text: 'adatum contact?', expect: { fact: ['success@adatum.example'] } },
  { role: 'vendor', text: 'who owns the relationship with datos sp', expect: { fact: ['U0SOUTH'] } },
  {
    role: 'vendor',
    text: 'whos the account contact for alpine ski',
    expect: { fact: ['orders@alpine.example'] },
  },
  { role: 'vendor', text: 'who is responsible for VanArsdel', expect: { fact: ['U0NORTH'] } },
  { role: 'vendor', text: 'when does our contract with GDI end', expect: { fact: ['2027-11-24'] } },
  { role: 'vendor', text: "fourth coffee's notice period", expect: { fact: ['30 days'] } },
  {
    role: 'vendor',
    text: 'whats the contact at mueller',
    expect: { fact: ['vertrieb@mueller-soehne.example'] },
  },
  { role: 'vendor', text: "who owns sgi's mainframe contract", expect: { fact: ['U0SOUTH'] } },

  // One fact: support managers (incidents, and the contracts behind them).
  { role: 'support', text: 'is INC-0008 resolved yet?', expect: { fact: ['INC-0008', 'open'] } },
  { role: 'support', text: 'inc-0005 breached?', expect: { fact: ['INC-0005', 'breached'] } },
  { role: 'support', text: 'was INC-0003 resolved', expect: { fact: ['INC-0003', 'resolved'] } },
  { role: 'support', text: 'whats the status of INC-0009', expect: { fact: ['INC-0009', 'open'] } },
  {
    role: 'support',
    text: 'did the card payments incident INC-0007 breach the sla',
    expect: { fact: ['INC-0007', 'met'] },
  },
  { role: 'support', text: 'is inc-0010 still open?', expect: { fact: ['INC-0010', 'open'] } },
  { role: 'support', text: 'has INC-0001 been resolved', expect: { fact: ['INC-0001', 'resolved'] } },
  { role: 'support', text: 'did INC-0006 breach', expect: { fact: ['INC-0006', 'breached'] } },
  { role: 'support', text: 'inc-0004 status', expect: { fact: ['INC-0004', 'resolved'] } },
  {
    role: 'support',
    text: 'is the coho backup incident INC-0009 breached?',
    expect: { fact: ['INC-0009', 'breached'] },
  },
  {
    role: 'support',
    text: 'Whats the notice period on the datos service desk contract?',
    expect: { fact: ['90 days'] },
  },
  {
    role: 'support',
    text: "who's our contact at woodgrove, the gateway is acting up",
    expect: { fact: ['partners@woodgrove.example'] },
  },
  { role: 'support', text: 'contact for coho backup support?', expect: { fact: ['support@coho.example'] } },
  {
    role: 'support',
    text: 'when does the contoso premier support contract end?',
    expect: { fact: ['2027-05-24'] },
  },

  // One fact: risk managers (check state and last-done dates, never due dates).
  { role: 'risk', text: "is coho's soc 2 current?", expect: { fact: ['Coho Backup', 'SOC 2 report'] } },
  {
    role: 'risk',
    text: 'is the woodgrove SOC2 up to date',
    expect: { fact: ['Woodgrove Payments', 'SOC 2 report'] },
  },
  { role: 'risk', text: 'when did tailspin last do a pen test', expect: { fact: ['2026-01-08'] } },
  { role: 'risk', text: "when did we last get SGI's SOC 1", expect: { fact: ['2026-03-24'] } },
  {
    role: 'risk',
    text: "is müller's insurance cert current",
    expect: { fact: ['Müller & Söhne Rechenzentrum', 'Insurance certificate'] },
  },
  { role: 'risk', text: "date of woodgrove's last pci dss attestation?", expect: { fact: ['2025-12-14'] } },
  { role: 'risk', text: 'adatum soc 2 still valid?', expect: { fact: ['Adatum Identity', 'SOC 2 report'] } },
  { role: 'risk', text: 'who owns datos for risk reviews', expect: { fact: ['U0SOUTH'] } },
  { role: 'risk', text: 'when was the datos questionnaire last answered', expect: { fact: ['2026-08-24'] } },
  {
    role: 'risk',
    text: "is nordlicht's insurance certificate current?",
    expect: { fact: ['Nordlicht Telekom', 'Insurance certificate'] },
  },
  { role: 'risk', text: 'litware soc2 current?', expect: { fact: ['Litware Office Suite', 'SOC 2 report'] } },
  { role: 'risk', text: "when did we last review SGI's financials", expect: { fact: ['2026-02-22'] } },
  {
    role: 'risk',
    text: "who's the contact at tailspin, need their soc 2 bridge letter",
    expect: { fact: ['renewals@tailspin.example'] },
  },
  {
    role: 'risk',
    text: "contoso's insurance cert - when was it last done",
    expect: { fact: ['2026-04-13'] },
  },

  // Reads with windows and filters: contracts managers.
  { role: 'contracts', text: "what's renewing in q2", expect: 'renewals q2' },
  { role: 'contracts', text: 'renewals this qtr', expect: 'renewals this quarter' },
  {
    role: 'contracts',
    text: 'anything critical coming up for renewal next qtr?',
    expect: 'renewals next quarter tier critical',
  },
  { role: 'contracts', text: 'saas contracts renewing by eoy', expect: 'renewals eoy kind saas' },
  {
    role: 'contracts',
    text: 'renewals over 200k in the next 6 months',
    expect: 'renewals next 6 months over 200000',
  },
  { role: 'contracts', text: 'show me my renewals this month', expect: 'renewals this month owner me' },
  { role: 'contracts', text: 'what notice deadlines fall this wk', expect: 'renewals this week' },
  {
    role: 'contracts',
    text: 'list outsourcing contracts up for renewal in q1',
    expect: 'renewals q1 kind outsourcing',
  },
  { role: 'contracts', text: 'which renewals have lapsed evidence', expect: 'renewals lapsed' },
  { role: 'contracts', text: 'renewals before march 31', expect: 'renewals before 2027-03-31' },
  {
    role: 'contracts',
    text: 'hardware renewals in the next 120 days',
    expect: 'renewals 120 days kind hardware',
  },
  {
    role: 'contracts',
    text: 'licence renewals worth more than 50k next qtr',
    expect: 'renewals next quarter kind licence over 50000',
  },
  { role: 'contracts', text: 'whats due for renewal by end of january', expect: 'renewals by 2027-01-31' },

  // Reads with windows and filters: vendor managers.
  { role: 'vendor', text: 'list all critical vendors', expect: 'vendors tier critical' },
  { role: 'vendor', text: 'which vendors does U0WEST own', expect: 'vendors owner U0WEST' },
  { role: 'vendor', text: 'show me my vendors', expect: 'vendors owner me' },
  { role: 'vendor', text: 'high tier vendors pls', expect: 'vendors tier high' },
  { role: 'vendor', text: 'tell me about nordlicht', expect: `vendor ${N}` },
  { role: 'vendor', text: 'pull up the fabrikam card', expect: `vendor ${F}` },
  { role: 'vendor', text: "U0EAST's renewals in the next 60 days", expect: 'renewals 60 days owner U0EAST' },
  { role: 'vendor', text: 'medium tier renewals this yr', expect: 'renewals this year tier medium' },
  { role: 'vendor', text: 'who changed the woodgrove record?', expect: `history ${W}` },
  { role: 'vendor', text: 'low tier vendors', expect: 'vendors tier low' },
  { role: 'vendor', text: 'whats on this week', expect: 'agenda' },
  {
    role: 'vendor',
    text: 'renewals for U0SOUTH next 90 days over 100k',
    expect: 'renewals 90 days owner U0SOUTH over 100000',
  },

  // Reads with windows and filters: support managers.
  { role: 'support', text: 'which incidents are still open', expect: 'sla open' },
  { role: 'support', text: 'how did datos do on sla last month', expect: `sla report ${D} last month` },
  { role: 'support', text: 'sla report for contoso for october', expect: `sla report ${C} october` },
  { role: 'support', text: "what are nordlicht's sla targets", expect: `sla targets ${N}` },
  { role: 'support', text: 'any unclaimed service credits?', expect: 'sla claims' },
  {
    role: 'support',
    text: 'credits we still need to claim in the next 30 days',
    expect: 'sla claims 30 days',
  },
  { role: 'support', text: 'show me INC-0006', expect: 'sla show INC-0006' },
  { role: 'support', text: 'woodgrove sla attainment in q3', expect: `sla report ${W} q3` },
  { role: 'support', text: 'any vendor incidents open atm', expect: 'sla open' },
  { role: 'support', text: 'adatum response and resolution targets', expect: `sla targets ${A}` },
  {
    role: 'support',
    text: 'credits owed by nordlicht for this month so far',
    expect: `sla report ${N} this month`,
  },
  { role: 'support', text: 'history of INC-0009', expect: 'history INC-0009' },

  // Reads with windows and filters: risk managers.
  { role: 'risk', text: 'risk reviews due in the next 30 days', expect: 'risk due 30 days' },
  { role: 'risk', text: 'what checks are due this qtr', expect: 'risk due this quarter' },
  { role: 'risk', text: 'risk checks due by eoy', expect: 'risk due eoy' },
  { role: 'risk', text: "show tailspin's risk checks", expect: `risk list ${T}` },
  { role: 'risk', text: 'whats outstanding for proseware on risk', expect: `risk list ${P}` },
  { role: 'risk', text: 'which vendor checks are overdue', expect: 'risk due overdue' },
  { role: 'risk', text: 'checks coming due next month', expect: 'risk due next month' },
  { role: 'risk', text: 'risk due in the next 6 wks', expect: 'risk due next 6 weeks' },
  { role: 'risk', text: 'list the risk checks for müller', expect: `risk list ${M}` },
  { role: 'risk', text: 'critical renewals with lapsed evidence', expect: 'renewals tier critical lapsed' },
  { role: 'risk', text: 'whats due for risk in q1', expect: 'risk due q1' },
  { role: 'risk', text: 'datos risk checks', expect: `risk list ${D}` },
  { role: 'risk', text: 'adatum checks status', expect: `risk list ${A}` },

  // Writes stated in words: contracts managers.
  {
    role: 'contracts',
    text: "we renewed margie's travel desk until 2028-01-22 at 5,200",
    expect: `contract renew "Margie's Travel Desk" end 2028-01-22 value 5200 USD`,
  },
  {
    role: 'contracts',
    text: 'renewed the northwind bi licences to 2028-07-25, value 58k gbp, notice 60 days',
    expect: 'contract renew "Northwind Analytics" end 2028-07-25 value 58000 GBP notice 60 days',
  },
  {
    role: 'contracts',
    text: 'we cancelled the contoso premier support contract',
    expect: `contract end ${C} "Premier support" on 2027-05-24`,
  },
  {
    role: 'contracts',
    text: "we won't renew the relecloud observability platform",
    expect: 'contract end "Relecloud Monitoring" on 2027-09-24',
  },
  {
    role: 'contracts',
    text: 'trey research seats renewed thru 2028-05-08 for 11k',
    expect: 'contract renew "Trey Research Labs" end 2028-05-08 value 11000 USD',
  },
  {
    role: 'contracts',
    text: 'the litware EA got extended to 2028-09-30 at 425,000 usd with 120 days notice',
    expect: 'contract renew "Litware Office Suite" end 2028-09-30 value 425000 USD notice 120 days',
  },
  {
    role: 'contracts',
    text: 'end the humongous claims platform contract on 2027-01-31',
    expect: 'contract end "Humongous Insurance Systems" on 2027-01-31',
  },
  { role: 'contracts', text: 'please renew proseware', expect: { incomplete: 'contract renew' } },
  {
    role: 'contracts',
    text: 'we renewed adatum workforce sso until 2028-05-24 on a 24 month term',
    expect: `contract renew ${A} "Workforce SSO" end 2028-05-24 term 24 months`,
  },
  {
    role: 'contracts',
    text: 'set the owner of the tailspin IR retainer to U0NORTH',
    expect: `contract edit ${T} "Incident response retainer" owner U0NORTH`,
  },

  // Writes: vendor managers.
  { role: 'vendor', text: 'bump nordlicht to critical tier', expect: `vendor edit ${N} tier critical` },
  {
    role: 'vendor',
    text: 'new contact for alpine ski is sales@alpine.example',
    expect: 'vendor edit "Alpine Ski Hardware" email sales@alpine.example',
  },
  {
    role: 'vendor',
    text: 'hand vanarsdel over to U0WEST',
    expect: 'vendor edit "VanArsdel Devices" owner U0WEST',
  },
  {
    role: 'vendor',
    text: 'remove lucerne publishing from the register',
    expect: 'vendor remove "Lucerne Publishing Tools"',
  },
  {
    role: 'vendor',
    text: 'make U0EAST the owner of wingtip',
    expect: 'vendor edit "Wingtip Print Services" owner U0EAST',
  },
  {
    role: 'vendor',
    text: 'downgrade relecloud to low tier',
    expect: 'vendor edit "Relecloud Monitoring" tier low',
  },
  {
    role: 'vendor',
    text: 'set the contact email for humongous to claims-it@humongous.example',
    expect: 'vendor edit "Humongous Insurance Systems" email claims-it@humongous.example',
  },
  { role: 'vendor', text: 'change the owner to U0EAST', expect: { incomplete: 'vendor edit' } },
  {
    role: 'vendor',
    text: "gdi's owner is now U0NORTH",
    expect: 'vendor edit "Graphic Design Institute Fonts" owner U0NORTH',
  },

  // Writes: support managers.
  {
    role: 'support',
    text: 'log a P2 against woodgrove: refunds not settling',
    expect: `sla log ${W} P2 refunds not settling`,
  },
  {
    role: 'support',
    text: 'INC-0008 was resolved at 10:05',
    expect: 'sla resolve INC-0008 at 2026-11-25 10:05',
  },
  {
    role: 'support',
    text: 'coho finally responded to INC-0009 at 9:40 this morning',
    expect: 'sla respond INC-0009 at 2026-11-25 09:40',
  },
  {
    role: 'support',
    text: 'INC-0010 ended yesterday at 4pm',
    expect: 'sla resolve INC-0010 at 2026-11-24 16:00',
  },
  {
    role: 'support',
    text: 'open a P1 for adatum, mfa prompts failing for everyone, started 8:50',
    expect: `sla log ${A} P1 mfa prompts failing for everyone started 2026-11-25 08:50`,
  },
  {
    role: 'support',
    text: 'nordlicht mpls was down from 2026-11-20 01:00 to 2026-11-20 03:30',
    expect: `sla downtime ${N} contract "MPLS network" 2026-11-20 01:00 to 2026-11-20 03:30`,
  },
  {
    role: 'support',
    text: "we claimed contoso's october credit, ref CCS-20461",
    expect: `sla claim ${C} 2026-10 ref CCS-20461`,
  },
  { role: 'support', text: 'log an incident', expect: { incomplete: 'sla log' } },
  {
    role: 'support',
    text: 'müller p2, rack power alarm in hall 2',
    expect: `sla log ${M} P2 rack power alarm in hall 2`,
  },
  {
    role: 'support',
    text: 'datos P4 - knowledge base articles out of date on the portal',
    expect: `sla log ${D} P4 knowledge base articles out of date on the portal`,
  },

  // Writes: risk managers.
  {
    role: 'risk',
    text: "we got tailspin's new soc 2 report today",
    expect: `risk done ${T} soc2 on 2026-11-25`,
  },
  {
    role: 'risk',
    text: "coho's insurance cert came in yesterday",
    expect: `risk done ${COHO} insurance on 2026-11-24`,
  },
  {
    role: 'risk',
    text: 'record the adverse media review for woodgrove as done, no findings',
    expect: `risk done ${W} adverse_media on 2026-11-25 no findings`,
  },
  {
    role: 'risk',
    text: 'fabrikam finished the security questionnaire on 2026-11-20',
    expect: `risk done ${F} questionnaire on 2026-11-20`,
  },
  {
    role: 'risk',
    text: 'add a pen test check for adatum every 365 days',
    expect: `risk add ${A} pentest every 365 days`,
  },
  {
    role: 'risk',
    text: "we don't need the pci dss check for woodgrove anymore, remove it",
    expect: `risk remove ${W} pci_dss`,
  },
  {
    role: 'risk',
    text: 'mueller sent their iso 27001 cert last friday',
    expect: `risk done ${M} iso27001 on 2026-11-20`,
  },
  {
    role: 'risk',
    text: 'add a yearly financial review for nordlicht',
    expect: `risk add ${N} financial every 365 days`,
  },
  { role: 'risk', text: 'mark soc2 done', expect: { incomplete: 'risk done' } },
  {
    role: 'risk',
    text: "proseware's soc 2 report arrived this morning",
    expect: `risk done ${P} soc2 on 2026-11-25`,
  },

  // Off-topic lines.
  { role: 'contracts', text: 'whats the weather in nyc tomorrow', expect: 'unknown' },
  { role: 'vendor', text: 'book me a flight to denver for monday', expect: 'unknown' },
  { role: 'support', text: 'can you order pizza for the team lunch', expect: 'unknown' },
  { role: 'risk', text: 'tell me a joke', expect: 'unknown' },
  { role: 'contracts', text: 'who won the game last night?', expect: 'unknown' },
]
