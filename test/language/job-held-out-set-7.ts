// Seventh held-out set written from the job (issue 22), because the first six (job-held-out-set.ts,
// -2.ts … -6.ts) and the dev sets have since been used for tuning and no longer count as held out.
// Written blind on 2026-12-08 by an engineer who had not read the recogniser (src/language/,
// src/parse/), the phrasing sets, the dev sets or the lines of the earlier job sets, and who never
// ran the recogniser on these lines: they are written as IT contracts, vendor, support and risk
// managers type them (lower case, typos, abbreviations, possessives, questions and imperatives),
// not from what the code can do. Committed BEFORE any tuning against it; never use it to tune (no
// cue, phrasing or rule may come from here). If a line's expectation is wrong, fix it from SPEC.md
// and data/demo, never from what Tickler answered.
//
// Same register and clock as the first set (test/language/fixture.ts: demo register shifted 328
// days by loadDemo, Wednesday 2026-11-25 10:30 in New York, asker U0NORTH, so "my", "me" and "i"
// are U0NORTH). Every expected read was typed explicitly on a fresh copy of that register and
// answered; every expected write was run explicitly on a throwaway copy and stored. Facts come from
// the explicit `vendor …` and `sla show …` answers, current terms rolled forward. No expectation
// depends on a risk check's due date, last-done date or overdue status (the demo's evidence dates
// are about to change): risk facts expect the vendor and the check's name (SPEC §13), risk windows
// expect the `risk due` command. A value the user gave without a currency is in the contract's own
// currency; ending a contract in words ends it at its current term end (docs/plain-language.md).
import type { JobCase } from './job-held-out-set.ts'

const NWA = '"Northwind Analytics"'
const REL = '"Relecloud Monitoring"'
const HUM = '"Humongous Insurance Systems"'
const ALP = '"Alpine Ski Hardware"'
const MSR = '"Müller & Söhne Rechenzentrum"'
const VAN = '"VanArsdel Devices"'
const ADI = '"Adatum Identity"'
const BYL = '"Blue Yonder Logistics Systems"'
const NOR = '"Nordlicht Telekom"'
const TAIL = '"Tailspin Security"'
const COHO = '"Coho Backup"'
const MARG = `"Margie's Travel Desk"`
const CON = '"Contoso Cloud Services"'
const FAB = '"Fabrikam Networks"'
const DAT = '"Datos São Paulo Serviços"'
const WOOD = '"Woodgrove Payments"'
const PRO = '"Proseware HR"'
const WING = '"Wingtip Print Services"'
const TREY = '"Trey Research Labs"'
const LSH = '"Łódź Software House"'

export const JOB_HELD_OUT_SET_7: JobCase[] = [
  // ── Contracts manager ──────────────────────────────────────────────────────────────────────
  // One fact: end dates, notice deadlines, days left, notice periods, contract owners.
  { role: 'contracts', text: 'when does the northwind bi contract end?', expect: { fact: ['2027-07-25'] } },
  {
    role: 'contracts',
    text: "whats the notice deadline on litware's enterprise agreement",
    expect: { fact: ['2027-06-26'] },
  },
  {
    role: 'contracts',
    text: 'how many days do we have left to give notice on the mueller colocation racks?',
    expect: { fact: ['62 days'] },
  },
  { role: 'contracts', text: 'notice period for relecloud?', expect: { fact: ['45 days'] } },
  { role: 'contracts', text: 'when is humongous up for renewal', expect: { fact: ['2027-05-24'] } },
  {
    role: 'contracts',
    text: "what's the last day to cancel vanarsdel mdm licences",
    expect: { fact: ['2027-06-08'] },
  },
  { role: 'contracts', text: 'sgi mainframe contract end date?', expect: { fact: ['2027-11-24'] } },
  {
    role: 'contracts',
    text: 'last day to give notice on the blue yonder warehouse licence',
    expect: { fact: ['2026-12-25'] },
  },
  { role: 'contracts', text: 'who owns the tailspin retainer?', expect: { fact: ['U0EAST'] } },
  { role: 'contracts', text: 'days left on the coho appliances contract', expect: { fact: ['243 days'] } },
  {
    role: 'contracts',
    text: "when do we need to tell fabrikam we're not keeping the branch routers?",
    expect: { fact: ['2027-02-06'] },
  },
  {
    role: 'contracts',
    text: 'when does the trey reserch seats contract expire',
    expect: { fact: ['2027-05-08'] },
  },
  { role: 'contracts', text: "when does alpine's laptop leasing end?", expect: { fact: ['2027-12-25'] } },
  // Reads with the windows and filters people say.
  { role: 'contracts', text: 'contracts coming up for renewal in q2', expect: 'renewals q2' },
  {
    role: 'contracts',
    text: "what's due for a renewal decision by jan 31?",
    expect: 'renewals by 2027-01-31',
  },
  {
    role: 'contracts',
    text: 'licence renewals in the next 3 months',
    expect: 'renewals next 3 months kind licence',
  },
  {
    role: 'contracts',
    text: 'show me everything over 250k coming up this qtr',
    expect: 'renewals this qtr over 250000',
  },
  { role: 'contracts', text: 'my renewals in the next 45 days', expect: 'renewals 45 days owner U0NORTH' },
  {
    role: 'contracts',
    text: 'outsourcing deals up for renewal by eoy',
    expect: 'renewals eoy kind outsourcing',
  },
  {
    role: 'contracts',
    text: 'which critical vendors contracts renew in q1?',
    expect: 'renewals q1 tier critical',
  },
  {
    role: 'contracts',
    text: 'EUR contracts over 100k with deadlines in q3',
    expect: 'renewals q3 over 100000 EUR',
  },
  {
    role: 'contracts',
    text: "renewals for U0EAST's contracts next quarter",
    expect: 'renewals next quarter owner U0EAST',
  },
  {
    role: 'contracts',
    text: 'support contracts renewing next month',
    expect: 'renewals next month kind support',
  },
  // Writes in words: every value said is in the command; an ending is at the current term end.
  {
    role: 'contracts',
    text: 'we renewed northwind bi licences through 2028-07-25 at 58k gbp',
    expect: `contract renew ${NWA} "BI platform licences" end 2028-07-25 value 58000 GBP`,
  },
  {
    role: 'contracts',
    text: 'humongous claims platform got renewed until 2029-05-24, notice is now 120 days',
    expect: `contract renew ${HUM} "Claims platform" end 2029-05-24 notice 120 days`,
  },
  {
    role: 'contracts',
    text: "we're not renewing the blue yonder warehouse management licence",
    expect: `contract end ${BYL} "Warehouse management" on 2027-04-24`,
  },
  {
    role: 'contracts',
    text: 'we decided to let the vanarsdel rugged tablets contract run out',
    expect: `contract end ${VAN} "Rugged tablets" on 2027-08-24`,
  },
  {
    role: 'contracts',
    text: 'cancel the alpine desktop maintenance contract',
    expect: `contract end ${ALP} "Desktop maintenance" on 2027-02-22`,
  },
  {
    role: 'contracts',
    text: "extend margie's travel booking to 2028-01-22, price goes up to 5200",
    expect: `contract renew ${MARG} "Travel booking" end 2028-01-22 value 5200 USD`,
  },
  { role: 'contracts', text: 'renew the fabrikam contract', expect: { incomplete: 'contract renew' } },
  { role: 'contracts', text: "what's the eur to usd exchange rate today", expect: 'unknown' },

  // ── Vendor manager ─────────────────────────────────────────────────────────────────────────
  { role: 'vendor', text: "who's our contact at nordlicht", expect: { fact: ['b2b@nordlicht.example'] } },
  { role: 'vendor', text: 'who owns the litware relationship?', expect: { fact: ['U0WEST'] } },
  { role: 'vendor', text: 'contact email for lsh?', expect: { fact: ['office@lsh.example'] } },
  { role: 'vendor', text: 'who is the owner for blue yonder', expect: { fact: ['U0EAST'] } },
  {
    role: 'vendor',
    text: 'who do we talk to at muller and sohne',
    expect: { fact: ['vertrieb@mueller-soehne.example'] },
  },
  { role: 'vendor', text: 'who manages adatum on our side?', expect: { fact: ['U0EAST'] } },
  { role: 'vendor', text: 'whos the account owner for GDI', expect: { fact: ['U0SOUTH'] } },
  {
    role: 'vendor',
    text: 'when does the datos field engineers contract finish',
    expect: { fact: ['2027-05-24'] },
  },
  {
    role: 'vendor',
    text: 'when does our fraud screening deal with woodgrove end?',
    expect: { fact: ['2027-11-24'] },
  },
  {
    role: 'vendor',
    text: 'whats the notice period on the nordlicht mobile fleet contract',
    expect: { fact: ['60 days'] },
  },
  { role: 'vendor', text: "who's the contact at coho backup?", expect: { fact: ['support@coho.example'] } },
  { role: 'vendor', text: 'proseware contact?', expect: { fact: ['csm@proseware.example'] } },
  { role: 'vendor', text: 'notice deadline for the müller cross connects', expect: { fact: ['2027-06-25'] } },
  // Reads.
  { role: 'vendor', text: 'tell me about relecloud', expect: `vendor ${REL}` },
  { role: 'vendor', text: 'all the high tier vendors', expect: 'vendors tier high' },
  { role: 'vendor', text: "list U0WEST's vendors", expect: 'vendors owner U0WEST' },
  { role: 'vendor', text: 'which vendors do i own', expect: 'vendors owner U0NORTH' },
  { role: 'vendor', text: 'critical vendors pls', expect: 'vendors tier critical' },
  { role: 'vendor', text: 'pull up the fabrikam card', expect: `vendor ${FAB}` },
  { role: 'vendor', text: 'who changed anything on proseware lately?', expect: `history ${PRO}` },
  { role: 'vendor', text: "what's happening this week overall", expect: 'agenda' },
  {
    role: 'vendor',
    text: 'high tier renewals in the next 2 months',
    expect: 'renewals next 2 months tier high',
  },
  { role: 'vendor', text: 'saas renewals this qtr', expect: 'renewals this qtr kind saas' },
  {
    role: 'vendor',
    text: 'hardware contracts renewing by end of year',
    expect: 'renewals eoy kind hardware',
  },
  {
    role: 'vendor',
    text: 'low tier stuff renewing in the next 4 wks',
    expect: 'renewals next 4 weeks tier low',
  },
  // Writes.
  { role: 'vendor', text: 'bump relecloud to high tier', expect: `vendor edit ${REL} tier high` },
  { role: 'vendor', text: 'make U0EAST the owner of wingtip', expect: `vendor edit ${WING} owner U0EAST` },
  {
    role: 'vendor',
    text: "trey's contact email is accounts@trey.example now",
    expect: `vendor edit ${TREY} email accounts@trey.example`,
  },
  {
    role: 'vendor',
    text: 'nordlicht should be critical tier from now on',
    expect: `vendor edit ${NOR} tier critical`,
  },
  { role: 'vendor', text: "set lodz software house's tier to high", expect: `vendor edit ${LSH} tier high` },
  { role: 'vendor', text: 'change the tier', expect: { incomplete: 'vendor edit' } },
  { role: 'vendor', text: 'draft an email to fabrikam asking for a 10% discount', expect: 'unknown' },
  { role: 'vendor', text: 'who won the game last night', expect: 'unknown' },

  // ── Support manager (SLA, incidents, credits) ──────────────────────────────────────────────
  { role: 'support', text: 'is INC-0008 fixed yet?', expect: { fact: ['open'] } },
  { role: 'support', text: 'was inc-0003 resolved', expect: { fact: ['resolved'] } },
  { role: 'support', text: 'did the nordlicht outage INC-0005 breach sla?', expect: { fact: ['breached'] } },
  { role: 'support', text: 'did INC-0007 meet its targets', expect: { fact: ['met'] } },
  { role: 'support', text: 'INC-0006 status?', expect: { fact: ['resolved'] } },
  { role: 'support', text: 'has coho responded to INC-0009 yet', expect: { fact: ['INC-0009', 'open'] } },
  { role: 'support', text: 'is the adatum sso incident INC-0004 closed?', expect: { fact: ['resolved'] } },
  { role: 'support', text: 'did inc-0002 breach', expect: { fact: ['breached'] } },
  { role: 'support', text: 'is INC-0010 still open?', expect: { fact: ['open'] } },
  { role: 'support', text: 'is inc-0001 resolved or still open', expect: { fact: ['resolved'] } },
  // Reads.
  { role: 'support', text: 'open tickets', expect: 'sla open' },
  { role: 'support', text: 'what incidents are still open against our vendors?', expect: 'sla open' },
  { role: 'support', text: "how's datos doing on sla this month", expect: `sla report ${DAT} this month` },
  { role: 'support', text: 'nordlicht sla report for november', expect: `sla report ${NOR} november` },
  { role: 'support', text: 'credits owed by contoso for october', expect: `sla report ${CON} october` },
  { role: 'support', text: "any service credits we haven't claimed yet?", expect: 'sla claims' },
  { role: 'support', text: 'unclaimed credits in the next 30 days', expect: 'sla claims next 30 days' },
  { role: 'support', text: "show me adatum's sla targets", expect: `sla targets ${ADI}` },
  { role: 'support', text: "what's woodgrove's p1 resolution target", expect: `sla targets ${WOOD}` },
  {
    role: 'support',
    text: 'sla attainment for woodgrove last month',
    expect: `sla report ${WOOD} last month`,
  },
  { role: 'support', text: 'history of inc-0010', expect: 'history INC-0010' },
  // Writes: times in words spelt out as dates and times in New York.
  {
    role: 'support',
    text: 'log a p1 for tailspin: EDR agents offline on all servers, started 9:50',
    expect: `sla log ${TAIL} P1 EDR agents offline on all servers started 2026-11-25 09:50`,
  },
  {
    role: 'support',
    text: 'woodgrove p2 - refunds failing since 8:15',
    expect: `sla log ${WOOD} P2 refunds failing started 2026-11-25 08:15`,
  },
  {
    role: 'support',
    text: 'raise a sev 1 against müller: power feed B lost in hall 2, started 6:40 this morning',
    expect: `sla log ${MSR} P1 power feed B lost in hall 2 started 2026-11-25 06:40`,
  },
  {
    role: 'support',
    text: 'pls log adatum priority 2 MFA prompts delayed, started yesterday 4pm',
    expect: `sla log ${ADI} P2 MFA prompts delayed started 2026-11-24 16:00`,
  },
  {
    role: 'support',
    text: 'INC-0008 got fixed at 10:15',
    expect: 'sla resolve INC-0008 at 2026-11-25 10:15',
  },
  {
    role: 'support',
    text: 'coho finally picked up INC-0009 at 8:40 this morning',
    expect: 'sla respond INC-0009 at 2026-11-25 08:40',
  },
  {
    role: 'support',
    text: 'close inc-0010, datos sorted it yesterday at 6:30pm',
    expect: 'sla resolve INC-0010 at 2026-11-24 18:30',
  },
  {
    role: 'support',
    text: "mark contoso's october credit as claimed, ref CR-20931",
    expect: `sla claim ${CON} contract "Cloud hosting" 2026-10 ref CR-20931`,
  },
  {
    role: 'support',
    text: 'the nordlicht mpls network was down from 10pm yesterday to 1:15 today',
    expect: `sla downtime ${NOR} contract "MPLS network" 2026-11-24 22:00 to 2026-11-25 01:15`,
  },
  { role: 'support', text: 'log an incident for coho', expect: { incomplete: 'sla log' } },
  { role: 'support', text: 'can you reset my laptop password', expect: 'unknown' },

  // ── Risk manager ───────────────────────────────────────────────────────────────────────────
  // One fact about a check: the vendor and the check's name, never its dates.
  {
    role: 'risk',
    text: "is nordlicht's soc 2 current?",
    expect: { fact: ['Nordlicht Telekom', 'SOC 2 report'] },
  },
  {
    role: 'risk',
    text: 'coho insurance cert up to date?',
    expect: { fact: ['Coho Backup', 'Insurance certificate'] },
  },
  {
    role: 'risk',
    text: "has woodgrove's pci dss been done",
    expect: { fact: ['Woodgrove Payments', 'pci'] },
  },
  {
    role: 'risk',
    text: 'is the adatum security questionnaire current',
    expect: { fact: ['Adatum Identity', 'Security questionnaire'] },
  },
  { role: 'risk', text: 'whats overdue for proseware?', expect: { fact: ['Proseware HR'] } },
  {
    role: 'risk',
    text: 'sgi soc1 status',
    expect: { fact: ['Société Générale Informatique', 'SOC 1 report'] },
  },
  {
    role: 'risk',
    text: "is müller's iso 27001 cert still valid?",
    expect: { fact: ['Müller & Söhne Rechenzentrum', '27001'] },
  },
  { role: 'risk', text: 'tailspin pen test current?', expect: { fact: ['Tailspin Security', 'pen'] } },
  {
    role: 'risk',
    text: 'adverse media for lodz - are we ok?',
    expect: { fact: ['Łódź Software House', 'Adverse media review'] },
  },
  { role: 'risk', text: 'is fabrikam soc2 valid', expect: { fact: ['Fabrikam Networks', 'SOC 2 report'] } },
  {
    role: 'risk',
    text: "is datos's adverse media review current?",
    expect: { fact: ['Datos São Paulo Serviços', 'Adverse media review'] },
  },
  // Reads: risk windows expect the command, never a due date.
  { role: 'risk', text: 'risk checks due in the next 60 days', expect: 'risk due 60 days' },
  { role: 'risk', text: 'what reviews are due next quarter?', expect: 'risk due next quarter' },
  { role: 'risk', text: 'which vendor assessments are overdue', expect: 'risk due overdue' },
  { role: 'risk', text: 'risk stuff due this month', expect: 'risk due this month' },
  { role: 'risk', text: 'checks due in q1', expect: 'risk due q1' },
  { role: 'risk', text: "list fabrikam's checks", expect: `risk list ${FAB}` },
  { role: 'risk', text: 'where are we on datos risk checks', expect: `risk list ${DAT}` },
  { role: 'risk', text: 'due diligence due in the next 6 wks', expect: 'risk due next 6 weeks' },
  {
    role: 'risk',
    text: 'which renewals have lapsed evidence this quarter',
    expect: 'renewals this qtr lapsed',
  },
  { role: 'risk', text: "what's due by eoy on the risk side", expect: 'risk due eoy' },
  // Writes.
  { role: 'risk', text: 'nordlicht soc 2 received monday', expect: `risk done ${NOR} soc2 on 2026-11-23` },
  {
    role: 'risk',
    text: "got woodgrove's pci dss aoc last friday",
    expect: `risk done ${WOOD} pci_dss on 2026-11-20`,
  },
  {
    role: 'risk',
    text: 'proseware sent back the questionnaire today',
    expect: `risk done ${PRO} questionnaire on 2026-11-25`,
  },
  {
    role: 'risk',
    text: 'add a soc 2 check for relecloud every 365 days',
    expect: `risk add ${REL} soc2 every 365 days`,
  },
  { role: 'risk', text: 'start tracking insurance for vanarsdel', expect: `risk add ${VAN} insurance` },
  {
    role: 'risk',
    text: "we don't need the tailspin pentest check anymore, remove it",
    expect: `risk remove ${TAIL} pentest`,
  },
  {
    role: 'risk',
    text: 'add a pen test check for coho every 180 days',
    expect: `risk add ${COHO} pentest every 180 days`,
  },
  {
    role: 'risk',
    text: "müller's iso 27001 cert came in on nov 18",
    expect: `risk done ${MSR} iso27001 on 2026-11-18`,
  },
  {
    role: 'risk',
    text: 'adatum soc2 done yesterday, note: type II no exceptions',
    expect: `risk done ${ADI} soc2 on 2026-11-24 type II no exceptions`,
  },
  { role: 'risk', text: 'mark the insurance cert done', expect: { incomplete: 'risk done' } },
  { role: 'risk', text: 'order pizza for the risk committee', expect: 'unknown' },
]
