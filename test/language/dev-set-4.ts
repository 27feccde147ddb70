// Fourth development set for issue 22, written by the engineer tuning round 4 BEFORE any fix: for
// each class of miss in job set 4 (test/language/job-held-out-set-4.ts), above all its two wrong
// writes, about ten other ways the four roles say that class, with typos, abbreviations and
// possessives, so the fix is for the class and not for the lines. Not held out. Same register,
// clock and format as the job sets (test/language/fixture.ts: Wednesday 2026-11-25, asker U0NORTH;
// current terms rolled forward). Score: `node bin/run-ts.mjs test/language/print-dev-score.ts --set 4`.
import type { JobCase } from './job-held-out-set.ts'

const CONTOSO = '"Contoso Cloud Services"'
const DATOS = '"Datos São Paulo Serviços"'
const FABRIKAM = '"Fabrikam Networks"'
const LITWARE = '"Litware Office Suite"'
const NORDLICHT = '"Nordlicht Telekom"'
const NORTHWIND = '"Northwind Analytics"'
const PROSEWARE = '"Proseware HR"'
const RELECLOUD = '"Relecloud Monitoring"'
const SGI = '"Société Générale Informatique"'
const TAILSPIN = '"Tailspin Security"'
const WOODGROVE = '"Woodgrove Payments"'

/**
 * Wrong writes: a renewal whose values are listed between commas. Every value said is in the
 * proposal, or Tickler asks; never a proposal with one of them dropped.
 */
const RENEWAL_VALUES: JobCase[] = [
  {
    role: 'contracts',
    text: 'northwind bi renewed to 31 aug 2028, 48,000 usd, notice 30 days',
    expect: `contract renew ${NORTHWIND} "BI platform licences" end 2028-08-31 value 48000 USD notice 30 days`,
  },
  {
    role: 'contracts',
    text: 'proseware renewed until 2028-04-30, 96,250 eur',
    expect: `contract renew ${PROSEWARE} "HR and payroll" end 2028-04-30 value 96250 EUR`,
  },
  {
    role: 'contracts',
    text: 'litware EA renewed through oct 31 2029, 310,000 USD, 90 days notice',
    expect: `contract renew ${LITWARE} "Enterprise agreement" end 2029-10-31 value 310000 USD notice 90 days`,
  },
  {
    role: 'contracts',
    text: 'relecloud renewed to 2028-10-31; 70500 usd; notice 45 days',
    expect: `contract renew ${RELECLOUD} "Observability platform" end 2028-10-31 value 70500 USD notice 45 days`,
  },
  {
    role: 'contracts',
    text: 'woodgrove fraud screening renewed until 31 dec 2028, usd 64,000',
    expect: `contract renew ${WOODGROVE} "Fraud screening" end 2028-12-31 value 64000 USD`,
  },
  {
    role: 'contracts',
    text: 'renewed relecloud observability till 30 sep 2028 - 71,500 usd - 60 days notice',
    expect: `contract renew ${RELECLOUD} "Observability platform" end 2028-09-30 value 71500 USD notice 60 days`,
  },
  {
    role: 'contracts',
    text: 'tailspin edr renewed until 2028-09-30, 120,000 usd, 24 month term',
    expect: `contract renew ${TAILSPIN} "EDR subscription" end 2028-09-30 value 120000 USD term 24 months`,
  },
  {
    role: 'contracts',
    text: 'northwind renewed to 2028-08-31, 52,300 usd',
    expect: `contract renew ${NORTHWIND} "BI platform licences" end 2028-08-31 value 52300 USD`,
  },
  {
    role: 'contracts',
    text: 'relecloud renewed until 30 sep 2028, 71,500, notice 60 days',
    expect: `contract renew ${RELECLOUD} "Observability platform" end 2028-09-30 value 71500 USD notice 60 days`,
  },
  {
    role: 'contracts',
    text: 'relecloud renewed until 30 sep 2028 for 7 5 0 0',
    expect: { incomplete: 'contract renew' },
  },
]

/** Wrong writes: a claim said with its contract, its month and year, and a reference. */
const CLAIMS: JobCase[] = [
  {
    role: 'support',
    text: 'mark the contoso cloud hosting credit for october 2026 as claimed, ref CR-6001',
    expect: `sla claim ${CONTOSO} contract "Cloud hosting" 2026-10 ref CR-6001`,
  },
  {
    role: 'support',
    text: 'contoso premier support credit for sept 2026 claimed, ref 4471',
    expect: `sla claim ${CONTOSO} contract "Premier support" 2026-09 ref 4471`,
  },
  {
    role: 'support',
    text: 'we claimed the october 2026 credit from contoso, reference CR-5530',
    expect: `sla claim ${CONTOSO} 2026-10 ref CR-5530`,
  },
  {
    role: 'support',
    text: 'claimed nordlicht mpls credit for august 2026',
    expect: `sla claim ${NORDLICHT} contract "MPLS network" 2026-08`,
  },
  {
    role: 'support',
    text: "mark contoso's october 2026 service credit as claimed",
    expect: `sla claim ${CONTOSO} 2026-10`,
  },
  {
    role: 'support',
    text: 'claimed the fabrikam switch maintenance credit for oct 2026, ticket FN-221',
    expect: { incomplete: 'sla claim' },
  },
  {
    role: 'support',
    text: 'datos service desk credit claimed for september 2026 (ref SD-88)',
    expect: `sla claim ${DATOS} contract "Service desk" 2026-09 ref SD-88`,
  },
  {
    role: 'support',
    text: 'the contoso credit for october was claimed under ref 99812',
    expect: `sla claim ${CONTOSO} 2026-10 ref 99812`,
  },
  {
    role: 'support',
    text: 'record that we claimed woodgrove payment gateway credit for oct 2026',
    expect: `sla claim ${WOODGROVE} contract "Payment gateway" 2026-10`,
  },
  {
    role: 'support',
    text: 'contoso october 2026 credit claimed, 862.50 usd',
    expect: { incomplete: 'sla claim' },
  },
]

/** A user named with a possessive ("U0EAST's vendors") is that user, in a filter. */
const OWNER_FILTERS: JobCase[] = [
  { role: 'contracts', text: "U0EAST's renewals next quarter", expect: 'renewals next quarter owner U0EAST' },
  {
    role: 'contracts',
    text: "anything renewing for U0WEST's vendors next 90 days",
    expect: 'renewals next 90 days owner U0WEST',
  },
  { role: 'vendor', text: "list U0WEST's vendors", expect: 'vendors owner U0WEST' },
  { role: 'vendor', text: "U0EAST's critical vendors", expect: 'vendors tier critical owner U0EAST' },
  {
    role: 'contracts',
    text: "what's renewing for U0SOUTH's vendors this year",
    expect: 'renewals this year owner U0SOUTH',
  },
  { role: 'contracts', text: "U0EAST's renewals this quarter", expect: 'renewals this quarter owner U0EAST' },
  { role: 'vendor', text: "show U0NORTH's vendors", expect: 'vendors owner U0NORTH' },
  {
    role: 'contracts',
    text: "renewals for U0WEST's contracts next month",
    expect: 'renewals next month owner U0WEST',
  },
]

/** A vendor handed to a user in words ("move X over to U0EAST") changes its owner. */
const OWNER_CHANGES: JobCase[] = [
  { role: 'vendor', text: 'move fabrikam over to U0EAST', expect: `vendor edit ${FABRIKAM} owner U0EAST` },
  { role: 'vendor', text: 'hand litware over to U0SOUTH', expect: `vendor edit ${LITWARE} owner U0SOUTH` },
  { role: 'vendor', text: 'give nordlicht to U0WEST', expect: `vendor edit ${NORDLICHT} owner U0WEST` },
  { role: 'vendor', text: 'transfer proseware to U0EAST', expect: `vendor edit ${PROSEWARE} owner U0EAST` },
  { role: 'vendor', text: 'reassign sgi to U0WEST', expect: `vendor edit ${SGI} owner U0WEST` },
  { role: 'vendor', text: 'U0EAST is taking over tailspin', expect: `vendor edit ${TAILSPIN} owner U0EAST` },
  { role: 'vendor', text: 'move datos across to U0SOUTH', expect: `vendor edit ${DATOS} owner U0SOUTH` },
  {
    role: 'vendor',
    text: 'pass relecloud to U0WEST please',
    expect: `vendor edit ${RELECLOUD} owner U0WEST`,
  },
]

/** A contract named beside its vendor in an SLA read is passed on to it. */
const SLA_CONTRACTS: JobCase[] = [
  {
    role: 'support',
    text: 'sla targets for the contoso premier support',
    expect: `sla targets ${CONTOSO} contract "Premier support"`,
  },
  {
    role: 'support',
    text: 'response times for contoso cloud hosting',
    expect: `sla targets ${CONTOSO} contract "Cloud hosting"`,
  },
  {
    role: 'support',
    text: 'what are the slas on the datos field engineers',
    expect: `sla targets ${DATOS} contract "Field engineers"`,
  },
  {
    role: 'support',
    text: 'sla targets nordlicht mpls',
    expect: `sla targets ${NORDLICHT} contract "MPLS network"`,
  },
  {
    role: 'support',
    text: 'targets for woodgrove payment gateway',
    expect: `sla targets ${WOODGROVE} contract "Payment gateway"`,
  },
  { role: 'support', text: 'sla targets for datos', expect: `sla targets ${DATOS}` },
  {
    role: 'support',
    text: 'fabrikam switch maintenance sla targets',
    expect: `sla targets ${FABRIKAM} contract "Core switch maintenance"`,
  },
  {
    role: 'support',
    text: 'slas for the tailspin edr subscription',
    expect: `sla targets ${TAILSPIN} contract "EDR subscription"`,
  },
]

/** A check said to be answered, returned or sent back on a day: done on that day. */
const CHECKS_ANSWERED: JobCase[] = [
  {
    role: 'risk',
    text: 'proseware answered the ddq on nov 18',
    expect: `risk done ${PROSEWARE} questionnaire on 2026-11-18`,
  },
  {
    role: 'risk',
    text: 'sgi returned the security questionnaire on 2026-11-19',
    expect: `risk done ${SGI} questionnaire on 2026-11-19`,
  },
  {
    role: 'risk',
    text: 'tailspin sent back their questionnaire on nov 20',
    expect: `risk done ${TAILSPIN} questionnaire on 2026-11-20`,
  },
  {
    role: 'risk',
    text: 'datos completed the security questionnaire on nov 16',
    expect: `risk done ${DATOS} questionnaire on 2026-11-16`,
  },
  {
    role: 'risk',
    text: 'woodgrove answered their questionnaire nov 21',
    expect: `risk done ${WOODGROVE} questionnaire on 2026-11-21`,
  },
  {
    role: 'risk',
    text: 'contoso responded to the security questionnaire on 11/20',
    expect: `risk done ${CONTOSO} questionnaire on 2026-11-20`,
  },
  {
    role: 'risk',
    text: 'nordlicht filled in the questionnaire on nov 17',
    expect: `risk done ${NORDLICHT} questionnaire on 2026-11-17`,
  },
  {
    role: 'risk',
    text: 'litware replied to the DDQ on 2026-11-12',
    expect: `risk done ${LITWARE} questionnaire on 2026-11-12`,
  },
]

/** Requests Tickler does not serve, worded like work. */
const OFF_TOPIC: JobCase[] = [
  { role: 'vendor', text: 'can you approve my expense report', expect: 'unknown' },
  { role: 'contracts', text: 'please approve my holiday request', expect: 'unknown' },
  { role: 'support', text: 'can you book a meeting room for 3pm', expect: 'unknown' },
  { role: 'risk', text: 'submit my timesheet', expect: 'unknown' },
  { role: 'vendor', text: 'can you order me a new monitor', expect: 'unknown' },
  { role: 'contracts', text: 'sign this purchase order for me', expect: 'unknown' },
  { role: 'support', text: 'approve the travel request from anna', expect: 'unknown' },
  { role: 'risk', text: 'can you file my expenses', expect: 'unknown' },
]

/** A made-up sla word ("sla numbers", "sla stats") before a vendor and a period: the report. */
const SLA_WORDS: JobCase[] = [
  { role: 'support', text: 'SLA numbers for fabrikam for 2026', expect: `sla report ${FABRIKAM} 2026` },
  { role: 'support', text: 'sla stats for contoso last month', expect: `sla report ${CONTOSO} last month` },
  { role: 'support', text: 'sla figures for nordlicht for q3', expect: `sla report ${NORDLICHT} Q3 2026` },
  { role: 'support', text: 'SLA performance contoso october', expect: `sla report ${CONTOSO} october` },
  { role: 'support', text: 'sla metrics for datos for 2026', expect: `sla report ${DATOS} 2026` },
]

export const DEV_SET_4: JobCase[] = [
  ...RENEWAL_VALUES,
  ...CLAIMS,
  ...OWNER_FILTERS,
  ...OWNER_CHANGES,
  ...SLA_CONTRACTS,
  ...CHECKS_ANSWERED,
  ...OFF_TOPIC,
  ...SLA_WORDS,
]
