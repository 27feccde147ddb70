// Held-out set 10 for issue 22, written by an engineer for issue 22 on 2026-12-07: lines as IT
// contracts, vendor, support and risk managers type them on a phone or between meetings (lower
// case, typos, abbreviations, possessives, questions without question marks, imperatives).
// Written blind, BEFORE any tuning on it, without reading the recogniser or the earlier sets.
// It is the FINAL measure: never used for tuning (no cue, phrasing or rule may come from here)
// and scored once, by the lead, at the end.
// Same register and clock as the other job sets (test/language/fixture.ts: demo register shifted
// 328 days, Wednesday 2026-11-25 10:30 in New York, asker U0NORTH). Expected reads were each run
// explicitly; expected writes were each run on a throwaway copy of the register. No expectation
// depends on a risk check's due date or overdue status.
import type { JobCase } from './job-held-out-set.ts'

const AL = '"Alpine Ski Hardware"'
const CO = '"Coho Backup"'
const CC = '"Contoso Cloud Services"'
const DA = '"Datos São Paulo Serviços"'
const FA = '"Fabrikam Networks"'
const HU = '"Humongous Insurance Systems"'
const LO = '"Łódź Software House"'
const LU = '"Lucerne Publishing Tools"'
const MA = `"Margie's Travel Desk"`
const NO = '"Nordlicht Telekom"'
const NW = '"Northwind Analytics"'
const PR = '"Proseware HR"'
const RE = '"Relecloud Monitoring"'
const TA = '"Tailspin Security"'
const TR = '"Trey Research Labs"'
const VA = '"VanArsdel Devices"'
const WO = '"Woodgrove Payments"'

export const JOB_HELD_OUT_SET_10: JobCase[] = [
  // One fact, answered first (current terms rolled forward from data/demo).
  { role: 'contracts', text: 'when does the litware EA end', expect: { fact: ['2027-09-24'] } },
  {
    role: 'contracts',
    text: 'litware enterprise agreement notice deadline?',
    expect: { fact: ['2027-06-26'] },
  },
  {
    role: 'contracts',
    text: 'whens the last day to give notice on blue yonder warehouse mgmt',
    expect: { fact: ['2026-12-25'] },
  },
  {
    role: 'contracts',
    text: 'how many days left to cancel margies travel booking',
    expect: { fact: ['44 days'] },
  },
  {
    role: 'contracts',
    text: 'notice period on the humongous claims platform',
    expect: { fact: ['90 days'] },
  },
  { role: 'contracts', text: 'whats the notice period for LSH', expect: { fact: ['60 days'] } },
  { role: 'contracts', text: "when does sgi's mainframe deal expire", expect: { fact: ['2027-11-24'] } },
  {
    role: 'contracts',
    text: 'fourth coffee room booking - when do we have to give notice by',
    expect: { fact: ['2027-05-25'] },
  },
  {
    role: 'contracts',
    text: 'days left b4 the alpine desktop maintenance notice cutoff',
    expect: { fact: ['59 days'] },
  },
  {
    role: 'contracts',
    text: "when's the notice deadline for the trey seats",
    expect: { fact: ['2027-04-08'] },
  },
  { role: 'contracts', text: 'who owns the nordlicht mobile fleet contract', expect: { fact: ['U0SOUTH'] } },
  { role: 'vendor', text: 'who owns relecloud', expect: { fact: ['U0WEST'] } },
  { role: 'vendor', text: 'whos our contact at northwind', expect: { fact: ['sales@northwind.example'] } },
  {
    role: 'vendor',
    text: 'contact email for mueller',
    expect: { fact: ['vertrieb@mueller-soehne.example'] },
  },
  { role: 'vendor', text: "who's the vendor owner for humongous", expect: { fact: ['U0SOUTH'] } },
  { role: 'vendor', text: 'who looks after vanarsdel on our side', expect: { fact: ['U0NORTH'] } },
  { role: 'vendor', text: 'whos our rep at litware', expect: { fact: ['licensing@litware.example'] } },
  { role: 'vendor', text: 'notice period on vanarsdel rugged tablets', expect: { fact: ['60 days'] } },
  {
    role: 'vendor',
    text: 'when does the adatum privileged access licence renew',
    expect: { fact: ['2027-03-08'] },
  },
  { role: 'vendor', text: 'who owns the tailspin IR retainer', expect: { fact: ['U0EAST'] } },
  { role: 'vendor', text: 'contact at fabrikam?', expect: { fact: ['support@fabrikam.example'] } },
  {
    role: 'vendor',
    text: "when does relecloud's observability platform end",
    expect: { fact: ['2027-09-24'] },
  },
  { role: 'support', text: 'is INC-0009 resolved', expect: { fact: ['INC-0009', 'open'] } },
  { role: 'support', text: 'inc-0006 closed yet?', expect: { fact: ['INC-0006', 'resolved'] } },
  { role: 'support', text: 'did INC-0001 breach', expect: { fact: ['INC-0001', 'breach'] } },
  { role: 'support', text: 'whats the status on INC-0008', expect: { fact: ['INC-0008', 'open'] } },
  { role: 'support', text: 'INC-0010 fixed yet', expect: { fact: ['INC-0010', 'open'] } },
  { role: 'support', text: 'is inc-0004 resolved', expect: { fact: ['INC-0004', 'resolved'] } },
  { role: 'support', text: 'coho support contact?', expect: { fact: ['support@coho.example'] } },
  { role: 'support', text: 'who do i call at datos', expect: { fact: ['contratos@datos-sp.example'] } },
  { role: 'support', text: 'whos the owner of woodgrove', expect: { fact: ['U0EAST'] } },
  { role: 'support', text: 'did INC-0007 meet its SLA', expect: { fact: ['INC-0007', 'met'] } },
  {
    role: 'support',
    text: 'contact for adatum? sso acting up',
    expect: { fact: ['success@adatum.example'] },
  },
  {
    role: 'support',
    text: 'how many days til the datos service desk contract ends',
    expect: { fact: ['58 days'] },
  },
  { role: 'risk', text: "is tailspin's soc2 current", expect: { fact: ['Tailspin', 'SOC 2 report'] } },
  {
    role: 'risk',
    text: 'coho insurance cert up to date?',
    expect: { fact: ['Coho', 'Insurance certificate'] },
  },
  {
    role: 'risk',
    text: 'is the woodgrove pci dss check current',
    expect: { fact: ['Woodgrove', 'pci dss'] },
  },
  { role: 'risk', text: 'adatum soc 2 still valid?', expect: { fact: ['Adatum', 'SOC 2 report'] } },
  {
    role: 'risk',
    text: "is nordlicht's security questionnaire current",
    expect: { fact: ['Nordlicht', 'Security questionnaire'] },
  },
  { role: 'risk', text: 'sgi soc1 current?', expect: { fact: ['Informatique', 'SOC 1 report'] } },
  { role: 'risk', text: 'who owns proseware', expect: { fact: ['U0NORTH'] } },
  {
    role: 'risk',
    text: "is litware's insurance cert current",
    expect: { fact: ['Litware', 'Insurance certificate'] },
  },
  { role: 'risk', text: 'msr iso27001 cert current?', expect: { fact: ['Rechenzentrum', 'iso27001'] } },
  {
    role: 'risk',
    text: 'fabrikam adverse media review current?',
    expect: { fact: ['Fabrikam', 'Adverse media review'] },
  },
  { role: 'risk', text: 'proseware contact email', expect: { fact: ['csm@proseware.example'] } },

  // Reads with the windows and filters people say.
  { role: 'contracts', text: 'renewals q1 critical only', expect: 'renewals q1 tier critical' },
  { role: 'contracts', text: "what's up for renewal this qtr", expect: 'renewals this quarter' },
  { role: 'contracts', text: 'saas renewals by eoy', expect: 'renewals eoy kind saas' },
  {
    role: 'contracts',
    text: 'anything over 250k renewing in the next 6 mo',
    expect: 'renewals next 6 months over 250k',
  },
  {
    role: 'contracts',
    text: 'hardware contracts expiring by end of march',
    expect: 'renewals by 2027-03-31 kind hardware',
  },
  { role: 'contracts', text: 'my renewals next 8 wks', expect: 'renewals next 8 weeks owner U0NORTH' },
  { role: 'contracts', text: 'licence renewals in q3', expect: 'renewals q3 kind licence' },
  { role: 'contracts', text: 'renewals w lapsed evidence next qtr', expect: 'renewals next quarter lapsed' },
  {
    role: 'contracts',
    text: 'eur contracts over 200k renewing this yr',
    expect: 'renewals this year over 200000 EUR',
  },
  { role: 'contracts', text: 'what renews in the next 3 weeks', expect: 'renewals next 3 weeks' },
  { role: 'vendor', text: 'list critical vendors', expect: 'vendors tier critical' },
  { role: 'vendor', text: 'vendors owned by U0EAST', expect: 'vendors owner U0EAST' },
  { role: 'vendor', text: 'high tier renewals in the next 60 days', expect: 'renewals 60 days tier high' },
  { role: 'vendor', text: 'renewals owned by U0SOUTH in q2', expect: 'renewals q2 owner U0SOUTH' },
  {
    role: 'vendor',
    text: 'support contracts up for renewal next month',
    expect: 'renewals next month kind support',
  },
  { role: 'vendor', text: 'outsourcing deals renewing in q2', expect: 'renewals q2 kind outsourcing' },
  { role: 'vendor', text: 'low tier vendors', expect: 'vendors tier low' },
  { role: 'vendor', text: 'which of my vendors have renewals by eoy', expect: 'renewals eoy owner U0NORTH' },
  { role: 'vendor', text: 'renewals worth more than 50k this wk', expect: 'renewals this week over 50k' },
  { role: 'vendor', text: 'medium tier vendors pls', expect: 'vendors tier medium' },
  { role: 'support', text: 'open incidents', expect: 'sla open' },
  { role: 'support', text: 'how did datos do on sla last month', expect: `sla report ${DA} last month` },
  { role: 'support', text: 'contoso sla report for october', expect: `sla report ${CC} october` },
  { role: 'support', text: 'unclaimed credits next 30 days', expect: 'sla claims 30 days' },
  { role: 'support', text: 'sla numbers for woodgrove this month', expect: `sla report ${WO} this month` },
  { role: 'support', text: 'coho q3 sla attainment', expect: `sla report ${CO} q3` },
  { role: 'support', text: 'whats still open with vendors rn', expect: 'sla open' },
  { role: 'support', text: 'sla targets for sgi', expect: 'sla targets "Société Générale Informatique"' },
  { role: 'support', text: 'nordlicht sla report 2026', expect: `sla report ${NO} 2026` },
  { role: 'risk', text: 'risk checks due in the next 2 wks', expect: 'risk due next 2 weeks' },
  { role: 'risk', text: 'whats due for review by eoy', expect: 'risk due eoy' },
  { role: 'risk', text: 'checks coming due next qtr', expect: 'risk due next quarter' },
  { role: 'risk', text: 'risk reviews due this month', expect: 'risk due this month' },
  { role: 'risk', text: "list datos's checks", expect: `risk list ${DA}` },
  { role: 'risk', text: 'all the checks for woodgrove', expect: `risk list ${WO}` },
  { role: 'risk', text: 'what risk reviews are due in the next 60 days', expect: 'risk due 60 days' },
  { role: 'risk', text: 'critical renewals w lapsed evidence', expect: 'renewals tier critical lapsed' },
  { role: 'risk', text: 'risk due q1', expect: 'risk due q1' },

  // Writes in words: every value said is in the proposal; ending proposes the current term end.
  {
    role: 'contracts',
    text: 'we renewed the northwind BI licences to 2028-07-25 at 56k',
    expect: `contract renew ${NW} "BI platform licences" end 2028-07-25 value 56000 GBP`,
  },
  {
    role: 'contracts',
    text: "we won't renew the fabrikam branch routers",
    expect: `contract end ${FA} "Branch routers" on 2027-04-07`,
  },
  {
    role: 'contracts',
    text: 'cancel the vanarsdel rugged tablets contract',
    expect: `contract end ${VA} "Rugged tablets" on 2027-08-24`,
  },
  {
    role: 'contracts',
    text: 'renewed trey test automation seats thru 2028-05-08, 10.5k, 30 days notice',
    expect: `contract renew ${TR} "Test automation seats" end 2028-05-08 value 10500 USD notice 30 days`,
  },
  { role: 'contracts', text: 'we renewed contoso', expect: { incomplete: 'contract renew' } },
  {
    role: 'contracts',
    text: 'humongous claims platform renewed to 2028-05-24 for 180k',
    expect: `contract renew ${HU} "Claims platform" end 2028-05-24 value 180000 USD`,
  },
  {
    role: 'contracts',
    text: "we're terminating the LSH dev team contract",
    expect: `contract end ${LO} "Development team" on 2027-11-24`,
  },
  { role: 'vendor', text: 'bump northwind to high tier', expect: `vendor edit ${NW} tier high` },
  {
    role: 'vendor',
    text: 'relecloud contact is now ops@relecloud.example',
    expect: `vendor edit ${RE} email ops@relecloud.example`,
  },
  { role: 'vendor', text: 'make U0EAST the owner of trey', expect: `vendor edit ${TR} owner U0EAST` },
  {
    role: 'vendor',
    text: 'remove lucerne from the register, we dont use them anymore',
    expect: `vendor remove ${LU}`,
  },
  { role: 'vendor', text: 'move margies to medium tier', expect: `vendor edit ${MA} tier medium` },
  {
    role: 'vendor',
    text: "change alpine's contact to sales@alpine.example",
    expect: `vendor edit ${AL} email sales@alpine.example`,
  },
  {
    role: 'support',
    text: 'log a P2 for relecloud - dashboards not loading since 9:15',
    expect: `sla log ${RE} P2 dashboards not loading started 2026-11-25 09:15`,
  },
  { role: 'support', text: 'INC-0009 resolved at 10:10', expect: 'sla resolve INC-0009 at 2026-11-25 10:10' },
  {
    role: 'support',
    text: 'coho finally responded to inc-0009 at 9:40',
    expect: 'sla respond INC-0009 at 2026-11-25 09:40',
  },
  {
    role: 'support',
    text: 'pls log sev 1 for tailspin, edr console unreachable',
    expect: `sla log ${TA} P1 edr console unreachable`,
  },
  { role: 'support', text: 'mark INC-0008 resolved', expect: 'sla resolve INC-0008' },
  { role: 'support', text: 'log an incident', expect: { incomplete: 'sla log' } },
  {
    role: 'support',
    text: 'nordlicht P2 mpls latency in the south region since 8am',
    expect: `sla log ${NO} P2 mpls latency in the south region started 2026-11-25 08:00`,
  },
  { role: 'risk', text: 'tailspin pen test done today', expect: `risk done ${TA} pentest` },
  { role: 'risk', text: "got coho's soc 2 report yesterday", expect: `risk done ${CO} soc2 on 2026-11-24` },
  {
    role: 'risk',
    text: 'record datos insurance cert received 2026-11-20 evidence: new certificate from the insurer',
    expect: `risk done ${DA} insurance on 2026-11-20 new certificate from the insurer`,
  },
  {
    role: 'risk',
    text: 'add a soc2 check for relecloud every 365 days',
    expect: `risk add ${RE} soc2 every 365 days`,
  },
  { role: 'risk', text: 'stop tracking the pentest for tailspin', expect: `risk remove ${TA} pentest` },
  { role: 'risk', text: 'mark questionnaire done', expect: { incomplete: 'risk done' } },
  {
    role: 'risk',
    text: "proseware's questionnaire came back 2026-11-23",
    expect: `risk done ${PR} questionnaire on 2026-11-23`,
  },

  // Off topic.
  { role: 'contracts', text: 'whats the weather in boston tmrw', expect: 'unknown' },
  { role: 'vendor', text: 'order lunch for the team friday', expect: 'unknown' },
  { role: 'support', text: 'can u translate this email into german', expect: 'unknown' },
  { role: 'risk', text: 'who won the game last night', expect: 'unknown' },
  { role: 'vendor', text: 'tell me a joke', expect: 'unknown' },
]
