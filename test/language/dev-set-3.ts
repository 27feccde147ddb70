// Third development set for issue 22, written by the engineer tuning round 3 BEFORE any fix: for
// each class of miss in job set 3 (test/language/job-held-out-set-3.ts) and the last misses of set
// 2 and dev set 2, about ten other ways the four roles say that class, with typos, abbreviations
// and possessives, so the fix is for the class and not for the lines. Not held out. Same register,
// clock and format as the job sets (test/language/fixture.ts: Wednesday 2026-11-25, asker U0NORTH;
// current terms rolled forward). Score: `node bin/run-ts.mjs test/language/print-dev-score.ts --set 3`.
import type { JobCase } from './job-held-out-set.ts'

const ALPINE = '"Alpine Ski Hardware"'
const BLUE = '"Blue Yonder Logistics Systems"'
const COHO = '"Coho Backup"'
const CONTOSO = '"Contoso Cloud Services"'
const DATOS = '"Datos São Paulo Serviços"'
const FABRIKAM = '"Fabrikam Networks"'
const LITWARE = '"Litware Office Suite"'
const LODZ = '"Łódź Software House"'
const MULLER = '"Müller & Söhne Rechenzentrum"'
const NORDLICHT = '"Nordlicht Telekom"'
const NORTHWIND = '"Northwind Analytics"'
const PROSEWARE = '"Proseware HR"'
const SGI = '"Société Générale Informatique"'
const TAILSPIN = '"Tailspin Security"'
const VANARSDEL = '"VanArsdel Devices"'
const WOODGROVE = '"Woodgrove Payments"'

/** A check's status answered with the check's name (SPEC §13), never its id. */
const CHECK_NAMES: JobCase[] = [
  { role: 'risk', text: "is contoso's soc2 still valid", expect: { fact: ['Contoso', 'SOC 2 report'] } },
  { role: 'risk', text: 'sgi adverse media - done?', expect: { fact: ['Société', 'Adverse media review'] } },
  { role: 'risk', text: 'has woodgrove renewed their pci', expect: { fact: ['Woodgrove', 'PCI DSS'] } },
  {
    role: 'risk',
    text: 'is the contoso coi current?',
    expect: { fact: ['Contoso', 'Insurance certificate'] },
  },
  {
    role: 'risk',
    text: 'did proseware send back the ddq',
    expect: { fact: ['Proseware', 'Security questionnaire'] },
  },
  {
    role: 'vendor',
    text: 'sgi financials up to date?',
    expect: { fact: ['Société', 'Financial review'] },
  },
  { role: 'risk', text: "when's sgi's soc 1 due", expect: { fact: ['Société', 'SOC 1 report'] } },
  {
    role: 'risk',
    text: 'is margies adverse media screening overdue',
    expect: { fact: ["Margie's", 'Adverse media review'] },
  },
  { role: 'risk', text: 'tailspin soc2 ok?', expect: { fact: ['Tailspin', 'SOC 2 report'] } },
  {
    role: 'risk',
    text: 'datos insurance certificate expired?',
    expect: { fact: ['Datos', 'Insurance certificate'] },
  },
]

/** An incident's summary is carried word for word, cue words included. */
const SUMMARIES: JobCase[] = [
  {
    role: 'support',
    text: 'log a p1 for contoso: ticket queue not loading since 9:10',
    expect: `sla log ${CONTOSO} P1 ticket queue not loading started 2026-11-25 09:10`,
  },
  {
    role: 'support',
    text: 'raise a p2 against woodgrove: incident dashboard blank for merchants',
    expect: `sla log ${WOODGROVE} P2 incident dashboard blank for merchants`,
  },
  {
    role: 'support',
    text: 'log a p3 for proseware: report exports are slow',
    expect: `sla log ${PROSEWARE} P3 report exports are slow`,
  },
  {
    role: 'support',
    text: 'open a P2 with datos: new starters cannot log in since 7:50',
    expect: `sla log ${DATOS} P2 new starters cannot log in started 2026-11-25 07:50`,
  },
  {
    role: 'support',
    text: 'log a sev1 against coho: the restore api is down',
    expect: `sla log ${COHO} P1 the restore api is down`,
  },
  {
    role: 'support',
    text: 'raise a p2 with sgi: priority batch queue stuck since 6:20',
    expect: `sla log ${SGI} P2 priority batch queue stuck started 2026-11-25 06:20`,
  },
  {
    role: 'support',
    text: 'log a p3 against nordlicht: sla report page times out',
    expect: `sla log ${NORDLICHT} P3 sla report page times out`,
  },
  {
    role: 'support',
    text: 'log a p2 for tailspin: agent update failing on our mac fleet',
    expect: `sla log ${TAILSPIN} P2 agent update failing on our mac fleet`,
  },
  {
    role: 'support',
    text: 'p4 for contoso: record of billing emails missing',
    expect: `sla log ${CONTOSO} P4 record of billing emails missing`,
  },
  {
    role: 'support',
    text: 'log a p2 against muller: new rack power feed tripping since 8:05',
    expect: `sla log ${MULLER} P2 new rack power feed tripping started 2026-11-25 08:05`,
  },
  {
    role: 'support',
    text: 'log a p1 for fabrikam - issue with core switch since 6:45',
    expect: `sla log ${FABRIKAM} P1 issue with core switch started 2026-11-25 06:45`,
  },
]

/** One fact asked with typos, other nouns for contract and end, or a vendor by its first word. */
const FACT_WORDS: JobCase[] = [
  { role: 'contracts', text: 'notice peroid for the lodz contract', expect: { fact: ['60 days'] } },
  { role: 'contracts', text: 'when does the lsh deal finish', expect: { fact: ['2027-11-24'] } },
  {
    role: 'contracts',
    text: 'when does our agreement with litware run out',
    expect: { fact: ['2027-09-24'] },
  },
  { role: 'contracts', text: 'blue yonder wms support - when is it up', expect: { fact: ['2027-04-24'] } },
  {
    role: 'contracts',
    text: 'nordlicht mobile fleet, when does it auto renew',
    expect: { fact: ['2027-08-24'] },
  },
  {
    role: 'contracts',
    text: "what's the cutoff to tell coho we're dropping the backup appliances",
    expect: { fact: ['2027-07-26'] },
  },
  { role: 'vendor', text: 'when does the alpine laptop leasing finish', expect: { fact: ['2027-12-25'] } },
  {
    role: 'contracts',
    text: 'notcie deadline for vanarsdel rugged tablets',
    expect: { fact: ['2027-06-25'] },
  },
  { role: 'contracts', text: 'when is the lodz agreement up', expect: { fact: ['2027-11-24'] } },
  {
    role: 'contracts',
    text: 'last day to tell tailspin we are not renewing the edr subscription',
    expect: { fact: ['2027-05-26'] },
  },
  {
    role: 'contracts',
    text: 'when do the muller cross connects auto-renew',
    expect: { fact: ['2027-07-25'] },
  },
  { role: 'vendor', text: 'how much notcie does northwind need', expect: { fact: ['45 days'] } },
  {
    role: 'contracts',
    text: 'datos service desk agreement - when does it expire',
    expect: { fact: ['2027-01-22'] },
  },
]

/** Ending said in words: the contract ends at its current term end. */
const ENDINGS: JobCase[] = [
  {
    role: 'contracts',
    text: "we won't be renewing fabrikam's branch routers",
    expect: `contract end ${FABRIKAM} "Branch routers" on 2027-04-07`,
  },
  {
    role: 'contracts',
    text: 'we gave litware notice on the enterprise agreement, let it run out',
    expect: `contract end ${LITWARE} "Enterprise agreement" on 2027-09-24`,
  },
  {
    role: 'contracts',
    text: 'not renewing the alpine laptop leasing',
    expect: `contract end ${ALPINE} "Laptop leasing" on 2027-12-25`,
  },
  {
    role: 'contracts',
    text: "let the blue yonder wms support lapse, we're moving off it",
    expect: `contract end ${BLUE} "WMS support" on 2027-04-24`,
  },
  {
    role: 'vendor',
    text: 'we are letting the vanarsdel mdm licences expire',
    expect: `contract end ${VANARSDEL} "MDM licences" on 2027-07-08`,
  },
  {
    role: 'contracts',
    text: "coho backup appliances won't be renewed",
    expect: `contract end ${COHO} "Backup appliances" on 2027-10-24`,
  },
  {
    role: 'contracts',
    text: "we're dropping nordlicht's mobile fleet at term end",
    expect: `contract end ${NORDLICHT} "Mobile fleet" on 2027-08-24`,
  },
  {
    role: 'contracts',
    text: 'notice given to tailspin on the incident response retainer, let it lapse',
    expect: `contract end ${TAILSPIN} "Incident response retainer" on 2027-09-24`,
  },
  {
    role: 'contracts',
    text: "we won't renew northwind",
    expect: `contract end ${NORTHWIND} "BI platform licences" on 2027-07-25`,
  },
  {
    role: 'contracts',
    text: 'do not renew the lsh development team contract',
    expect: `contract end ${LODZ} "Development team" on 2027-11-24`,
  },
]

/** A new owner said in words: `vendor edit <vendor> owner <user>`. */
const OWNERS: JobCase[] = [
  {
    role: 'vendor',
    text: 'make U0WEST the owner of fabrikam',
    expect: `vendor edit ${FABRIKAM} owner U0WEST`,
  },
  { role: 'vendor', text: 'U0EAST owns coho now', expect: `vendor edit ${COHO} owner U0EAST` },
  {
    role: 'vendor',
    text: 'hand litware over to U0SOUTH',
    expect: `vendor edit ${LITWARE} owner U0SOUTH`,
  },
  {
    role: 'vendor',
    text: 'make <@U0EAST> owner of tailspin',
    expect: `vendor edit ${TAILSPIN} owner U0EAST`,
  },
  {
    role: 'vendor',
    text: 'assign northwind to U0SOUTH',
    expect: `vendor edit ${NORTHWIND} owner U0SOUTH`,
  },
  {
    role: 'vendor',
    text: 'U0WEST is the new owner for datos',
    expect: `vendor edit ${DATOS} owner U0WEST`,
  },
  {
    role: 'vendor',
    text: 'make jane.doe@example.com the owner of alpine',
    expect: `vendor edit ${ALPINE} owner jane.doe@example.com`,
  },
  {
    role: 'vendor',
    text: 'transfer ownership of nordlicht to U0NORTH',
    expect: `vendor edit ${NORDLICHT} owner U0NORTH`,
  },
  {
    role: 'vendor',
    text: 'set the owner of woodgrove to <@U0WEST>',
    expect: `vendor edit ${WOODGROVE} owner U0WEST`,
  },
  { role: 'vendor', text: 'who owns fabrikam', expect: { fact: ['Fabrikam', 'U0EAST'] } },
]

/** A check done said in words: `risk done <vendor> <check> on <date>`. */
const CHECKS_DONE: JobCase[] = [
  {
    role: 'risk',
    text: "contoso's soc 2 report came in yesterday",
    expect: `risk done ${CONTOSO} soc2 on 2026-11-24`,
  },
  {
    role: 'risk',
    text: 'woodgrove sent their insurance cert today',
    expect: `risk done ${WOODGROVE} insurance`,
  },
  {
    role: 'risk',
    text: 'datos returned the security questionnaire on monday',
    expect: `risk done ${DATOS} questionnaire on 2026-11-23`,
  },
  {
    role: 'risk',
    text: "we received sgi's financials yesterday",
    expect: `risk done ${SGI} financial on 2026-11-24`,
  },
  {
    role: 'risk',
    text: 'got the tailspin soc2 back today',
    expect: `risk done ${TAILSPIN} soc2`,
  },
  {
    role: 'risk',
    text: 'proseware soc2 arrived yesterday',
    expect: `risk done ${PROSEWARE} soc2 on 2026-11-24`,
  },
  {
    role: 'risk',
    text: 'sgi adverse media screening completed yesterday',
    expect: `risk done ${SGI} adverse_media on 2026-11-24`,
  },
  {
    role: 'risk',
    text: "contoso's questionnaire came back monday",
    expect: `risk done ${CONTOSO} questionnaire on 2026-11-23`,
  },
  { role: 'risk', text: 'record the questionnaire', expect: { incomplete: 'risk done' } },
  { role: 'risk', text: 'the insurance cert came in', expect: { incomplete: 'risk done' } },
]

/** A read that starts with a command word, the rest mistyped: answered in words (SPEC §4.1). */
const COMMAND_TYPOS: JobCase[] = [
  { role: 'risk', text: 'risk reveiws due this month', expect: 'risk due this month' },
  { role: 'risk', text: 'risk chekcs due in the next 6 weeks', expect: 'risk due next 6 weeks' },
  { role: 'risk', text: 'risk checks due this qtr', expect: 'risk due this quarter' },
  { role: 'risk', text: 'risk reveiws for proseware', expect: `risk list ${PROSEWARE}` },
  { role: 'risk', text: 'risk checks for contoso', expect: `risk list ${CONTOSO}` },
  { role: 'risk', text: 'risk stuff due next month', expect: 'risk due next month' },
  { role: 'support', text: 'sla incidents open', expect: 'sla open' },
  { role: 'support', text: 'sla taregts for coho', expect: `sla targets ${COHO}` },
  { role: 'contracts', text: 'renewals comming up next qtr', expect: 'renewals next quarter' },
]

/** A generic word in a sentence Tickler cannot help with picks no command. */
const OFF_TOPIC: JobCase[] = [
  { role: 'contracts', text: 'can you write a contract for a new cleaning supplier', expect: 'unknown' },
  { role: 'contracts', text: 'draft an sow for the new vendor', expect: 'unknown' },
  { role: 'vendor', text: 'book a taxi to the vendor offsite', expect: 'unknown' },
  { role: 'vendor', text: 'order pizza for the vendor meeting', expect: 'unknown' },
  { role: 'risk', text: 'how big are gdpr fines for a breach', expect: 'unknown' },
  { role: 'risk', text: "what's the penalty for a pci breach", expect: 'unknown' },
  { role: 'contracts', text: 'translate this contract into german', expect: 'unknown' },
  { role: 'support', text: 'reserve a hotel for the supplier conference', expect: 'unknown' },
  { role: 'vendor', text: 'find me a new vendor for office chairs', expect: 'unknown' },
  { role: 'risk', text: 'explain the new eu ai act to me', expect: 'unknown' },
  { role: 'contracts', text: 'what is a good template for a vendor contract', expect: 'unknown' },
  { role: 'support', text: 'who won the game last night', expect: 'unknown' },
  { role: 'contracts', text: 'vendors', expect: 'vendors' },
  { role: 'support', text: 'any open sla breaches', expect: 'sla open' },
]

/** The last misses of set 2 and dev set 2, said other ways. */
const LEFTOVERS: JobCase[] = [
  { role: 'support', text: 'subscribe this channel to renewal alerts', expect: 'subscribe renewals' },
  { role: 'risk', text: 'subscribe here to risk reminders', expect: 'subscribe risk' },
  { role: 'support', text: 'subscribe the channel to the weekly digest', expect: 'subscribe digest' },
  { role: 'risk', text: 'record the insurance cert', expect: { incomplete: 'risk done' } },
  { role: 'risk', text: 'log the adverse media check', expect: { incomplete: 'risk done' } },
  { role: 'vendor', text: 'is tailspin a critical vendor', expect: { fact: ['Tailspin', 'critical'] } },
  { role: 'vendor', text: 'what tier is nordlicht', expect: { fact: ['Nordlicht', 'high'] } },
  { role: 'vendor', text: "what's litware's risk tier?", expect: { fact: ['Litware', 'high'] } },
  { role: 'support', text: 'what slas did we agree with datos', expect: `sla targets ${DATOS}` },
  { role: 'support', text: 'sla terms for sgi', expect: `sla targets ${SGI}` },
  { role: 'support', text: "woodgrove's response times", expect: `sla targets ${WOODGROVE}` },
  {
    role: 'support',
    text: "mark contoso's october service credit as claimed",
    expect: `sla claim ${CONTOSO} 2026-10`,
  },
  {
    role: 'support',
    text: 'we claimed the contoso credit for october',
    expect: `sla claim ${CONTOSO} 2026-10`,
  },
]

export const DEV_SET_3: JobCase[] = [
  ...CHECK_NAMES,
  ...SUMMARIES,
  ...FACT_WORDS,
  ...ENDINGS,
  ...OWNERS,
  ...CHECKS_DONE,
  ...COMMAND_TYPOS,
  ...OFF_TOPIC,
  ...LEFTOVERS,
]
