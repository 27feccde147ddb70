// Second held-out set written from the job (issue 22), because the first one
// (job-held-out-set.ts) has since been used for tuning and no longer counts as held out.
// Written blind on 2026-12-07 by an engineer who had not read the recogniser (src/language/,
// src/parse/), the phrasing sets or the first set's lines, and who never ran the recogniser on
// these lines: they are written as IT contracts, vendor, support and risk managers type them
// (lower case, typos, abbreviations, possessives, questions and imperatives), not from what the
// code can do. Committed BEFORE any tuning against it; never use it to tune (no cue, phrasing or
// rule may come from here). If a line is wrong, fix its expectation from SPEC.md and data/demo,
// never from what Tickler answered.
//
// Same register and clock as the first set (test/language/fixture.ts: demo register shifted 328
// days by loadDemo, Wednesday 2026-11-25 10:30 in New York, asker U0NORTH). Facts were read from
// explicit commands (`vendor …`, `sla show …`) on that register; none depends on a risk check's
// due date or overdue status, since the demo's evidence dates are about to change. `expect` is
// judged by test/language/answer-score.ts: the exact command understood or proposed, 'unknown',
// 'unsure', `{ incomplete }`, or `{ fact }` pieces that must all be on the reply's first line.
import type { JobCase } from './job-held-out-set.ts'

const CONTOSO = '"Contoso Cloud Services"'
const SGI = '"Société Générale Informatique"'
const FABRIKAM = '"Fabrikam Networks"'
const NORTHWIND = '"Northwind Analytics"'
const TAILSPIN = '"Tailspin Security"'
const LITWARE = '"Litware Office Suite"'
const PROSEWARE = '"Proseware HR"'
const MULLER = '"Müller & Söhne Rechenzentrum"'
const NORDLICHT = '"Nordlicht Telekom"'
const COHO = '"Coho Backup"'
const HUMONGOUS = '"Humongous Insurance Systems"'
const LUCERNE = '"Lucerne Publishing Tools"'
const ALPINE = '"Alpine Ski Hardware"'
const TREY = '"Trey Research Labs"'
const DATOS = '"Datos São Paulo Serviços"'
const WOODGROVE = '"Woodgrove Payments"'

/** One fact, answered on the first line (SPEC §13 facts first). Current terms rolled forward. */
export const ONE_FACT: JobCase[] = [
  // contracts managers
  { role: 'contracts', text: 'when does the litware EA end', expect: { fact: ['2027-09-24'] } },
  { role: 'contracts', text: 'notice deadline for proseware?', expect: { fact: ['2026-12-24'] } },
  { role: 'contracts', text: 'when does humongous renew', expect: { fact: ['2027-05-24'] } },
  {
    role: 'contracts',
    text: 'how long is the notice period on the mainframe contract with sgi',
    expect: { fact: ['180 days'] },
  },
  {
    role: 'contracts',
    text: 'last day to give notice on contoso premier support?',
    expect: { fact: ['2027-04-24'] },
  },
  {
    role: 'contracts',
    text: "how many days until blue yonder's warehouse mgmt notice deadline",
    expect: { fact: ['30 days'] },
  },
  { role: 'contracts', text: 'who owns the litware agreement', expect: { fact: ['U0WEST'] } },
  {
    role: 'contracts',
    text: "who's the contract owner for tailspin's incident response retainer",
    expect: { fact: ['U0EAST'] },
  },
  {
    role: 'contracts',
    text: 'does the alpine laptop lease end this year or next',
    expect: { fact: ['2027-12-25'] },
  },
  {
    role: 'contracts',
    text: "what's the end date on the datos field engineers contract",
    expect: { fact: ['2027-05-24'] },
  },
  {
    role: 'contracts',
    text: 'when can we give notice to nordlicht on the mobile fleet deal',
    expect: { fact: ['2027-06-25'] },
  },
  { role: 'contracts', text: 'days left on the wingtip print contract', expect: { fact: ['0 days'] } },

  // vendor managers
  { role: 'vendor', text: "who's our contact at nordlicht", expect: { fact: ['b2b@nordlicht.example'] } },
  { role: 'vendor', text: 'who owns fabrikam?', expect: { fact: ['U0EAST'] } },
  { role: 'vendor', text: 'contact email for lodz software house', expect: { fact: ['office@lsh.example'] } },
  { role: 'vendor', text: 'who is the owner of the margies travel account', expect: { fact: ['U0WEST'] } },
  { role: 'vendor', text: "when does mueller's colocation contract end", expect: { fact: ['2027-07-25'] } },
  { role: 'vendor', text: 'notice period on the northwind BI licences?', expect: { fact: ['45 days'] } },
  {
    role: 'vendor',
    text: 'how many days do we have left to give notice to müller on the racks',
    expect: { fact: ['62 days'] },
  },
  {
    role: 'vendor',
    text: 'whats the notice cutoff for datos field engineers',
    expect: { fact: ['2027-03-25'] },
  },
  { role: 'vendor', text: 'when does relecloud renew', expect: { fact: ['2027-09-24'] } },
  { role: 'vendor', text: 'who do i call at woodgrove', expect: { fact: ['partners@woodgrove.example'] } },
  { role: 'vendor', text: 'vanarsdel rugged tablets end date?', expect: { fact: ['2027-08-24'] } },

  // support managers (SLA, incidents)
  { role: 'support', text: 'is INC-0008 resolved yet?', expect: { fact: ['INC-0008', 'open'] } },
  { role: 'support', text: 'did INC-0002 breach', expect: { fact: ['INC-0002', 'breached'] } },
  { role: 'support', text: 'was inc-0004 within sla?', expect: { fact: ['INC-0004', 'met'] } },
  { role: 'support', text: 'has coho responded to INC-0009', expect: { fact: ['INC-0009', 'open'] } },
  { role: 'support', text: 'is inc 5 resolved', expect: { fact: ['INC-0005', 'resolved'] } },
  {
    role: 'support',
    text: 'did the nordlicht outage INC-0005 blow the resolution target',
    expect: { fact: ['INC-0005', 'breached'] },
  },
  { role: 'support', text: "who's the support contact at coho", expect: { fact: ['support@coho.example'] } },
  {
    role: 'support',
    text: "what's the notice deadline on coho backup saas",
    expect: { fact: ['2027-08-25'] },
  },
  { role: 'support', text: 'when does the tailspin EDR sub end?', expect: { fact: ['2027-08-24'] } },
  { role: 'support', text: 'did INC-0007 meet its targets', expect: { fact: ['INC-0007', 'met'] } },
  { role: 'support', text: 'INC-0010 still open?', expect: { fact: ['INC-0010', 'open'] } },

  // risk managers: vendor and check names only, never a due date or overdue state
  { role: 'risk', text: "is tailspin's soc 2 current?", expect: { fact: ['Tailspin', 'SOC 2'] } },
  { role: 'risk', text: 'contoso insurance cert up to date?', expect: { fact: ['Contoso', 'insurance'] } },
  {
    role: 'risk',
    text: 'has proseware sent their security questionnaire back',
    expect: { fact: ['Proseware', 'questionnaire'] },
  },
  { role: 'risk', text: 'whats overdue for datos', expect: { fact: ['Datos'] } },
  { role: 'risk', text: "is woodgrove's soc2 report valid", expect: { fact: ['Woodgrove', 'SOC 2'] } },
  {
    role: 'risk',
    text: 'did we ever do adverse media on litware',
    expect: { fact: ['Litware', 'adverse media'] },
  },
  { role: 'risk', text: 'who owns the sgi relationship', expect: { fact: ['U0SOUTH'] } },
  { role: 'risk', text: 'who owns risk for woodgrove', expect: { fact: ['U0EAST'] } },
  { role: 'risk', text: 'anything overdue on coho?', expect: { fact: ['Coho'] } },
  { role: 'risk', text: 'who is the risk owner for proseware', expect: { fact: ['U0NORTH'] } },
  { role: 'risk', text: 'is the datos insurance cert current?', expect: { fact: ['Datos', 'insurance'] } },
  { role: 'risk', text: 'sgi soc1 status?', expect: { fact: ['SOC 1'] } },
]

/** Reads with the windows of SPEC §3 and the filters of SPEC §13, and other read commands. */
export const READS: JobCase[] = [
  // contracts managers
  { role: 'contracts', text: "what's up for renewal in q2", expect: 'renewals q2' },
  { role: 'contracts', text: 'anything coming up for renewal this qtr?', expect: 'renewals this quarter' },
  { role: 'contracts', text: 'which contracts expire by eoy', expect: 'renewals this year' },
  {
    role: 'contracts',
    text: 'list the saas contracts up for renewal next quarter',
    expect: 'renewals next quarter kind saas',
  },
  {
    role: 'contracts',
    text: 'outsourcing deals renewing in the next 6 months',
    expect: 'renewals next 6 months kind outsourcing',
  },
  {
    role: 'contracts',
    text: 'big renewals, anything over 250k in the next 6 months',
    expect: 'renewals next 6 months over 250000',
  },
  {
    role: 'contracts',
    text: 'what am i on the hook for renewing before march 31',
    expect: 'renewals before 2027-03-31',
  },
  { role: 'contracts', text: 'my contracts renewing this month', expect: 'renewals this month owner me' },
  {
    role: 'contracts',
    text: 'hardware contracts ending by jun 30',
    expect: 'renewals by 2027-06-30 kind hardware',
  },
  { role: 'contracts', text: 'what licences are up for renewal in q1', expect: 'renewals q1 kind licence' },

  // vendor managers
  { role: 'vendor', text: 'tell me about sgi', expect: `vendor ${SGI}` },
  { role: 'vendor', text: 'pull up the tailpsin card', expect: `vendor ${TAILSPIN}` },
  { role: 'vendor', text: 'list all our critical vendors', expect: 'vendors tier critical' },
  { role: 'vendor', text: 'which vendors does U0WEST look after', expect: 'vendors owner U0WEST' },
  { role: 'vendor', text: 'what changed on the fabrikam account recently', expect: `history ${FABRIKAM}` },
  {
    role: 'vendor',
    text: 'critical vendor renewals next quarter',
    expect: 'renewals next quarter tier critical',
  },
  {
    role: 'vendor',
    text: 'high tier renewals in the next 60 days',
    expect: 'renewals next 60 days tier high',
  },
  {
    role: 'vendor',
    text: 'vendors with lapsed evidence renewing before eoy',
    expect: 'renewals this year lapsed',
  },
  { role: 'vendor', text: "what's the agenda look like this week", expect: 'agenda' },
  { role: 'vendor', text: 'whats going on with datos', expect: `vendor ${DATOS}` },

  // support managers
  { role: 'support', text: 'any vendor tickets still open right now', expect: 'sla open' },
  {
    role: 'support',
    text: 'how much credit do we get from contoso for october',
    expect: `sla report ${CONTOSO} october`,
  },
  { role: 'support', text: 'how did datos do on sla last month', expect: `sla report ${DATOS} last month` },
  {
    role: 'support',
    text: 'proseware sla performance this month',
    expect: `sla report ${PROSEWARE} this month`,
  },
  { role: 'support', text: 'sla attainment for nordlicht in q4', expect: `sla report ${NORDLICHT} q4` },
  { role: 'support', text: "woodgrove's sla targets?", expect: `sla targets ${WOODGROVE}` },
  {
    role: 'support',
    text: 'what are the response times we agreed with datos',
    expect: `sla targets ${DATOS}`,
  },
  { role: 'support', text: "which service credits haven't we claimed yet", expect: 'sla claims' },
  { role: 'support', text: 'unclaimed credits this qtr', expect: 'sla claims this quarter' },
  { role: 'support', text: 'show me INC-0003', expect: 'sla show INC-0003' },

  // risk managers
  { role: 'risk', text: 'which vendor reviews are due in the next 60 days', expect: 'risk due next 60 days' },
  { role: 'risk', text: 'what vendor checks fall due this month', expect: 'risk due this month' },
  { role: 'risk', text: 'soc reports due next qtr?', expect: 'risk due next quarter' },
  { role: 'risk', text: 'overdue due diligence items?', expect: 'risk due overdue' },
  { role: 'risk', text: "where are we on fabrikam's checks", expect: `risk list ${FABRIKAM}` },
  { role: 'risk', text: 'list datos sp risk checks', expect: `risk list ${DATOS}` },
  { role: 'risk', text: 'which checks come due by eoy', expect: 'risk due this year' },
  {
    role: 'risk',
    text: 'critical vendors with lapsed evidence renewing in the next 120 days',
    expect: 'renewals next 120 days tier critical lapsed',
  },
  { role: 'risk', text: "what's due for review in q1", expect: 'risk due q1' },
  { role: 'risk', text: 'reviews due in the next 2 wks', expect: 'risk due next 2 weeks' },
]

/**
 * Writes stated in words: each is proposed with every value the user gave, contracts named by
 * vendor and title, an ending at the current term end; incomplete or vague ones are not guessed.
 */
export const WRITES: JobCase[] = [
  // contracts managers
  {
    role: 'contracts',
    text: 'we renewed proseware until 2028-03-24 at 82k',
    expect: `contract renew ${PROSEWARE} "HR and payroll" end 2028-03-24 value 82000 EUR`,
  },
  {
    role: 'contracts',
    text: 'litware EA got renewed through sept 30 2030 for $395,000',
    expect: `contract renew ${LITWARE} "Enterprise agreement" end 2030-09-30 value 395000 USD`,
  },
  {
    role: 'contracts',
    text: "we're not renewing the coho backup appliances",
    expect: `contract end ${COHO} "Backup appliances" on 2027-10-24`,
  },
  {
    role: 'contracts',
    text: 'cancel the humongous claims platform contract',
    expect: `contract end ${HUMONGOUS} "Claims platform" on 2027-05-24`,
  },
  {
    role: 'contracts',
    text: 'renewed contoso premier support to 2028-05-24, 60 days notice',
    expect: `contract renew ${CONTOSO} "Premier support" end 2028-05-24 notice 60 days`,
  },
  { role: 'contracts', text: 'renew the blue yonder wms support', expect: { incomplete: 'contract renew' } },
  {
    role: 'contracts',
    text: 'we signed trey research for another 2 years, new end 2029-05-08, 24 month term',
    expect: `contract renew ${TREY} "Test automation seats" end 2029-05-08 term 24 months`,
  },

  // vendor managers
  {
    role: 'vendor',
    text: 'make fabrikam a critical vendor',
    expect: `vendor edit ${FABRIKAM} tier critical`,
  },
  {
    role: 'vendor',
    text: "change northwind's owner to U0EAST",
    expect: `vendor edit ${NORTHWIND} owner U0EAST`,
  },
  {
    role: 'vendor',
    text: "drop lucerne from the register, we don't use them anymore",
    expect: `vendor remove ${LUCERNE}`,
  },
  { role: 'vendor', text: 'bump alpine ski up to high tier', expect: `vendor edit ${ALPINE} tier high` },
  {
    role: 'vendor',
    text: 'we cancelled the nordlicht mobile fleet contract',
    expect: `contract end ${NORDLICHT} "Mobile fleet" on 2027-08-24`,
  },
  {
    role: 'vendor',
    text: 'renewed müller cross connects until 2028-07-25 at 10,200 eur',
    expect: `contract renew ${MULLER} "Cross connects" end 2028-07-25 value 10200 EUR`,
  },
  {
    role: 'vendor',
    text: 'woodgrove fraud screening renewed to 2028-11-24 for 40k, notice 90 days',
    expect: `contract renew ${WOODGROVE} "Fraud screening" end 2028-11-24 value 40000 USD notice 90 days`,
  },
  { role: 'vendor', text: 'do the thing for fabrikam we talked about', expect: 'unsure' },

  // support managers
  {
    role: 'support',
    text: 'log a p1 for coho: restore jobs failing since 8:40',
    expect: `sla log ${COHO} P1 restore jobs failing started 2026-11-25 08:40`,
  },
  {
    role: 'support',
    text: 'pls log a sev 2 against woodgrove - card auth timeouts since 9:15',
    expect: `sla log ${WOODGROVE} P2 card auth timeouts started 2026-11-25 09:15`,
  },
  {
    role: 'support',
    text: 'raise a P3 with proseware: slow report exports',
    expect: `sla log ${PROSEWARE} P3 slow report exports`,
  },
  {
    role: 'support',
    text: 'INC-0009 was acknowledged by coho at 9:50',
    expect: 'sla respond INC-0009 at 2026-11-25 09:50',
  },
  {
    role: 'support',
    text: 'INC-0008 fixed as of 10:10 this morning',
    expect: 'sla resolve INC-0008 at 2026-11-25 10:10',
  },
  {
    role: 'support',
    text: 'mark INC-0010 resolved, datos closed it at 9:30',
    expect: 'sla resolve INC-0010 at 2026-11-25 09:30',
  },
  { role: 'support', text: 'log an incident for nordlicht', expect: { incomplete: 'sla log' } },
  { role: 'support', text: 'subscribe this channel to incident alerts', expect: 'subscribe incidents' },
  { role: 'support', text: 'stop sending claim reminders here', expect: 'unsubscribe claims' },

  // risk managers
  {
    role: 'risk',
    text: "got tailspin's soc 2 type ii yesterday",
    expect: `risk done ${TAILSPIN} soc2 on 2026-11-24`,
  },
  {
    role: 'risk',
    text: 'proseware insurance certificate received monday',
    expect: `risk done ${PROSEWARE} insurance on 2026-11-23`,
  },
  {
    role: 'risk',
    text: 'mark the coho security questionnaire done as of nov 20',
    expect: `risk done ${COHO} questionnaire on 2026-11-20`,
  },
  {
    role: 'risk',
    text: 'add a pentest check for woodgrove, every 365 days',
    expect: `risk add ${WOODGROVE} pentest every 365 days`,
  },
  { role: 'risk', text: 'stop tracking soc1 for sgi', expect: `risk remove ${SGI} soc1` },
  { role: 'risk', text: 'record the soc2', expect: { incomplete: 'risk done' } },
  { role: 'risk', text: 'send the weekly risk list to this channel', expect: 'subscribe risk' },
]

/** Off-topic: an honest "I can't help with that", never a made-up answer. */
export const OFF_TOPIC: JobCase[] = [
  { role: 'contracts', text: "what's the weather in new york tomorrow", expect: 'unknown' },
  { role: 'vendor', text: 'order lunch for the team', expect: 'unknown' },
  { role: 'support', text: 'reset my laptop password', expect: 'unknown' },
  { role: 'risk', text: 'who won the game last night', expect: 'unknown' },
  { role: 'contracts', text: 'whats the usd to eur rate today', expect: 'unknown' },
]

export const JOB_HELD_OUT_SET_2: JobCase[] = [...ONE_FACT, ...READS, ...WRITES, ...OFF_TOPIC]
