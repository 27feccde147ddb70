// Job held-out set 8 for issue 22, written by an engineer for issue 22 (set 8) on 2026-12-07: 119
// lines as IT contracts, vendor, support and risk managers type them, leaning to contracts and
// vendor managers in renewal season (notice letters, budgets, owners, tiers): lower case, typos,
// abbreviations, possessives, questions and imperatives. Written BLIND, before any tuning on it:
// its writer read no recogniser code and never ran a plain-language line, only the explicit
// commands the lines expect. Its first (blind) score is the held-out figure; once the lead has
// recorded that score it is used as a development set, and no longer counts as held out.
// Same register and clock as the other job sets (test/language/fixture.ts: demo register shifted
// to Wednesday 2026-11-25 10:30 New York, asker U0NORTH); facts are read off the explicit
// commands' answers there (current terms rolled forward). No expectation depends on a risk
// check's due date or overdue status.
import type { JobCase } from './job-held-out-set.ts'

const ADATUM = '"Adatum Identity"'
const ALPINE = '"Alpine Ski Hardware"'
const BLUE = '"Blue Yonder Logistics Systems"'
const COHO = '"Coho Backup"'
const CONTOSO = '"Contoso Cloud Services"'
const DATOS = '"Datos São Paulo Serviços"'
const HUMONGOUS = '"Humongous Insurance Systems"'
const LITWARE = '"Litware Office Suite"'
const MARGIES = `"Margie's Travel Desk"`
const MULLER = '"Müller & Söhne Rechenzentrum"'
const NORDLICHT = '"Nordlicht Telekom"'
const NORTHWIND = '"Northwind Analytics"'
const RELECLOUD = '"Relecloud Monitoring"'
const SGI = '"Société Générale Informatique"'
const TAILSPIN = '"Tailspin Security"'
const WOODGROVE = '"Woodgrove Payments"'

export const JOB_HELD_OUT_SET_8: JobCase[] = [
  // One fact, answered first: a contract's end, notice deadline, days left, notice period.
  { role: 'contracts', text: 'when does the litware EA end?', expect: { fact: ['2027-09-24'] } },
  {
    role: 'contracts',
    text: 'whens the notice deadline on SGI mainframe outsourcing',
    expect: { fact: ['2027-05-28'] },
  },
  {
    role: 'contracts',
    text: 'how many days left on the nordlicht mpls contract',
    expect: { fact: ['58 days'] },
  },
  { role: 'contracts', text: 'notice period for müller colocation racks?', expect: { fact: ['180 days'] } },
  {
    role: 'contracts',
    text: 'when do we have to give notice to humongous',
    expect: { fact: ['2027-02-23'] },
  },
  { role: 'contracts', text: "last day to cancel proseware's contract?", expect: { fact: ['2026-12-24'] } },
  { role: 'contracts', text: "when's the margies travel desk contract up", expect: { fact: ['2027-01-22'] } },
  { role: 'contracts', text: 'when does the alpine laptop lease expire', expect: { fact: ['2027-12-25'] } },
  {
    role: 'contracts',
    text: 'days left to give notice on the adatum privileged access contract?',
    expect: { fact: ['73 days'] },
  },
  {
    role: 'contracts',
    text: 'whats the notice period on the woodgrove fraud screening contract',
    expect: { fact: ['60 days'] },
  },
  { role: 'vendor', text: "relecloud's contract end date?", expect: { fact: ['2027-09-24'] } },
  {
    role: 'contracts',
    text: 'when is the blue yonder warehouse mgmt contract up',
    expect: { fact: ['2027-04-24'] },
  },
  {
    role: 'contracts',
    text: 'how much notice do we owe lodz on the dev team contract',
    expect: { fact: ['60 days'] },
  },
  { role: 'contracts', text: 'vanarsdel rugged tablets end date', expect: { fact: ['2027-08-24'] } },
  { role: 'contracts', text: 'coho backup saas notice cutoff?', expect: { fact: ['2027-08-25'] } },
  {
    role: 'contracts',
    text: 'how many days till the tailspin edr notice deadline',
    expect: { fact: ['182 days'] },
  },
  { role: 'vendor', text: 'trey seats - when do they expire?', expect: { fact: ['2027-05-08'] } },
  { role: 'vendor', text: "when does fourth coffee's room booking end", expect: { fact: ['2027-06-24'] } },
  {
    role: 'contracts',
    text: 'notice deadline for contoso premier support',
    expect: { fact: ['2027-04-24'] },
  },
  { role: 'contracts', text: "what's the notice on northwind bi licences", expect: { fact: ['45 days'] } },
  {
    role: 'contracts',
    text: 'when does the contoso hosting contract renew',
    expect: { fact: ['2027-02-22'] },
  },
  { role: 'contracts', text: 'days left on wingtip managed print?', expect: { fact: ['0 days'] } },
  { role: 'vendor', text: 'gdi font licences notice period', expect: { fact: ['60 days'] } },
  // One fact: a vendor's or contract's owner, the contact.
  { role: 'vendor', text: 'who owns the datos relationship', expect: { fact: ['U0SOUTH'] } },
  { role: 'vendor', text: 'whos the owner for blue yonder', expect: { fact: ['U0EAST'] } },
  { role: 'vendor', text: "who's responsible for vanarsdel?", expect: { fact: ['U0NORTH'] } },
  { role: 'vendor', text: 'contact at nordlicht?', expect: { fact: ['b2b@nordlicht.example'] } },
  {
    role: 'contracts',
    text: 'who do we email at litware about licensing',
    expect: { fact: ['licensing@litware.example'] },
  },
  {
    role: 'vendor',
    text: 'who is our account contact at müller & söhne',
    expect: { fact: ['vertrieb@mueller-soehne.example'] },
  },
  { role: 'vendor', text: 'who is the sgi contact', expect: { fact: ['contrats@sgi.example'] } },
  { role: 'vendor', text: 'who owns alpine?', expect: { fact: ['U0EAST'] } },
  {
    role: 'vendor',
    text: "what's the contact email for adatum",
    expect: { fact: ['success@adatum.example'] },
  },
  {
    role: 'contracts',
    text: 'who owns the tailspin incident response retainer',
    expect: { fact: ['U0EAST'] },
  },
  // One fact: an incident's status, met or breached.
  { role: 'support', text: 'is INC-0009 resolved yet', expect: { fact: ['INC-0009', 'open'] } },
  { role: 'support', text: 'did inc-0005 breach?', expect: { fact: ['INC-0005', 'breached'] } },
  { role: 'support', text: 'did adatum meet the sla on INC-0004', expect: { fact: ['INC-0004', 'met'] } },
  { role: 'support', text: 'status of INC-0010?', expect: { fact: ['INC-0010', 'open'] } },
  { role: 'support', text: 'was INC-0001 resolved', expect: { fact: ['INC-0001', 'resolved'] } },
  { role: 'support', text: 'has INC-0008 been fixed', expect: { fact: ['INC-0008', 'open'] } },
  { role: 'support', text: 'did woodgrove breach on INC-0007', expect: { fact: ['INC-0007', 'met'] } },
  // One fact: a check's status, judged only by the check it names (its state depends on dates).
  { role: 'risk', text: "is tailspin's soc2 current?", expect: { fact: ['Tailspin', 'SOC 2'] } },
  {
    role: 'risk',
    text: "is litware's insurance cert up to date",
    expect: { fact: ['Litware', 'insurance'] },
  },
  { role: 'risk', text: 'woodgrove pci dss status?', expect: { fact: ['Woodgrove', 'pci dss'] } },
  { role: 'risk', text: "is müller's iso27001 still valid", expect: { fact: ['Müller', 'iso27001'] } },
  {
    role: 'risk',
    text: 'is the adatum security questionnaire current',
    expect: { fact: ['Adatum', 'questionnaire'] },
  },

  // Reads with the windows of SPEC §3 and the filters of SPEC §13.
  { role: 'contracts', text: "what's coming up for renewal this qtr", expect: 'renewals this quarter' },
  { role: 'contracts', text: 'critical renewals in q1?', expect: 'renewals q1 tier critical' },
  { role: 'contracts', text: 'anything renewing in the next 6 weeks', expect: 'renewals next 6 weeks' },
  { role: 'contracts', text: 'renewls by eoy pls', expect: 'renewals eoy' },
  {
    role: 'contracts',
    text: 'show me everything over 250k up for renewal next year',
    expect: 'renewals next year over 250k',
  },
  {
    role: 'contracts',
    text: 'what do i own that renews in the next 60 days',
    expect: 'renewals next 60 days owner me',
  },
  { role: 'contracts', text: 'saas renewals next quarter', expect: 'renewals next quarter kind saas' },
  {
    role: 'contracts',
    text: 'hardware contracts up for renewal by march 31',
    expect: 'renewals by 2027-03-31 kind hardware',
  },
  { role: 'contracts', text: 'outsourcing deals renewing in q2', expect: 'renewals q2 kind outsourcing' },
  { role: 'contracts', text: 'any renewals over 1m coming up?', expect: 'renewals over 1m' },
  {
    role: 'vendor',
    text: 'high tier renewals in the next 4 months',
    expect: 'renewals next 4 months tier high',
  },
  {
    role: 'risk',
    text: 'which renewals have lapsed evidence this quarter',
    expect: 'renewals this quarter lapsed',
  },
  {
    role: 'contracts',
    text: 'eur contracts over 200k renewing in the next 9 months',
    expect: 'renewals next 9 months over 200000 EUR',
  },
  { role: 'contracts', text: 'notice deadlines this wk?', expect: 'renewals this week' },
  { role: 'vendor', text: "U0EAST's renewals next qtr", expect: 'renewals next quarter owner U0EAST' },
  {
    role: 'contracts',
    text: 'support contracts renewing over the next 120 days',
    expect: 'renewals 120 days kind support',
  },
  {
    role: 'contracts',
    text: 'licence renewals in the next 6 months',
    expect: 'renewals next 6 months kind licence',
  },
  {
    role: 'contracts',
    text: 'renewals worth more than 50k before feb 1 2027',
    expect: 'renewals before 2027-02-01 over 50k',
  },
  {
    role: 'risk',
    text: 'any critical vendor renewals w lapsed evidence?',
    expect: 'renewals tier critical lapsed',
  },
  { role: 'contracts', text: 'renewals until jan 31', expect: 'renewals by 2027-01-31' },
  { role: 'vendor', text: 'list all critical vendors', expect: 'vendors tier critical' },
  { role: 'vendor', text: 'which vendors does U0SOUTH own', expect: 'vendors owner U0SOUTH' },
  { role: 'vendor', text: 'show me my vendors', expect: 'vendors owner me' },
  { role: 'vendor', text: 'low tier vendors?', expect: 'vendors tier low' },
  { role: 'vendor', text: 'full rundown on fabrikam', expect: 'vendor "Fabrikam Networks"' },
  { role: 'vendor', text: "what's on the agenda this week", expect: 'agenda' },
  { role: 'support', text: 'open tickets with vendors rn?', expect: 'sla open' },
  {
    role: 'support',
    text: "how's woodgrove tracking against sla this month",
    expect: `sla report ${WOODGROVE} this month`,
  },
  { role: 'support', text: 'contoso sla numbers for last month', expect: `sla report ${CONTOSO} last month` },
  { role: 'support', text: "what service credits haven't we claimed yet", expect: 'sla claims' },
  { role: 'support', text: 'nordlicht sla report for q4', expect: `sla report ${NORDLICHT} Q4` },
  { role: 'support', text: "what are datos's sla targets", expect: `sla targets ${DATOS}` },
  { role: 'support', text: 'unclaimed credits expiring in the next 30 days', expect: 'sla claims 30 days' },
  { role: 'risk', text: 'risk reviews due in the next 60 days', expect: 'risk due 60 days' },
  { role: 'risk', text: 'which checks are due this qtr', expect: 'risk due this quarter' },
  { role: 'risk', text: 'vendor assessments due by eoy', expect: 'risk due eoy' },
  { role: 'risk', text: "show me adatum's risk checks", expect: `risk list ${ADATUM}` },
  { role: 'risk', text: 'what checks come due in q1', expect: 'risk due q1' },
  { role: 'risk', text: 'checks due next month?', expect: 'risk due next month' },
  { role: 'vendor', text: 'who changed what on coho lately', expect: `history ${COHO}` },

  // Writes in words: every value the user gives is in the expected command.
  {
    role: 'support',
    text: 'woodgrove p2 - refunds stuck in pending since 8:40',
    expect: `sla log ${WOODGROVE} P2 refunds stuck in pending started 2026-11-25 08:40`,
  },
  {
    role: 'support',
    text: 'sev 1 for tailspin: endpoint console unreachable since 7am',
    expect: `sla log ${TAILSPIN} P1 endpoint console unreachable started 2026-11-25 07:00`,
  },
  {
    role: 'support',
    text: 'raise a p3 w/ northwind, reports slow to refresh',
    expect: `sla log ${NORTHWIND} P3 reports slow to refresh`,
  },
  {
    role: 'support',
    text: 'log a P1 for SGI, mainframe batch abended, started 6:20 this morning',
    expect: `sla log ${SGI} P1 mainframe batch abended started 2026-11-25 06:20`,
  },
  {
    role: 'support',
    text: 'adatum p2: mfa push notifications delayed for remote staff',
    expect: `sla log ${ADATUM} P2 mfa push notifications delayed for remote staff`,
  },
  {
    role: 'support',
    text: 'coho responded to INC-0009 at 10:05',
    expect: 'sla respond INC-0009 at 2026-11-25 10:05',
  },
  {
    role: 'support',
    text: 'mark inc-0010 resolved as of 9:50',
    expect: 'sla resolve INC-0010 at 2026-11-25 09:50',
  },
  {
    role: 'support',
    text: 'INC-0008 was fixed yesterday at 4pm',
    expect: 'sla resolve INC-0008 at 2026-11-24 16:00',
  },
  {
    role: 'risk',
    text: "got tailspin's soc 2 report today",
    expect: `risk done ${TAILSPIN} soc2 on 2026-11-25`,
  },
  {
    role: 'risk',
    text: "woodgrove's PCI DSS attestation came in on 2026-11-20",
    expect: `risk done ${WOODGROVE} pci_dss on 2026-11-20`,
  },
  {
    role: 'risk',
    text: 'record the coho insurance certificate as done on 2026-11-23, note: renewed to 2027-11-30',
    expect: `risk done ${COHO} insurance on 2026-11-23 renewed to 2027-11-30`,
  },
  {
    role: 'risk',
    text: 'add a pen test for adatum every 365 days',
    expect: `risk add ${ADATUM} pentest every 365 days`,
  },
  {
    role: 'risk',
    text: "we don't need the security questionnaire for relecloud anymore, remove it",
    expect: `risk remove ${RELECLOUD} questionnaire`,
  },
  {
    role: 'risk',
    text: 'müller sent their ISO 27001 cert today, mark it done',
    expect: `risk done ${MULLER} iso27001 on 2026-11-25`,
  },
  {
    role: 'contracts',
    text: 'we renewed the litware enterprise agreement to 2028-10-31 at 395k',
    expect: `contract renew ${LITWARE} "Enterprise agreement" end 2028-10-31 value 395000 USD`,
  },
  {
    role: 'contracts',
    text: 'signed the nordlicht mobile fleet renewal through 2028-09-30, 61,500 eur, notice 90 days',
    expect: `contract renew ${NORDLICHT} "Mobile fleet" end 2028-09-30 value 61500 EUR notice 90 days`,
  },
  {
    role: 'contracts',
    text: 'renewed humongous claims platform thru 2028-05-24 for $182k',
    expect: `contract renew ${HUMONGOUS} "Claims platform" end 2028-05-24 value 182000 USD`,
  },
  {
    role: 'contracts',
    text: "renew margie's travel desk until 2028-01-22",
    expect: `contract renew ${MARGIES} end 2028-01-22`,
  },
  {
    role: 'contracts',
    text: 'we cancelled the alpine desktop maintenance contract',
    expect: `contract end ${ALPINE} "Desktop maintenance" on 2027-02-22`,
  },
  {
    role: 'contracts',
    text: "we're not renewing blue yonder's wms support, let it lapse",
    expect: `contract end ${BLUE} "WMS support" on 2027-04-24`,
  },
  {
    role: 'contracts',
    text: 'end the sgi print and mail room contract',
    expect: `contract end ${SGI} "Print and mail room" on 2026-12-25`,
  },
  {
    role: 'vendor',
    text: "change northwind's owner to U0SOUTH",
    expect: `vendor edit ${NORTHWIND} owner U0SOUTH`,
  },
  { role: 'vendor', text: 'bump relecloud up to high tier', expect: `vendor edit ${RELECLOUD} tier high` },
  {
    role: 'vendor',
    text: 'set the contact email for humongous to claims-it@humongous.example',
    expect: `vendor edit ${HUMONGOUS} email claims-it@humongous.example`,
  },
  {
    role: 'support',
    text: 'claim the october credit from contoso, ref CCS-20931',
    expect: `sla claim ${CONTOSO} october ref CCS-20931`,
  },
  // Writes that are incomplete: nothing can be proposed without a guess.
  { role: 'support', text: 'log an incident for contoso', expect: { incomplete: 'sla log' } },
  { role: 'risk', text: 'mark the soc2 as done', expect: { incomplete: 'risk done' } },
  { role: 'contracts', text: 'we renewed fabrikam', expect: { incomplete: 'contract renew' } },
  { role: 'support', text: 'pls resolve the incident', expect: { incomplete: 'sla resolve' } },

  // Off topic.
  { role: 'contracts', text: "what's the weather in nyc tmrw", expect: 'unknown' },
  { role: 'vendor', text: 'book me a flight to lisbon for the vendor summit', expect: 'unknown' },
  { role: 'support', text: 'tell me a joke', expect: 'unknown' },
  { role: 'risk', text: 'who won the game last night', expect: 'unknown' },
  { role: 'contracts', text: 'translate this paragraph into german', expect: 'unknown' },
]
