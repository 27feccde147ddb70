// Second development set for issue 22, written by the engineer tuning round 2 BEFORE any fix: for
// each class of miss in job set 2 (test/language/job-held-out-set-2.ts), about ten other ways the
// four roles say that class, with typos, abbreviations and possessives, so the fix is for the
// class and not for set 2's lines. Not held out. Same register, clock and format as the job sets
// (test/language/fixture.ts). Check kinds are matched by a word both their id and their display
// name contain ("adverse", "questionnaire"), since the names shown are changing elsewhere. Score:
// `node bin/run-ts.mjs test/language/print-dev-score.ts --set 2`.
import type { JobCase } from './job-held-out-set.ts'

const ALPINE = '"Alpine Ski Hardware"'
const FABRIKAM = '"Fabrikam Networks"'
const NORTHWIND = '"Northwind Analytics"'
const RELECLOUD = '"Relecloud Monitoring"'
const PROSEWARE = '"Proseware HR"'

/** A topic word decides the subscription's topic; with none, or two, nothing is proposed. */
const SUBSCRIPTIONS: JobCase[] = [
  { role: 'support', text: 'stop sending incident alerts to this channel', expect: 'unsubscribe incidents' },
  { role: 'support', text: 'no more claim reminders in here pls', expect: 'unsubscribe claims' },
  { role: 'support', text: 'stop the service credit notifications here', expect: 'unsubscribe claims' },
  { role: 'vendor', text: 'dont post the weekly digest here anymore', expect: 'unsubscribe digest' },
  { role: 'risk', text: 'turn off risk notifications for this channel', expect: 'unsubscribe risk' },
  { role: 'contracts', text: 'mute the escalation alerts here', expect: 'unsubscribe escalations' },
  {
    role: 'contracts',
    text: 'stop the renewal notifications in this channel',
    expect: 'unsubscribe renewals',
  },
  {
    role: 'support',
    text: 'send reminders about unclaimed credits to this channel',
    expect: 'subscribe claims',
  },
  { role: 'contracts', text: 'post escalations in here', expect: 'subscribe escalations' },
  { role: 'risk', text: 'notify this channel about overdue risk checks', expect: 'subscribe risk' },
  { role: 'support', text: 'subscribe this chat to outage alerts', expect: 'subscribe incidents' },
  { role: 'support', text: 'subscribe here to claim reminders', expect: 'subscribe claims' },
  {
    role: 'contracts',
    text: 'stop sending risk and renewal reminders here',
    expect: { incomplete: 'unsubscribe' },
  },
]

/** An incident's state asked about, the vendor named or not: answered first. */
const INCIDENT_FACTS: JobCase[] = [
  { role: 'support', text: 'has datos picked up INC-0010 yet?', expect: { fact: ['INC-0010', 'open'] } },
  {
    role: 'support',
    text: 'did proseware respond to inc-0008',
    expect: { fact: ['INC-0008', 'response met'] },
  },
  {
    role: 'support',
    text: 'did contoso miss the resolution target on INC-0001',
    expect: { fact: ['INC-0001', 'resolution breached'] },
  },
  { role: 'support', text: 'did INC-0002 blow its sla', expect: { fact: ['INC-0002', 'breached'] } },
  { role: 'support', text: 'is coho still working on INC-0009?', expect: { fact: ['INC-0009', 'open'] } },
  { role: 'support', text: 'was INC-0007 within target', expect: { fact: ['INC-0007', 'met'] } },
  { role: 'vendor', text: 'did datos breach on INC-0006', expect: { fact: ['INC-0006', 'breached'] } },
  { role: 'support', text: 'show INC-0004', expect: 'sla show INC-0004' },
  { role: 'support', text: 'pull up inc-0002 pls', expect: 'sla show INC-0002' },
  { role: 'support', text: 'details of INC-0006', expect: 'sla show INC-0006' },
  { role: 'vendor', text: 'can you show me incident 7', expect: 'sla show INC-0007' },
]

/** A check of one vendor asked about in any words: its status first. */
const CHECK_FACTS: JobCase[] = [
  {
    role: 'risk',
    text: 'have we done the adverse media check on margies',
    expect: { fact: ["Margie's", 'adverse'] },
  },
  {
    role: 'risk',
    text: 'did contoso ever send their security questionnaire back?',
    expect: { fact: ['Contoso', 'questionnaire'] },
  },
  { role: 'risk', text: "has datos's insurance cert come in", expect: { fact: ['Datos', 'insurance'] } },
  {
    role: 'risk',
    text: 'when did we last review sgi financials',
    expect: { fact: ['Société', 'financial'] },
  },
  {
    role: 'risk',
    text: 'have we got a current coi from woodgrove?',
    expect: { fact: ['Woodgrove', 'insurance'] },
  },
  { role: 'vendor', text: 'did tailspin do their pen test', expect: { fact: ['Tailspin', 'pentest'] } },
  { role: 'risk', text: 'woodgrove pci status?', expect: { fact: ['Woodgrove', 'pci'] } },
  { role: 'risk', text: 'has proseware returned the ddq', expect: { fact: ['Proseware', 'questionnaire'] } },
  { role: 'risk', text: 'did we get the soc 1 from sgi yet', expect: { fact: ['Société', 'soc'] } },
  {
    role: 'risk',
    text: 'whens the contoso insurance certificate due',
    expect: { fact: ['Contoso', 'insurance'] },
  },
]

/** SLA targets and unclaimed credits, in the words people use. */
const SLA: JobCase[] = [
  { role: 'support', text: "what are contoso's sla targets", expect: 'sla targets "Contoso Cloud Services"' },
  { role: 'support', text: 'response time for P1 at coho?', expect: 'sla targets "Coho Backup"' },
  {
    role: 'support',
    text: 'resolution times agreed with tailspin',
    expect: 'sla targets "Tailspin Security"',
  },
  { role: 'vendor', text: "nordlicht's slas", expect: 'sla targets "Nordlicht Telekom"' },
  {
    role: 'contracts',
    text: 'what sla terms did we sign with muller',
    expect: 'sla targets "Müller & Söhne Rechenzentrum"',
  },
  { role: 'support', text: 'any credits we havent claimed', expect: 'sla claims' },
  { role: 'support', text: 'unclaimed service credits?', expect: 'sla claims' },
  { role: 'contracts', text: 'credits still to claim next 30 days', expect: 'sla claims next 30 days' },
  { role: 'vendor', text: 'which claim windows close this month', expect: 'sla claims this month' },
  { role: 'support', text: 'outstanding svc credits to claim this qtr', expect: 'sla claims this quarter' },
]

/** Checks due in a window, the kind said loosely: `risk due <window>`. */
const RISK_WINDOWS: JobCase[] = [
  { role: 'risk', text: 'soc2s due this qtr', expect: 'risk due this quarter' },
  { role: 'risk', text: 'which insurance certs are due next month?', expect: 'risk due next month' },
  { role: 'risk', text: 'questionnaires due in the next 6 wks', expect: 'risk due next 6 weeks' },
  { role: 'risk', text: 'what evidence is due before eoy', expect: 'risk due this year' },
  { role: 'risk', text: 'reviews coming due next quarter', expect: 'risk due next quarter' },
  { role: 'vendor', text: 'any audits due by end of month', expect: 'risk due this month' },
]

/** Renewal filters in plain words, prepositions included. */
const RENEWAL_FILTERS: JobCase[] = [
  {
    role: 'contracts',
    text: 'contracts with lapsed evidence renewing this qtr',
    expect: 'renewals this quarter lapsed',
  },
  { role: 'contracts', text: 'vendors with renewals before eoy', expect: 'renewals this year' },
  { role: 'contracts', text: 'renewals before the end of the year', expect: 'renewals this year' },
  {
    role: 'contracts',
    text: 'saas contracts with a notice deadline next month',
    expect: 'renewals next month kind saas',
  },
  {
    role: 'vendor',
    text: 'critical vendors with contracts expiring next qtr',
    expect: 'renewals next quarter tier critical',
  },
  {
    role: 'contracts',
    text: 'deals worth over 100k renewing by eoy',
    expect: 'renewals this year over 100000',
  },
]

/** A vendor's tier changed or the vendor removed, said in words: a proposal. */
const VENDOR_WRITES: JobCase[] = [
  { role: 'vendor', text: 'make relecloud a high tier vendor', expect: `vendor edit ${RELECLOUD} tier high` },
  { role: 'vendor', text: 'bump northwind to critical', expect: `vendor edit ${NORTHWIND} tier critical` },
  {
    role: 'vendor',
    text: 'downgrade fabrikam to medium tier',
    expect: `vendor edit ${FABRIKAM} tier medium`,
  },
  { role: 'vendor', text: "alpine ski's tier should be low", expect: `vendor edit ${ALPINE} tier low` },
  { role: 'risk', text: 'move relecloud up to critical', expect: `vendor edit ${RELECLOUD} tier critical` },
  {
    role: 'vendor',
    text: 'take lucerne off the register',
    expect: 'vendor remove "Lucerne Publishing Tools"',
  },
  {
    role: 'vendor',
    text: "we don't use lucerne publishing anymore, remove them",
    expect: 'vendor remove "Lucerne Publishing Tools"',
  },
  { role: 'vendor', text: 'offboard lucerne pls', expect: 'vendor remove "Lucerne Publishing Tools"' },
  {
    role: 'vendor',
    text: 'get rid of lucerne from the vendor list',
    expect: 'vendor remove "Lucerne Publishing Tools"',
  },
  { role: 'vendor', text: 'is fabrikam a critical vendor?', expect: { fact: ['Fabrikam'] } },
]

/** A renewal stated with several values: every one carried into the proposal. */
const RENEWALS_IN_WORDS: JobCase[] = [
  {
    role: 'contracts',
    text: 'relecloud renewed to 2028-10-31 for 72k, 60 days notice',
    expect: `contract renew ${RELECLOUD} "Observability platform" end 2028-10-31 value 72000 USD notice 60 days`,
  },
  {
    role: 'contracts',
    text: 'we signed proseware for another year, new end date 2028-04-30, 12 month term',
    expect: `contract renew ${PROSEWARE} "HR and payroll" end 2028-04-30 term 12 months`,
  },
  {
    role: 'contracts',
    text: "northwind's bi licences extended until 2029-08-31 at 58k gbp, term 24 months",
    expect: `contract renew ${NORTHWIND} "BI platform licences" end 2029-08-31 value 58000 GBP term 24 months`,
  },
  {
    role: 'contracts',
    text: 'renewed trey research thru 2028-06-14, 11k, notice 45 days',
    expect:
      'contract renew "Trey Research Labs" "Test automation seats" end 2028-06-14 value 11000 USD notice 45 days',
  },
  {
    role: 'contracts',
    text: 'humongous claims platform signed again, ends 2029-06-30 now, 36 month term, 190k',
    expect:
      'contract renew "Humongous Insurance Systems" "Claims platform" end 2029-06-30 value 190000 USD term 36 months',
  },
  {
    role: 'contracts',
    text: 'tailspin edr renewed for 2 more years to 2029-09-30 at 150k with 120 days notice',
    expect: `contract renew "Tailspin Security" "EDR subscription" end 2029-09-30 value 150000 USD notice 120 days`,
  },
]

/** Vague words around a vendor, or a window word in another subject: not understood. */
const NOT_UNDERSTOOD: JobCase[] = [
  { role: 'vendor', text: 'do the thing for fabrikam we talked about', expect: 'unsure' },
  { role: 'contracts', text: 'sort out the contoso stuff', expect: 'unsure' },
  { role: 'vendor', text: 'handle the tailspin thing from yesterday pls', expect: 'unsure' },
  { role: 'support', text: 'ping woodgrove about that issue', expect: 'unsure' },
  { role: 'contracts', text: 'whats the usd to eur rate today', expect: 'unknown' },
  { role: 'contracts', text: 'weather forecast for next week', expect: 'unknown' },
  { role: 'support', text: 'lunch menu this month?', expect: 'unknown' },
  { role: 'vendor', text: 'whats the stock price of fabrikam today', expect: 'unsure' },
  { role: 'risk', text: 'book a meeting room for next quarter', expect: 'unknown' },
  { role: 'contracts', text: 'fabrikam', expect: `vendor ${FABRIKAM}` },
  { role: 'contracts', text: 'renewals today', expect: 'renewals today' },
  { role: 'contracts', text: 'next 60 days?', expect: 'renewals next 60 days' },
]

export const DEV_SET_2: JobCase[] = [
  ...SUBSCRIPTIONS,
  ...INCIDENT_FACTS,
  ...CHECK_FACTS,
  ...SLA,
  ...RISK_WINDOWS,
  ...RENEWAL_FILTERS,
  ...VENDOR_WRITES,
  ...RENEWALS_IN_WORDS,
  ...NOT_UNDERSTOOD,
]
