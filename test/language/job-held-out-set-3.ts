// Third held-out set written from the job (issue 22), because the first two (job-held-out-set.ts,
// job-held-out-set-2.ts) and the dev set have since been used for tuning and no longer count as
// held out. Written blind on 2026-12-07 by an engineer who had not read the recogniser
// (src/language/, src/parse/), the phrasing sets, the dev set or the lines of the earlier job sets,
// and who never ran the recogniser on these lines: they are written as IT contracts, vendor,
// support and risk managers type them (lower case, typos, abbreviations, possessives, questions
// and imperatives), not from what the code can do. Committed BEFORE any tuning against it; never
// use it to tune (no cue, phrasing or rule may come from here). If a line's expectation is wrong,
// fix it from SPEC.md and data/demo, never from what Tickler answered.
//
// Same register and clock as the first set (test/language/fixture.ts: demo register shifted 328
// days by loadDemo, Wednesday 2026-11-25 10:30 in New York, asker U0NORTH). Facts and every
// expected command were checked by typing the explicit command on that register (`vendor …`,
// `sla show …`, `renewals …`, and each write on a throwaway store); no fact depends on a risk
// check's due date or overdue status, since the demo's evidence dates are about to change.
// Writes follow the canonical proposal form of docs/plain-language.md (quoted vendor, then quoted
// title; times spelt out as dates). `expect` is judged by test/language/answer-score.ts.
import type { JobCase } from './job-held-out-set.ts'

const DATOS = '"Datos São Paulo Serviços"'
const FABRIKAM = '"Fabrikam Networks"'
const HUMONGOUS = '"Humongous Insurance Systems"'
const MARGIES = '"Margie\'s Travel Desk"'
const NORTHWIND = '"Northwind Analytics"'
const SGI = '"Société Générale Informatique"'
const TAILSPIN = '"Tailspin Security"'
const WINGTIP = '"Wingtip Print Services"'
const WOODGROVE = '"Woodgrove Payments"'

export const JOB_HELD_OUT_SET_3: JobCase[] = [
  // Contracts manager: one fact (current terms rolled forward from data/demo's end dates).
  { role: 'contracts', text: 'when does the litware EA expire', expect: { fact: ['2027-09-24'] } },
  {
    role: 'contracts',
    text: 'notice deadline for humongus claims platform?',
    expect: { fact: ['2027-02-23'] },
  },
  {
    role: 'contracts',
    text: 'whats the last day to give notice on the northwind bi licences',
    expect: { fact: ['2027-06-10'] },
  },
  { role: 'contracts', text: 'how long till the sgi mainframe deal ends', expect: { fact: ['364 days'] } },
  {
    role: 'contracts',
    text: 'days left before we have to cancel relecloud?',
    expect: { fact: ['258 days'] },
  },
  { role: 'contracts', text: 'notcie period on the lodz dev team contract', expect: { fact: ['60 days'] } },
  { role: 'contracts', text: 'adatum privileged access renewal date', expect: { fact: ['2027-03-08'] } },
  {
    role: 'contracts',
    text: "when's the cutoff to tell blue yonder we're dropping wms support",
    expect: { fact: ['2027-02-23'] },
  },
  { role: 'contracts', text: 'müller colo racks, when do they auto renew', expect: { fact: ['2027-07-25'] } },
  {
    role: 'contracts',
    text: 'how much notice does alpine need on the laptop lease',
    expect: { fact: ['90 days'] },
  },
  { role: 'contracts', text: 'trey seats expiry?', expect: { fact: ['2027-05-08'] } },
  {
    role: 'contracts',
    text: 'what date does the fabrikam wifi refresh contarct end',
    expect: { fact: ['2027-02-22'] },
  },
  { role: 'contracts', text: 'datos field engineers - when is it up', expect: { fact: ['2027-05-24'] } },

  // Contracts manager: reads with windows and filters.
  { role: 'contracts', text: "what's up for renewal in q1", expect: 'renewals q1' },
  { role: 'contracts', text: 'renwals this qtr', expect: 'renewals this quarter' },
  { role: 'contracts', text: 'saas renewals in the next 6 wks', expect: 'renewals next 6 weeks kind saas' },
  {
    role: 'contracts',
    text: 'anything over 200k renewing by june 30?',
    expect: 'renewals by 2027-06-30 over 200k',
  },
  {
    role: 'contracts',
    text: 'outsourcing contracts expiring by eoy',
    expect: 'renewals eoy kind outsourcing',
  },
  {
    role: 'contracts',
    text: 'hardware contracts with deadlines in the next 3 months',
    expect: 'renewals next 3 months kind hardware',
  },
  { role: 'contracts', text: 'show me licence renewals q2', expect: 'renewals q2 kind licence' },
  { role: 'contracts', text: 'which contracts have notice dates next month', expect: 'renewals next month' },
  { role: 'contracts', text: 'renewals over €100k this yr', expect: 'renewals this year over 100k EUR' },
  { role: 'contracts', text: 'deals coming up in 45 days', expect: 'renewals 45 days' },

  // Contracts manager: writes in words (ending one proposes its current term end).
  {
    role: 'contracts',
    text: "we're not renewing margie's travel booking, please cancel it",
    expect: `contract end ${MARGIES} "Travel booking" on 2027-01-22`,
  },
  {
    role: 'contracts',
    text: 'humongous renewal signed for the claims platform, runs to 2028-05-24 at $182,000 a year',
    expect: `contract renew ${HUMONGOUS} "Claims platform" end 2028-05-24 value 182000 USD`,
  },
  {
    role: 'contracts',
    text: 'northwind bi licences renewed to 2028-07-25, 58k, 60 days notice',
    expect: `contract renew ${NORTHWIND} "BI platform licences" end 2028-07-25 value 58000 GBP notice 60 days`,
  },
  {
    role: 'contracts',
    text: 'terminate the wingtip managed print contract',
    expect: `contract end ${WINGTIP} "Managed print" on 2026-12-25`,
  },
  {
    role: 'contracts',
    text: 'trey research seats got renewed, new end date 2028-05-08',
    expect: 'contract renew "Trey Research Labs" "Test automation seats" end 2028-05-08',
  },
  {
    role: 'contracts',
    text: 'we gave fabrikam notice on the core switch maintenance, let it lapse at term end',
    expect: `contract end ${FABRIKAM} "Core switch maintenance" on 2027-01-22`,
  },
  {
    role: 'contracts',
    text: 'we renewed the alpine desktop maintenance',
    expect: { incomplete: 'contract renew' },
  },
  { role: 'contracts', text: 'can you draft an NDA for a new supplier', expect: 'unknown' },

  // Vendor manager: one fact.
  { role: 'vendor', text: 'who owns nordlict', expect: { fact: ['U0SOUTH'] } },
  { role: 'vendor', text: 'whos the owner for vanarsdel', expect: { fact: ['U0NORTH'] } },
  { role: 'vendor', text: 'contact email for alpine ski?', expect: { fact: ['orders@alpine.example'] } },
  { role: 'vendor', text: 'who do we talk to at litware', expect: { fact: ['licensing@litware.example'] } },
  {
    role: 'vendor',
    text: "who's our contact at müller",
    expect: { fact: ['vertrieb@mueller-soehne.example'] },
  },
  { role: 'vendor', text: 'owner of fourth coffee?', expect: { fact: ['facilities@example.com'] } },
  { role: 'vendor', text: 'who looks after blue yonder on our side', expect: { fact: ['U0EAST'] } },
  {
    role: 'vendor',
    text: 'account contact for northwind analytics',
    expect: { fact: ['sales@northwind.example'] },
  },
  { role: 'vendor', text: 'notice period for tailspin edr', expect: { fact: ['90 days'] } },
  { role: 'vendor', text: 'when does our agreement with lsh finish', expect: { fact: ['2027-11-24'] } },
  // The retainer has its own owner (U0EAST), not Tailspin's (U0NORTH).
  { role: 'vendor', text: 'who owns the tailspin IR retainer', expect: { fact: ['U0EAST'] } },
  { role: 'vendor', text: "proseware's notice deadline?", expect: { fact: ['2026-12-24'] } },
  { role: 'vendor', text: 'who owns woodgrove internally', expect: { fact: ['U0EAST'] } },

  // Vendor manager: reads with windows and filters.
  { role: 'vendor', text: 'list all critical vendors', expect: 'vendors tier critical' },
  { role: 'vendor', text: 'vendors owned by U0EAST', expect: 'vendors owner U0EAST' },
  { role: 'vendor', text: 'renewals for my vendors next qtr', expect: 'renewals next quarter owner me' },
  {
    role: 'vendor',
    text: 'critical vendor renewals by end of march',
    expect: 'renewals by 2027-03-31 tier critical',
  },
  { role: 'vendor', text: 'pull up the datos card', expect: `vendor ${DATOS}` },
  { role: 'vendor', text: 'high tier renewals in the next 60 days', expect: 'renewals 60 days tier high' },
  { role: 'vendor', text: "what's been changed on fabrikam's record", expect: `history ${FABRIKAM}` },
  { role: 'vendor', text: 'which vendors does U0WEST own', expect: 'vendors owner U0WEST' },
  { role: 'vendor', text: 'low tier suppliers', expect: 'vendors tier low' },
  {
    role: 'vendor',
    text: 'what has U0SOUTH got renewing this month',
    expect: 'renewals this month owner U0SOUTH',
  },

  // Vendor manager: writes in words.
  {
    role: 'vendor',
    text: 'bump relecloud to high tier',
    expect: 'vendor edit "Relecloud Monitoring" tier high',
  },
  { role: 'vendor', text: "change wingtip's owner to U0WEST", expect: `vendor edit ${WINGTIP} owner U0WEST` },
  {
    role: 'vendor',
    text: 'remove lucerne from the register, we dont use them anymore',
    expect: 'vendor remove "Lucerne Publishing Tools"',
  },
  {
    role: 'vendor',
    text: 'northwind should be critical tier now',
    expect: `vendor edit ${NORTHWIND} tier critical`,
  },
  {
    role: 'vendor',
    text: "we won't be renewing vanarsdel's rugged tablets",
    expect: 'contract end "VanArsdel Devices" "Rugged tablets" on 2027-08-24',
  },
  {
    role: 'vendor',
    text: 'make U0NORTH the owner of humongous',
    expect: `vendor edit ${HUMONGOUS} owner U0NORTH`,
  },
  { role: 'vendor', text: 'book me a flight to chicago for the vendor summit', expect: 'unknown' },

  // Support manager: one fact (incidents numbered in incidents.csv order).
  { role: 'support', text: 'is INC-0009 fixed yet', expect: { fact: ['open'] } },
  { role: 'support', text: 'did nordlicht breach on inc-0005?', expect: { fact: ['breached'] } },
  { role: 'support', text: 'has INC-0007 been closed out', expect: { fact: ['resolved'] } },
  { role: 'support', text: 'was the sla met on INC-0003', expect: { fact: ['met'] } },
  { role: 'support', text: 'is inc-0008 still open?', expect: { fact: ['open'] } },
  { role: 'support', text: 'did datos miss the sla on INC-0006', expect: { fact: ['breached'] } },
  { role: 'support', text: 'INC-0001 status?', expect: { fact: ['resolved'] } },
  { role: 'support', text: 'has anyone responded to INC-0009', expect: { fact: ['open', 'breached'] } },
  { role: 'support', text: 'is inc-0010 resolved', expect: { fact: ['open'] } },
  { role: 'support', text: 'did adatum hit its targets on INC-0004', expect: { fact: ['resolved', 'met'] } },
  { role: 'support', text: 'coho support contact?', expect: { fact: ['support@coho.example'] } },
  // Response late (55 min against 30), resolution in time.
  { role: 'support', text: 'did INC-0002 breach', expect: { fact: ['breached'] } },
  { role: 'support', text: 'who owns datos, need to escalate', expect: { fact: ['U0SOUTH'] } },

  // Support manager: reads with windows and periods.
  { role: 'support', text: 'any tickets still open with vendors?', expect: 'sla open' },
  {
    role: 'support',
    text: 'how did nordlicht do against sla last month',
    expect: 'sla report "Nordlicht Telekom" last month',
  },
  {
    role: 'support',
    text: 'contoso sla performance for october',
    expect: 'sla report "Contoso Cloud Services" october',
  },
  { role: 'support', text: 'credits we havent claimed yet', expect: 'sla claims' },
  { role: 'support', text: "what are woodgrove's sla targets", expect: `sla targets ${WOODGROVE}` },
  { role: 'support', text: 'datos sla report for q3', expect: `sla report ${DATOS} q3` },
  {
    role: 'support',
    text: 'unclaimed service credits with deadlines in the next 60 days',
    expect: 'sla claims 60 days',
  },
  {
    role: 'support',
    text: 'response and resolution times for the sgi mainframe',
    expect: `sla targets ${SGI}`,
  },
  {
    role: 'support',
    text: 'proseware sla numbers this month',
    expect: 'sla report "Proseware HR" this month',
  },
  { role: 'support', text: 'which vendor incidents are breaching right now', expect: 'sla open' },

  // Support manager: writes in words (times today, in New York).
  {
    role: 'support',
    text: 'log a p2 against datos: ticket portal timing out for brazil users since 8:15',
    expect: `sla log ${DATOS} P2 ticket portal timing out for brazil users started 2026-11-25 08:15`,
  },
  {
    role: 'support',
    text: 'open a P1 with woodgrove: refunds failing for all merchants since 9:40',
    expect: `sla log ${WOODGROVE} P1 refunds failing for all merchants started 2026-11-25 09:40`,
  },
  {
    role: 'support',
    text: 'coho finally picked up INC-0009 at 9:55',
    expect: 'sla respond INC-0009 at 2026-11-25 09:55',
  },
  {
    role: 'support',
    text: 'INC-0008 is fixed, payslips went out at 10:05',
    expect: 'sla resolve INC-0008 at 2026-11-25 10:05',
  },
  {
    role: 'support',
    text: 'mark inc-0010 resolved as of 10:20',
    expect: 'sla resolve INC-0010 at 2026-11-25 10:20',
  },
  {
    role: 'support',
    text: 'raise a sev2 with sgi: ledger batch still running since 5:10',
    expect: `sla log ${SGI} P2 ledger batch still running started 2026-11-25 05:10`,
  },
  { role: 'support', text: 'log an incident for fabrikam', expect: { incomplete: 'sla log' } },
  { role: 'support', text: 'need to log a P3', expect: { incomplete: 'sla log' } },
  { role: 'support', text: 'reset my vpn password', expect: 'unknown' },

  // Risk manager: one fact. Only the check's name and vendor, never its due date or status.
  { role: 'risk', text: "is proseware's soc 2 current", expect: { fact: ['SOC 2', 'Proseware'] } },
  {
    role: 'risk',
    text: 'woodgrve insurance cert up to date?',
    expect: { fact: ['Insurance certificate', 'Woodgrove'] },
  },
  { role: 'risk', text: "has SGI's soc1 lapsed", expect: { fact: ['SOC 1'] } },
  {
    role: 'risk',
    text: 'datos security questionnaire still valid?',
    expect: { fact: ['Security questionnaire'] },
  },
  {
    role: 'risk',
    text: "is contoso's adverse media screening current",
    expect: { fact: ['Adverse media review'] },
  },
  { role: 'risk', text: 'is the sgi financial review current', expect: { fact: ['Financial review'] } },
  { role: 'risk', text: "is tailspin's pen test still in date", expect: { fact: ['pentest'] } },
  { role: 'risk', text: "who's the risk owner for sgi", expect: { fact: ['U0SOUTH'] } },
  { role: 'risk', text: "is woodgrove's pci dss current", expect: { fact: ['PCI DSS'] } },
  { role: 'risk', text: 'who owns proseware? their payroll data is in scope', expect: { fact: ['U0NORTH'] } },

  // Risk manager: reads with windows and filters.
  { role: 'risk', text: 'risk reveiws due in the next 2 weeks', expect: 'risk due next 2 weeks' },
  { role: 'risk', text: 'what checks are due this qtr', expect: 'risk due this quarter' },
  { role: 'risk', text: 'vendor assessments coming due by eoy', expect: 'risk due eoy' },
  { role: 'risk', text: "list tailspin's risk checks", expect: `risk list ${TAILSPIN}` },
  { role: 'risk', text: 'what do we track for woodgrove, risk-wise', expect: `risk list ${WOODGROVE}` },
  { role: 'risk', text: 'renewals next qtr w/ lapsed evidence', expect: 'renewals next quarter lapsed' },
  { role: 'risk', text: 'due diligence due next month', expect: 'risk due next month' },
  { role: 'risk', text: 'which vendor reviews fall due in q1', expect: 'risk due q1' },
  { role: 'risk', text: 'show high tier vendors', expect: 'vendors tier high' },
  { role: 'risk', text: 'upcoming risk checks, 60 days out', expect: 'risk due 60 days' },

  // Risk manager: writes in words (dates this week, later than any evidence already recorded).
  {
    role: 'risk',
    text: "proseware's security questionnaire came back yesterday",
    expect: 'risk done "Proseware HR" questionnaire on 2026-11-24',
  },
  {
    role: 'risk',
    text: "got datos's insurance certificate on nov 23",
    expect: `risk done ${DATOS} insurance on 2026-11-23`,
  },
  { role: 'risk', text: 'sgi soc 1 report received 11/24', expect: `risk done ${SGI} soc1 on 2026-11-24` },
  {
    role: 'risk',
    text: 'add a pen test check for woodgrove every 180 days',
    expect: `risk add ${WOODGROVE} pentest every 180 days`,
  },
  {
    role: 'risk',
    text: "stop tracking adverse media for margie's",
    expect: `risk remove ${MARGIES} adverse_media`,
  },
  {
    role: 'risk',
    text: "woodgrove's PCI DSS attestation came in nov 23",
    expect: `risk done ${WOODGROVE} pci_dss on 2026-11-23`,
  },
  {
    role: 'risk',
    text: 'tailspin soc2 should be checked every 120 days',
    expect: `risk add ${TAILSPIN} soc2 every 120 days`,
  },
  { role: 'risk', text: 'mark the soc2 as done', expect: { incomplete: 'risk done' } },
  { role: 'risk', text: "what's the gdpr fine for a data breach", expect: 'unknown' },
]
