// Eighth development set for issue 22, written by the engineer tuning round 7's READ lines BEFORE
// any fix: for each class of read miss left in job sets 9, 10 and 11 and dev set 4, about ten other
// ways the four roles say that class (lower case, typos, abbreviations, possessives, questions and
// statements), so the fix is for the class and not for the lines. Not held out. Same register,
// clock and format as the job sets (test/language/fixture.ts: Wednesday 2026-11-25, asker U0NORTH;
// current terms rolled forward). Score: `node bin/run-ts.mjs test/language/print-dev-score.ts --set 8`.
import type { JobCase } from './job-held-out-set.ts'

const ADATUM = '"Adatum Identity"'
const COHO = '"Coho Backup"'
const CONTOSO = '"Contoso Cloud Services"'
const DATOS = '"Datos São Paulo Serviços"'
const MUELLER = '"Müller & Söhne Rechenzentrum"'
const NORDLICHT = '"Nordlicht Telekom"'
const PROSEWARE = '"Proseware HR"'
const SGI = '"Société Générale Informatique"'
const TAILSPIN = '"Tailspin Security"'
const WOODGROVE = '"Woodgrove Payments"'

/** Renewal filters (tier, kind, amount, lapsed) said around a window, with fillers ("only", "w/"). */
const FILTERS_AROUND_A_WINDOW: JobCase[] = [
  { role: 'contracts', text: 'renewals next qtr high tier only', expect: 'renewals next quarter tier high' },
  {
    role: 'contracts',
    text: 'renewals this month critical only pls',
    expect: 'renewals this month tier critical',
  },
  { role: 'risk', text: 'renewals q2 w lapsed evidence', expect: 'renewals q2 lapsed' },
  { role: 'contracts', text: 'renewals next 60 days saas only', expect: 'renewals 60 days kind saas' },
  { role: 'risk', text: 'high tier renewals with lapsed checks', expect: 'renewals tier high lapsed' },
  {
    role: 'risk',
    text: 'critical renewals missing evidence this quarter',
    expect: 'renewals this quarter tier critical lapsed',
  },
  { role: 'contracts', text: 'renewals by eoy over 100k only', expect: 'renewals eoy over 100k' },
  { role: 'contracts', text: 'just the outsourcing renewals for q1', expect: 'renewals q1 kind outsourcing' },
  {
    role: 'risk',
    text: 'renewals next month, medium tier w/ lapsed evidence',
    expect: 'renewals next month tier medium lapsed',
  },
  {
    role: 'contracts',
    text: 'which critical vendors have renewals next quarter',
    expect: 'renewals next quarter tier critical',
  },
  {
    role: 'contracts',
    text: 'which of my vendors have contracts expiring this quarter',
    expect: 'renewals this quarter owner U0NORTH',
  },
]

/** An owner filter said as a user id, lower case or possessive ("u0east's renewals"). */
const OWNER_BY_ID: JobCase[] = [
  {
    role: 'contracts',
    text: "u0south's renewals next quarter",
    expect: 'renewals next quarter owner U0SOUTH',
  },
  { role: 'contracts', text: 'renewals owned by u0west by eoy', expect: 'renewals eoy owner U0WEST' },
  { role: 'contracts', text: "u0north's critical renewals", expect: 'renewals tier critical owner U0NORTH' },
  { role: 'contracts', text: 'renewals for u0east q1', expect: 'renewals q1 owner U0EAST' },
  { role: 'vendor', text: "u0west's vendors", expect: 'vendors owner U0WEST' },
  { role: 'vendor', text: 'vendors owned by u0south', expect: 'vendors owner U0SOUTH' },
  {
    role: 'contracts',
    text: 'what renewals does u0east have next month',
    expect: 'renewals next month owner U0EAST',
  },
  {
    role: 'contracts',
    text: "u0south's saas renewals this yr",
    expect: 'renewals this year kind saas owner U0SOUTH',
  },
  {
    role: 'contracts',
    text: "renewals next 6 weeks for u0north's vendors",
    expect: 'renewals next 6 weeks owner U0NORTH',
  },
  { role: 'vendor', text: 'high tier vendors u0east owns', expect: 'vendors tier high owner U0EAST' },
]

/** A fact asked about a contract named by its title or kind, with or without its vendor. */
const CONTRACT_BY_TITLE: JobCase[] = [
  { role: 'contracts', text: 'who owns the colocation racks contract', expect: { fact: ['U0EAST'] } },
  {
    role: 'contracts',
    text: 'whos responsible for the development team contract?',
    expect: { fact: ['U0WEST'] },
  },
  {
    role: 'contracts',
    text: 'who is the owner of the payment gateway contract',
    expect: { fact: ['U0EAST'] },
  },
  { role: 'contracts', text: 'when does the laptop leasing contract end?', expect: { fact: ['2027-12-25'] } },
  {
    role: 'contracts',
    text: 'when is the notice deadline on the mpls network contract',
    expect: { fact: ['2026-10-24'] },
  },
  {
    role: 'contracts',
    text: 'when do we have to tell coho we are not keeping the backup appliances?',
    expect: { fact: ['2027-07-26'] },
  },
  {
    role: 'contracts',
    text: 'does the woodgrove fraud screening contract run into 2028?',
    expect: { fact: ['2027-11-24'] },
  },
  {
    role: 'contracts',
    text: 'how many days until the claims platform notice deadline?',
    expect: { fact: ['90 days'] },
  },
  { role: 'contracts', text: 'when does the edr subscription expire', expect: { fact: ['2027-08-24'] } },
  {
    role: 'contracts',
    text: 'days left before the cross connects notice date',
    expect: { fact: ['212 days'] },
  },
  {
    role: 'contracts',
    text: "what's the last day to tell alpine we won't keep the desktop maintenance",
    expect: { fact: ['2027-01-23'] },
  },
]

/** An incident's status asked as a noun, its id typed short ("inc 9", "inc #7", "incident 10"). */
const INCIDENT_STATUS: JobCase[] = [
  { role: 'support', text: 'inc 9 status', expect: { fact: ['INC-0009', 'open'] } },
  { role: 'support', text: 'status of inc-8', expect: { fact: ['INC-0008', 'open'] } },
  { role: 'support', text: 'INC-0002 status pls', expect: { fact: ['INC-0002', 'resolved'] } },
  { role: 'support', text: 'whats the status on incident 10', expect: { fact: ['INC-0010', 'open'] } },
  { role: 'support', text: 'status update on INC-0009', expect: { fact: ['INC-0009', 'open'] } },
  { role: 'support', text: 'inc #7 state', expect: { fact: ['INC-0007', 'resolved'] } },
  { role: 'support', text: 'current status inc 1', expect: { fact: ['INC-0001', 'resolved'] } },
  { role: 'support', text: 'is inc 5 closed', expect: { fact: ['INC-0005', 'resolved'] } },
  { role: 'support', text: 'incident 3 - status?', expect: { fact: ['INC-0003', 'resolved'] } },
]

/**
 * SLA targets of one contract named by words of its title. A word of the vendor's line of business
 * alone ("sgi mainframe", "woodgrove gateway") asks for the vendor's targets, as job set 3 expects
 * ("response and resolution times for the sgi mainframe"): those two lines were first written
 * narrowed and changed to agree with that earlier set.
 */
const TARGETS_BY_TITLE: JobCase[] = [
  {
    role: 'support',
    text: 'sla targets contoso hosting',
    expect: `sla targets ${CONTOSO} contract "Cloud hosting"`,
  },
  {
    role: 'support',
    text: 'what are the sla targets on the mueller colocation racks',
    expect: `sla targets ${MUELLER} contract "Colocation racks"`,
  },
  {
    role: 'support',
    text: 'tailspin edr sla targets',
    expect: `sla targets ${TAILSPIN} contract "EDR subscription"`,
  },
  {
    role: 'support',
    text: 'show sla targets for the nordlicht mpls contract',
    expect: `sla targets ${NORDLICHT} contract "MPLS network"`,
  },
  {
    role: 'support',
    text: 'adatum sso sla targets',
    expect: `sla targets ${ADATUM} contract "Workforce SSO"`,
  },
  {
    role: 'support',
    text: 'proseware payroll sla targets pls',
    expect: `sla targets ${PROSEWARE} contract "HR and payroll"`,
  },
  {
    role: 'support',
    text: 'sla targets for the woodgrove gateway',
    expect: `sla targets ${WOODGROVE}`,
  },
  {
    role: 'support',
    text: 'sgi mainframe sla targets',
    expect: `sla targets ${SGI}`,
  },
  { role: 'support', text: 'sla targets coho saas', expect: `sla targets ${COHO} contract "Backup SaaS"` },
]

/** A vendor's incidents or breaches over a period: its SLA report, never a new incident. */
const INCIDENTS_IN_A_PERIOD: JobCase[] = [
  { role: 'support', text: 'contoso incidents in december', expect: `sla report ${CONTOSO} december` },
  { role: 'support', text: 'coho breaches last month', expect: `sla report ${COHO} last month` },
  { role: 'support', text: 'nordlicht sla breaches in q3', expect: `sla report ${NORDLICHT} q3` },
  { role: 'support', text: 'datos incidents for october', expect: `sla report ${DATOS} october` },
  { role: 'support', text: 'adatum outages in 2025', expect: `sla report ${ADATUM} 2025` },
  { role: 'support', text: 'woodgrove incidents this month', expect: `sla report ${WOODGROVE} this month` },
  { role: 'support', text: 'proseware breaches in nov', expect: `sla report ${PROSEWARE} november` },
  { role: 'support', text: 'any sgi incidents last quarter?', expect: `sla report ${SGI} last quarter` },
]

/** Who to talk to at a vendor, in the words people use for it ("rep", "account manager", "poc"). */
const CONTACT_WORDS: JobCase[] = [
  { role: 'vendor', text: 'whos our rep at contoso', expect: { fact: ['accounts@contoso.example'] } },
  {
    role: 'vendor',
    text: 'who is the account rep for fabrikam',
    expect: { fact: ['support@fabrikam.example'] },
  },
  { role: 'vendor', text: 'sales rep at northwind?', expect: { fact: ['sales@northwind.example'] } },
  { role: 'vendor', text: 'who do i ping at tailspin', expect: { fact: ['renewals@tailspin.example'] } },
  { role: 'vendor', text: 'point of contact for adatum', expect: { fact: ['success@adatum.example'] } },
  { role: 'vendor', text: 'nordlicht poc?', expect: { fact: ['b2b@nordlicht.example'] } },
  {
    role: 'vendor',
    text: 'whos our account manager at woodgrove',
    expect: { fact: ['partners@woodgrove.example'] },
  },
  {
    role: 'vendor',
    text: 'who should i reach out to at proseware',
    expect: { fact: ['csm@proseware.example'] },
  },
]

/**
 * Added after the first fixes, before fixing these three classes (job sets 4 and 7, dev set 4):
 * a request for something Tickler does not do, worded as an action on the job's things.
 */
const ACTIONS_NOT_DONE: JobCase[] = [
  { role: 'vendor', text: 'can you approve the fabrikam invoice', expect: 'unknown' },
  { role: 'contracts', text: 'sign the nda for contoso', expect: 'unknown' },
  { role: 'vendor', text: 'draft a reply to the coho account team', expect: 'unknown' },
  { role: 'contracts', text: 'order 20 new laptops from alpine', expect: 'unknown' },
  { role: 'risk', text: 'book a meeting with the sgi auditors', expect: 'unknown' },
  { role: 'contracts', text: 'please translate the datos contract into english', expect: 'unknown' },
  { role: 'support', text: 'reset my vpn password', expect: 'unknown' },
  { role: 'vendor', text: 'write a thank you note to woodgrove', expect: 'unknown' },
  { role: 'contracts', text: 'could you buy more litware licences', expect: 'unknown' },
  { role: 'risk', text: 'pay the tailspin invoice', expect: 'unknown' },
]

/** What a contract costs a year, asked in words ("what do we pay", "worth", "cost"). */
const CONTRACT_VALUE: JobCase[] = [
  {
    role: 'contracts',
    text: 'what do we pay contoso a year for cloud hosting',
    expect: { fact: ['207,000.00 USD'] },
  },
  {
    role: 'contracts',
    text: 'how much is the litware enterprise agreement worth',
    expect: { fact: ['410,000.00 USD'] },
  },
  {
    role: 'contracts',
    text: 'annual value of the nordlicht mpls contract',
    expect: { fact: ['312,000.00 EUR'] },
  },
  {
    role: 'contracts',
    text: 'whats the sgi mainframe deal worth per year',
    expect: { fact: ['1,850,000.00 EUR'] },
  },
  {
    role: 'contracts',
    text: 'how much do we spend on coho backup saas?',
    expect: { fact: ['99,000.00 USD'] },
  },
  { role: 'contracts', text: 'cost of the tailspin edr subscription?', expect: { fact: ['132,000.00 USD'] } },
  {
    role: 'contracts',
    text: 'what does the alpine laptop leasing cost us annually',
    expect: { fact: ['286,000.00 CHF'] },
  },
  { role: 'contracts', text: 'how much are we paying relecloud', expect: { fact: ['67,000.00 USD'] } },
  {
    role: 'contracts',
    text: 'price of the woodgrove payment gateway contract',
    expect: { fact: ['156,000.00 USD'] },
  },
]

/** How often a vendor's check is done: its cadence. */
const CHECK_CADENCE: JobCase[] = [
  {
    role: 'risk',
    text: 'how often do we do adverse media on sgi',
    expect: { fact: ['Adverse media', '90 days'] },
  },
  { role: 'risk', text: "how frequently is contoso's soc 2 due", expect: { fact: ['SOC 2', '365 days'] } },
  { role: 'risk', text: 'woodgrove pci dss cadence?', expect: { fact: ['pci', '365 days'] } },
  { role: 'risk', text: 'how often is the tailspin pentest', expect: { fact: ['pentest', '365 days'] } },
  { role: 'risk', text: 'alpine questionnaire frequency', expect: { fact: ['questionnaire', '365 days'] } },
  {
    role: 'risk',
    text: "what's the review cycle for woodgrove adverse media",
    expect: { fact: ['Adverse media', '90 days'] },
  },
]

export const DEV_SET_8: JobCase[] = [
  ...FILTERS_AROUND_A_WINDOW,
  ...OWNER_BY_ID,
  ...CONTRACT_BY_TITLE,
  ...INCIDENT_STATUS,
  ...TARGETS_BY_TITLE,
  ...INCIDENTS_IN_A_PERIOD,
  ...CONTACT_WORDS,
  ...ACTIONS_NOT_DONE,
  ...CONTRACT_VALUE,
  ...CHECK_CADENCE,
]
