// Held-out set written from the job (issue 22): 113 lines as IT contracts, vendor, support and risk
// managers type them, lower case, typos, abbreviations, possessives, questions and imperatives.
// Written and committed BEFORE any tuning for issue 22 and never used to tune the recogniser (no
// cue, phrasing or rule comes from here). Same register and clock as the phrasing set
// (test/language/fixture.ts: demo register, Wednesday 2026-11-25 10:30 in New York, asker U0NORTH).
//
// `expect` is a command line (or unknown / unsure / incomplete) as in the phrasing set, judged on
// what the dispatcher answered ("Understood as …" or the proposal's exact command); `{ fact }` is a
// one-fact question: the first non-empty line of the reply must contain every listed piece
// (case-insensitive), worked out from data/demo with its dates shifted as loadDemo shifts them
// (328 days, to the fixture's today) and current terms rolled forward.
import type { Expected } from './phrasing-set.ts'

export type Role = 'contracts' | 'vendor' | 'support' | 'risk'
export type JobExpected = Expected | { fact: string[] }

export interface JobCase {
  role: Role
  text: string
  expect: JobExpected
}

const C = '"Contoso Cloud Services"'
const F = '"Fabrikam Networks"'
const W = '"Woodgrove Payments"'
const T = '"Tailspin Security"'
const D = '"Datos São Paulo Serviços"'
const P = '"Proseware HR"'
const COHO = '"Coho Backup"'
const M = '"Müller & Söhne Rechenzentrum"'
const SGI = '"Société Générale Informatique"'

export const JOB_HELD_OUT_SET: JobCase[] = [
  // One fact, answered first. Current terms roll forward from data/demo's end dates.
  {
    role: 'contracts',
    text: 'when does our contract with fabrikam end?',
    expect: { fact: ['2027-01-22', '2027-02-22', '2027-04-07'] },
  },
  {
    role: 'contracts',
    text: 'when is the proseware contract up for renewal',
    expect: { fact: ['2027-03-24'] },
  },
  {
    role: 'contracts',
    text: 'whats the notice cutoff for woodgrove payment gateway',
    expect: { fact: ['2026-11-24'] },
  },
  {
    role: 'vendor',
    text: 'when do we need to give notice to datos?',
    expect: { fact: ['2026-10-24', '2027-03-25'] },
  },
  {
    role: 'contracts',
    text: 'how many days do we have left on the fabrikam switch maintenance contract',
    expect: { fact: ['58 days', '2027-01-22'] },
  },
  {
    role: 'contracts',
    text: 'days until the coho backup saas contract ends',
    expect: { fact: ['2027-10-24', '333 days'] },
  },
  {
    role: 'contracts',
    text: "what's the notice period on the humongous contract",
    expect: { fact: ['90 days'] },
  },
  { role: 'vendor', text: 'notice period for nordlicht mobile fleet?', expect: { fact: ['60 days'] } },
  { role: 'vendor', text: 'who owns contoso', expect: { fact: ['U0NORTH'] } },
  { role: 'vendor', text: "who's the owner for the datos relationship", expect: { fact: ['U0SOUTH'] } },
  {
    role: 'vendor',
    text: 'who is our contact at woodgrove',
    expect: { fact: ['partners@woodgrove.example'] },
  },
  {
    role: 'vendor',
    text: 'contact email for müller?',
    expect: { fact: ['vertrieb@mueller-soehne.example'] },
  },
  { role: 'vendor', text: 'who do we talk to at wingtip', expect: { fact: ['Wingtip', 'no contact'] } },
  { role: 'risk', text: "is contoso's soc 2 current?", expect: { fact: ['overdue', '2026-11-02'] } },
  { role: 'risk', text: 'is tailspins soc2 up to date', expect: { fact: ['current', '2026-12-20'] } },
  { role: 'risk', text: "has proseware's soc 2 been done?", expect: { fact: ['never done'] } },
  { role: 'risk', text: 'is the woodgrove pci check current', expect: { fact: ['current', '2026-12-14'] } },
  {
    role: 'risk',
    text: "what's overdue for datos",
    expect: { fact: ['Datos', 'overdue', '2026-04-23'] },
  },
  {
    role: 'risk',
    text: 'anything overdue for sgi?',
    expect: { fact: ['Nothing is overdue', 'Société Générale Informatique'] },
  },
  { role: 'support', text: 'is INC-0007 resolved?', expect: { fact: ['INC-0007', 'resolved', '19:00'] } },
  { role: 'support', text: 'did inc-5 breach?', expect: { fact: ['INC-0005', 'breached'] } },
  { role: 'support', text: 'is INC-0009 still open', expect: { fact: ['INC-0009', 'open'] } },
  { role: 'support', text: 'was inc 7 within sla', expect: { fact: ['INC-0007', 'met'] } },
  { role: 'support', text: 'has INC-0008 been resolved yet?', expect: { fact: ['INC-0008', 'open'] } },
  {
    role: 'support',
    text: 'did INC-0002 breach its response time',
    expect: { fact: ['INC-0002', 'response', 'breached'] },
  },
  { role: 'contracts', text: 'when does the litware EA expire', expect: { fact: ['2027-09-24'] } },
  {
    role: 'contracts',
    text: "when does coho's backup appliances contract end",
    expect: { fact: ['2027-10-24'] },
  },
  {
    role: 'contracts',
    text: 'when does the contoso premier support contract renew',
    expect: { fact: ['2027-05-24'] },
  },
  {
    role: 'contracts',
    text: "when's the notice deadline for the adatum privileged access contract",
    expect: { fact: ['2027-02-06'] },
  },
  { role: 'contracts', text: 'how long until northwind renews', expect: { fact: ['2027-07-25'] } },
  { role: 'contracts', text: "whats the end date of relecloud's contract", expect: { fact: ['2027-09-24'] } },
  {
    role: 'contracts',
    text: 'when do we have to cancel woodgrove fraud screening by',
    expect: { fact: ['2027-09-25'] },
  },
  { role: 'vendor', text: 'who owns the sgi account?', expect: { fact: ['U0SOUTH'] } },
  { role: 'vendor', text: 'who is the contact at northwind', expect: { fact: ['sales@northwind.example'] } },
  { role: 'vendor', text: 'vendor contact for coho', expect: { fact: ['support@coho.example'] } },

  // Windows as people say them (SPEC §3).
  { role: 'contracts', text: "what's renewing in q2?", expect: 'renewals Q2 2027' },
  { role: 'contracts', text: 'anything up for renewal this qtr', expect: 'renewals this quarter' },
  { role: 'contracts', text: 'notice deadlines this wk', expect: 'renewals this week' },
  { role: 'contracts', text: 'contracts expiring in the next 6 weeks', expect: 'renewals next 6 weeks' },
  { role: 'contracts', text: 'what renews by eoy', expect: 'renewals this year' },
  { role: 'vendor', text: 'renewals due next mo?', expect: 'renewals next month' },
  { role: 'contracts', text: "what's expiring in q1", expect: 'renewals Q1 2027' },
  { role: 'contracts', text: 'contracts ending over the next 3 months', expect: 'renewals next 3 months' },
  { role: 'vendor', text: 'q4 renewals', expect: 'renewals Q4 2026' },
  { role: 'contracts', text: 'upcoming notice dates in the next 2 wks', expect: 'renewals next 2 weeks' },
  { role: 'contracts', text: 'whats due for renewal in 30 days', expect: 'renewals next 30 days' },
  { role: 'contracts', text: 'which contracts are coming up for renewal', expect: 'renewals' },
  { role: 'risk', text: 'risk checks due this qtr', expect: 'risk due this quarter' },
  { role: 'risk', text: 'which vendor reviews are due in the next 6 weeks', expect: 'risk due next 6 weeks' },
  { role: 'risk', text: 'checks due by eoy', expect: 'risk due this year' },
  { role: 'risk', text: 'what assessments come due in q1?', expect: 'risk due Q1 2027' },

  // Filters (SPEC §13).
  {
    role: 'contracts',
    text: 'critical renewals next quarter',
    expect: 'renewals next quarter tier critical',
  },
  { role: 'contracts', text: 'renewals worth more than 100k', expect: 'renewals over 100000' },
  { role: 'contracts', text: 'my renewals this month', expect: 'renewals this month owner U0NORTH' },
  { role: 'contracts', text: 'saas renewals in q1', expect: 'renewals Q1 2027 kind saas' },
  { role: 'vendor', text: 'high tier contracts expiring this yr', expect: 'renewals this year tier high' },
  { role: 'contracts', text: 'renewals over 200k eur', expect: 'renewals over 200000 EUR' },
  {
    role: 'contracts',
    text: 'which critical contracts over 100k renew by eoy?',
    expect: 'renewals this year tier critical over 100000',
  },
  { role: 'risk', text: 'renewals with lapsed evidence', expect: 'renewals lapsed' },
  {
    role: 'support',
    text: 'support contracts up for renewal in the next 6 months',
    expect: 'renewals next 6 months kind support',
  },
  { role: 'vendor', text: 'licence renewals owned by U0EAST', expect: 'renewals owner U0EAST kind licence' },
  {
    role: 'contracts',
    text: 'anything over $50k renewing in the next 60 days',
    expect: 'renewals next 60 days over 50000 USD',
  },
  { role: 'vendor', text: 'renewals for the vendors i own', expect: 'renewals owner U0NORTH' },

  // Read-like lines that start with a command word but are no command's form (SPEC §4.1).
  {
    role: 'support',
    text: 'sla credits for woodgrove for october',
    expect: `sla report ${W} october`,
  },
  { role: 'risk', text: 'risk reviews due this month', expect: 'risk due this month' },
  { role: 'contracts', text: 'renewals for critical vendors', expect: 'renewals tier critical' },
  { role: 'risk', text: 'risk status for woodgrove', expect: `risk list ${W}` },
  { role: 'support', text: 'sla report on datos for last quarter', expect: `sla report ${D} last quarter` },
  { role: 'contracts', text: 'renewals coming up for saas', expect: 'renewals kind saas' },
  { role: 'vendor', text: 'vendors with critical tier', expect: 'vendors tier critical' },
  { role: 'vendor', text: 'history for the contoso contracts', expect: `history ${C}` },

  // Changes: proposed with every value the user gave, the contract by vendor and title.
  {
    role: 'contracts',
    text: 'we renewed proseware until 2028-04-30 at 125k',
    expect: `contract renew ${P} "HR and payroll" end 2028-04-30 value 125000 EUR`,
  },
  {
    role: 'contracts',
    text: 'fabrikam switch maintenance renewed through feb 28 2029',
    expect: `contract renew ${F} "Core switch maintenance" end 2029-02-28`,
  },
  {
    role: 'contracts',
    text: 'we cancelled the woodgrove fraud screening contract',
    expect: `contract end ${W} "Fraud screening" on 2027-11-24`,
  },
  {
    role: 'contracts',
    text: "we're not renewing the humongous claims platform",
    expect: 'contract end "Humongous Insurance Systems" "Claims platform" on 2027-05-24',
  },
  {
    role: 'vendor',
    text: 'terminate the nordlicht mobile fleet contract',
    expect: 'contract end "Nordlicht Telekom" "Mobile fleet" on 2027-08-24',
  },
  {
    role: 'contracts',
    text: 'extended the relecloud contract to 2027-12-31 for 70k usd',
    expect: 'contract renew "Relecloud Monitoring" "Observability platform" end 2027-12-31 value 70000 USD',
  },
  {
    role: 'vendor',
    text: 'we renewed the datos service desk until 2028-02-29 at 1.3m brl with 120 days notice',
    expect: `contract renew ${D} "Service desk" end 2028-02-29 value 1300000 BRL notice 120 days`,
  },
  {
    role: 'contracts',
    text: 'we renewed contoso cloud hosting till 2028-03-31, value now 215k',
    expect: `contract renew ${C} "Cloud hosting" end 2028-03-31 value 215000 USD`,
  },
  { role: 'risk', text: "woodgrove's soc2 report arrived today", expect: `risk done ${W} soc2` },
  {
    role: 'risk',
    text: 'got the datos insurance cert on nov 20',
    expect: `risk done ${D} insurance on 2026-11-20`,
  },
  {
    role: 'risk',
    text: 'add a pen test check for woodgrove every 365 days',
    expect: `risk add ${W} pentest every 365 days`,
  },
  {
    role: 'support',
    text: 'log a p2 for coho: restore jobs timing out',
    expect: `sla log ${COHO} P2 restore jobs timing out`,
  },
  {
    role: 'support',
    text: 'inc-9 was resolved at 10:05',
    expect: 'sla resolve INC-0009 at 2026-11-25 10:05',
  },
  {
    role: 'support',
    text: 'coho responded to INC-0009 at 9:45',
    expect: 'sla respond INC-0009 at 2026-11-25 09:45',
  },
  { role: 'vendor', text: "change fabrikam's tier to critical", expect: `vendor edit ${F} tier critical` },
  { role: 'contracts', text: 'stop sending renewal reminders here', expect: 'unsubscribe renewals' },
  { role: 'support', text: 'post incident alerts in this channel', expect: 'subscribe incidents' },

  // Everyday reads.
  { role: 'vendor', text: 'pull up the tailspin card', expect: `vendor ${T}` },
  { role: 'vendor', text: 'which vendors does U0SOUTH own', expect: 'vendors owner U0SOUTH' },
  { role: 'vendor', text: 'list critical vendors', expect: 'vendors tier critical' },
  { role: 'support', text: 'how did coho do on sla last month', expect: `sla report ${COHO} last month` },
  { role: 'support', text: 'datos sla report for q3', expect: `sla report ${D} q3` },
  {
    role: 'support',
    text: 'what credits do we get from contoso for november',
    expect: `sla report ${C} november`,
  },
  { role: 'risk', text: 'risk checks overdue', expect: 'risk due overdue' },
  { role: 'risk', text: 'which vendor assessments are late', expect: 'risk due overdue' },
  { role: 'risk', text: "show woodgrove's checks", expect: `risk list ${W}` },
  { role: 'contracts', text: 'what does my week look like', expect: 'agenda' },
  { role: 'vendor', text: 'audit trail for woodgrove', expect: `history ${W}` },
  { role: 'support', text: 'who changed INC-0004', expect: 'history INC-0004' },
  { role: 'vendor', text: 'how many suppliers do we have in total', expect: 'vendors' },
  { role: 'vendor', text: 'info on lodz software house', expect: 'vendor "Łódź Software House"' },
  { role: 'vendor', text: 'tell me about msr', expect: `vendor ${M}` },
  {
    role: 'vendor',
    text: 'what do we have with blue yonder',
    expect: 'vendor "Blue Yonder Logistics Systems"',
  },
  { role: 'contracts', text: 'how does this bot work', expect: 'help' },
  { role: 'risk', text: "sgi's risk checks pls", expect: `risk list ${SGI}` },
  { role: 'support', text: 'any sla breaches going on right now', expect: 'sla open' },
  { role: 'contracts', text: 'whats expiring soon', expect: 'renewals' },
  { role: 'risk', text: 'what checks are coming due', expect: 'risk due' },
  {
    role: 'support',
    text: 'show me the woodgrove sla numbers for last month',
    expect: `sla report ${W} last month`,
  },

  // Out of scope: an honest "can't help", never a guess.
  { role: 'vendor', text: 'book me a flight to berlin', expect: 'unknown' },
  { role: 'support', text: "what's the weather in london", expect: 'unknown' },
  { role: 'contracts', text: 'write me a poem', expect: 'unknown' },
]
