// Held-out set 12 for issue 22: the FINAL measure. Written blind on 2026-12-07 by an engineer for
// issue 22 (set 12) who had not read the recogniser (src/language/, src/parse/), the phrasing or
// dev sets, or any earlier held-out set's lines, and who never ran the recogniser on these lines:
// they are written as IT contracts, vendor, support and risk managers type them in a working week
// (lower case, typos, abbreviations, possessives, questions with and without a question mark,
// requests and statements of what happened), not from what the code can do. Committed BEFORE any
// tuning against it. It is NEVER used for tuning (no cue, phrasing or rule may come from here) and
// is scored once, by the lead, at the end. If a line's expectation is wrong, fix it from SPEC.md
// and data/demo, never from what Tickler answered.
//
// Same register and clock as the first set (test/language/fixture.ts: demo register shifted 328
// days by loadDemo, Wednesday 2026-11-25 10:30 in New York, asker U0NORTH). Facts were read from
// explicit commands (`vendor …`, `risk list …`, `sla report …`) on that register; none depends on
// a risk check's due date or overdue status. Every expected read and write was typed explicitly
// on a throwaway copy of that register and accepted. `expect` is judged by
// test/language/answer-score.ts: the exact command understood or proposed, 'unknown', 'unsure',
// `{ incomplete }`, or `{ fact }` pieces that must all be on the reply's first line.
import type { JobCase } from './job-held-out-set.ts'

const CONTOSO = '"Contoso Cloud Services"'
const SGI = '"Société Générale Informatique"'
const FABRIKAM = '"Fabrikam Networks"'
const NORTHWIND = '"Northwind Analytics"'
const TAILSPIN = '"Tailspin Security"'
const ADATUM = '"Adatum Identity"'
const WINGTIP = '"Wingtip Print Services"'
const PROSEWARE = '"Proseware HR"'
const BLUE_YONDER = '"Blue Yonder Logistics Systems"'
const MULLER = '"Müller & Söhne Rechenzentrum"'
const NORDLICHT = '"Nordlicht Telekom"'
const COHO = '"Coho Backup"'
const LUCERNE = '"Lucerne Publishing Tools"'
const MARGIES = `"Margie's Travel Desk"`
const TREY = '"Trey Research Labs"'
const DATOS = '"Datos São Paulo Serviços"'
const WOODGROVE = '"Woodgrove Payments"'
const RELECLOUD = '"Relecloud Monitoring"'
const VANARSDEL = '"VanArsdel Devices"'

export const JOB_HELD_OUT_SET_12: JobCase[] = [
  // One fact, answered first: contract dates, days left and notice periods (current terms).
  {
    role: 'contracts',
    text: 'when does the contoso cloud hosting contract end',
    expect: { fact: ['2027-02-22'] },
  },
  {
    role: 'contracts',
    text: 'notice deadline for woodgrove fraud screening?',
    expect: { fact: ['2027-09-25'] },
  },
  {
    role: 'contracts',
    text: 'how many days left on the blue yonder warehouse contract',
    expect: { fact: ['30 days'] },
  },
  { role: 'contracts', text: 'whens the SGI mainframe deal up', expect: { fact: ['2027-11-24'] } },
  { role: 'contracts', text: 'notice period on litware?', expect: { fact: ['90 days'] } },
  {
    role: 'contracts',
    text: "what's the notice period for müller colocation racks",
    expect: { fact: ['180 days'] },
  },
  {
    role: 'contracts',
    text: 'when do we have to give notice on adatum privileged access?',
    expect: { fact: ['2027-02-06'] },
  },
  { role: 'contracts', text: 'lodz dev team contract end date', expect: { fact: ['2027-11-24'] } },
  { role: 'contracts', text: 'days left on northwind BI licences', expect: { fact: ['197 days'] } },
  { role: 'contracts', text: 'when does our alpine laptop lease expire?', expect: { fact: ['2027-12-25'] } },
  {
    role: 'contracts',
    text: 'last day to cancel trey research test automation seats',
    expect: { fact: ['2027-04-08'] },
  },
  { role: 'contracts', text: 'when is the proseware notice cutoff', expect: { fact: ['2026-12-24'] } },
  {
    role: 'contracts',
    text: 'days left before the GDI fonts notice deadline?',
    expect: { fact: ['304 days'] },
  },
  {
    role: 'contracts',
    text: 'when does the vanarsdel rugged tablets contract finish',
    expect: { fact: ['2027-08-24'] },
  },
  { role: 'contracts', text: "what's the notice on relecloud", expect: { fact: ['45 days'] } },
  {
    role: 'vendor',
    text: 'how many days till the notice date on the humongous claims platform',
    expect: { fact: ['90 days'] },
  },
  {
    role: 'vendor',
    text: 'when does the müller cross connects contract end?',
    expect: { fact: ['2027-07-25'] },
  },
  {
    role: 'vendor',
    text: 'what is the notice period on the nordlicht mobile fleet contract',
    expect: { fact: ['60 days'] },
  },
  { role: 'vendor', text: 'when does the coho backup saas renew', expect: { fact: ['2027-10-24'] } },
  { role: 'risk', text: 'notice period for proseware?', expect: { fact: ['90 days'] } },
  { role: 'risk', text: 'coho backup appliances notice period', expect: { fact: ['90 days'] } },

  // One fact: owners and contacts.
  { role: 'vendor', text: 'who owns humongous', expect: { fact: ['U0SOUTH'] } },
  { role: 'vendor', text: "who's the contact at nordlicht?", expect: { fact: ['b2b@nordlicht.example'] } },
  { role: 'vendor', text: 'who is the vendor owner for blue yonder?', expect: { fact: ['U0EAST'] } },
  { role: 'vendor', text: 'contact email for litware', expect: { fact: ['licensing@litware.example'] } },
  { role: 'vendor', text: 'whose vendor is Fourth Coffee', expect: { fact: ['facilities@example.com'] } },
  { role: 'vendor', text: 'who do I email at Datos?', expect: { fact: ['contratos@datos-sp.example'] } },
  {
    role: 'support',
    text: 'owner of the tailspin incident response retainer',
    expect: { fact: ['U0EAST'] },
  },
  { role: 'vendor', text: 'who manages northwind', expect: { fact: ['U0WEST'] } },
  {
    role: 'vendor',
    text: "who's our account contact at Müller",
    expect: { fact: ['vertrieb@mueller-soehne.example'] },
  },
  { role: 'vendor', text: 'who owns adatum identity?', expect: { fact: ['U0EAST'] } },
  { role: 'vendor', text: "who's our contact at alpine ski", expect: { fact: ['orders@alpine.example'] } },
  { role: 'vendor', text: 'who owns GDI', expect: { fact: ['U0SOUTH'] } },
  { role: 'vendor', text: "who's the owner for relecloud?", expect: { fact: ['U0WEST'] } },
  { role: 'support', text: 'coho contact?', expect: { fact: ['support@coho.example'] } },
  { role: 'risk', text: 'who owns proseware, need them for the DPA review', expect: { fact: ['U0NORTH'] } },
  {
    role: 'support',
    text: "what's woodgrove's support contact",
    expect: { fact: ['partners@woodgrove.example'] },
  },

  // One fact: incidents.
  { role: 'support', text: 'is INC-0004 resolved?', expect: { fact: ['INC-0004', 'resolved'] } },
  { role: 'support', text: 'inc-0009 status', expect: { fact: ['INC-0009', 'open'] } },
  { role: 'support', text: 'has INC-0010 been closed out yet', expect: { fact: ['INC-0010', 'open'] } },
  { role: 'support', text: 'did INC-0001 breach its SLA', expect: { fact: ['INC-0001', 'breached'] } },
  { role: 'support', text: 'did inc-0005 breach?', expect: { fact: ['INC-0005', 'breached'] } },
  { role: 'support', text: 'was INC-0007 resolved in time', expect: { fact: ['INC-0007', 'met'] } },
  {
    role: 'support',
    text: 'is the proseware payslip incident resolved',
    expect: { fact: ['INC-0008', 'open'] },
  },
  { role: 'support', text: 'is inc-0002 fixed', expect: { fact: ['INC-0002', 'resolved'] } },
  { role: 'support', text: 'INC-0003 resolved?', expect: { fact: ['INC-0003', 'resolved'] } },
  { role: 'support', text: 'did INC-0006 breach', expect: { fact: ['INC-0006', 'breached'] } },
  { role: 'support', text: 'is INC-0010 breached?', expect: { fact: ['INC-0010', 'breached'] } },

  // One fact: a check's status, by its name (never its due date or overdue state).
  { role: 'risk', text: "is tailspin's soc 2 current?", expect: { fact: ['Tailspin', 'SOC 2'] } },
  {
    role: 'risk',
    text: "when was woodgrove's pci dss last done",
    expect: { fact: ['Woodgrove', 'pci dss'] },
  },
  {
    role: 'risk',
    text: 'adatum insurance cert up to date?',
    expect: { fact: ['Adatum', 'Insurance certificate'] },
  },
  {
    role: 'risk',
    text: "nordlicht's security questionnaire, is it current",
    expect: { fact: ['Nordlicht', 'Security questionnaire'] },
  },
  { role: 'risk', text: 'coho soc2 status', expect: { fact: ['Coho', 'SOC 2'] } },
  { role: 'risk', text: "sgi's soc 1 still valid?", expect: { fact: ['SOC 1'] } },
  {
    role: 'risk',
    text: "has fabrikam's adverse media review been done",
    expect: { fact: ['Fabrikam', 'Adverse media'] },
  },
  {
    role: 'risk',
    text: 'is the litware insurance certificate valid',
    expect: { fact: ['Litware', 'Insurance certificate'] },
  },
  {
    role: 'risk',
    text: 'contoso questionnaire current?',
    expect: { fact: ['Contoso', 'Security questionnaire'] },
  },
  { role: 'risk', text: 'tailspin adverse media status', expect: { fact: ['Tailspin', 'Adverse media'] } },

  // Reads with windows and filters: renewals.
  { role: 'contracts', text: 'renewals q1', expect: 'renewals q1' },
  { role: 'contracts', text: "what's coming up for renewal this qtr", expect: 'renewals this quarter' },
  {
    role: 'contracts',
    text: 'show me saas renewals in the next 6 weeks',
    expect: 'renewals next 6 weeks kind saas',
  },
  { role: 'contracts', text: 'anything over 200k renewing by eoy?', expect: 'renewals eoy over 200000' },
  { role: 'contracts', text: 'high tier renewals next month', expect: 'renewals next month tier high' },
  {
    role: 'contracts',
    text: 'which of my contracts renew before feb 1?',
    expect: 'renewals before 2027-02-01 owner me',
  },
  { role: 'contracts', text: 'outsourcing renewals in q2', expect: 'renewals q2 kind outsourcing' },
  {
    role: 'contracts',
    text: 'licence renewals over 50k in the next 4 months',
    expect: 'renewals next 4 months kind licence over 50000',
  },
  { role: 'contracts', text: 'renewals w lapsed evidence', expect: 'renewals lapsed' },
  { role: 'contracts', text: 'renewals thru jan 31', expect: 'renewals by 2027-01-31' },
  { role: 'contracts', text: 'list renewals for the next 180 days pls', expect: 'renewals 180 days' },
  {
    role: 'contracts',
    text: 'hardware contracts renewing this yr',
    expect: 'renewals this year kind hardware',
  },
  { role: 'support', text: 'whats renewing in the next 3 wks', expect: 'renewals next 3 weeks' },
  { role: 'vendor', text: "U0EAST's renewals this quarter", expect: 'renewals this quarter owner U0EAST' },
  {
    role: 'vendor',
    text: 'high-tier renewals over 100k EUR this year',
    expect: 'renewals this year tier high over 100000 EUR',
  },
  {
    role: 'risk',
    text: 'critical vendor renewals where the evidence has lapsed',
    expect: 'renewals lapsed tier critical',
  },
  { role: 'vendor', text: 'renewals this mo over 40k', expect: 'renewals this month over 40000' },

  // Reads: vendors, cards and history.
  { role: 'vendor', text: 'list all critical vendors', expect: 'vendors tier critical' },
  { role: 'vendor', text: 'which vendors does U0WEST own', expect: 'vendors owner U0WEST' },
  { role: 'vendor', text: 'vendor card for northwind', expect: `vendor ${NORTHWIND}` },
  { role: 'vendor', text: 'show me everything we have on VanArsdel', expect: `vendor ${VANARSDEL}` },
  { role: 'vendor', text: 'low tier vendors', expect: 'vendors tier low' },
  { role: 'vendor', text: 'history for margies travel', expect: `history ${MARGIES}` },
  { role: 'vendor', text: 'what changed on fabrikam recently', expect: `history ${FABRIKAM}` },
  { role: 'vendor', text: 'my vendors', expect: 'vendors owner me' },

  // Reads: incidents, SLA reports, claims, the week.
  { role: 'support', text: 'open incidents', expect: 'sla open' },
  { role: 'support', text: 'any tickets still open with vendors?', expect: 'sla open' },
  { role: 'support', text: 'sla report for datos for october', expect: `sla report ${DATOS} october` },
  {
    role: 'support',
    text: 'how did contoso do on sla last month',
    expect: `sla report ${CONTOSO} last month`,
  },
  { role: 'support', text: "woodgrove's sla performance in q3", expect: `sla report ${WOODGROVE} q3` },
  { role: 'support', text: "what's on my plate this week", expect: 'agenda' },
  {
    role: 'support',
    text: 'service credits owed by nordlicht for september',
    expect: `sla report ${NORDLICHT} september`,
  },
  { role: 'support', text: 'unclaimed sla credits', expect: 'sla claims' },
  {
    role: 'support',
    text: 'credits we still need to claim in the next 30 days',
    expect: 'sla claims 30 days',
  },
  { role: 'support', text: 'sla report on coho for 2026', expect: `sla report ${COHO} 2026` },

  // Reads: risk checks.
  { role: 'risk', text: 'risk reviews due in the next 2 months', expect: 'risk due next 2 months' },
  { role: 'risk', text: 'checks due this wk', expect: 'risk due this week' },
  { role: 'risk', text: "what's due for review by end of year", expect: 'risk due eoy' },
  { role: 'risk', text: "list adatum's risk checks", expect: `risk list ${ADATUM}` },
  { role: 'risk', text: 'tailspin checks', expect: `risk list ${TAILSPIN}` },
  { role: 'risk', text: 'vendor assessments due in q1', expect: 'risk due q1' },
  { role: 'risk', text: 'risk items due this month', expect: 'risk due this month' },
  { role: 'risk', text: 'what risk checks do we have on file for sgi', expect: `risk list ${SGI}` },
  { role: 'risk', text: 'risk due next 60 days', expect: 'risk due 60 days' },
  { role: 'risk', text: 'security reviews due before march', expect: 'risk due before 2027-03-01' },
  { role: 'risk', text: 'which checks come due this qtr?', expect: 'risk due this quarter' },

  // Writes stated in words: incidents. Every value said is in the proposal.
  {
    role: 'support',
    text: 'pls log a p1 for woodgrove: card payments failing at checkout since 8:40',
    expect: `sla log ${WOODGROVE} P1 card payments failing at checkout started 2026-11-25 08:40`,
  },
  {
    role: 'support',
    text: 'open a P2 on coho backup: restore job timing out since 2am',
    expect: `sla log ${COHO} P2 restore job timing out started 2026-11-25 02:00`,
  },
  { role: 'support', text: 'INC-0009 was fixed at 9:50', expect: 'sla resolve INC-0009 at 2026-11-25 09:50' },
  {
    role: 'support',
    text: 'inc-0010 resolved 10:15 today',
    expect: 'sla resolve INC-0010 at 2026-11-25 10:15',
  },
  {
    role: 'support',
    text: 'Coho finally responded on INC-0009 at 9:20',
    expect: 'sla respond INC-0009 at 2026-11-25 09:20',
  },
  {
    role: 'support',
    text: 'the proseware payslip outage ended at 9:15',
    expect: 'sla resolve INC-0008 at 2026-11-25 09:15',
  },
  {
    role: 'support',
    text: 'log sev 2 for adatum: MFA prompts not arriving since 7:50',
    expect: `sla log ${ADATUM} P2 MFA prompts not arriving started 2026-11-25 07:50`,
  },
  {
    role: 'support',
    text: "müller's colo had a P1 yesterday 11pm: power feed B lost in hall 2",
    expect: `sla log ${MULLER} P1 power feed B lost in hall 2 started 2026-11-24 23:00`,
  },
  {
    role: 'vendor',
    text: 'raise a p3 with relecloud: dashboards loading slowly since 3pm yesterday',
    expect: `sla log ${RELECLOUD} P3 dashboards loading slowly started 2026-11-24 15:00`,
  },
  { role: 'support', text: 'log an incident for tailspin', expect: { incomplete: 'sla log' } },

  // Writes: risk checks.
  {
    role: 'risk',
    text: "tailspin's soc 2 came in yesterday",
    expect: `risk done ${TAILSPIN} soc2 on 2026-11-24`,
  },
  {
    role: 'risk',
    text: "we received woodgrove's PCI DSS attestation on the 23rd",
    expect: `risk done ${WOODGROVE} pci_dss on 2026-11-23`,
  },
  {
    role: 'risk',
    text: 'mark nordlicht insurance cert done 2026-11-20',
    expect: `risk done ${NORDLICHT} insurance on 2026-11-20`,
  },
  {
    role: 'risk',
    text: 'add a pen test check for nordlicht every 365 days',
    expect: `risk add ${NORDLICHT} pentest every 365 days`,
  },
  { role: 'risk', text: 'stop tracking the pentest for tailspin', expect: `risk remove ${TAILSPIN} pentest` },
  {
    role: 'risk',
    text: 'adatum security questionnaire completed 11/18',
    expect: `risk done ${ADATUM} questionnaire on 2026-11-18`,
  },
  {
    role: 'risk',
    text: 'Datos sent their insurance certificate last friday',
    expect: `risk done ${DATOS} insurance on 2026-11-20`,
  },
  { role: 'risk', text: 'mark the soc2 as done', expect: { incomplete: 'risk done' } },

  // Writes: contracts, renewals and endings (an ending in words is the current term's end).
  {
    role: 'contracts',
    text: 'proseware renewal is signed, runs to 2028-04-22 at 82k a year',
    expect: `contract renew ${PROSEWARE} "HR and payroll" end 2028-04-22 value 82000 EUR`,
  },
  {
    role: 'contracts',
    text: 'signed the müller colo racks renewal, new end 2028-07-25, notice 120 days',
    expect: `contract renew ${MULLER} "Colocation racks" end 2028-07-25 notice 120 days`,
  },
  {
    role: 'contracts',
    text: "we're not renewing the coho backup appliances",
    expect: `contract end ${COHO} "Backup appliances" on 2027-10-24`,
  },
  {
    role: 'contracts',
    text: 'we cancelled the blue yonder warehouse management contract',
    expect: `contract end ${BLUE_YONDER} "Warehouse management" on 2027-04-24`,
  },
  {
    role: 'contracts',
    text: 'renew contoso premier support to 2028-05-24 for 52,000',
    expect: `contract renew ${CONTOSO} "Premier support" end 2028-05-24 value 52000 USD`,
  },
  {
    role: 'contracts',
    text: 'we signed the tailspin EDR renewal thru 2029-08-24, 24 month term, $140k/yr',
    expect: `contract renew ${TAILSPIN} "EDR subscription" end 2029-08-24 value 140000 USD term 24 months`,
  },
  {
    role: 'contracts',
    text: 'we gave wingtip notice today, managed print is terminated',
    expect: `contract end ${WINGTIP} "Managed print" on 2026-12-25`,
  },
  { role: 'contracts', text: 'we renewed fabrikam', expect: { incomplete: 'contract renew' } },
  {
    role: 'contracts',
    text: 'datos field engineers extended to 2028-05-24',
    expect: `contract renew ${DATOS} "Field engineers" end 2028-05-24`,
  },

  // Writes: vendors.
  {
    role: 'vendor',
    text: "change relecloud's owner to U0NORTH",
    expect: `vendor edit ${RELECLOUD} owner U0NORTH`,
  },
  { role: 'vendor', text: 'bump wingtip to medium tier', expect: `vendor edit ${WINGTIP} tier medium` },
  {
    role: 'vendor',
    text: "please remove the vendor lucerne, we don't use them anymore",
    expect: `vendor remove ${LUCERNE}`,
  },
  { role: 'vendor', text: 'make fabrikam critical', expect: `vendor edit ${FABRIKAM} tier critical` },
  {
    role: 'vendor',
    text: 'Northwind is owned by U0EAST now',
    expect: `vendor edit ${NORTHWIND} owner U0EAST`,
  },
  {
    role: 'vendor',
    text: 'trey research is now a medium tier vendor',
    expect: `vendor edit ${TREY} tier medium`,
  },

  // Off topic.
  { role: 'support', text: 'whats the weather in boston tmrw', expect: 'unknown' },
  { role: 'vendor', text: 'can you book me a flight to denver', expect: 'unknown' },
  { role: 'contracts', text: 'tell me a joke', expect: 'unknown' },
  { role: 'risk', text: "what's the capital of peru?", expect: 'unknown' },
  { role: 'support', text: 'order lunch for the team', expect: 'unknown' },
  { role: 'risk', text: 'translate this email to german', expect: 'unknown' },
]
