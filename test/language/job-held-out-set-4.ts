// Fourth held-out set written from the job (issue 22), because the first three
// (job-held-out-set.ts, -2.ts, -3.ts) and the dev sets have since been used for tuning and no
// longer count as held out. Written blind on 2026-12-07 by an engineer who had not read the
// recogniser (src/language/, src/parse/), the phrasing sets, the dev sets or the lines of the
// earlier job sets, and who never ran the recogniser on these lines: they are written as IT
// contracts, vendor, support and risk managers type them (lower case, typos, abbreviations,
// possessives, questions and imperatives), not from what the code can do. Committed BEFORE any
// tuning against it; never use it to tune (no cue, phrasing or rule may come from here). If a
// line's expectation is wrong, fix it from SPEC.md and data/demo, never from what Tickler answered.
//
// Same register and clock as the first set (test/language/fixture.ts: demo register shifted 328
// days by loadDemo, Wednesday 2026-11-25 10:30 in New York, asker U0NORTH, so "my" is U0NORTH).
// Every expected read was typed explicitly on that register and answers; every expected write was
// run explicitly on a fresh copy of it and stored. Facts come from the explicit `vendor …` and
// `sla show …` answers. No expectation depends on a risk check's due date or overdue status, since
// the demo's evidence dates are about to change: risk facts expect the vendor and the check's name
// (SPEC §13), risk windows expect the `risk due` command. Writes follow the canonical proposal form
// of docs/plain-language.md (quoted vendor, then quoted title; times and dates spelt out; an amount
// without a currency in the contract's own). `expect` is judged by test/language/answer-score.ts.
//
// Each role's lines are grouped by kind: one-fact questions, reads with windows and filters,
// writes in words (an incomplete one expects `{ incomplete }`), and a few lines off the job.
import type { JobCase } from './job-held-out-set.ts'

const BLUE = '"Blue Yonder Logistics Systems"'
const COHO = '"Coho Backup"'
const CONTOSO = '"Contoso Cloud Services"'
const DATOS = '"Datos São Paulo Serviços"'
const FOURTH = '"Fourth Coffee Facilities IT"'
const HUMONGOUS = '"Humongous Insurance Systems"'
const LUCERNE = '"Lucerne Publishing Tools"'
const MARGIES = `"Margie's Travel Desk"`
const MULLER = '"Müller & Söhne Rechenzentrum"'
const NORDLICHT = '"Nordlicht Telekom"'
const PROSEWARE = '"Proseware HR"'
const RELECLOUD = '"Relecloud Monitoring"'
const SGI = '"Société Générale Informatique"'
const TAILSPIN = '"Tailspin Security"'
const VANARSDEL = '"VanArsdel Devices"'
const WOODGROVE = '"Woodgrove Payments"'

const CONTRACTS: JobCase[] = [
  // One fact: current term ends and notice deadlines of the shifted register.
  { role: 'contracts', text: 'when is the litware EA up', expect: { fact: ['2027-09-24'] } },
  {
    role: 'contracts',
    text: 'whats the notcie deadline on the blue yonder warehouse mgmt licence?',
    expect: { fact: ['2026-12-25'] },
  },
  { role: 'contracts', text: 'last day to give notice to humongous?', expect: { fact: ['2027-02-23'] } },
  { role: 'contracts', text: 'how much notice do we owe relecloud', expect: { fact: ['45 days'] } },
  { role: 'contracts', text: 'when does the alpine laptop lease finish', expect: { fact: ['2027-12-25'] } },
  { role: 'contracts', text: "when does northwind's BI licence renew", expect: { fact: ['2027-07-25'] } },
  {
    role: 'contracts',
    text: 'how many days do we have left to cancel trey research',
    expect: { fact: ['134 days'] },
  },
  { role: 'contracts', text: 'notice period for the łódź dev team contract?', expect: { fact: ['60 days'] } },
  {
    role: 'contracts',
    text: "when does sgi's print & mail room contract end",
    expect: { fact: ['2026-12-25'] },
  },
  {
    role: 'contracts',
    text: 'what do we pay graphic design institute a year for the font licences',
    expect: { fact: ['3,200.00 USD'] },
  },
  { role: 'contracts', text: 'vanarsdel mdm - when is the notice date', expect: { fact: ['2027-06-08'] } },
  {
    role: 'contracts',
    text: 'When does the room booking contarct with Fourth Coffee expire?',
    expect: { fact: ['2027-06-24'] },
  },

  // Reads with windows and filters.
  { role: 'contracts', text: 'renewals coming up in q2', expect: 'renewals q2' },
  {
    role: 'contracts',
    text: "what's up for renewal this qtr over 100k",
    expect: 'renewals this quarter over 100k',
  },
  {
    role: 'contracts',
    text: 'any saas renewals in the next 6 weeks?',
    expect: 'renewals next 6 weeks kind saas',
  },
  { role: 'contracts', text: 'show me my renewals by eoy', expect: 'renewals eoy owner U0NORTH' },
  {
    role: 'contracts',
    text: 'outsourcing contracts with a deadline before feb 1',
    expect: 'renewals before 2027-02-01 kind outsourcing',
  },
  { role: 'contracts', text: 'licence renewals next qtr', expect: 'renewals next quarter kind licence' },
  {
    role: 'contracts',
    text: 'hardware renewls in the next 120 days',
    expect: 'renewals 120 days kind hardware',
  },
  {
    role: 'contracts',
    text: 'which contracts come up for renewal next month',
    expect: 'renewals next month',
  },
  { role: 'contracts', text: 'renewals over 200k eur this yr', expect: 'renewals this year over 200000 EUR' },

  // Writes in words.
  {
    role: 'contracts',
    text: 'we renewed the humongous claims platform through 2028-05-24 at 182k',
    expect: `contract renew ${HUMONGOUS} "Claims platform" end 2028-05-24 value 182000 USD`,
  },
  {
    role: 'contracts',
    text: 'relecloud observability renewed until 30 sep 2028, 71,500 usd, notice 60 days',
    expect: `contract renew ${RELECLOUD} "Observability platform" end 2028-09-30 value 71500 USD notice 60 days`,
  },
  {
    role: 'contracts',
    text: "we're not renewing the blue yonder warehouse management licence",
    expect: `contract end ${BLUE} "Warehouse management" on 2027-04-24`,
  },
  {
    role: 'contracts',
    text: "cancel margie's travel booking at the end of the term",
    expect: `contract end ${MARGIES} "Travel booking" on 2027-01-22`,
  },
  { role: 'contracts', text: 'renew the fabrikam contract', expect: { incomplete: 'contract renew' } },
  {
    role: 'contracts',
    text: 'vanarsdel mdm licences renewed to 2028-07-08',
    expect: `contract renew ${VANARSDEL} "MDM licences" end 2028-07-08`,
  },
  {
    role: 'contracts',
    text: 'terminate the nordlicht mobile fleet contract',
    expect: `contract end ${NORDLICHT} "Mobile fleet" on 2027-08-24`,
  },

  // Off the job.
  { role: 'contracts', text: 'draft me an NDA for a new supplier', expect: 'unknown' },
  { role: 'contracts', text: 'who won the game last night', expect: 'unknown' },
]

const VENDOR: JobCase[] = [
  // One fact: owner, contact, tier.
  { role: 'vendor', text: 'who owns litware', expect: { fact: ['U0WEST'] } },
  { role: 'vendor', text: "who's our contact at nordlict?", expect: { fact: ['b2b@nordlicht.example'] } },
  { role: 'vendor', text: 'email for the alpine account team', expect: { fact: ['orders@alpine.example'] } },
  { role: 'vendor', text: 'what tier is relecloud', expect: { fact: ['medium'] } },
  { role: 'vendor', text: 'who looks after the müller relationship', expect: { fact: ['U0EAST'] } },
  { role: 'vendor', text: 'whos the owner for blue yonder', expect: { fact: ['U0EAST'] } },
  { role: 'vendor', text: 'contact email for LSH', expect: { fact: ['office@lsh.example'] } },
  { role: 'vendor', text: 'is fabrikam a critical vendor?', expect: { fact: ['high'] } },
  // The retainer has its own owner, not the vendor's (U0NORTH).
  { role: 'vendor', text: 'who owns the tailspin IR retainer', expect: { fact: ['U0EAST'] } },
  { role: 'vendor', text: 'who manages proseware on our side', expect: { fact: ['U0NORTH'] } },
  { role: 'vendor', text: 'what risk tier is datos sp', expect: { fact: ['high'] } },
  {
    role: 'vendor',
    text: 'who do i email at coho about our account',
    expect: { fact: ['support@coho.example'] },
  },

  // Reads with filters.
  { role: 'vendor', text: 'list all critical vendors', expect: 'vendors tier critical' },
  { role: 'vendor', text: 'which vendors does U0WEST own', expect: 'vendors owner U0WEST' },
  { role: 'vendor', text: 'my vendors', expect: 'vendors owner U0NORTH' },
  { role: 'vendor', text: 'show me the adatum card', expect: `vendor "Adatum Identity"` },
  { role: 'vendor', text: 'pull up vanarsdel', expect: `vendor ${VANARSDEL}` },
  { role: 'vendor', text: 'who changed anything on woodgrove recently?', expect: `history ${WOODGROVE}` },
  { role: 'vendor', text: 'low tier vendors pls', expect: 'vendors tier low' },
  { role: 'vendor', text: 'high-tier vendors', expect: 'vendors tier high' },
  {
    role: 'vendor',
    text: 'critical vendor renewals in the next 60 days',
    expect: 'renewals 60 days tier critical',
  },
  {
    role: 'vendor',
    text: "everything renewing for U0EAST's vendors this quarter",
    expect: 'renewals this quarter owner U0EAST',
  },

  // Writes in words.
  { role: 'vendor', text: 'bump nordlicht up to critical', expect: `vendor edit ${NORDLICHT} tier critical` },
  { role: 'vendor', text: 'move relecloud over to U0EAST', expect: `vendor edit ${RELECLOUD} owner U0EAST` },
  { role: 'vendor', text: 'drop müller to medium tier', expect: `vendor edit ${MULLER} tier medium` },
  {
    role: 'vendor',
    text: 'we no longer use lucerne, remove them as a vendor',
    expect: `vendor remove ${LUCERNE}`,
  },
  {
    role: 'vendor',
    text: 'vendor owner for fourth coffee is now U0SOUTH',
    expect: `vendor edit ${FOURTH} owner U0SOUTH`,
  },
  { role: 'vendor', text: 'set the tier to high', expect: { incomplete: 'vendor edit' } },
  { role: 'vendor', text: 'set vanarsdel to high tier', expect: `vendor edit ${VANARSDEL} tier high` },

  // Off the job.
  { role: 'vendor', text: 'translate this email into german', expect: 'unknown' },
]

const SUPPORT: JobCase[] = [
  // One fact: incident status, breaches, credit owed.
  { role: 'support', text: 'is INC-0008 fixed yet', expect: { fact: ['INC-0008', 'open'] } },
  { role: 'support', text: 'did inc-6 breach?', expect: { fact: ['INC-0006', 'breached'] } },
  { role: 'support', text: 'was INC-0004 within SLA?', expect: { fact: ['INC-0004', 'met'] } },
  {
    role: 'support',
    text: 'has coho responded to the backup failure ticket',
    expect: { fact: ['INC-0009'] },
  },
  { role: 'support', text: 'when was INC-0005 resolved', expect: { fact: ['INC-0005', '16:05'] } },
  {
    role: 'support',
    text: 'is the woodgrove card payments incident closed',
    expect: { fact: ['INC-0007', 'resolved'] },
  },
  { role: 'support', text: 'inc-0010 status?', expect: { fact: ['INC-0010', 'open'] } },
  {
    role: 'support',
    text: 'did INC-0002 miss its response time',
    expect: { fact: ['INC-0002', 'breached'] },
  },
  { role: 'support', text: 'who logged INC-0003?', expect: { fact: ['INC-0003', 'import'] } },
  { role: 'support', text: 'INC-1 closed out?', expect: { fact: ['INC-0001', 'resolved'] } },
  {
    role: 'support',
    text: 'how much credit is still unclaimed from contoso',
    expect: { fact: ['862.50 USD'] },
  },

  // Reads with periods and windows.
  { role: 'support', text: 'open incidents?', expect: 'sla open' },
  { role: 'support', text: 'whats still open with vendors rn', expect: 'sla open' },
  {
    role: 'support',
    text: 'nordlicht sla report for this month',
    expect: `sla report ${NORDLICHT} this month`,
  },
  { role: 'support', text: 'how did datos do in november', expect: `sla report ${DATOS} november` },
  { role: 'support', text: 'woodgrove sla performance q3', expect: `sla report ${WOODGROVE} Q3` },
  { role: 'support', text: "any service credits we haven't claimed yet", expect: 'sla claims' },
  { role: 'support', text: 'credits to claim in the next 2 weeks', expect: 'sla claims next 2 weeks' },
  { role: 'support', text: 'pull up the details on inc 6', expect: 'sla show INC-0006' },
  {
    role: 'support',
    text: 'sla targets for the datos service desk',
    expect: `sla targets ${DATOS} contract "Service desk"`,
  },
  { role: 'support', text: "coho's credits last month", expect: `sla report ${COHO} last month` },
  { role: 'support', text: 'SLA numbers for contoso for 2026', expect: `sla report ${CONTOSO} 2026` },

  // Writes in words.
  {
    role: 'support',
    text: 'log a p2 for tailspin, EDR console not loading for the SOC team since 9:40',
    expect: `sla log ${TAILSPIN} P2 EDR console not loading for the SOC team started 2026-11-25 09:40`,
  },
  {
    role: 'support',
    text: 'müller: power feed B lost in cage 4 since 6:15, raise a P1',
    expect: `sla log ${MULLER} P1 power feed B lost in cage 4 started 2026-11-25 06:15`,
  },
  {
    role: 'support',
    text: 'coho finally picked up INC-0009 at 9:50',
    expect: 'sla respond INC-0009 at 2026-11-25 09:50',
  },
  {
    role: 'support',
    text: 'datos phone queue is staffed again, INC-10 resolved at 8:20 this morning',
    expect: 'sla resolve INC-0010 at 2026-11-25 08:20',
  },
  {
    role: 'support',
    text: 'proseware fixed the payslips, close INC-0008 as of 10am',
    expect: 'sla resolve INC-0008 at 2026-11-25 10:00',
  },
  { role: 'support', text: 'raise an incident against adatum', expect: { incomplete: 'sla log' } },
  {
    role: 'support',
    text: 'mark the contoso cloud hosting credit for october 2026 as claimed, ref CR-5521',
    expect: `sla claim ${CONTOSO} contract "Cloud hosting" 2026-10 ref CR-5521`,
  },
  {
    role: 'support',
    text: 'sev 2 for nordlicht, jitter on the voice vlan since 8:30',
    expect: `sla log ${NORDLICHT} P2 jitter on the voice vlan started 2026-11-25 08:30`,
  },
  {
    role: 'support',
    text: 'log P3 for proseware: payroll export slow since yesterday 4pm',
    expect: `sla log ${PROSEWARE} P3 payroll export slow started 2026-11-24 16:00`,
  },

  // Off the job.
  { role: 'support', text: 'how do i reset my own laptop password', expect: 'unknown' },
]

const RISK: JobCase[] = [
  // One fact: a check's state, named by vendor and check (never its due date, see the header).
  { role: 'risk', text: "is woodgrove's pci attestation current", expect: { fact: ['Woodgrove', 'PCI'] } },
  { role: 'risk', text: 'tailspin soc2 still valid?', expect: { fact: ['Tailspin', 'SOC 2'] } },
  {
    role: 'risk',
    text: 'do we have a current insurance cert for datos',
    expect: { fact: ['Datos', 'Insurance'] },
  },
  { role: 'risk', text: 'sgi soc 1 up to date?', expect: { fact: ['Société Générale', 'SOC 1'] } },
  {
    role: 'risk',
    text: "has proseware's security questionnaire been done",
    expect: { fact: ['Proseware', 'questionnaire'] },
  },
  {
    role: 'risk',
    text: "when was contoso's adverse media screen last done",
    expect: { fact: ['Contoso', 'Adverse media'] },
  },
  {
    role: 'risk',
    text: "how often do we review sgi's financials",
    expect: { fact: ['Financial', '365 days'] },
  },
  { role: 'risk', text: 'is the tailspin pen test current', expect: { fact: ['Tailspin', 'pentest'] } },
  { role: 'risk', text: 'who owns woodgrove for risk sign off', expect: { fact: ['U0EAST'] } },
  { role: 'risk', text: "is margie's adverse media check ok", expect: { fact: ['Margie', 'Adverse media'] } },
  { role: 'risk', text: 'soc 2 for contoso, are we covered?', expect: { fact: ['Contoso', 'SOC 2'] } },

  // Reads with windows and filters.
  { role: 'risk', text: 'risk checks due in the next 60 days', expect: 'risk due 60 days' },
  { role: 'risk', text: 'what vendor reviews are due this qtr', expect: 'risk due this quarter' },
  { role: 'risk', text: 'anything due on the risk side by eoy?', expect: 'risk due eoy' },
  { role: 'risk', text: 'checks coming up next month', expect: 'risk due next month' },
  { role: 'risk', text: 'show everything datos has on file for risk', expect: `risk list ${DATOS}` },
  { role: 'risk', text: 'coho risk checks', expect: `risk list ${COHO}` },
  { role: 'risk', text: 'list the checks for sgi', expect: `risk list ${SGI}` },
  { role: 'risk', text: 'renewals where the vendor evidence has lapsed', expect: 'renewals lapsed' },
  {
    role: 'risk',
    text: 'q1 renewals for critical vendors missing evidence',
    expect: 'renewals q1 tier critical lapsed',
  },
  { role: 'risk', text: 'vendor risk reviews due before 2027-03-01', expect: 'risk due before 2027-03-01' },
  { role: 'risk', text: "what's due in risk over the next 8 wks", expect: 'risk due next 8 weeks' },

  // Writes in words.
  {
    role: 'risk',
    text: "got tailspin's new soc 2 report on monday",
    expect: `risk done ${TAILSPIN} soc2 on 2026-11-23`,
  },
  {
    role: 'risk',
    text: 'woodgrove sent their insurance certs last friday',
    expect: `risk done ${WOODGROVE} insurance on 2026-11-20`,
  },
  {
    role: 'risk',
    text: 'add a pentest check for coho every 365 days',
    expect: `risk add ${COHO} pentest every 365 days`,
  },
  { role: 'risk', text: 'start tracking soc2 for relecloud', expect: `risk add ${RELECLOUD} soc2` },
  {
    role: 'risk',
    text: "stop tracking adverse media for margie's",
    expect: `risk remove ${MARGIES} adverse_media`,
  },
  {
    role: 'risk',
    text: 'datos answered the security questionnaire on nov 20',
    expect: `risk done ${DATOS} questionnaire on 2026-11-20`,
  },
  { role: 'risk', text: 'mark the soc 2 as recieved', expect: { incomplete: 'risk done' } },
  {
    role: 'risk',
    text: "change the cadence of proseware's questionnaire to every 90 days",
    expect: `risk add ${PROSEWARE} questionnaire every 90 days`,
  },

  // Off the job.
  { role: 'risk', text: 'can you approve my expense report', expect: 'unknown' },
]

export const JOB_HELD_OUT_SET_4: JobCase[] = [...CONTRACTS, ...VENDOR, ...SUPPORT, ...RISK]
