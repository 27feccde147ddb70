// Eleventh development set for issue 22, written by the engineer of round 9 BEFORE each fix: for
// set 14's wrong write and for each class it missed, about ten OTHER ways to say that class, so the
// fix is for the class and not for the line. Not held out. Same register, clock and format as the
// job sets (test/language/fixture.ts: Wednesday 2026-11-25 10:30 New York, asker U0NORTH). A stored
// change before Confirm, or a proposal of another command, is a wrong write (answer-score.ts);
// asking instead of proposing is a miss, never a wrong write.
// Score: `node bin/run-ts.mjs test/language/print-dev-score.ts --set 11`.
import type { JobCase, JobExpected, Role } from './job-held-out-set.ts'

const ADATUM = '"Adatum Identity"'
const ALPINE = '"Alpine Ski Hardware"'
const COHO = '"Coho Backup"'
const NORTHWIND = '"Northwind Analytics"'
const LITWARE = '"Litware Office Suite"'
const PROSEWARE = '"Proseware HR"'
const SGI = '"Société Générale Informatique"'
const CONTOSO = '"Contoso Cloud Services"'
const DATOS = '"Datos São Paulo Serviços"'
const FABRIKAM = '"Fabrikam Networks"'
const MULLER = '"Müller & Söhne Rechenzentrum"'
const NORDLICHT = '"Nordlicht Telekom"'
const TAILSPIN = '"Tailspin Security"'
const VANARSDEL = '"VanArsdel Devices"'
const WOODGROVE = '"Woodgrove Payments"'

const line = (role: Role, text: string, expect: JobExpected): JobCase => ({ role, text, expect })

/**
 * A new incident whose contract is named by words of its title before the colon (set 14 put
 * "saas:" in the summary): those words are the contract clause, and a summary never carries words
 * of the vendor's name or its titles that sit before the colon.
 */
export const CONTRACT_BEFORE_COLON: JobCase[] = [
  line(
    'support',
    'log a P3 for woodgrove fraud screening: false positives spiking',
    `sla log ${WOODGROVE} contract "Fraud screening" P3 false positives spiking`,
  ),
  line(
    'support',
    'nordlicht mpls P2: branch links dropping packets',
    `sla log ${NORDLICHT} contract "MPLS network" P2 branch links dropping packets`,
  ),
  line(
    'support',
    'tailspin edr P3 - agent updates stuck',
    `sla log ${TAILSPIN} contract "EDR subscription" P3 agent updates stuck`,
  ),
  line(
    'support',
    'raise a p2 against contoso cloud hosting: storage latency high',
    `sla log ${CONTOSO} contract "Cloud hosting" P2 storage latency high`,
  ),
  line(
    'support',
    'p2 for datos service desk: ticket queue not syncing',
    `sla log ${DATOS} contract "Service desk" P2 ticket queue not syncing`,
  ),
  line(
    'support',
    'log a p3 for alpine laptop leasing: replacement units late',
    `sla log ${ALPINE} contract "Laptop leasing" P3 replacement units late`,
  ),
  line(
    'support',
    'müller colocation racks P2 - cooling alarm in the east hall',
    `sla log ${MULLER} contract "Colocation racks" P2 cooling alarm in the east hall`,
  ),
  line(
    'support',
    'log a P2 for adatum privileged access: vault logins failing, started 7:45',
    `sla log ${ADATUM} contract "Privileged access" P2 vault logins failing started 2026-11-25 07:45`,
  ),
  line(
    'support',
    'fabrikam branch routers P3: firmware push stalled',
    `sla log ${FABRIKAM} contract "Branch routers" P3 firmware push stalled`,
  ),
  line(
    'support',
    'log a p4 for vanarsdel mdm: enrolment emails delayed',
    `sla log ${VANARSDEL} contract "MDM licences" P4 enrolment emails delayed`,
  ),
  // A word of the vendor's name that is no title's, before the colon: never the summary's.
  line('support', 'log a p2 for alpine hardware: screens flickering', { incomplete: 'sla log' }),
]

/** An incident's state asked in slang ("is INC-0002 sorted?", set 14): its state, never a write. */
export const INCIDENT_STATE_SLANG: JobCase[] = [
  line('support', 'is INC-0003 sorted yet?', { fact: ['INC-0003', 'resolved'] }),
  line('support', 'has INC-0009 been sorted out', { fact: ['INC-0009', 'open'] }),
  line('support', 'INC-0004 all good now?', { fact: ['INC-0004', 'resolved'] }),
  line('support', 'did INC-0001 get sorted', { fact: ['INC-0001', 'resolved'] }),
  line('support', 'is INC-0008 dealt with?', { fact: ['INC-0008', 'open'] }),
  line('support', 'has INC-0005 been taken care of?', { fact: ['INC-0005', 'resolved'] }),
  line('support', 'INC-0006 squared away?', { fact: ['INC-0006', 'resolved'] }),
  line('support', 'is INC-0009 back up?', { fact: ['INC-0009', 'open'] }),
  line('support', 'INC-0007 sorted?', { fact: ['INC-0007', 'resolved'] }),
  line('support', 'is INC-0008 wrapped up', { fact: ['INC-0008', 'open'] }),
  line('support', 'inc-0010 cleared yet?', { fact: ['INC-0010', 'open'] }),
]

/** The vendor's owner asked as "the vendor owner" or "which of us owns X" (set 14: the contact or a card). */
export const OWNER_ASKED: JobCase[] = [
  line('vendor', "who's the vendor owner for fabrikam", { fact: ['U0EAST'] }),
  line('vendor', 'woodgrove - who is the internal owner', { fact: ['U0EAST'] }),
  line('vendor', 'which of us owns nordlicht', { fact: ['U0SOUTH'] }),
  line('vendor', 'which of us looks after the litware account', { fact: ['U0WEST'] }),
  line('vendor', 'who on our side owns alpine?', { fact: ['U0EAST'] }),
  line('vendor', 'who internally owns the relecloud relationship', { fact: ['U0WEST'] }),
  line('vendor', 'whos the business owner of humongous', { fact: ['U0SOUTH'] }),
  line('vendor', 'which one of us is responsible for wingtip', { fact: ['U0SOUTH'] }),
  line('vendor', "adatum: who's the relationship owner?", { fact: ['U0EAST'] }),
  line('vendor', "which of us manages margie's", { fact: ['U0WEST'] }),
  line('vendor', 'who in the team owns blue yonder', { fact: ['U0EAST'] }),
]

/** A check done told as "<vendor> sent their <check> on <date>: <note>" or "<check> was renewed on <date>". */
export const CHECK_SENT_OR_RENEWED: JobCase[] = [
  line(
    'risk',
    'coho sent their soc 2 on 20 nov: type II, no exceptions',
    `risk done ${COHO} soc2 on 2026-11-20 type II, no exceptions`,
  ),
  line(
    'risk',
    'tailspin sent over their pentest on 19 nov: two mediums open',
    `risk done ${TAILSPIN} pentest on 2026-11-19 two mediums open`,
  ),
  line('risk', 'adatum sent their insurance cert on nov 18', `risk done ${ADATUM} insurance on 2026-11-18`),
  line(
    'risk',
    'fabrikam insurance certificate was renewed on 16 nov',
    `risk done ${FABRIKAM} insurance on 2026-11-16`,
  ),
  line('risk', 'contoso soc 2 was renewed on 2026-11-12', `risk done ${CONTOSO} soc2 on 2026-11-12`),
  line(
    'risk',
    "nordlicht's insurance was renewed on 21 nov",
    `risk done ${NORDLICHT} insurance on 2026-11-21`,
  ),
  line(
    'risk',
    'litware sent their questionnaire on 24 nov: all sections answered',
    `risk done ${LITWARE} questionnaire on 2026-11-24 all sections answered`,
  ),
  line('risk', 'datos sent their soc 2 on 22 nov', `risk done ${DATOS} soc2 on 2026-11-22`),
  line('risk', "sgi's soc 1 got renewed on 10 nov", `risk done ${SGI} soc1 on 2026-11-10`),
  line(
    'risk',
    'proseware insurance cert renewed on 20 nov',
    `risk done ${PROSEWARE} insurance on 2026-11-20`,
  ),
  line(
    'risk',
    'woodgrove sent us their pci aoc on 17 nov: clean',
    `risk done ${WOODGROVE} pci_dss on 2026-11-17 clean`,
  ),
]

/** Stopping a check in words ("stop doing adverse media checks on X", set 14): risk remove. */
export const CHECK_STOPPED: JobCase[] = [
  line('risk', 'stop doing the insurance check for coho', `risk remove ${COHO} insurance`),
  line('risk', 'we can stop the adverse media screening on alpine', `risk remove ${ALPINE} adverse_media`),
  line('risk', 'no need to do pentests on tailspin anymore', `risk remove ${TAILSPIN} pentest`),
  line('risk', "let's stop checking litware's insurance", `risk remove ${LITWARE} insurance`),
  line('risk', 'quit doing the questionnaire for northwind', `risk remove ${NORTHWIND} questionnaire`),
  line('risk', 'stop asking datos for their soc 2', `risk remove ${DATOS} soc2`),
  line('risk', 'cease the iso 27001 check for müller', `risk remove ${MULLER} iso27001`),
  line('risk', 'stop doing fabrikam questionnaires', `risk remove ${FABRIKAM} questionnaire`),
  line('risk', 'stop the nordlicht adverse media reviews', `risk remove ${NORDLICHT} adverse_media`),
  line(
    'risk',
    "we don't need to run adverse media on proseware any more",
    `risk remove ${PROSEWARE} adverse_media`,
  ),
]

/** Auto-renew turned off in words (set 14 asked for a renewal's end date): contract edit … auto-renew no. */
export const AUTO_RENEW_OFF: JobCase[] = [
  line(
    'contracts',
    'switch off auto-renew for the coho backup saas',
    `contract edit ${COHO} "Backup SaaS" auto-renew no`,
  ),
  line(
    'contracts',
    'disable auto renewal on the litware enterprise agreement',
    `contract edit ${LITWARE} "Enterprise agreement" auto-renew no`,
  ),
  line(
    'contracts',
    'the woodgrove payment gateway should not auto renew',
    `contract edit ${WOODGROVE} "Payment gateway" auto-renew no`,
  ),
  line(
    'contracts',
    'turn auto-renew off on the adatum workforce sso',
    `contract edit ${ADATUM} "Workforce SSO" auto-renew no`,
  ),
  line(
    'contracts',
    'no more auto renewal for the tailspin edr subscription',
    `contract edit ${TAILSPIN} "EDR subscription" auto-renew no`,
  ),
  line(
    'contracts',
    'stop the nordlicht mpls from auto-renewing',
    `contract edit ${NORDLICHT} "MPLS network" auto-renew no`,
  ),
  line(
    'contracts',
    'set auto-renew to no on the datos service desk',
    `contract edit ${DATOS} "Service desk" auto-renew no`,
  ),
  line(
    'contracts',
    'kill the autorenew on proseware',
    `contract edit ${PROSEWARE} "HR and payroll" auto-renew no`,
  ),
  line(
    'contracts',
    'fabrikam branch routers: auto renew off',
    `contract edit ${FABRIKAM} "Branch routers" auto-renew no`,
  ),
  line(
    'contracts',
    'we do not want the alpine laptop leasing to auto renew',
    `contract edit ${ALPINE} "Laptop leasing" auto-renew no`,
  ),
]

/** A read-like line after a command word ("sla performance for X this month so far") falls back (SPEC §4.1). */
export const READ_AFTER_COMMAND_WORD: JobCase[] = [
  line('support', 'sla performance for coho this month so far', `sla report ${COHO} this month`),
  line('support', 'sla numbers for datos this quarter so far', `sla report ${DATOS} this quarter`),
  line('support', 'sla stats for tailspin this year so far', `sla report ${TAILSPIN} this year`),
  line('support', 'sla performance for woodgrove so far this month', `sla report ${WOODGROVE} this month`),
  line('support', 'sla results for adatum last month', `sla report ${ADATUM} last month`),
  line('support', 'sla figures for nordlicht so far this year', `sla report ${NORDLICHT} this year`),
  line('support', 'sla performance for contoso q3', `sla report ${CONTOSO} q3`),
  line('support', 'sla scorecard for fabrikam this quarter so far', `sla report ${FABRIKAM} this quarter`),
]

/** SLA targets asked as what was agreed ("what response times did we agree with X for Y", set 14). */
export const TARGETS_AGREED: JobCase[] = [
  line(
    'support',
    'what response times did we agree with tailspin for the edr subscription',
    `sla targets ${TAILSPIN} contract "EDR subscription"`,
  ),
  line(
    'support',
    'which response targets did we agree with woodgrove for the payment gateway',
    `sla targets ${WOODGROVE} contract "Payment gateway"`,
  ),
  line(
    'support',
    'what sla did we sign with adatum for workforce sso',
    `sla targets ${ADATUM} contract "Workforce SSO"`,
  ),
  line(
    'support',
    'what did we agree with nordlicht on response times for the mpls',
    `sla targets ${NORDLICHT} contract "MPLS network"`,
  ),
  line(
    'support',
    'response times agreed with contoso for cloud hosting?',
    `sla targets ${CONTOSO} contract "Cloud hosting"`,
  ),
  line(
    'support',
    'what resolution times did sgi commit to on the mainframe outsourcing',
    `sla targets ${SGI} contract "Mainframe outsourcing"`,
  ),
  line(
    'support',
    'what response times did we agree with proseware for hr and payroll',
    `sla targets ${PROSEWARE} contract "HR and payroll"`,
  ),
  line(
    'support',
    'what are the agreed resolution times with coho for the backup appliances',
    `sla targets ${COHO} contract "Backup appliances"`,
  ),
  line(
    'support',
    'what did we agree with fabrikam for core switch maintenance response times',
    `sla targets ${FABRIKAM} contract "Core switch maintenance"`,
  ),
  line(
    'support',
    'what resolution times did we agree with datos for the service desk',
    `sla targets ${DATOS} contract "Service desk"`,
  ),
]

/** A vendor's contracts and checks together ("woodgrove's contracts and checks", set 14): its card. */
export const CONTRACTS_AND_CHECKS: JobCase[] = [
  line('vendor', 'coho contracts and risk checks', `vendor ${COHO}`),
  line('vendor', 'show me everything for tailspin: contracts, checks', `vendor ${TAILSPIN}`),
  line('vendor', 'adatum checks and contracts', `vendor ${ADATUM}`),
  line('vendor', 'what contracts and checks do we have with nordlicht', `vendor ${NORDLICHT}`),
  line('vendor', "fabrikam's contracts plus their checks", `vendor ${FABRIKAM}`),
  line('vendor', 'list the contracts and risk checks for datos', `vendor ${DATOS}`),
  line('vendor', 'contracts & checks for proseware', `vendor ${PROSEWARE}`),
  line('vendor', 'litware: contracts and compliance checks', `vendor ${LITWARE}`),
  line('vendor', 'give me alpine contracts and checks', `vendor ${ALPINE}`),
  line('vendor', "müller's checks and contracts pls", `vendor ${MULLER}`),
]

/**
 * A contract named at either end of an incident's summary, whatever joins it (comma, dash, "re",
 * nothing; set 15 carried "cloud hosting," into the summary): the contract clause, never the summary.
 */
export const CONTRACT_AT_SUMMARY_EDGE: JobCase[] = [
  line(
    'support',
    'log a P2 for woodgrove fraud screening, false positives spiking',
    `sla log ${WOODGROVE} contract "Fraud screening" P2 false positives spiking`,
  ),
  line(
    'support',
    'nordlicht mpls P2, branch links dropping packets',
    `sla log ${NORDLICHT} contract "MPLS network" P2 branch links dropping packets`,
  ),
  line(
    'support',
    'P3 tailspin edr — agent updates stuck',
    `sla log ${TAILSPIN} contract "EDR subscription" P3 agent updates stuck`,
  ),
  line(
    'support',
    'raise a p2 re contoso cloud hosting storage latency high',
    `sla log ${CONTOSO} contract "Cloud hosting" P2 storage latency high`,
  ),
  line(
    'support',
    'p2 for datos service desk ticket queue not syncing',
    `sla log ${DATOS} contract "Service desk" P2 ticket queue not syncing`,
  ),
  line(
    'support',
    'log a p3 re alpine laptop leasing replacement units late',
    `sla log ${ALPINE} contract "Laptop leasing" P3 replacement units late`,
  ),
  line(
    'support',
    'müller P2 colocation racks, cooling alarm in the east hall',
    `sla log ${MULLER} contract "Colocation racks" P2 cooling alarm in the east hall`,
  ),
  line(
    'support',
    'log a P2 for adatum privileged access, vault logins failing, started 7:45',
    `sla log ${ADATUM} contract "Privileged access" P2 vault logins failing started 2026-11-25 07:45`,
  ),
  line(
    'support',
    'log a p3 for coho restores failing on the backup appliances',
    `sla log ${COHO} contract "Backup appliances" P3 restores failing`,
  ),
  line(
    'support',
    'P2 datos: ticket queue not syncing - service desk',
    `sla log ${DATOS} contract "Service desk" P2 ticket queue not syncing`,
  ),
]

export const DEV_SET_11: JobCase[] = [
  ...CONTRACT_BEFORE_COLON,
  ...INCIDENT_STATE_SLANG,
  ...OWNER_ASKED,
  ...CHECK_SENT_OR_RENEWED,
  ...CHECK_STOPPED,
  ...AUTO_RENEW_OFF,
  ...READ_AFTER_COMMAND_WORD,
  ...TARGETS_AGREED,
  ...CONTRACTS_AND_CHECKS,
  ...CONTRACT_AT_SUMMARY_EDGE,
]
