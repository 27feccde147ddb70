// Held-out set 16 for issue 22, written by an engineer for issue 22 on 2026-12-07: lines as IT
// contracts, vendor, support and risk managers type them in a working week, lower case, typos,
// abbreviations, possessives, questions with and without a question mark, requests and
// statements of what happened. Written blind and committed BEFORE any tuning of this round, from
// the job and not from the recogniser (its code and the other sets were not read). Set 16 is the
// FINAL measure for the issue: it is never used for tuning and is scored once, by the lead, at the
// end. Same register and clock as the first set (test/language/fixture.ts: demo register,
// Wednesday 2026-11-25 10:30 in New York, asker U0NORTH).
//
// `expect` is as in the first set: a command line, unknown / unsure / incomplete, or `{ fact }`,
// pieces that must all appear in the reply's first line, worked out from data/demo with its dates
// shifted as loadDemo shifts them (328 days) and current terms rolled forward. No expectation
// depends on a risk check's due date or overdue status.
import type { JobCase } from './job-held-out-set.ts'

const C = '"Contoso Cloud Services"'
const SGI = '"Société Générale Informatique"'
const F = '"Fabrikam Networks"'
const N = '"Northwind Analytics"'
const T = '"Tailspin Security"'
const A = '"Adatum Identity"'
const P = '"Proseware HR"'
const BY = '"Blue Yonder Logistics Systems"'
const M = '"Müller & Söhne Rechenzentrum"'
const NT = '"Nordlicht Telekom"'
const COHO = '"Coho Backup"'
const H = '"Humongous Insurance Systems"'
const D = '"Datos São Paulo Serviços"'
const W = '"Woodgrove Payments"'
const R = '"Relecloud Monitoring"'
const V = '"VanArsdel Devices"'
const AL = '"Alpine Ski Hardware"'

export const JOB_HELD_OUT_SET_16: JobCase[] = [
  // One fact, answered first.
  { role: 'contracts', text: 'when does the litware EA end', expect: { fact: ['2027-09-24'] } },
  {
    role: 'contracts',
    text: "whats the notice deadline on proseware's hr contract?",
    expect: { fact: ['2026-12-24'] },
  },
  { role: 'contracts', text: 'notice period for humongous claims platform?', expect: { fact: ['90 days'] } },
  {
    role: 'contracts',
    text: 'when do we have to give notice to margies travel',
    expect: { fact: ['2027-01-08'] },
  },
  { role: 'contracts', text: 'end date of northwinds BI licences', expect: { fact: ['2027-07-25'] } },
  { role: 'contracts', text: 'how many days left to cancel relecloud?', expect: { fact: ['258'] } },
  {
    role: 'contracts',
    text: 'when does the lodz dev team contract expire',
    expect: { fact: ['2027-11-24'] },
  },
  { role: 'contracts', text: 'whats the notice period on trey research', expect: { fact: ['30 days'] } },
  {
    role: 'contracts',
    text: 'what date is the notice deadline for the contoso cloud hosting contract',
    expect: { fact: ['2026-12-24'] },
  },
  { role: 'contracts', text: 'wingtip managed print - when does it end?', expect: { fact: ['2026-12-25'] } },
  {
    role: 'contracts',
    text: "when's the deadline to give notice on the blue yonder WMS support",
    expect: { fact: ['2027-02-23'] },
  },
  {
    role: 'contracts',
    text: 'how long is the notice period on the litware agreement',
    expect: { fact: ['90 days'] },
  },
  { role: 'vendor', text: 'who owns fabrikam?', expect: { fact: ['U0EAST'] } },
  { role: 'vendor', text: 'whos the owner for nordlicht', expect: { fact: ['U0SOUTH'] } },
  { role: 'vendor', text: 'who is our contact at tailspin', expect: { fact: ['renewals@tailspin.example'] } },
  { role: 'vendor', text: 'contact email for adatum?', expect: { fact: ['success@adatum.example'] } },
  { role: 'vendor', text: "who's responsible for the relecloud relationship", expect: { fact: ['U0WEST'] } },
  { role: 'vendor', text: 'who do i email at muller', expect: { fact: ['vertrieb@mueller-soehne.example'] } },
  { role: 'vendor', text: 'vanarsdel owner', expect: { fact: ['U0NORTH'] } },
  { role: 'vendor', text: 'who manages the alpine account', expect: { fact: ['U0EAST'] } },
  { role: 'vendor', text: "what's litware's contact", expect: { fact: ['licensing@litware.example'] } },
  { role: 'vendor', text: 'notice period on the northwind licences?', expect: { fact: ['45 days'] } },
  { role: 'vendor', text: 'who owns SGI', expect: { fact: ['U0SOUTH'] } },
  { role: 'support', text: 'is INC-0004 resolved', expect: { fact: ['INC-0004', 'resolved'] } },
  { role: 'support', text: 'status of inc-0009?', expect: { fact: ['INC-0009'] } },
  {
    role: 'support',
    text: 'has the woodgrove card payments incident INC-0007 been closed',
    expect: { fact: ['INC-0007', 'resolved'] },
  },
  { role: 'support', text: 'is inc 0006 fixed yet', expect: { fact: ['INC-0006', 'resolved'] } },
  { role: 'support', text: 'whats the status on INC-0008', expect: { fact: ['INC-0008'] } },
  { role: 'support', text: 'did nordlicht resolve INC-0005?', expect: { fact: ['INC-0005', 'resolved'] } },
  { role: 'support', text: 'who is the contact at datos', expect: { fact: ['contratos@datos-sp.example'] } },
  { role: 'support', text: 'support contact for coho?', expect: { fact: ['support@coho.example'] } },
  { role: 'support', text: 'is INC-0001 closed?', expect: { fact: ['INC-0001', 'resolved'] } },
  { role: 'support', text: 'who owns the datos relationship', expect: { fact: ['U0SOUTH'] } },
  { role: 'support', text: 'when does the nordlicht mpls contract end', expect: { fact: ['2027-01-22'] } },
  { role: 'risk', text: "is tailspin's soc 2 current?", expect: { fact: ['SOC 2 report'] } },
  { role: 'risk', text: 'is the woodgrove pci dss check up to date', expect: { fact: ['pci dss'] } },
  { role: 'risk', text: 'who owns woodgrove', expect: { fact: ['U0EAST'] } },
  { role: 'risk', text: 'who is the owner of coho backup?', expect: { fact: ['U0NORTH'] } },
  { role: 'risk', text: 'contact at proseware', expect: { fact: ['csm@proseware.example'] } },
  {
    role: 'risk',
    text: 'when does the datos field engineers contract end',
    expect: { fact: ['2027-05-24'] },
  },
  { role: 'risk', text: "notice period on muller's colocation racks?", expect: { fact: ['180 days'] } },
  { role: 'risk', text: 'is nordlicht soc2 ok', expect: { fact: ['SOC 2 report'] } },
  { role: 'risk', text: 'who owns humongous', expect: { fact: ['U0SOUTH'] } },
  { role: 'risk', text: 'when is the adatum privileged access notice due', expect: { fact: ['2027-02-06'] } },
  {
    role: 'risk',
    text: 'whats the end date on the tailspin EDR subscription',
    expect: { fact: ['2027-08-24'] },
  },
  { role: 'contracts', text: 'notice period on the datos field engineers?', expect: { fact: ['60 days'] } },

  { role: 'vendor', text: 'who looks after lodz software house', expect: { fact: ['U0WEST'] } },
  { role: 'vendor', text: 'gdi font licences end date', expect: { fact: ['2027-11-24'] } },
  { role: 'vendor', text: 'notice deadline for vanarsdel rugged tablets?', expect: { fact: ['2027-06-25'] } },
  { role: 'vendor', text: "who's fourth coffee's owner", expect: { fact: ['facilities@example.com'] } },
  { role: 'risk', text: 'contact for woodgrove', expect: { fact: ['partners@woodgrove.example'] } },
  { role: 'risk', text: 'notice period sgi mainframe', expect: { fact: ['180 days'] } },
  { role: 'support', text: 'has INC-0002 been resolved', expect: { fact: ['INC-0002', 'resolved'] } },
  {
    role: 'contracts',
    text: 'how many days until the alpine desktop maintenance notice deadline',
    expect: { fact: ['59'] },
  },
  { role: 'contracts', text: 'whens the coho backup saas up', expect: { fact: ['2027-10-24'] } },

  // Reads with windows and filters.
  { role: 'contracts', text: 'renewals in q1', expect: 'renewals q1' },
  { role: 'contracts', text: 'what renewals have we got this qtr', expect: 'renewals this quarter' },
  {
    role: 'contracts',
    text: 'show me notice deadlines in the next 6 weeks',
    expect: 'renewals next 6 weeks',
  },
  { role: 'contracts', text: 'everything up for renewal by eoy', expect: 'renewals eoy' },
  {
    role: 'contracts',
    text: 'renewals over 200k next 12 months',
    expect: 'renewals next 12 months over 200000',
  },
  {
    role: 'contracts',
    text: 'list saas renewals in the next 90 days',
    expect: 'renewals next 90 days kind saas',
  },
  {
    role: 'contracts',
    text: 'which licence contracts come up for renewal next quarter?',
    expect: 'renewals next quarter kind licence',
  },
  { role: 'contracts', text: 'renewals this wk', expect: 'renewals this week' },
  {
    role: 'contracts',
    text: 'critical tier renewals next 6 months',
    expect: 'renewals next 6 months tier critical',
  },
  { role: 'contracts', text: 'outsourcing deals renewing in q2', expect: 'renewals q2 kind outsourcing' },
  { role: 'vendor', text: 'my renewals this month', expect: 'renewals this month owner me' },
  { role: 'vendor', text: 'list all critical vendors', expect: 'vendors tier critical' },
  { role: 'vendor', text: 'which vendors does U0EAST own?', expect: 'vendors owner U0EAST' },
  { role: 'vendor', text: 'show my vendors', expect: 'vendors owner me' },
  { role: 'vendor', text: 'low tier suppliers pls', expect: 'vendors tier low' },
  { role: 'vendor', text: "pull up vanarsdel's card", expect: `vendor ${V}` },
  {
    role: 'vendor',
    text: 'renewals for high tier vendors in the next 60 days',
    expect: 'renewals next 60 days tier high',
  },
  { role: 'vendor', text: 'whats on this week', expect: 'agenda' },
  {
    role: 'vendor',
    text: 'renewals with lapsed evidence next 3 months',
    expect: 'renewals next 3 months lapsed',
  },
  { role: 'vendor', text: "U0WEST's renewals next year", expect: 'renewals next year owner U0WEST' },
  { role: 'support', text: 'which incidents are still open', expect: 'sla open' },
  { role: 'support', text: 'sla report for contoso last month', expect: `sla report ${C} last month` },
  { role: 'support', text: 'how did datos do on SLA in october', expect: `sla report ${D} october` },
  { role: 'support', text: 'unclaimed service credits', expect: 'sla claims' },
  { role: 'support', text: 'what are the sla targets for woodgrove', expect: `sla targets ${W}` },
  { role: 'support', text: 'any open tickets with vendors rn?', expect: 'sla open' },
  {
    role: 'support',
    text: 'show the SLA targets on the SGI mainframe contract',
    expect: `sla targets ${SGI} contract "Mainframe outsourcing"`,
  },
  { role: 'support', text: 'credits we can still claim this qtr', expect: 'sla claims this quarter' },
  { role: 'support', text: 'nordlicht sla performance this year', expect: `sla report ${NT} this year` },
  { role: 'support', text: 'show me INC-0003', expect: 'sla show INC-0003' },
  { role: 'risk', text: 'risk checks due in the next 30 days', expect: 'risk due 30 days' },
  { role: 'risk', text: 'whats due for risk review this month', expect: 'risk due this month' },
  { role: 'risk', text: "list datos's risk checks", expect: `risk list ${D}` },
  { role: 'risk', text: 'which checks are overdue', expect: 'risk due' },
  { role: 'risk', text: 'risk reviews coming up in q1', expect: 'risk due q1' },
  { role: 'risk', text: 'show all checks for sgi', expect: `risk list ${SGI}` },
  { role: 'risk', text: 'vendor risk reviews due in the next 2 wks', expect: 'risk due next 2 weeks' },
  {
    role: 'risk',
    text: 'critical vendors renewing over 100k this qtr',
    expect: 'renewals this quarter tier critical over 100000',
  },
  { role: 'risk', text: 'renewals where the evidence has lapsed', expect: 'renewals lapsed' },
  { role: 'support', text: 'sla report for coho this month', expect: `sla report ${COHO} this month` },
  { role: 'risk', text: "woodgrove's checks", expect: `risk list ${W}` },
  { role: 'contracts', text: "show proseware's change history", expect: `history ${P}` },

  { role: 'vendor', text: 'medium tier vendors owned by U0EAST', expect: 'vendors tier medium owner U0EAST' },
  {
    role: 'contracts',
    text: 'hardware renewals over 50k in the next 12 months',
    expect: 'renewals next 12 months kind hardware over 50000',
  },
  {
    role: 'vendor',
    text: 'support contracts renewing in the next 8 weeks',
    expect: 'renewals next 8 weeks kind support',
  },
  { role: 'risk', text: 'risk items due next 60 days', expect: 'risk due 60 days' },
  { role: 'support', text: 'show me the adatum card', expect: `vendor ${A}` },
  {
    role: 'vendor',
    text: 'renewals owned by U0SOUTH this qtr',
    expect: 'renewals this quarter owner U0SOUTH',
  },

  // Writes stated in words: every value the user gives is in the command.
  {
    role: 'contracts',
    text: 'we renewed the trey test automation seats to 2028-05-08 at 11000 usd',
    expect: 'contract renew "Test automation seats" end 2028-05-08 value 11000 USD',
  },
  {
    role: 'contracts',
    text: "change the notice on nordlicht's mobile fleet to 90 days",
    expect: 'contract edit "Mobile fleet" notice 90 days',
  },
  {
    role: 'contracts',
    text: 'we terminated fourth coffee room booking, ends 2026-12-31',
    expect: 'contract end "Room booking" on 2026-12-31',
  },
  {
    role: 'contracts',
    text: 'litware EA renewed to 2030-09-24 for 395000 usd a year',
    expect: 'contract renew "Enterprise agreement" end 2030-09-24 value 395000 USD',
  },
  { role: 'contracts', text: 'end the contract', expect: { incomplete: 'contract end' } },
  { role: 'contracts', text: 'renew it for another year', expect: 'unsure' },
  {
    role: 'contracts',
    text: 'set the owner of the humongous claims platform contract to U0WEST',
    expect: 'contract edit "Claims platform" owner U0WEST',
  },
  {
    role: 'contracts',
    text: 'contoso credit for october 2026 has been claimed',
    expect: `sla claim ${C} 2026-10`,
  },
  { role: 'vendor', text: 'make northwind a high tier vendor', expect: `vendor edit ${N} tier high` },
  {
    role: 'vendor',
    text: 'margies travel desk is owned by U0NORTH now',
    expect: `vendor edit "Margie's Travel Desk" owner U0NORTH`,
  },
  {
    role: 'vendor',
    text: 'add a soc2 check for relecloud every 365 days',
    expect: `risk add ${R} soc2 every 365 days`,
  },
  { role: 'vendor', text: 'change the tier', expect: { incomplete: 'vendor edit' } },
  { role: 'vendor', text: 'alpine is now critical tier', expect: `vendor edit ${AL} tier critical` },
  {
    role: 'vendor',
    text: 'set fabrikams contact email to noc@fabrikam.example',
    expect: `vendor edit ${F} email noc@fabrikam.example`,
  },
  {
    role: 'support',
    text: 'log a P2 for fabrikam core switch maintenance: core switch in building B rebooting, started 09:10',
    expect: `sla log ${F} contract "Core switch maintenance" P2 core switch in building B rebooting started 09:10`,
  },
  {
    role: 'support',
    text: 'log a P1 against adatum: SSO down for everyone, started 10:05',
    expect: `sla log ${A} P1 SSO down for everyone started 10:05`,
  },
  {
    role: 'support',
    text: 'proseware fixed the payslip issue INC-0008 at 09:45',
    expect: 'sla resolve INC-0008 at 09:45',
  },
  {
    role: 'support',
    text: 'coho finally responded on inc-0009 at 08:20',
    expect: 'sla respond INC-0009 at 08:20',
  },
  {
    role: 'support',
    text: 'the datos phone queue outage INC-0010 ended at 2026-11-24 18:30',
    expect: 'sla resolve INC-0010 at 2026-11-24 18:30',
  },
  { role: 'support', text: 'log an incident', expect: { incomplete: 'sla log' } },
  {
    role: 'support',
    text: 'woodgrove payment gateway was down from 2026-11-24 22:00 to 23:15',
    expect: `sla downtime ${W} contract "Payment gateway" 2026-11-24 22:00 to 23:15`,
  },
  { role: 'support', text: 'mark it resolved', expect: { incomplete: 'sla resolve' } },
  {
    role: 'risk',
    text: 'woodgrove pci dss done on 2026-11-23, AOC received from QSA',
    expect: `risk done ${W} pci_dss on 2026-11-23 AOC received from QSA`,
  },
  {
    role: 'risk',
    text: "we got coho's insurance cert on 2026-11-20",
    expect: `risk done ${COHO} insurance on 2026-11-20`,
  },
  {
    role: 'risk',
    text: "record muller's iso27001 as done 2026-11-18",
    expect: `risk done ${M} iso27001 on 2026-11-18`,
  },
  {
    role: 'risk',
    text: 'stop tracking the proseware questionnaire',
    expect: `risk remove ${P} questionnaire`,
  },
  {
    role: 'risk',
    text: 'add a pentest check for coho every 365 days',
    expect: `risk add ${COHO} pentest every 365 days`,
  },
  { role: 'risk', text: 'mark the soc2 as done', expect: { incomplete: 'risk done' } },
  {
    role: 'risk',
    text: 'tailspin pentest completed on 2026-11-16 no criticals',
    expect: `risk done ${T} pentest on 2026-11-16 no criticals`,
  },

  { role: 'vendor', text: 'move blue yonder to U0WEST', expect: `vendor edit ${BY} owner U0WEST` },
  { role: 'vendor', text: 'bump humongous to high tier', expect: `vendor edit ${H} tier high` },
  {
    role: 'support',
    text: 'log P3 for vanarsdel MDM licences: enrolment emails delayed',
    expect: `sla log ${V} contract "MDM licences" P3 enrolment emails delayed`,
  },
  {
    role: 'risk',
    text: 'datos insurance certificate received 2026-11-24',
    expect: `risk done ${D} insurance on 2026-11-24`,
  },
  {
    role: 'contracts',
    text: 'we agreed a 60 day notice on the relecloud platform',
    expect: 'contract edit "Observability platform" notice 60 days',
  },
  {
    role: 'risk',
    text: 'add a financial check on nordlicht every 180 days',
    expect: `risk add ${NT} financial every 180 days`,
  },

  // Off topic.
  { role: 'contracts', text: 'can you book me a meeting room for 3pm', expect: 'unknown' },
  { role: 'vendor', text: "what's the weather in new york tomorrow", expect: 'unknown' },
  { role: 'support', text: 'restart the jenkins build server', expect: 'unknown' },
  { role: 'risk', text: 'tell me a joke', expect: 'unknown' },
  { role: 'support', text: 'how do i reset my own laptop password', expect: 'unknown' },
]
