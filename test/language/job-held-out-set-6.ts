// Sixth held-out set written from the job (issue 22), because the first five (job-held-out-set.ts,
// -2.ts … -5.ts) and the dev sets have since been used for tuning and no longer count as held out.
// Written blind on 2026-12-07 by an engineer who had not read the recogniser (src/language/,
// src/parse/), the phrasing sets, the dev sets or the lines of the earlier job sets, and who never
// ran the recogniser on these lines: they are written as IT contracts, vendor, support and risk
// managers type them (lower case, typos, abbreviations, possessives, questions and imperatives),
// not from what the code can do. Committed BEFORE any tuning against it; never use it to tune (no
// cue, phrasing or rule may come from here). If a line's expectation is wrong, fix it from SPEC.md
// and data/demo, never from what Tickler answered.
//
// Same register and clock as the first set (test/language/fixture.ts: demo register shifted 328
// days by loadDemo, Wednesday 2026-11-25 10:30 in New York, asker U0NORTH, so "my" and "i" are
// U0NORTH). Every expected read was typed explicitly on a fresh copy of that register and
// answered; every expected write was run explicitly on a throwaway copy and stored (the SLA target
// and downtime forms are the ones the pick lists offered). Facts come from the explicit `vendor …`
// and `sla show …` answers, current terms rolled forward. No expectation depends on a risk
// check's due date, last-done date or overdue status, since the demo's evidence dates are about to
// change: risk facts expect the vendor and the check's name (SPEC §13), risk windows expect the
// `risk due` command. Writes follow the canonical proposal form of docs/plain-language.md (quoted
// vendor, then quoted title; times and dates spelt out; check kinds by their ids; an amount
// without a currency in the contract's own). Score it with
// `node bin/run-ts.mjs test/language/print-job-score.ts --set 6`.
import type { JobCase } from './job-held-out-set.ts'

const ALPINE = '"Alpine Ski Hardware"'
const BLUE_YONDER = '"Blue Yonder Logistics Systems"'
const COHO = '"Coho Backup"'
const CONTOSO = '"Contoso Cloud Services"'
const DATOS = '"Datos São Paulo Serviços"'
const HUMONGOUS = '"Humongous Insurance Systems"'
const LITWARE = '"Litware Office Suite"'
const LODZ = '"Łódź Software House"'
const LUCERNE = '"Lucerne Publishing Tools"'
const MULLER = '"Müller & Söhne Rechenzentrum"'
const NORDLICHT = '"Nordlicht Telekom"'
const NORTHWIND = '"Northwind Analytics"'
const PROSEWARE = '"Proseware HR"'
const RELECLOUD = '"Relecloud Monitoring"'
const SGI = '"Société Générale Informatique"'
const TAILSPIN = '"Tailspin Security"'
const TREY = '"Trey Research Labs"'
const VANARSDEL = '"VanArsdel Devices"'
const WINGTIP = '"Wingtip Print Services"'
const WOODGROVE = '"Woodgrove Payments"'

export const JOB_HELD_OUT_SET_6: JobCase[] = [
  // Contracts manager: one fact (current term ends and notice deadlines rolled forward).
  { role: 'contracts', text: 'when does the humongous contract end?', expect: { fact: ['2027-05-24'] } },
  {
    role: 'contracts',
    text: 'notice cutoff for blue yonder warehouse mgmt?',
    expect: { fact: ['2026-12-25'] },
  },
  { role: 'contracts', text: "whens litware's EA up", expect: { fact: ['2027-09-24'] } },
  {
    role: 'contracts',
    text: 'how many days left to give notice on alpine desktop maintenance',
    expect: { fact: ['59 days'] },
  },
  {
    role: 'contracts',
    text: 'whats the notice period on the muller colocation racks',
    expect: { fact: ['180 days'] },
  },
  { role: 'contracts', text: 'notice period for trey?', expect: { fact: ['30 days'] } },
  {
    role: 'contracts',
    text: 'when does the coho backup appliances contract expire',
    expect: { fact: ['2027-10-24'] },
  },
  { role: 'contracts', text: 'last day to cancel vanarsdel mdm?', expect: { fact: ['2027-06-08'] } },
  { role: 'contracts', text: 'end date on the relecloud contarct?', expect: { fact: ['2027-09-24'] } },
  {
    role: 'contracts',
    text: 'how long is the notice on datos field engineers',
    expect: { fact: ['60 days'] },
  },
  { role: 'contracts', text: "when does sgi's mainframe deal end", expect: { fact: ['2027-11-24'] } },
  {
    role: 'contracts',
    text: 'how many days til the fabrikam branch routers notice deadline',
    expect: { fact: ['73 days'] },
  },

  // Contracts manager: windows and filters.
  { role: 'contracts', text: "what's up for renewal in q1", expect: 'renewals q1' },
  { role: 'contracts', text: 'critical renewals this qtr', expect: 'renewals this quarter tier critical' },
  { role: 'contracts', text: 'saas renewals next 6 wks', expect: 'renewals next 6 weeks kind saas' },
  { role: 'contracts', text: 'anything over 250k renewing by eoy?', expect: 'renewals eoy over 250k' },
  { role: 'contracts', text: 'renewals worth more than 100k in q2', expect: 'renewals q2 over 100k' },
  {
    role: 'contracts',
    text: 'which licences come up before march 1',
    expect: 'renewals before 2027-03-01 kind licence',
  },
  {
    role: 'contracts',
    text: 'outsourcing contracts renewing by 2027-06-30',
    expect: 'renewals by 2027-06-30 kind outsourcing',
  },
  { role: 'contracts', text: 'what renews this wk', expect: 'renewals this week' },
  { role: 'contracts', text: 'hardware renewls in q1', expect: 'renewals q1 kind hardware' },
  {
    role: 'contracts',
    text: 'renewals with lapsed evidence next quarter',
    expect: 'renewals next quarter lapsed',
  },

  // Contracts manager: writes in words; every value said is in the command.
  {
    role: 'contracts',
    text: 'we renewed humongous claims platform thru 2028-05-24 at 182k',
    expect: `contract renew ${HUMONGOUS} "Claims platform" end 2028-05-24 value 182000 USD`,
  },
  {
    role: 'contracts',
    text: "we're not renewing the blue yonder warehouse management licence",
    expect: `contract end ${BLUE_YONDER} "Warehouse management" on 2027-04-24`,
  },
  {
    role: 'contracts',
    text: 'litware EA renewed to 2029-09-24, 395,000 usd, notice 120 days',
    expect: `contract renew ${LITWARE} "Enterprise agreement" end 2029-09-24 value 395000 USD notice 120 days`,
  },
  {
    role: 'contracts',
    text: 'cancel the alpine desktop maintenance contract pls',
    expect: `contract end ${ALPINE} "Desktop maintenance" on 2027-02-22`,
  },
  {
    role: 'contracts',
    text: "we've decided not to renew the datos field engineers contract",
    expect: `contract end ${DATOS} "Field engineers" on 2027-05-24`,
  },
  { role: 'contracts', text: 'we renewed nordlicht mobile fleet', expect: { incomplete: 'contract renew' } },
  { role: 'contracts', text: "what's the weather like in boston tomorrow", expect: 'unknown' },

  // Vendor manager: one fact (owners and contacts).
  { role: 'vendor', text: 'who owns relecloud?', expect: { fact: ['U0WEST'] } },
  { role: 'vendor', text: 'whos our contact at nordlicht', expect: { fact: ['b2b@nordlicht.example'] } },
  { role: 'vendor', text: "who's the owner for blue yonder", expect: { fact: ['U0EAST'] } },
  { role: 'vendor', text: 'contact email for alpine?', expect: { fact: ['orders@alpine.example'] } },
  { role: 'vendor', text: 'who owns the tailspin incident response retainer', expect: { fact: ['U0EAST'] } },
  { role: 'vendor', text: 'who manages lodz software house', expect: { fact: ['U0WEST'] } },
  {
    role: 'vendor',
    text: 'who is the account contact at litware',
    expect: { fact: ['licensing@litware.example'] },
  },
  { role: 'vendor', text: 'mullers contact?', expect: { fact: ['vertrieb@mueller-soehne.example'] } },
  { role: 'vendor', text: 'who owns gdi', expect: { fact: ['U0SOUTH'] } },
  { role: 'vendor', text: 'who looks after humongous on our side', expect: { fact: ['U0SOUTH'] } },
  { role: 'vendor', text: "email for proseware's csm", expect: { fact: ['csm@proseware.example'] } },
  { role: 'vendor', text: 'who owns woodgrove', expect: { fact: ['U0EAST'] } },

  // Vendor manager: lists, windows and filters.
  { role: 'vendor', text: 'list our low tier vendors', expect: 'vendors tier low' },
  { role: 'vendor', text: 'which vendors does U0WEST own', expect: 'vendors owner U0WEST' },
  { role: 'vendor', text: 'show me all the high-tier vendors', expect: 'vendors tier high' },
  { role: 'vendor', text: 'vendors i own', expect: 'vendors owner U0NORTH' },
  { role: 'vendor', text: "u0east's renewals next month", expect: 'renewals next month owner U0EAST' },
  {
    role: 'vendor',
    text: 'high tier renewals in the next 3 months',
    expect: 'renewals next 3 months tier high',
  },
  { role: 'vendor', text: 'my renewals in the next 60 days', expect: 'renewals next 60 days owner U0NORTH' },
  { role: 'vendor', text: 'tell me about vanarsdel', expect: `vendor ${VANARSDEL}` },
  { role: 'vendor', text: 'history on the northwind account', expect: `history ${NORTHWIND}` },
  {
    role: 'vendor',
    text: 'critical vendor renewals in the next 45 days',
    expect: 'renewals next 45 days tier critical',
  },

  // Vendor manager: writes in words.
  { role: 'vendor', text: 'bump northwind to high tier', expect: `vendor edit ${NORTHWIND} tier high` },
  {
    role: 'vendor',
    text: "change vanarsdel's owner to U0EAST",
    expect: `vendor edit ${VANARSDEL} owner U0EAST`,
  },
  { role: 'vendor', text: 'move trey to medium tier', expect: `vendor edit ${TREY} tier medium` },
  {
    role: 'vendor',
    text: 'remove lucerne as a vendor, we dont use them anymore',
    expect: `vendor remove ${LUCERNE}`,
  },
  {
    role: 'vendor',
    text: 'we renewed wingtip managed print to 2027-12-25',
    expect: `contract renew ${WINGTIP} "Managed print" end 2027-12-25`,
  },
  {
    role: 'vendor',
    text: "we won't renew the sgi print and mail room",
    expect: `contract end ${SGI} "Print and mail room" on 2026-12-25`,
  },
  { role: 'vendor', text: 'change the tier to critical', expect: { incomplete: 'vendor edit' } },
  { role: 'vendor', text: 'book me a flight to lisbon', expect: 'unknown' },

  // Support manager: one fact (incident status and breaches, from `sla show`).
  { role: 'support', text: 'is INC-0004 resolved?', expect: { fact: ['resolved'] } },
  { role: 'support', text: 'did inc-0005 breach', expect: { fact: ['breached'] } },
  { role: 'support', text: 'has INC-0003 breached its sla?', expect: { fact: ['met'] } },
  { role: 'support', text: "is coho's INC-0009 still open?", expect: { fact: ['open'] } },
  { role: 'support', text: 'was INC-0007 resolved in time', expect: { fact: ['met'] } },
  { role: 'support', text: 'is INC-0006 closed', expect: { fact: ['resolved'] } },
  { role: 'support', text: 'has inc-0010 been fixed yet', expect: { fact: ['open'] } },
  { role: 'support', text: 'did INC-0002 miss its response target', expect: { fact: ['breached'] } },
  { role: 'support', text: 'did INC-0001 breach', expect: { fact: ['breached'] } },
  { role: 'support', text: 'is INC-0008 resolved yet?', expect: { fact: ['open'] } },

  // Support manager: reports, claims, targets, periods.
  { role: 'support', text: 'what incidents are still open', expect: 'sla open' },
  { role: 'support', text: 'sla report for contoso for october', expect: `sla report ${CONTOSO} october` },
  { role: 'support', text: 'how did datos do this month', expect: `sla report ${DATOS} this month` },
  {
    role: 'support',
    text: 'nordlicht sla performance last month',
    expect: `sla report ${NORDLICHT} last month`,
  },
  { role: 'support', text: "any service credits we haven't claimed yet", expect: 'sla claims' },
  { role: 'support', text: 'unclaimed credits in the next 30 days', expect: 'sla claims next 30 days' },
  { role: 'support', text: "what are coho's sla targets", expect: `sla targets ${COHO}` },
  { role: 'support', text: 'response and resolution targets for lsh?', expect: `sla targets ${LODZ}` },
  { role: 'support', text: 'woodgrove sla report for q3', expect: `sla report ${WOODGROVE} q3` },
  {
    role: 'support',
    text: 'how much credit does coho owe us this month',
    expect: `sla report ${COHO} this month`,
  },

  // Support manager: writes in words; times spelt out as dates.
  {
    role: 'support',
    text: 'log a p2 for relecloud: dashboards not loading since 9:40',
    expect: `sla log ${RELECLOUD} P2 dashboards not loading started 2026-11-25 09:40`,
  },
  {
    role: 'support',
    text: 'coho finally responded on inc-0009 at 10:05',
    expect: 'sla respond INC-0009 at 2026-11-25 10:05',
  },
  {
    role: 'support',
    text: 'INC-0010 fixed at 10:15, please close it',
    expect: 'sla resolve INC-0010 at 2026-11-25 10:15',
  },
  {
    role: 'support',
    text: 'sev 1 with woodgrove: checkout api returning 500s, started 8:50',
    expect: `sla log ${WOODGROVE} P1 checkout api returning 500s started 2026-11-25 08:50`,
  },
  {
    role: 'support',
    text: 'log a p3 against lodz: build pipeline slow since 8am',
    expect: `sla log ${LODZ} P3 build pipeline slow started 2026-11-25 08:00`,
  },
  {
    role: 'support',
    text: "we claimed contoso's october credit, ref CR-5512",
    expect: `sla claim ${CONTOSO} 2026-10 ref CR-5512`,
  },
  {
    role: 'support',
    text: 'set the coho backup saas p2 target to 1h response 8h resolution 24x7',
    expect: `sla target set ${COHO} contract "Backup SaaS" P2 response 1h resolution 8h hours 24x7`,
  },
  {
    role: 'support',
    text: 'record an outage on nordlicht mpls from 2026-11-24 22:10 to 2026-11-25 01:40',
    expect: `sla downtime ${NORDLICHT} contract "MPLS network" 2026-11-24 22:10 to 2026-11-25 01:40`,
  },
  { role: 'support', text: 'log an incident', expect: { incomplete: 'sla log' } },
  { role: 'support', text: 'tell me a joke', expect: 'unknown' },

  // Risk manager: one fact (a check's state, by vendor and check name only).
  {
    role: 'risk',
    text: "is tailspin's soc 2 current?",
    expect: { fact: ['Tailspin Security', 'SOC 2 report'] },
  },
  {
    role: 'risk',
    text: "is litware's insurance cert up to date",
    expect: { fact: ['Litware Office Suite', 'Insurance certificate'] },
  },
  {
    role: 'risk',
    text: "has nordlicht's soc2 been done",
    expect: { fact: ['Nordlicht Telekom', 'SOC 2 report'] },
  },
  {
    role: 'risk',
    text: 'is the woodgrove pci dss attestation current',
    expect: { fact: ['Woodgrove Payments', 'pci dss'] },
  },
  {
    role: 'risk',
    text: "is adatum's security questionnaire up to date?",
    expect: { fact: ['Adatum Identity', 'Security questionnaire'] },
  },
  {
    role: 'risk',
    text: "is muller's iso27001 still valid",
    expect: { fact: ['Müller & Söhne Rechenzentrum', 'iso27001'] },
  },
  {
    role: 'risk',
    text: 'sgi soc 1 current?',
    expect: { fact: ['Société Générale Informatique', 'SOC 1 report'] },
  },
  { role: 'risk', text: "is coho's soc2 ok", expect: { fact: ['Coho Backup', 'SOC 2 report'] } },
  {
    role: 'risk',
    text: "is datos's soc 2 current",
    expect: { fact: ['Datos São Paulo Serviços', 'SOC 2 report'] },
  },
  {
    role: 'risk',
    text: 'fabrikam insurance certificate current?',
    expect: { fact: ['Fabrikam Networks', 'Insurance certificate'] },
  },
  {
    role: 'risk',
    text: 'is the adverse media review for relecloud current',
    expect: { fact: ['Relecloud Monitoring', 'Adverse media review'] },
  },

  // Risk manager: windows and lists.
  { role: 'risk', text: 'risk checks due in the next 60 days', expect: 'risk due next 60 days' },
  { role: 'risk', text: 'which checks are overdue', expect: 'risk due overdue' },
  { role: 'risk', text: 'what vendor reviews are due in q1', expect: 'risk due q1' },
  { role: 'risk', text: 'checks coming due by eoy', expect: 'risk due eoy' },
  { role: 'risk', text: 'risk reviews due next 2 wks', expect: 'risk due next 2 weeks' },
  { role: 'risk', text: "show me datos's risk checks", expect: `risk list ${DATOS}` },
  { role: 'risk', text: 'what checks do we track for muller', expect: `risk list ${MULLER}` },
  { role: 'risk', text: 'anything due diligence wise due this month?', expect: 'risk due this month' },
  { role: 'risk', text: 'due diligence due before feb 1', expect: 'risk due before 2027-02-01' },
  { role: 'risk', text: 'risk checks due next qtr', expect: 'risk due next quarter' },

  // Risk manager: writes in words; check kinds by their ids.
  {
    role: 'risk',
    text: 'got the tailspin pen test report yesterday',
    expect: `risk done ${TAILSPIN} pentest on 2026-11-24`,
  },
  {
    role: 'risk',
    text: 'add a soc2 check for relecloud every 365 days',
    expect: `risk add ${RELECLOUD} soc2 every 365 days`,
  },
  {
    role: 'risk',
    text: "stop tracking litware's insurance cert",
    expect: `risk remove ${LITWARE} insurance`,
  },
  {
    role: 'risk',
    text: 'datos sent their insurance certificate today',
    expect: `risk done ${DATOS} insurance on 2026-11-25`,
  },
  {
    role: 'risk',
    text: 'proseware questionnaire came back 2026-11-20',
    expect: `risk done ${PROSEWARE} questionnaire on 2026-11-20`,
  },
  {
    role: 'risk',
    text: "woodgrove's pci dss should be every 180 days",
    expect: `risk add ${WOODGROVE} pci_dss every 180 days`,
  },
  {
    role: 'risk',
    text: 'coho adverse media review done yesterday',
    expect: `risk done ${COHO} adverse_media on 2026-11-24`,
  },
  { role: 'risk', text: 'mark the soc2 as done', expect: { incomplete: 'risk done' } },
  { role: 'risk', text: "what's the capital of peru", expect: 'unknown' },
  { role: 'risk', text: 'who won the game last night', expect: 'unknown' },
]
