// Sixth development set for issue 22, written by the engineer tuning round 6 BEFORE any fix: for
// each class of miss in job sets 7, 8 and 9 that this round works on, about ten other ways the four
// roles say that class, with typos, abbreviations and possessives, so the fix is for the class and
// not for the lines. Not held out. Same register, clock and format as the job sets
// (test/language/fixture.ts: Wednesday 2026-11-25, asker U0NORTH; current terms rolled forward).
// Score: `node bin/run-ts.mjs test/language/print-dev-score.ts --set 6`.
import type { JobCase } from './job-held-out-set.ts'

const ADATUM = '"Adatum Identity"'
const ALPINE = '"Alpine Ski Hardware"'
const COHO = '"Coho Backup"'
const CONTOSO = '"Contoso Cloud Services"'
const DATOS = '"Datos São Paulo Serviços"'
const FABRIKAM = '"Fabrikam Networks"'
const HUMONGOUS = '"Humongous Insurance Systems"'
const LITWARE = '"Litware Office Suite"'
const MUELLER = '"Müller & Söhne Rechenzentrum"'
const NORDLICHT = '"Nordlicht Telekom"'
const NORTHWIND = '"Northwind Analytics"'
const PROSEWARE = '"Proseware HR"'
const RELECLOUD = '"Relecloud Monitoring"'
const SGI = '"Société Générale Informatique"'
const TAILSPIN = '"Tailspin Security"'
const WINGTIP = '"Wingtip Print Services"'
const WOODGROVE = '"Woodgrove Payments"'

/** An outage over a span (from one time to another) of a named contract's service: sla downtime. */
const DOWNTIME: JobCase[] = [
  {
    role: 'support',
    text: 'log downtime for contoso cloud hosting from 2026-11-21 09:00 to 2026-11-21 10:15',
    expect: `sla downtime ${CONTOSO} contract "Cloud hosting" 2026-11-21 09:00 to 2026-11-21 10:15`,
  },
  {
    role: 'support',
    text: 'coho backup saas was down from 2026-11-22 01:00 to 2026-11-22 03:30',
    expect: `sla downtime ${COHO} contract "Backup SaaS" 2026-11-22 01:00 to 2026-11-22 03:30`,
  },
  {
    role: 'support',
    text: 'record downtime on the woodgrove payment gateway 2026-11-23 08:00 to 2026-11-23 08:45',
    expect: `sla downtime ${WOODGROVE} contract "Payment gateway" 2026-11-23 08:00 to 2026-11-23 08:45`,
  },
  {
    role: 'support',
    text: 'outage on datos service desk from 2026-11-19 13:00 to 2026-11-19 17:00, pls record',
    expect: `sla downtime ${DATOS} contract "Service desk" 2026-11-19 13:00 to 2026-11-19 17:00`,
  },
  {
    role: 'support',
    text: 'the fabrikam core switch maintenance service was down from 2026-11-18 22:00 to 2026-11-19 02:00',
    expect: `sla downtime ${FABRIKAM} contract "Core switch maintenance" 2026-11-18 22:00 to 2026-11-19 02:00`,
  },
  {
    role: 'support',
    text: 'relecloud observability platform outage 2026-11-24 06:00 to 2026-11-24 07:20',
    expect: `sla downtime ${RELECLOUD} contract "Observability platform" 2026-11-24 06:00 to 2026-11-24 07:20`,
  },
  {
    role: 'support',
    text: 'record an outage for proseware hr and payroll from yesterday 14:00 to yesterday 15:30',
    expect: `sla downtime ${PROSEWARE} contract "HR and payroll" 2026-11-24 14:00 to 2026-11-24 15:30`,
  },
  {
    role: 'support',
    text: 'tailspin edr subscription was unavailable from 2026-11-20 10:00 until 2026-11-20 12:00',
    expect: `sla downtime ${TAILSPIN} contract "EDR subscription" 2026-11-20 10:00 to 2026-11-20 12:00`,
  },
  {
    role: 'support',
    text: 'müller colocation racks went down 2026-11-16 23:00 to 2026-11-17 00:40, record it',
    expect: `sla downtime ${MUELLER} contract "Colocation racks" 2026-11-16 23:00 to 2026-11-17 00:40`,
  },
  {
    role: 'support',
    text: 'nordlicht mobile fleet downtime from 2026-11-10 07:00 to 2026-11-10 09:30',
    expect: `sla downtime ${NORDLICHT} contract "Mobile fleet" 2026-11-10 07:00 to 2026-11-10 09:30`,
  },
  {
    role: 'support',
    text: 'record an outage on contoso from 2026-11-20 14:00 to 2026-11-20 16:30',
    expect: `sla downtime ${CONTOSO} 2026-11-20 14:00 to 2026-11-20 16:30`,
  },
]

/** A vendor's contact email said as its new value ("X's contact email is E now"): vendor edit. */
const CONTACT_EMAIL: JobCase[] = [
  {
    role: 'vendor',
    text: "tailspin's new contact email is security@tailspin.example",
    expect: `vendor edit ${TAILSPIN} email security@tailspin.example`,
  },
  {
    role: 'vendor',
    text: 'set the contact email for coho to ops@coho.example',
    expect: `vendor edit ${COHO} email ops@coho.example`,
  },
  {
    role: 'vendor',
    text: 'the email for adatum is now billing@adatum.example',
    expect: `vendor edit ${ADATUM} email billing@adatum.example`,
  },
  {
    role: 'vendor',
    text: "nordlicht's contact is vertrag@nordlicht.example now",
    expect: `vendor edit ${NORDLICHT} email vertrag@nordlicht.example`,
  },
  {
    role: 'vendor',
    text: 'update the wingtip contact email: print@wingtip.example',
    expect: `vendor edit ${WINGTIP} email print@wingtip.example`,
  },
  {
    role: 'vendor',
    text: 'new email for relecloud: support@relecloud.example',
    expect: `vendor edit ${RELECLOUD} email support@relecloud.example`,
  },
  {
    role: 'vendor',
    text: 'litware contact email should be licensing@litware.example',
    expect: `vendor edit ${LITWARE} email licensing@litware.example`,
  },
  {
    role: 'vendor',
    text: 'proseware email changed to hr-vendors@proseware.example',
    expect: `vendor edit ${PROSEWARE} email hr-vendors@proseware.example`,
  },
  {
    role: 'vendor',
    text: "change fabrikam's email to sales@fabrikam.example",
    expect: `vendor edit ${FABRIKAM} email sales@fabrikam.example`,
  },
  {
    role: 'vendor',
    text: "alpine's contact is now leasing@alpine.example, pls update",
    expect: `vendor edit ${ALPINE} email leasing@alpine.example`,
  },
]

/** A currency in a renewals filter, before or after the amount or as an adjective: over N CUR. */
const RENEWAL_CURRENCY: JobCase[] = [
  {
    role: 'contracts',
    text: 'usd contracts over 100k renewing next quarter',
    expect: 'renewals next quarter over 100000 USD',
  },
  {
    role: 'contracts',
    text: 'renewals over 300k EUR in the next 6 months',
    expect: 'renewals next 6 months over 300000 EUR',
  },
  {
    role: 'contracts',
    text: 'anything over 50k usd renewing this quarter?',
    expect: 'renewals this quarter over 50000 USD',
  },
  {
    role: 'contracts',
    text: 'renewals worth more than 100k USD this yr',
    expect: 'renewals this year over 100000 USD',
  },
  {
    role: 'contracts',
    text: 'eur deals above 150k with deadlines in q2',
    expect: 'renewals q2 over 150000 EUR',
  },
  {
    role: 'contracts',
    text: 'gbp renewals over 10k next year',
    expect: 'renewals next year over 10000 GBP',
  },
  {
    role: 'contracts',
    text: 'which EUR contracts over 200k are up for renewal by eoy',
    expect: 'renewals eoy over 200000 EUR',
  },
  {
    role: 'contracts',
    text: 'renewals in the next 90 days over 40k usd',
    expect: 'renewals next 90 days over 40000 USD',
  },
  {
    role: 'contracts',
    text: 'contracts over 1m brl renewing next yr',
    expect: 'renewals next year over 1000000 BRL',
  },
  {
    role: 'contracts',
    text: 'usd renewals greater than 75k in q1',
    expect: 'renewals q1 over 75000 USD',
  },
]

/** A renewal said with its new value and notice in other words ("price goes up to", "notice is now"). */
const RENEWAL_VALUES: JobCase[] = [
  {
    role: 'contracts',
    text: 'renewed the proseware hr and payroll contract through 2028-04-30, 80,000 eur, notice 60 days',
    expect: `contract renew ${PROSEWARE} "HR and payroll" end 2028-04-30 value 80000 EUR notice 60 days`,
  },
  {
    role: 'contracts',
    text: 'signed the coho backup saas renewal through 2028-11-30, 105,000 usd',
    expect: `contract renew ${COHO} "Backup SaaS" end 2028-11-30 value 105000 USD`,
  },
  {
    role: 'contracts',
    text: 'woodgrove fraud screening renewed till 2028-12-31, price goes up to 40000',
    expect: `contract renew ${WOODGROVE} "Fraud screening" end 2028-12-31 value 40000 USD`,
  },
  {
    role: 'contracts',
    text: 'tailspin edr subscription got renewed until 2029-09-30, notice is now 120 days',
    expect: `contract renew ${TAILSPIN} "EDR subscription" end 2029-09-30 notice 120 days`,
  },
  {
    role: 'contracts',
    text: 'extend the relecloud observability platform to 2028-10-31, cost rises to 70k',
    expect: `contract renew ${RELECLOUD} "Observability platform" end 2028-10-31 value 70000 USD`,
  },
  {
    role: 'contracts',
    text: 'nordlicht mpls network renewed through 2029-02-28 at eur 330,000, notice 120 days',
    expect: `contract renew ${NORDLICHT} "MPLS network" end 2029-02-28 value 330000 EUR notice 120 days`,
  },
  {
    role: 'contracts',
    text: 'signed the fabrikam branch routers renewal, runs through 2028-05-14, 40,000 usd a year',
    expect: `contract renew ${FABRIKAM} "Branch routers" end 2028-05-14 value 40000 USD`,
  },
  {
    role: 'contracts',
    text: 'humongous claims platform renewed to 2029-06-30, notice period is now 60 days',
    expect: `contract renew ${HUMONGOUS} "Claims platform" end 2029-06-30 notice 60 days`,
  },
  {
    role: 'contracts',
    text: 'the alpine laptop leasing renewal runs through 2029-01-31 for chf 300,000',
    expect: `contract renew ${ALPINE} "Laptop leasing" end 2029-01-31 value 300000 CHF`,
  },
  {
    role: 'contracts',
    text: 'signed the datos service desk renewal through 2028-02-29, 1,300,000 brl, notice 90 days',
    expect: `contract renew ${DATOS} "Service desk" end 2028-02-29 value 1300000 BRL notice 90 days`,
  },
]

/** How much notice a contract needs, asked without "period" ("the notice on X"): its notice days. */
const NOTICE_LENGTH: JobCase[] = [
  { role: 'contracts', text: "what's the notice on coho backup saas", expect: { fact: ['60 days'] } },
  { role: 'contracts', text: 'how long is the notice on the tailspin edr', expect: { fact: ['90 days'] } },
  { role: 'vendor', text: 'notice on the humongous claims platform?', expect: { fact: ['90 days'] } },
  {
    role: 'contracts',
    text: 'how long is the notice for woodgrove payment gateway',
    expect: { fact: ['120 days'] },
  },
  {
    role: 'contracts',
    text: "whats the notice on relecloud's observability platform",
    expect: { fact: ['45 days'] },
  },
  { role: 'vendor', text: 'how long a notice does proseware need', expect: { fact: ['90 days'] } },
  { role: 'contracts', text: 'notice length on the nordlicht mpls network', expect: { fact: ['90 days'] } },
  {
    role: 'contracts',
    text: "what's the notice on müller's colocation racks?",
    expect: { fact: ['180 days'] },
  },
  { role: 'contracts', text: 'how long is notice on alpine laptop leasing', expect: { fact: ['90 days'] } },
  { role: 'vendor', text: 'whats the notice for sgi mainframe outsourcing', expect: { fact: ['180 days'] } },
]

/** A vendor's card, history or risk list named by other nouns (rundown, change log, risk register). */
const RECORD_NOUNS: JobCase[] = [
  { role: 'vendor', text: 'full rundown on tailspin', expect: `vendor ${TAILSPIN}` },
  { role: 'vendor', text: 'give me the rundown on coho', expect: `vendor ${COHO}` },
  { role: 'contracts', text: 'list all contracts we have with nordlicht', expect: `vendor ${NORDLICHT}` },
  { role: 'contracts', text: 'all the contracts we have with datos', expect: `vendor ${DATOS}` },
  { role: 'vendor', text: 'change log for adatum', expect: `history ${ADATUM}` },
  { role: 'vendor', text: 'audit trail on relecloud', expect: `history ${RELECLOUD}` },
  { role: 'vendor', text: 'changelog for proseware pls', expect: `history ${PROSEWARE}` },
  { role: 'risk', text: "show me all of woodgrove's compliance evidence", expect: `risk list ${WOODGROVE}` },
  { role: 'risk', text: 'risk register for contoso', expect: `risk list ${CONTOSO}` },
  { role: 'risk', text: 'tailspin compliance evidence pls', expect: `risk list ${TAILSPIN}` },
]

/** Risk work due said with a filler noun ("risk items", "risk stuff", "risk tasks"): risk due. */
const RISK_FILLER: JobCase[] = [
  { role: 'risk', text: 'risk items due next month', expect: 'risk due next month' },
  { role: 'risk', text: 'risk tasks due this quarter', expect: 'risk due this quarter' },
  { role: 'risk', text: 'risk things due by eoy', expect: 'risk due eoy' },
  { role: 'risk', text: 'risk work due this week', expect: 'risk due this week' },
  { role: 'risk', text: 'any risk stuff due in q1?', expect: 'risk due q1' },
  { role: 'risk', text: 'risk todos due next quarter', expect: 'risk due next quarter' },
  { role: 'risk', text: 'risk items due this month pls', expect: 'risk due this month' },
  { role: 'risk', text: 'risk jobs due in the next 30 days', expect: 'risk due next 30 days' },
  { role: 'risk', text: 'what risk stuff is due next month', expect: 'risk due next month' },
  { role: 'risk', text: 'risk bits due by end of year', expect: 'risk due eoy' },
]

/** A new incident as "vendor pN: summary" or "pN for vendor: summary": sla log. */
const PRIORITY_COLON: JobCase[] = [
  {
    role: 'support',
    text: 'coho p3: restore jobs failing on the eu region',
    expect: `sla log ${COHO} P3 restore jobs failing on the eu region`,
  },
  {
    role: 'support',
    text: 'p2 for woodgrove: card payments timing out',
    expect: `sla log ${WOODGROVE} P2 card payments timing out`,
  },
  {
    role: 'support',
    text: 'tailspin, p2: edr agent crashing on mac laptops',
    expect: `sla log ${TAILSPIN} P2 edr agent crashing on mac laptops`,
  },
  {
    role: 'support',
    text: 'P4 relecloud: dashboard labels misspelt',
    expect: `sla log ${RELECLOUD} P4 dashboard labels misspelt`,
  },
  {
    role: 'support',
    text: 'datos p3: ticket portal slow for the sales team',
    expect: `sla log ${DATOS} P3 ticket portal slow for the sales team`,
  },
  {
    role: 'support',
    text: 'p1 contoso: public api returning errors',
    expect: `sla log ${CONTOSO} P1 public api returning errors`,
  },
  {
    role: 'support',
    text: 'adatum p4 - typo in the sso login page footer',
    expect: `sla log ${ADATUM} P4 typo in the sso login page footer`,
  },
  {
    role: 'support',
    text: 'proseware p2: payslips not generated for night shift',
    expect: `sla log ${PROSEWARE} P2 payslips not generated for night shift`,
  },
  {
    role: 'support',
    text: 'p3 for northwind: report exports very slow',
    expect: `sla log ${NORTHWIND} P3 report exports very slow`,
  },
  {
    role: 'support',
    text: 'sgi p2: batch jobs late for the ledger',
    expect: `sla log ${SGI} P2 batch jobs late for the ledger`,
  },
]

/** One vendor's one check asked by a noun, not a question ("sgi soc1 status", "date of X's last …"). */
const CHECK_NOUNS: JobCase[] = [
  {
    role: 'risk',
    text: 'tailspin pentest status',
    expect: { fact: ['Tailspin Security', 'pentest'] },
  },
  { role: 'risk', text: 'contoso soc2 status pls', expect: { fact: ['Contoso Cloud Services', 'SOC 2'] } },
  {
    role: 'risk',
    text: 'status of the woodgrove pci dss check',
    expect: { fact: ['Woodgrove Payments', 'PCI'] },
  },
  {
    role: 'risk',
    text: "date of coho's last questionnaire",
    expect: { fact: ['Coho Backup', 'questionnaire'] },
  },
  {
    role: 'risk',
    text: 'müller iso 27001 status',
    expect: { fact: ['Müller & Söhne Rechenzentrum', 'ISO'] },
  },
  {
    role: 'risk',
    text: 'adatum insurance cert status',
    expect: { fact: ['Adatum Identity', 'Insurance certificate'] },
  },
  {
    role: 'risk',
    text: "nordlicht's soc 2 - current status",
    expect: { fact: ['Nordlicht Telekom', 'SOC 2'] },
  },
  {
    role: 'risk',
    text: 'last date of the litware insurance check',
    expect: { fact: ['Litware Office Suite', 'Insurance certificate'] },
  },
  {
    role: 'risk',
    text: 'sgi financial review status',
    expect: { fact: ['Société Générale Informatique', 'Financial'] },
  },
  {
    role: 'risk',
    text: 'fabrikam questionnaire status',
    expect: { fact: ['Fabrikam Networks', 'questionnaire'] },
  },
]

export const DEV_SET_6: JobCase[] = [
  ...DOWNTIME,
  ...CONTACT_EMAIL,
  ...RENEWAL_CURRENCY,
  ...RENEWAL_VALUES,
  ...NOTICE_LENGTH,
  ...RECORD_NOUNS,
  ...RISK_FILLER,
  ...PRIORITY_COLON,
  ...CHECK_NOUNS,
]
