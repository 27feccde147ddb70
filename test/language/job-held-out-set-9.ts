// Held-out set 9 for issue 22, written on 2026-12-07 by an engineer for issue 22 (set 9), blind:
// 128 lines as IT contracts, vendor, support and risk managers type them (lower case, typos,
// abbreviations, possessives, questions and imperatives), leaning towards support (incidents, SLA
// breaches, credits, claims, downtime) and risk (SOC 2, questionnaires, insurance certificates,
// adverse media, evidence). Written and committed BEFORE any tuning on it, without reading the
// recogniser or the earlier sets' lines and without running a plain-language line through Tickler.
// Not used for tuning until its first (blind) score is recorded; after that it is used as a
// development set. Same register and clock as the first set (test/language/fixture.ts: demo
// register, Wednesday 2026-11-25 10:30 in New York, asker U0NORTH).
//
// Facts are worked out from data/demo shifted by 328 days (loadDemo) with current terms rolled
// forward; none depends on a risk check's due date or overdue status. Every expected command was
// typed explicitly on the fixture's register and answered (writes on a fresh copy each).
import type { JobCase } from './job-held-out-set.ts'

const BY = '"Blue Yonder Logistics Systems"'
const COHO = '"Coho Backup"'
const HUM = '"Humongous Insurance Systems"'
const TS = '"Tailspin Security"'
const LSH = '"Łódź Software House"'
const D = '"Datos São Paulo Serviços"'
const ADI = '"Adatum Identity"'
const W = '"Woodgrove Payments"'
const SGI = '"Société Générale Informatique"'
const N = '"Nordlicht Telekom"'
const C = '"Contoso Cloud Services"'
const P = '"Proseware HR"'

export const JOB_HELD_OUT_SET_9: JobCase[] = [
  // One fact, answered first: contract ends, notice deadlines, days left, notice periods.
  {
    role: 'contracts',
    text: 'when does the proseware payroll contract end',
    expect: { fact: ['2027-03-24'] },
  },
  {
    role: 'contracts',
    text: "whats the notice deadline on blue yonder's warehouse mgmt licence",
    expect: { fact: ['2026-12-25'] },
  },
  {
    role: 'contracts',
    text: 'how many days left to give alpine notice on desktop maintenance?',
    expect: { fact: ['59 days'] },
  },
  { role: 'contracts', text: 'notice period for the litware EA?', expect: { fact: ['90 days'] } },
  {
    role: 'contracts',
    text: "when does relecloud's observability contract renew",
    expect: { fact: ['2027-09-24'] },
  },
  {
    role: 'contracts',
    text: 'lodz dev team contract - when does it expire?',
    expect: { fact: ['2027-11-24'] },
  },
  {
    role: 'contracts',
    text: 'how much notice do we owe müller for the colo racks',
    expect: { fact: ['180 days'] },
  },
  { role: 'contracts', text: "trey's test seats, last day to cancel?", expect: { fact: ['2027-04-08'] } },
  { role: 'contracts', text: 'days left on the vanarsdel mdm licences', expect: { fact: ['195 days'] } },
  { role: 'contracts', text: 'when does the nordlicht mpls contract end', expect: { fact: ['2027-01-22'] } },
  { role: 'contracts', text: 'fourth coffee room booking notice date?', expect: { fact: ['2027-05-25'] } },
  { role: 'contracts', text: 'when does woodgrove fraud screening end?', expect: { fact: ['2027-11-24'] } },
  {
    role: 'contracts',
    text: 'last day to give notice on contoso premier support',
    expect: { fact: ['2027-04-24'] },
  },
  {
    role: 'contracts',
    text: "notice period on datos' field engineers contract",
    expect: { fact: ['60 days'] },
  },
  // One fact: owners and contacts.
  { role: 'vendor', text: 'who owns the relationship with humongous', expect: { fact: ['U0SOUTH'] } },
  { role: 'vendor', text: "who's our contact at nordlicht?", expect: { fact: ['b2b@nordlicht.example'] } },
  { role: 'vendor', text: 'who owns alpine ski', expect: { fact: ['U0EAST'] } },
  {
    role: 'vendor',
    text: 'email for the datos sp account team',
    expect: { fact: ['contratos@datos-sp.example'] },
  },
  { role: 'vendor', text: 'whos the owner for lodz software house', expect: { fact: ['U0WEST'] } },
  { role: 'vendor', text: 'contact email adatum', expect: { fact: ['success@adatum.example'] } },
  { role: 'vendor', text: 'who do i talk to at litware?', expect: { fact: ['licensing@litware.example'] } },
  { role: 'vendor', text: 'owner of the vanarsdel account?', expect: { fact: ['U0NORTH'] } },
  { role: 'vendor', text: 'who owns the tailspin IR retainer', expect: { fact: ['U0EAST'] } },
  { role: 'vendor', text: "owner of margie's travel", expect: { fact: ['U0WEST'] } },
  { role: 'vendor', text: 'who owns fourth coffee', expect: { fact: ['facilities@example.com'] } },
  { role: 'vendor', text: 'what tier is müller in', expect: { fact: ['high'] } },
  // One fact: incidents.
  { role: 'support', text: 'is INC-0009 resolved yet?', expect: { fact: ['INC-0009', 'open'] } },
  { role: 'support', text: 'did inc-0001 breach?', expect: { fact: ['INC-0001', 'breached'] } },
  { role: 'support', text: 'status of INC-0006', expect: { fact: ['INC-0006', 'resolved'] } },
  { role: 'support', text: 'has datos fixed inc-0010', expect: { fact: ['INC-0010', 'open'] } },
  { role: 'support', text: 'is inc-0003 closed', expect: { fact: ['INC-0003', 'resolved'] } },
  {
    role: 'support',
    text: 'is the woodgrove card decline incident closed?',
    expect: { fact: ['INC-0007', 'resolved'] },
  },
  { role: 'support', text: 'inc-0004 status?', expect: { fact: ['INC-0004', 'resolved'] } },
  {
    role: 'support',
    text: 'is the proseware payslip incident still open',
    expect: { fact: ['INC-0008', 'open'] },
  },
  { role: 'support', text: 'did INC-0002 breach its sla', expect: { fact: ['INC-0002', 'breached'] } },
  { role: 'support', text: 'is inc-0005 resolved', expect: { fact: ['INC-0005', 'resolved'] } },
  // One fact: when a check was last done (never its due date).
  { role: 'risk', text: 'when did coho last do its soc 2', expect: { fact: ['2026-05-10'] } },
  { role: 'risk', text: 'has proseware ever sent a soc2 report?', expect: { fact: ['never done'] } },
  { role: 'risk', text: 'when did we last run adverse media on woodgrove', expect: { fact: ['2026-10-26'] } },
  { role: 'risk', text: 'last pentest for tailspin?', expect: { fact: ['2026-01-08'] } },
  { role: 'risk', text: "when did we get müller's insurance cert", expect: { fact: ['2026-05-31'] } },
  { role: 'risk', text: "date of sgi's last soc 1", expect: { fact: ['2026-03-24'] } },
  { role: 'risk', text: 'fabrikam questionnaire last completed when?', expect: { fact: ['2026-08-12'] } },
  {
    role: 'risk',
    text: "when was datos's insurance certificate last checked",
    expect: { fact: ['2025-04-23'] },
  },
  { role: 'risk', text: 'nordlicht soc 2 - when did we last get one', expect: { fact: ['2026-03-08'] } },
  {
    role: 'risk',
    text: 'when was litware last screened for adverse media',
    expect: { fact: ['2026-09-27'] },
  },

  // Reads with the windows and filters people say.
  { role: 'contracts', text: 'which renewals are coming up in q1', expect: 'renewals q1' },
  { role: 'contracts', text: 'renewals this qtr pls', expect: 'renewals this quarter' },
  { role: 'contracts', text: 'what notices are due in the next 6 weeks', expect: 'renewals next 6 weeks' },
  { role: 'contracts', text: 'anything we need to cancel by eoy?', expect: 'renewals eoy' },
  { role: 'contracts', text: 'renewals this wk', expect: 'renewals this week' },
  {
    role: 'contracts',
    text: 'show me critical vendor renewals next qtr',
    expect: 'renewals next quarter tier critical',
  },
  {
    role: 'contracts',
    text: 'saas renewals over 100k in the next 6 months',
    expect: 'renewals next 6 months kind saas over 100000',
  },
  { role: 'contracts', text: 'my renewals for next month', expect: 'renewals next month owner me' },
  { role: 'risk', text: 'list renewals where the evidence has lapsed', expect: 'renewals lapsed' },
  {
    role: 'contracts',
    text: 'which hardware contracts come up by march 31 2027',
    expect: 'renewals by 2027-03-31 kind hardware',
  },
  {
    role: 'contracts',
    text: "U0EAST's renewals in the next 120 days",
    expect: 'renewals 120 days owner U0EAST',
  },
  { role: 'contracts', text: 'high tier renewals q2', expect: 'renewals q2 tier high' },
  {
    role: 'contracts',
    text: 'outsourcing contracts renewing in the next 9 mo',
    expect: 'renewals next 9 months kind outsourcing',
  },
  {
    role: 'contracts',
    text: 'renewals worth more than 200k EUR this yr',
    expect: 'renewals this year over 200000 EUR',
  },
  {
    role: 'vendor',
    text: 'support contracts renewing next month?',
    expect: 'renewals next month kind support',
  },
  {
    role: 'vendor',
    text: 'licence renewals due by 2027-02-28',
    expect: 'renewals by 2027-02-28 kind licence',
  },
  {
    role: 'vendor',
    text: 'critical renewals over 100k in q3',
    expect: 'renewals q3 tier critical over 100000',
  },
  {
    role: 'contracts',
    text: 'critical saas deadlines in the next 60 days',
    expect: 'renewals next 60 days kind saas tier critical',
  },
  { role: 'risk', text: 'renewals this qtr with lapsed evidence', expect: 'renewals this quarter lapsed' },
  { role: 'vendor', text: 'list our critical vendors', expect: 'vendors tier critical' },
  { role: 'vendor', text: 'vendors owned by U0SOUTH', expect: 'vendors owner U0SOUTH' },
  { role: 'vendor', text: 'which vendors do i own?', expect: 'vendors owner me' },
  { role: 'vendor', text: 'low tier vendors?', expect: 'vendors tier low' },
  { role: 'vendor', text: 'pull up everything we have on nordlicht', expect: `vendor ${N}` },
  { role: 'support', text: 'open incidents right now', expect: 'sla open' },
  { role: 'support', text: 'unclaimed sla credits for the next 60 days', expect: 'sla claims 60 days' },
  { role: 'support', text: 'credits we still have to claim this qtr', expect: 'sla claims this quarter' },
  { role: 'support', text: 'sla credits for contoso for october', expect: `sla report ${C} October` },
  {
    role: 'support',
    text: 'how did nordlicht do against sla last month',
    expect: `sla report ${N} last month`,
  },
  { role: 'support', text: "coho's sla performance in q4", expect: `sla report ${COHO} Q4` },
  { role: 'support', text: 'woodgrove sla report for 2026', expect: `sla report ${W} 2026` },
  { role: 'support', text: 'what are the response targets for sgi', expect: `sla targets ${SGI}` },
  { role: 'support', text: "what's the p1 resolution target on coho", expect: `sla targets ${COHO}` },
  { role: 'support', text: 'proseware sla this month?', expect: `sla report ${P} this month` },
  { role: 'support', text: 'datos breaches in nov', expect: `sla report ${D} November` },
  { role: 'risk', text: 'risk reviews due this month', expect: 'risk due this month' },
  { role: 'risk', text: 'what checks are due in the next 30 days', expect: 'risk due 30 days' },
  { role: 'risk', text: 'risk items due by eoy', expect: 'risk due eoy' },
  { role: 'risk', text: 'which vendor assessments fall due in q1?', expect: 'risk due q1' },
  { role: 'risk', text: "list coho's risk checks", expect: `risk list ${COHO}` },
  { role: 'risk', text: "show me all of sgi's compliance evidence", expect: `risk list ${SGI}` },
  { role: 'risk', text: 'anything due on the risk side next month', expect: 'risk due next month' },
  { role: 'risk', text: 'due diligence due in the next 8 wks', expect: 'risk due next 8 weeks' },
  { role: 'vendor', text: "what's on the agenda this week", expect: 'agenda' },
  { role: 'vendor', text: 'change log for woodgrove', expect: `history ${W}` },

  // Writes stated in words: every value given must be in the proposal.
  {
    role: 'contracts',
    text: 'we renewed the blue yonder wms support until 2028-04-24 at 31k usd',
    expect: `contract renew ${BY} "WMS support" end 2028-04-24 value 31000 USD`,
  },
  {
    role: 'contracts',
    text: "we're not renewing coho's backup appliances, end that contract",
    expect: `contract end ${COHO} "Backup appliances" on 2027-10-24`,
  },
  {
    role: 'contracts',
    text: 'set the notice period on the humongous claims platform to 120 days',
    expect: `contract edit ${HUM} "Claims platform" notice 120 days`,
  },
  {
    role: 'contracts',
    text: 'the tailspin IR retainer should be owned by U0NORTH now',
    expect: `contract edit ${TS} "Incident response retainer" owner U0NORTH`,
  },
  {
    role: 'contracts',
    text: 'lodz extended the dev team contract to 2028-11-30 for 600k PLN',
    expect: `contract renew ${LSH} "Development team" end 2028-11-30 value 600000 PLN`,
  },
  {
    role: 'contracts',
    text: 'relecloud observability went up to 72k usd a year, update the contract',
    expect: 'contract edit "Relecloud Monitoring" "Observability platform" value 72000 USD',
  },
  {
    role: 'contracts',
    text: 'adatum privileged access renewed to 2028-03-08, notice now 60 days',
    expect: `contract renew ${ADI} "Privileged access" end 2028-03-08 notice 60 days`,
  },
  {
    role: 'contracts',
    text: "cancel wingtip's managed print contract",
    expect: 'contract end "Wingtip Print Services" "Managed print" on 2026-12-25',
  },
  { role: 'vendor', text: 'make U0EAST the owner of humongous', expect: `vendor edit ${HUM} owner U0EAST` },
  {
    role: 'vendor',
    text: "datos's new contact email is servicos@datos-sp.example",
    expect: `vendor edit ${D} email servicos@datos-sp.example`,
  },
  {
    role: 'vendor',
    text: 'bump fabrikam up to critical tier',
    expect: 'vendor edit "Fabrikam Networks" tier critical',
  },
  {
    role: 'vendor',
    text: "margie's travel contact is travel@margies.example, pls update",
    expect: `vendor edit "Margie's Travel Desk" email travel@margies.example`,
  },
  {
    role: 'support',
    text: 'log a P1 against nordlicht: mpls link down in berlin office',
    expect: `sla log ${N} P1 mpls link down in berlin office`,
  },
  {
    role: 'support',
    text: 'coho finally responded to inc-0009 at 9:15',
    expect: 'sla respond INC-0009 at 9:15',
  },
  { role: 'support', text: 'INC-0010 is fixed, close it', expect: 'sla resolve INC-0010' },
  { role: 'support', text: 'proseware resolved inc-0008 at 10am', expect: 'sla resolve INC-0008 at 10:00' },
  {
    role: 'support',
    text: 'record an outage on contoso cloud hosting from 2026-11-20 14:00 to 2026-11-20 16:30',
    expect: `sla downtime ${C} contract "Cloud hosting" 2026-11-20 14:00 to 2026-11-20 16:30`,
  },
  {
    role: 'support',
    text: "we've claimed contoso's october credit, ref CR-5521",
    expect: `sla claim ${C} October ref CR-5521`,
  },
  {
    role: 'support',
    text: 'new p4 for datos: vpn token requests piling up, started 8am',
    expect: `sla log ${D} P4 vpn token requests piling up started 08:00`,
  },
  {
    role: 'support',
    text: 'coho p2 - restore jobs slow for file shares, started 2026-11-25 07:40',
    expect: `sla log ${COHO} P2 restore jobs slow for file shares started 2026-11-25 07:40`,
  },
  {
    role: 'risk',
    text: 'tailspin pentest done on 2026-11-20, note: no highs found',
    expect: `risk done ${TS} pentest on 2026-11-20 no highs found`,
  },
  { role: 'risk', text: "got coho's insurance certificate today", expect: `risk done ${COHO} insurance` },
  {
    role: 'risk',
    text: 'add a pentest check for woodgrove every 365 days',
    expect: `risk add ${W} pentest every 365 days`,
  },
  { role: 'risk', text: 'drop the financial check for sgi', expect: `risk remove ${SGI} financial` },
  {
    role: 'risk',
    text: 'proseware soc2 received, evidence: SOC 2 Type II report, no exceptions',
    expect: `risk done ${P} soc2 SOC 2 Type II report, no exceptions`,
  },
  {
    role: 'risk',
    text: 'nordlicht adverse media screening done, notes: no findings',
    expect: `risk done ${N} adverse_media no findings`,
  },
  {
    role: 'risk',
    text: 'track an insurance cert for lodz every 180 days',
    expect: `risk add ${LSH} insurance every 180 days`,
  },
  {
    role: 'risk',
    text: 'adatum questionnaire completed on 2026-11-23 - evidence: MFA re-confirmed',
    expect: `risk done ${ADI} questionnaire on 2026-11-23 MFA re-confirmed`,
  },
  // Writes missing what they need, or too vague to act on.
  {
    role: 'contracts',
    text: 'renew the alpine desktop maintenance contract',
    expect: { incomplete: 'contract renew' },
  },
  { role: 'support', text: 'log an incident for woodgrove', expect: { incomplete: 'sla log' } },
  { role: 'risk', text: 'mark the questionnaire as done', expect: { incomplete: 'risk done' } },
  { role: 'risk', text: 'sort out the soc2 stuff for the critical ones', expect: 'unsure' },

  // Off topic.
  { role: 'support', text: "what's the weather in boston tomorrow", expect: 'unknown' },
  { role: 'vendor', text: 'book me a meeting room for 3pm', expect: 'unknown' },
  { role: 'support', text: 'tell me a joke', expect: 'unknown' },
  { role: 'risk', text: 'how do i reset my laptop password', expect: 'unknown' },
  { role: 'support', text: 'order lunch for the team on friday', expect: 'unknown' },
]
