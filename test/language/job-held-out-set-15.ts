// Held-out set 15 for issue 22, written 2026-12-07 by an engineer for issue 22, blind: from the job
// of IT contracts, vendor, support and risk managers (lower case, typos, abbreviations,
// possessives, questions with and without question marks, requests and statements of what
// happened), without reading the recogniser, its phrasings, the dev sets or the other held-out
// sets, and without running a single one of these lines through the recogniser. Committed BEFORE
// any tuning round that could see it. Set 15 is the FINAL measure for the issue: it is never used
// for tuning (no cue, phrasing or rule may come from it) and is scored once, by the lead, at the
// end. Same register and clock as the first set (test/language/fixture.ts: demo register,
// Wednesday 2026-11-25 10:30 in New York, asker U0NORTH).
//
// Every expected command was typed explicitly on a fresh copy of that register and answered (reads)
// or stored (writes); `{ fact }` pieces were read off the vendor cards and `sla show` of that
// register (demo dates shifted 328 days, current terms rolled forward). No expectation depends on
// a risk check's due date or overdue status: check facts name the check and when it was last done.
import type { JobCase } from './job-held-out-set.ts'

const CCS = '"Contoso Cloud Services"'
const SGI = '"Société Générale Informatique"'
const FAB = '"Fabrikam Networks"'
const NW = '"Northwind Analytics"'
const TS = '"Tailspin Security"'
const ADI = '"Adatum Identity"'
const BY = '"Blue Yonder Logistics Systems"'
const MSR = '"Müller & Söhne Rechenzentrum"'
const NT = '"Nordlicht Telekom"'
const COHO = '"Coho Backup"'
const HUM = '"Humongous Insurance Systems"'
const MTD = `"Margie's Travel Desk"`
const TREY = '"Trey Research Labs"'
const DATOS = '"Datos São Paulo Serviços"'
const WG = '"Woodgrove Payments"'
const RC = '"Relecloud Monitoring"'
const VAD = '"VanArsdel Devices"'
const GDI = '"Graphic Design Institute Fonts"'
const PHR = '"Proseware HR"'

export const JOB_HELD_OUT_SET_15: JobCase[] = [
  // One fact, answered in the first line (SPEC §13 facts first).
  // Contracts: end dates, notice deadlines, notice periods, days left.
  {
    role: 'contracts',
    text: 'when does the contoso cloud hosting contract end',
    expect: { fact: ['2027-02-22'] },
  },
  {
    role: 'contracts',
    text: 'notice deadline for blue yonder warehouse mgmt?',
    expect: { fact: ['2026-12-25'] },
  },
  { role: 'contracts', text: 'whats the notice period on proseware', expect: { fact: ['90 days'] } },
  {
    role: 'contracts',
    text: 'how many days left to give notice to müller on the colo racks',
    expect: { fact: ['62 days'] },
  },
  { role: 'contracts', text: "when's litware's EA up", expect: { fact: ['2027-09-24'] } },
  { role: 'contracts', text: 'end date of the alpine laptop lease', expect: { fact: ['2027-12-25'] } },
  { role: 'contracts', text: 'nordlicht mobile fleet notice deadline pls', expect: { fact: ['2027-06-25'] } },
  { role: 'contracts', text: 'how long is the notice period for humongous?', expect: { fact: ['90 days'] } },
  {
    role: 'contracts',
    text: "by when do we have to tell relecloud we're not renewing",
    expect: { fact: ['2027-08-10'] },
  },
  { role: 'contracts', text: 'lodz software house contract expiry?', expect: { fact: ['2027-11-24'] } },
  {
    role: 'contracts',
    text: 'days remaining before the trey notice deadline',
    expect: { fact: ['134 days'] },
  },
  { role: 'contracts', text: "when does wingtip's managed print run out", expect: { fact: ['2026-12-25'] } },
  { role: 'contracts', text: "what's the notice on margies travel", expect: { fact: ['14 days'] } },
  {
    role: 'contracts',
    text: 'when does the datos field engineers deal finish?',
    expect: { fact: ['2027-05-24'] },
  },
  { role: 'contracts', text: "tailspin edr notice deadline, when's that", expect: { fact: ['2027-05-26'] } },
  // Vendor managers: owners and contacts.
  { role: 'vendor', text: 'who owns fabrikam', expect: { fact: ['U0EAST'] } },
  { role: 'vendor', text: "who's the contact at nordlicht?", expect: { fact: ['b2b@nordlicht.example'] } },
  { role: 'vendor', text: 'who owns lodz software house', expect: { fact: ['U0WEST'] } },
  { role: 'vendor', text: 'whos our contact for adatum', expect: { fact: ['success@adatum.example'] } },
  { role: 'vendor', text: "litware's contact email?", expect: { fact: ['licensing@litware.example'] } },
  { role: 'vendor', text: 'who looks after humongous insurance systems', expect: { fact: ['U0SOUTH'] } },
  { role: 'vendor', text: 'who is the owner for vanarsdel', expect: { fact: ['U0NORTH'] } },
  { role: 'vendor', text: "mueller's contact", expect: { fact: ['vertrieb@mueller-soehne.example'] } },
  { role: 'vendor', text: 'who owns the woodgrove relationship?', expect: { fact: ['U0EAST'] } },
  { role: 'vendor', text: 'who do i email at alpine ski', expect: { fact: ['orders@alpine.example'] } },
  { role: 'vendor', text: 'relecloud owner', expect: { fact: ['U0WEST'] } },
  { role: 'vendor', text: 'sgi contact pls', expect: { fact: ['contrats@sgi.example'] } },
  { role: 'vendor', text: 'when does our northwind contract end?', expect: { fact: ['2027-07-25'] } },
  {
    role: 'vendor',
    text: 'how many days till the coho backup saas notice deadline',
    expect: { fact: ['273 days'] },
  },
  // Support managers: incident status, and the owner or contact to chase.
  { role: 'support', text: 'is INC-0009 resolved?', expect: { fact: ['INC-0009', 'open'] } },
  { role: 'support', text: 'status of inc-0005', expect: { fact: ['INC-0005', 'resolved'] } },
  { role: 'support', text: 'is INC-0008 still open', expect: { fact: ['INC-0008', 'open'] } },
  { role: 'support', text: 'did INC-0007 get resolved', expect: { fact: ['INC-0007', 'resolved'] } },
  { role: 'support', text: 'whats the status on INC-0010', expect: { fact: ['INC-0010', 'open'] } },
  { role: 'support', text: 'inc-0002 closed yet?', expect: { fact: ['INC-0002', 'resolved'] } },
  { role: 'support', text: 'is the sso outage INC-0004 fixed', expect: { fact: ['INC-0004', 'resolved'] } },
  {
    role: 'support',
    text: 'who is the contact at datos sp, need to chase the phone queue',
    expect: { fact: ['contratos@datos-sp.example'] },
  },
  { role: 'support', text: 'who owns coho backup?', expect: { fact: ['U0NORTH'] } },
  { role: 'support', text: "contoso's account owner", expect: { fact: ['U0NORTH'] } },
  {
    role: 'support',
    text: 'when does the contoso premier support contract end',
    expect: { fact: ['2027-05-24'] },
  },
  { role: 'support', text: 'is INC-0001 resolved', expect: { fact: ['INC-0001', 'resolved'] } },
  { role: 'support', text: 'INC-0006 status?', expect: { fact: ['INC-0006', 'resolved'] } },
  {
    role: 'support',
    text: 'notice period on the fabrikam core switch maintenance',
    expect: { fact: ['90 days'] },
  },
  // Risk managers: a check's status (by name and when it was last done), owners and contacts.
  { role: 'risk', text: "is proseware's soc 2 current?", expect: { fact: ['SOC 2 report', 'never done'] } },
  { role: 'risk', text: "is tailspin's soc2 up to date", expect: { fact: ['SOC 2 report', '2025-12-20'] } },
  { role: 'risk', text: "when was woodgrove's pci dss last done", expect: { fact: ['2025-12-14'] } },
  {
    role: 'risk',
    text: 'did we get adatums insurance cert',
    expect: { fact: ['Insurance certificate', '2026-06-25'] },
  },
  { role: 'risk', text: 'coho soc 2 status', expect: { fact: ['SOC 2 report', '2026-05-10'] } },
  { role: 'risk', text: 'is the müller iso 27001 cert current?', expect: { fact: ['2026-03-22'] } },
  { role: 'risk', text: 'who owns proseware hr', expect: { fact: ['U0NORTH'] } },
  {
    role: 'risk',
    text: 'who is the contact at woodgrove payments',
    expect: { fact: ['partners@woodgrove.example'] },
  },
  {
    role: 'risk',
    text: "sgi's soc 1, when was it last done?",
    expect: { fact: ['SOC 1 report', '2026-03-24'] },
  },
  { role: 'risk', text: 'when was the tailspin pen test done', expect: { fact: ['2026-01-08'] } },
  {
    role: 'risk',
    text: 'datos insurance certificate status?',
    expect: { fact: ['Insurance certificate', '2025-04-23'] },
  },
  { role: 'risk', text: "nordlicht's soc2 current", expect: { fact: ['SOC 2 report', '2026-03-08'] } },
  { role: 'risk', text: 'who owns datos', expect: { fact: ['U0SOUTH'] } },
  {
    role: 'risk',
    text: 'whats the notice period on the woodgrove payment gateway',
    expect: { fact: ['120 days'] },
  },

  // Reads with windows and filters (SPEC §3 windows, §13 filters).
  { role: 'contracts', text: 'renewals in q1 over 100k', expect: 'renewals q1 over 100000' },
  { role: 'contracts', text: "what's coming up for renewal by eoy", expect: 'renewals eoy' },
  {
    role: 'contracts',
    text: 'show me saas renewals next 60 days',
    expect: 'renewals next 60 days kind saas',
  },
  {
    role: 'contracts',
    text: 'any renewals over 200k usd this quarter?',
    expect: 'renewals this qtr over 200000 USD',
  },
  { role: 'contracts', text: 'list renewals in Q2', expect: 'renewals q2' },
  {
    role: 'contracts',
    text: 'licence renewals in the next 4 months',
    expect: 'renewals next 4 months kind licence',
  },
  {
    role: 'contracts',
    text: 'outsourcing contracts up for renewal in the next 90 days',
    expect: 'renewals next 90 days kind outsourcing',
  },
  { role: 'contracts', text: 'hardware renewals next yr', expect: 'renewals next year kind hardware' },
  {
    role: 'contracts',
    text: 'renewals for critical vendors this month',
    expect: 'renewals this month tier critical',
  },
  {
    role: 'contracts',
    text: 'renewals with lapsed evidence in the next 120 days',
    expect: 'renewals next 120 days lapsed',
  },
  {
    role: 'contracts',
    text: 'support contracts renewing this qtr',
    expect: 'renewals this qtr kind support',
  },
  {
    role: 'contracts',
    text: 'renewals over 50k eur in the next 180 days',
    expect: 'renewals next 180 days over 50000 EUR',
  },
  { role: 'vendor', text: 'list all critical vendors', expect: 'vendors tier critical' },
  { role: 'vendor', text: 'vendors owned by U0SOUTH', expect: 'vendors owner U0SOUTH' },
  { role: 'vendor', text: 'which vendors do i own?', expect: 'vendors owner me' },
  { role: 'vendor', text: 'show me the fabrikam card', expect: `vendor ${FAB}` },
  { role: 'vendor', text: 'my renewals next 3 months', expect: 'renewals next 3 months owner me' },
  { role: 'vendor', text: "what's on the agenda this week", expect: 'agenda' },
  {
    role: 'vendor',
    text: "U0EAST's renewals in the next 6 weeks",
    expect: 'renewals next 6 weeks owner U0EAST',
  },
  { role: 'vendor', text: 'low tier vendors', expect: 'vendors tier low' },
  { role: 'vendor', text: 'high tier renewals in q1', expect: 'renewals q1 tier high' },
  { role: 'vendor', text: 'full change history for northwind', expect: `history ${NW}` },
  { role: 'vendor', text: 'medium tier vendors owned by U0WEST', expect: 'vendors tier medium owner U0WEST' },
  { role: 'vendor', text: 'critical renewals with lapsed evidence', expect: 'renewals tier critical lapsed' },
  { role: 'support', text: 'open incidents?', expect: 'sla open' },
  { role: 'support', text: 'sla report for contoso last month', expect: `sla report ${CCS} last month` },
  { role: 'support', text: 'how did datos do on sla in october', expect: `sla report ${DATOS} october` },
  { role: 'support', text: 'unclaimed service credits', expect: 'sla claims' },
  { role: 'support', text: 'pull up INC-0003', expect: 'sla show INC-0003' },
  { role: 'support', text: 'what are the sla targets for woodgrove', expect: `sla targets ${WG}` },
  {
    role: 'support',
    text: 'nordlicht sla numbers for last quarter',
    expect: `sla report ${NT} last quarter`,
  },
  {
    role: 'support',
    text: "credits we haven't claimed yet, next 30 days",
    expect: 'sla claims next 30 days',
  },
  { role: 'support', text: "what are the response targets on SGI's contracts", expect: `sla targets ${SGI}` },
  { role: 'support', text: 'history of INC-0009', expect: 'history INC-0009' },
  { role: 'support', text: 'any incidents still open against our vendors', expect: 'sla open' },
  { role: 'support', text: 'adatum sla attainment this month', expect: `sla report ${ADI} this month` },
  { role: 'risk', text: 'risk checks due in the next 30 days', expect: 'risk due 30 days' },
  { role: 'risk', text: 'what checks are coming due this qtr', expect: 'risk due this qtr' },
  { role: 'risk', text: "list tailspin's risk checks", expect: `risk list ${TS}` },
  { role: 'risk', text: 'risk reviews due next 2 months', expect: 'risk due next 2 months' },
  { role: 'risk', text: 'what risk checks does datos have?', expect: `risk list ${DATOS}` },
  { role: 'risk', text: 'risk items due in q1', expect: 'risk due q1' },
  { role: 'risk', text: 'checks for sgi', expect: `risk list ${SGI}` },
  { role: 'risk', text: "what's due this wk for risk", expect: 'risk due this week' },
  { role: 'risk', text: "coho's checks pls", expect: `risk list ${COHO}` },
  { role: 'risk', text: 'show overdue vendor risk checks', expect: 'risk due' },
  { role: 'risk', text: 'risk checks due in the next 90 days', expect: 'risk due 90 days' },
  {
    role: 'risk',
    text: 'renewals for vendors with lapsed evidence this qtr',
    expect: 'renewals this qtr lapsed',
  },

  // Writes stated in words: every value given appears in the expected command.
  {
    role: 'contracts',
    text: 'we renewed relecloud observability until 2028-09-24 for 72k',
    expect: `contract renew ${RC} "Observability platform" end 2028-09-24 value 72000 USD`,
  },
  {
    role: 'contracts',
    text: 'signed the proseware renewal: new end date 2028-03-24, 80,000 eur, 60 days notice',
    expect: `contract renew ${PHR} "HR and payroll" end 2028-03-24 value 80000 EUR notice 60 days`,
  },
  {
    role: 'contracts',
    text: "we're not renewing margie's travel desk",
    expect: `contract end ${MTD} "Travel booking" on 2027-01-22`,
  },
  {
    role: 'contracts',
    text: 'cancel the blue yonder warehouse mgmt contract',
    expect: `contract end ${BY} "Warehouse management" on 2027-04-24`,
  },
  {
    role: 'contracts',
    text: 'renew the trey test automation seats thru 2028-05-08',
    expect: `contract renew ${TREY} "Test automation seats" end 2028-05-08`,
  },
  {
    role: 'contracts',
    text: 'GDI font licences renewed to 2029-11-24 at 3,500 usd',
    expect: `contract renew ${GDI} "Font licences" end 2029-11-24 value 3500 USD`,
  },
  {
    role: 'contracts',
    text: 'we renewed the contract till 2028-06-30',
    expect: { incomplete: 'contract renew' },
  },
  {
    role: 'contracts',
    text: 'we terminated the nordlicht mobile fleet contract',
    expect: `contract end ${NT} "Mobile fleet" on 2027-08-24`,
  },
  { role: 'vendor', text: "change fabrikam's tier to critical", expect: `vendor edit ${FAB} tier critical` },
  { role: 'vendor', text: 'make U0WEST the owner of vanarsdel', expect: `vendor edit ${VAD} owner U0WEST` },
  {
    role: 'vendor',
    text: "trey's contact is now qa@trey.example",
    expect: `vendor edit ${TREY} email qa@trey.example`,
  },
  { role: 'vendor', text: 'northwind should be high tier', expect: `vendor edit ${NW} tier high` },
  {
    role: 'vendor',
    text: 'remove lucerne from the register',
    expect: 'vendor remove "Lucerne Publishing Tools"',
  },
  { role: 'vendor', text: 'hand humongous over to U0EAST', expect: `vendor edit ${HUM} owner U0EAST` },
  {
    role: 'vendor',
    text: 'set relecloud contact to ops@relecloud.example',
    expect: `vendor edit ${RC} email ops@relecloud.example`,
  },
  { role: 'vendor', text: "change northwind's owner", expect: { incomplete: 'vendor edit' } },
  {
    role: 'support',
    text: 'log a P2 for relecloud: dashboards not loading',
    expect: `sla log ${RC} P2 dashboards not loading`,
  },
  {
    role: 'support',
    text: 'log a P1 against contoso cloud hosting, api unavailable, started 09:40',
    expect: `sla log ${CCS} contract "Cloud hosting" P1 api unavailable started 09:40`,
  },
  {
    role: 'support',
    text: 'coho got back to us on INC-0009 at 10:05',
    expect: 'sla respond INC-0009 at 10:05',
  },
  {
    role: 'support',
    text: 'the datos phone queue outage ended at 9:50, INC-0010',
    expect: 'sla resolve INC-0010 at 09:50',
  },
  { role: 'support', text: 'INC-0008 is fixed now', expect: 'sla resolve INC-0008' },
  { role: 'support', text: 'pls mark inc-0009 resolved at 10:20', expect: 'sla resolve INC-0009 at 10:20' },
  { role: 'support', text: 'log an incident', expect: { incomplete: 'sla log' } },
  {
    role: 'support',
    text: 'log a P3 against adatum workforce sso: logins slow in london office',
    expect: `sla log ${ADI} contract "Workforce SSO" P3 logins slow in london office`,
  },
  {
    role: 'support',
    text: 'record downtime for müller colocation racks from 2026-11-23 22:00 to 2026-11-24 01:30',
    expect: `sla downtime ${MSR} contract "Colocation racks" 2026-11-23 22:00 to 2026-11-24 01:30`,
  },
  {
    role: 'support',
    text: "we claimed contoso's october credit, ref CASE-8812",
    expect: `sla claim ${CCS} contract "Cloud hosting" october ref CASE-8812`,
  },
  { role: 'risk', text: "got tailspin's pen test report today", expect: `risk done ${TS} pentest` },
  {
    role: 'risk',
    text: 'adatum insurance cert received 2026-11-20',
    expect: `risk done ${ADI} insurance on 2026-11-20`,
  },
  {
    role: 'risk',
    text: 'coho adverse media review done yesterday, no findings',
    expect: `risk done ${COHO} adverse_media on 2026-11-24 no findings`,
  },
  {
    role: 'risk',
    text: 'we need to track a yearly pentest for nordlicht, every 365 days',
    expect: `risk add ${NT} pentest every 365 days`,
  },
  { role: 'risk', text: 'stop tracking the soc 1 for sgi', expect: `risk remove ${SGI} soc1` },
  {
    role: 'risk',
    text: 'proseware sent their soc 2 report on 2026-11-18',
    expect: `risk done ${PHR} soc2 on 2026-11-18`,
  },
  { role: 'risk', text: 'mark the woodgrove pci dss as done', expect: `risk done ${WG} pci_dss` },
  { role: 'risk', text: 'record the questionnaire', expect: { incomplete: 'risk done' } },
  { role: 'risk', text: 'add a soc 2 check for relecloud', expect: `risk add ${RC} soc2` },
  {
    role: 'risk',
    text: 'datos insurance certificate renewed, checked it on 2026-11-23',
    expect: `risk done ${DATOS} insurance on 2026-11-23`,
  },

  // Off-topic: an honest "I can't help with that".
  { role: 'vendor', text: "what's the weather in nyc tomorrow", expect: 'unknown' },
  { role: 'support', text: 'can you order pizza for the team', expect: 'unknown' },
  { role: 'risk', text: 'tell me a joke', expect: 'unknown' },
  { role: 'contracts', text: 'who won the game last night?', expect: 'unknown' },
  { role: 'support', text: 'translate good morning into french', expect: 'unknown' },
]
