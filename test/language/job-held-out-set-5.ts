// Fifth held-out set written from the job (issue 22), because the first four (job-held-out-set.ts,
// -2.ts, -3.ts, -4.ts) and the dev sets have since been used for tuning and no longer count as held
// out. Written blind on 2026-12-07 by an engineer who had not read the recogniser (src/language/,
// src/parse/), the phrasing sets, the dev sets or the lines of the earlier job sets, and who never
// ran the recogniser on these lines: they are written as IT contracts, vendor, support and risk
// managers type them (lower case, typos, abbreviations, possessives, questions and imperatives),
// not from what the code can do. Committed BEFORE any tuning against it; never use it to tune (no
// cue, phrasing or rule may come from here). If a line's expectation is wrong, fix it from SPEC.md
// and data/demo, never from what Tickler answered.
//
// Same register and clock as the first set (test/language/fixture.ts: demo register shifted 328
// days by loadDemo, Wednesday 2026-11-25 10:30 in New York, asker U0NORTH, so "my" is U0NORTH).
// Every expected read and write was typed explicitly on a fresh copy of that register and answered
// or stored; facts come from the explicit `vendor …` and `sla show …` answers (current terms rolled
// forward). No expectation depends on a risk check's due date or overdue status, since the demo's
// evidence dates are about to change: risk facts expect the vendor and the check's name (SPEC §13),
// risk windows expect the `risk due` command. Writes follow the canonical proposal form of
// docs/plain-language.md (quoted vendor, then quoted title; times and dates spelt out; check kinds
// by their ids; an amount without a currency in the contract's own). Score it with
// `node bin/run-ts.mjs test/language/print-job-score.ts --set 5`.
import type { JobCase } from './job-held-out-set.ts'

const ALPINE = '"Alpine Ski Hardware"'
const BLUE_YONDER = '"Blue Yonder Logistics Systems"'
const COHO = '"Coho Backup"'
const CONTOSO = '"Contoso Cloud Services"'
const DATOS = '"Datos São Paulo Serviços"'
const GDI = '"Graphic Design Institute Fonts"'
const HUMONGOUS = '"Humongous Insurance Systems"'
const LUCERNE = '"Lucerne Publishing Tools"'
const MULLER = '"Müller & Söhne Rechenzentrum"'
const NORDLICHT = '"Nordlicht Telekom"'
const PROSEWARE = '"Proseware HR"'
const RELECLOUD = '"Relecloud Monitoring"'
const SGI = '"Société Générale Informatique"'
const TAILSPIN = '"Tailspin Security"'
const TREY = '"Trey Research Labs"'
const VANARSDEL = '"VanArsdel Devices"'
const WINGTIP = '"Wingtip Print Services"'
const WOODGROVE = '"Woodgrove Payments"'

export const JOB_HELD_OUT_SET_5: JobCase[] = [
  // Contracts managers. One fact: current term ends and notice deadlines (rolled forward).
  { role: 'contracts', text: 'when does the litware EA expire?', expect: { fact: ['2027-09-24'] } },
  {
    role: 'contracts',
    text: 'notice cutoff for blue yonder warehouse mgmt',
    expect: { fact: ['2026-12-25'] },
  },
  {
    role: 'contracts',
    text: 'whats the notice period on the muller colo racks',
    expect: { fact: ['180 days'] },
  },
  { role: 'contracts', text: 'how many days left to give proseware notice', expect: { fact: ['29 days'] } },
  {
    role: 'contracts',
    text: "when's humongous claims platform up for renewal",
    expect: { fact: ['2027-05-24'] },
  },
  {
    role: 'contracts',
    text: 'does the alpine laptop lease run into 2027?',
    expect: { fact: ['2027-12-25'] },
  },
  { role: 'contracts', text: 'last day to cancel margies travel booking?', expect: { fact: ['2027-01-08'] } },
  // The retainer has its own owner (U0EAST); the vendor's is U0NORTH.
  { role: 'contracts', text: 'who owns the tailspin IR retainer contract', expect: { fact: ['U0EAST'] } },
  { role: 'contracts', text: 'end date on vanarsdel rugged tablets', expect: { fact: ['2027-08-24'] } },
  {
    role: 'contracts',
    text: "when do we have to tell SGI we're not extending the mainframe deal",
    expect: { fact: ['2027-05-28'] },
  },
  // Both Adatum contracts are answered when "PAM" names neither; privileged access is 30 days.
  { role: 'contracts', text: 'how much notice does adatum PAM need', expect: { fact: ['30 days'] } },
  { role: 'contracts', text: 'days left before the colo racks notice date?', expect: { fact: ['62 days'] } },
  { role: 'contracts', text: 'when does the coho backup saas term end', expect: { fact: ['2027-10-24'] } },
  // Contracts managers. Reads with windows and filters.
  { role: 'contracts', text: 'renewals in q2', expect: 'renewals q2' },
  { role: 'contracts', text: 'whats up for renewal by eoy', expect: 'renewals eoy' },
  {
    role: 'contracts',
    text: 'saas renewls over 50k in the next 6 weeks',
    expect: 'renewals next 6 weeks kind saas over 50k',
  },
  { role: 'contracts', text: 'show me my renewals this qtr', expect: 'renewals this qtr owner me' },
  {
    role: 'contracts',
    text: 'outsourcing contracts with a notice deadline before march',
    expect: 'renewals before 2027-03-01 kind outsourcing',
  },
  {
    role: 'contracts',
    text: 'anything over 250k EUR renewing next quarter?',
    expect: 'renewals next quarter over 250000 EUR',
  },
  { role: 'contracts', text: 'hardware renewals next 120 days', expect: 'renewals 120 days kind hardware' },
  { role: 'contracts', text: 'which contracts come up this month', expect: 'renewals this month' },
  {
    role: 'contracts',
    text: "renewals for U0SOUTH's vendors by end of feb",
    expect: 'renewals by 2027-02-28 owner U0SOUTH',
  },
  {
    role: 'contracts',
    text: 'licence renewals over 100k in the next 9 months',
    expect: 'renewals next 9 months kind licence over 100k',
  },
  // Contracts managers. Writes in words: every value said is in the proposal; an end in words is
  // the current term's end.
  {
    role: 'contracts',
    text: 'we renewed relecloud obsevability through 2028-09-24 at 72k',
    expect: `contract renew ${RELECLOUD} "Observability platform" end 2028-09-24 value 72000 USD`,
  },
  {
    role: 'contracts',
    text: "we're not renewing the nordlicht MPLS contract",
    expect: `contract end ${NORDLICHT} "MPLS network" on 2027-01-22`,
  },
  {
    role: 'contracts',
    text: "cancel trey research's test automation seats",
    expect: `contract end ${TREY} "Test automation seats" on 2027-05-08`,
  },
  {
    role: 'contracts',
    text: 'extended alpine desktop maintenance to 2028-02-22 with 60 days notice',
    expect: `contract renew ${ALPINE} "Desktop maintenance" end 2028-02-22 notice 60 days`,
  },
  // No new end date, and three Fabrikam contracts: nothing to propose yet.
  { role: 'contracts', text: 'renew fabrikam', expect: { incomplete: 'contract renew' } },
  {
    role: 'contracts',
    text: 'signed the datos field engineers extension, runs till 2027-11-30 for 400k BRL',
    expect: `contract renew ${DATOS} "Field engineers" end 2027-11-30 value 400000 BRL`,
  },
  { role: 'contracts', text: 'sort out the fabrikam thing', expect: 'unsure' },
  { role: 'contracts', text: "what's the weather in boston tomorrow", expect: 'unknown' },

  // Vendor managers. One fact: owners, contacts, a term end.
  { role: 'vendor', text: "who's our contact at nordlicth", expect: { fact: ['b2b@nordlicht.example'] } },
  { role: 'vendor', text: 'email for the alpine account team?', expect: { fact: ['orders@alpine.example'] } },
  { role: 'vendor', text: 'who owns lodz software house', expect: { fact: ['U0WEST'] } },
  { role: 'vendor', text: "northwind's owner?", expect: { fact: ['U0WEST'] } },
  { role: 'vendor', text: 'contact for litware licensing', expect: { fact: ['licensing@litware.example'] } },
  { role: 'vendor', text: 'who looks after mueller on our side', expect: { fact: ['U0EAST'] } },
  { role: 'vendor', text: 'when does our deal with relecloud end', expect: { fact: ['2027-09-24'] } },
  { role: 'vendor', text: 'who do i email at tailspin', expect: { fact: ['renewals@tailspin.example'] } },
  { role: 'vendor', text: 'woodgrove owner pls', expect: { fact: ['U0EAST'] } },
  { role: 'vendor', text: "who's the account owner for adatum", expect: { fact: ['U0EAST'] } },
  { role: 'vendor', text: 'datos contact email?', expect: { fact: ['contratos@datos-sp.example'] } },
  // Vendor managers. Reads: lists by tier and owner, cards, history, renewals by value.
  { role: 'vendor', text: 'list critical vendors', expect: 'vendors tier critical' },
  { role: 'vendor', text: 'which vendors does U0EAST own', expect: 'vendors owner U0EAST' },
  { role: 'vendor', text: 'my vendors', expect: 'vendors owner me' },
  { role: 'vendor', text: 'show the graphic design institute card', expect: `vendor ${GDI}` },
  { role: 'vendor', text: 'pull up vanarsdel devices', expect: `vendor ${VANARSDEL}` },
  { role: 'vendor', text: 'high tier vendors?', expect: 'vendors tier high' },
  { role: 'vendor', text: 'low tier vendors owned by U0SOUTH', expect: 'vendors tier low owner U0SOUTH' },
  { role: 'vendor', text: 'what changed on the humongous record', expect: `history ${HUMONGOUS}` },
  { role: 'vendor', text: 'who edited datos lately?', expect: `history ${DATOS}` },
  {
    role: 'vendor',
    text: 'contracts over 100k renewing in the next 60 days',
    expect: 'renewals 60 days over 100k',
  },
  { role: 'vendor', text: 'any notice deadlines this wk?', expect: 'renewals this wk' },
  { role: 'vendor', text: 'list all contracts we have with coho', expect: `vendor ${COHO}` },
  // Vendor managers. Writes in words.
  { role: 'vendor', text: 'bump relecloud to high tier', expect: `vendor edit ${RELECLOUD} tier high` },
  {
    role: 'vendor',
    text: 'trey research should be owned by U0WEST from now on',
    expect: `vendor edit ${TREY} owner U0WEST`,
  },
  { role: 'vendor', text: "set wingtip's owner to U0NORTH", expect: `vendor edit ${WINGTIP} owner U0NORTH` },
  {
    role: 'vendor',
    text: "remove lucerne publishing tools from the register, we're done with them",
    expect: `vendor remove ${LUCERNE}`,
  },
  // A new vendor needs at least its tier: the form is asked for, nothing proposed.
  { role: 'vendor', text: 'add a new vendor: Bellows College', expect: { incomplete: 'vendor add' } },
  { role: 'vendor', text: 'make nordlicht critical', expect: `vendor edit ${NORDLICHT} tier critical` },
  { role: 'vendor', text: 'can you book me a flight to chicago', expect: 'unknown' },

  // Support managers. One fact: an incident open or resolved, met or breached.
  { role: 'support', text: 'is INC-0009 fixed yet?', expect: { fact: ['INC-0009', 'open'] } },
  { role: 'support', text: 'did the nordlicht outage INC-0005 breach sla?', expect: { fact: ['breached'] } },
  { role: 'support', text: 'was INC-0003 inside sla', expect: { fact: ['met'] } },
  { role: 'support', text: 'has inc-0008 been resolved', expect: { fact: ['INC-0008', 'open'] } },
  { role: 'support', text: 'INC-0007 resolved?', expect: { fact: ['INC-0007', 'resolved'] } },
  { role: 'support', text: 'did datos breach on inc-0006', expect: { fact: ['breached'] } },
  { role: 'support', text: 'is inc-10 still open', expect: { fact: ['INC-0010', 'open'] } },
  { role: 'support', text: 'when was INC-0004 resolved', expect: { fact: ['resolved', '2026-11-08'] } },
  // Response met, resolution breached.
  { role: 'support', text: 'did INC-0001 breach?', expect: { fact: ['breached'] } },
  {
    role: 'support',
    text: 'is the proseware payslip incident resolved yet',
    expect: { fact: ['INC-0008', 'open'] },
  },
  // Support managers. Reads: targets, reports by period, open incidents, credits to claim.
  {
    role: 'support',
    text: 'whats the P1 resolution target for woodgrove?',
    expect: `sla targets ${WOODGROVE}`,
  },
  {
    role: 'support',
    text: 'how much credit do we get from contoso for november',
    expect: `sla report ${CONTOSO} november`,
  },
  { role: 'support', text: 'what tickets are still open with vendors?', expect: 'sla open' },
  { role: 'support', text: 'datos sla numbers month to date', expect: `sla report ${DATOS} this month` },
  { role: 'support', text: 'nordlicht sla report for q4', expect: `sla report ${NORDLICHT} q4` },
  { role: 'support', text: 'show me INC-0002', expect: 'sla show INC-0002' },
  { role: 'support', text: 'unclaimed service credits?', expect: 'sla claims' },
  {
    role: 'support',
    text: 'credits we still need to claim in the next 30 days',
    expect: 'sla claims 30 days',
  },
  { role: 'support', text: "coho's sla targets", expect: `sla targets ${COHO}` },
  { role: 'support', text: 'proseware incidents in october', expect: `sla report ${PROSEWARE} october` },
  {
    role: 'support',
    text: "what did woodgrove's uptime look like last month",
    expect: `sla report ${WOODGROVE} last month`,
  },
  { role: 'support', text: 'sla report for SGI 2026', expect: `sla report ${SGI} 2026` },
  // Support managers. Writes in words: incidents logged, responded, resolved, a credit claimed.
  {
    role: 'support',
    text: 'log a P2 against coho: restore jobs timing out, started 8:40',
    expect: `sla log ${COHO} P2 restore jobs timing out started 2026-11-25 08:40`,
  },
  {
    role: 'support',
    text: 'coho finally responded to INC-0009 at 10:05',
    expect: 'sla respond INC-0009 at 2026-11-25 10:05',
  },
  {
    role: 'support',
    text: 'INC-0010 closed out at 9:50 this morning',
    expect: 'sla resolve INC-0010 at 2026-11-25 09:50',
  },
  {
    role: 'support',
    text: 'raise a sev 1 for tailspin, EDR console down since 7:15',
    expect: `sla log ${TAILSPIN} P1 EDR console down started 2026-11-25 07:15`,
  },
  {
    role: 'support',
    text: "we claimed contoso's october credit, ref CR-2291",
    expect: `sla claim ${CONTOSO} 2026-10 ref CR-2291`,
  },
  {
    role: 'support',
    text: 'proseware confirmed the payslip fix yesterday at 4pm, resolve INC-0008',
    expect: 'sla resolve INC-0008 at 2026-11-24 16:00',
  },
  { role: 'support', text: 'log an incident for woodgrove', expect: { incomplete: 'sla log' } },
  // Only the payment gateway has SLA targets, so `sla log` takes it (P3 is logged as "no target").
  {
    role: 'support',
    text: 'woodgrove checkout is slow since 10am, log a P3',
    expect: `sla log ${WOODGROVE} P3 checkout is slow started 2026-11-25 10:00`,
  },
  { role: 'support', text: 'tell me a joke', expect: 'unknown' },
  { role: 'support', text: 'order pizza for the team lunch', expect: 'unknown' },

  // Risk managers. One fact: a check's state, named as SPEC §13 names checks (no dates expected).
  {
    role: 'risk',
    text: 'tailspin soc 2 still valid?',
    expect: { fact: ['Tailspin Security', 'SOC 2 report'] },
  },
  {
    role: 'risk',
    text: "has woodgrove's pci attestation lapsed",
    expect: { fact: ['Woodgrove Payments', 'PCI DSS'] },
  },
  {
    role: 'risk',
    text: 'is the coho insurance cert up to date',
    expect: { fact: ['Coho Backup', 'Insurance certificate'] },
  },
  {
    role: 'risk',
    text: 'adatum questionnaire current?',
    expect: { fact: ['Adatum Identity', 'Security questionnaire'] },
  },
  {
    role: 'risk',
    text: 'when did SGI last do their SOC 1',
    expect: { fact: ['Société Générale Informatique', 'SOC 1 report'] },
  },
  {
    role: 'risk',
    text: "is datos's adverse media check ok",
    expect: { fact: ['Datos São Paulo Serviços', 'Adverse media review'] },
  },
  {
    role: 'risk',
    text: 'nordlicht soc2 - are we covered?',
    expect: { fact: ['Nordlicht Telekom', 'SOC 2 report'] },
  },
  {
    role: 'risk',
    text: 'has proseware ever sent us a soc 2?',
    expect: { fact: ['Proseware HR', 'SOC 2 report'] },
  },
  {
    role: 'risk',
    text: 'fabrikam insurance certificate status',
    expect: { fact: ['Fabrikam Networks', 'Insurance certificate'] },
  },
  {
    role: 'risk',
    text: "is litware's questionnaire overdue?",
    expect: { fact: ['Litware Office Suite', 'Security questionnaire'] },
  },
  {
    role: 'risk',
    text: 'GDI adverse media review current?',
    expect: { fact: ['Graphic Design Institute Fonts', 'Adverse media review'] },
  },
  // Risk managers. Reads: `risk due` windows, one vendor's checks, renewals by evidence and tier.
  { role: 'risk', text: 'risk reviews due in the next 6 weeks', expect: 'risk due next 6 weeks' },
  { role: 'risk', text: 'checks due by eoy', expect: 'risk due eoy' },
  { role: 'risk', text: 'what risk checks fall due in q1', expect: 'risk due q1' },
  { role: 'risk', text: "all of coho's checks", expect: `risk list ${COHO}` },
  { role: 'risk', text: 'overdue due diligence?', expect: 'risk due overdue' },
  { role: 'risk', text: 'risk checks due next month', expect: 'risk due next month' },
  { role: 'risk', text: 'show the risk register for mueller', expect: `risk list ${MULLER}` },
  { role: 'risk', text: 'vendor assessments due in the next 45 days', expect: 'risk due 45 days' },
  { role: 'risk', text: 'renewals with lapsed evidence this qtr', expect: 'renewals this qtr lapsed' },
  {
    role: 'risk',
    text: 'critical vendor renewals in the next 60 days',
    expect: 'renewals 60 days tier critical',
  },
  // Risk managers. Writes in words: checks done on a stated day, added, removed, re-cadenced.
  {
    role: 'risk',
    text: "tailspin's pen test report came in last friday",
    expect: `risk done ${TAILSPIN} pentest on 2026-11-20`,
  },
  {
    role: 'risk',
    text: 'woodgrove sent their pci aoc on nov 23, mark pci dss done',
    expect: `risk done ${WOODGROVE} pci_dss on 2026-11-23`,
  },
  {
    role: 'risk',
    text: 'start tracking soc2 for relecloud every 365 days',
    expect: `risk add ${RELECLOUD} soc2 every 365 days`,
  },
  {
    role: 'risk',
    text: "we don't need the blue yonder questionnaire anymore, drop it",
    expect: `risk remove ${BLUE_YONDER} questionnaire`,
  },
  {
    role: 'risk',
    text: 'datos finally sent the insurance cert yesterday',
    expect: `risk done ${DATOS} insurance on 2026-11-24`,
  },
  // No vendor named: ask for it rather than guess.
  { role: 'risk', text: 'adverse media review finished, log it', expect: { incomplete: 'risk done' } },
  {
    role: 'risk',
    text: "Proseware's SOC 2 arrived 2026-11-18",
    expect: `risk done ${PROSEWARE} soc2 on 2026-11-18`,
  },
  {
    role: 'risk',
    text: 'humongous questionnaire should be every 180 days',
    expect: `risk add ${HUMONGOUS} questionnaire every 180 days`,
  },
  { role: 'risk', text: 'whats the capital of portugal', expect: 'unknown' },
]
