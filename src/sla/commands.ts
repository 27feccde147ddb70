// The `sla` commands, in help order.
import type { Command, Permission, Request } from '../commands/command.ts'
import { UserError } from '../errors/errors.ts'
import { type Reply, rejected } from '../reply/reply.ts'
import { downtimeCommand } from './sla-downtime.ts'
import { slaLog } from './sla-log.ts'
import { LOG_FORM } from './sla-log-grammar.ts'
import { REPORT_FORM, slaOpen, slaReport } from './sla-read.ts'
import { SHOW_USAGE, slaShow } from './sla-show.ts'
import { slaTargetCommands } from './sla-targets-commands.ts'
import { RESOLVE_FORM, RESPOND_FORM, slaResolve, slaRespond } from './sla-update.ts'

const SUBCOMMANDS = [
  'log',
  'respond',
  'resolve',
  'open',
  'show',
  'report',
  'downtime',
  'claims',
  'claim',
  'statement',
  'targets',
  'target set',
  'target remove',
]
const SLA_FORM =
  'sla log|respond|resolve|open|show|report|downtime|claims|claim|statement|targets|target set|target remove …'
/** Whoever sees an outage may log it and record the vendor's answers (SPEC §6.1). */
const ANYONE: Permission = { role: 'anyone' }

/**
 * `sla` alone names the sla commands. With an unknown word it is no command's form: thrown, so a
 * read-like line ("sla credits for Contoso last month") may be answered in plain words (SPEC §4.1).
 */
function slaHelp(request: Request): Reply {
  const word = request.args.split(/\s+/)[0] ?? ''
  if (!word)
    return rejected(`sla needs a command: use sla ${SUBCOMMANDS.join(', sla ')}.`, SLA_FORM, 'sla open')
  throw new UserError(
    `"sla ${word}" is not an sla command: use sla ${SUBCOMMANDS.join(', sla ')}.`,
    SLA_FORM,
    'sla open',
  )
}

export const slaCommands: Command[] = [
  {
    name: 'sla log',
    usage: LOG_FORM,
    summary: "Log an incident against the vendor's contract with SLA targets; replies with its deadlines.",
    examples: [
      'sla log Contoso P1 VPN down for all staff started 9:05',
      'sla log Acme contract "Managed network" P2 Slow Wi-Fi',
    ],
    writes: true,
    permission: ANYONE,
    phrasings: ['log an incident', 'report an outage', 'raise a P1'],
    handler: slaLog,
  },
  {
    name: 'sla respond',
    usage: RESPOND_FORM.form,
    summary: 'Record when the vendor responded to an incident (default now).',
    examples: [RESPOND_FORM.example],
    phrasings: ['the vendor responded to INC-0042 at 9:40', 'INC-0042 was acknowledged'],
    writes: true,
    permission: ANYONE,
    handler: slaRespond,
  },
  {
    name: 'sla resolve',
    usage: RESOLVE_FORM.form,
    summary: 'Record when an incident was resolved (default now).',
    examples: [RESOLVE_FORM.example],
    phrasings: ['INC-0042 is fixed', 'INC-0042 was resolved at 11:15', 'close INC-0042'],
    writes: true,
    permission: ANYONE,
    handler: slaResolve,
  },
  {
    name: 'sla open',
    usage: 'sla open',
    summary: 'Open incidents with the time left, or overdue, against each target.',
    examples: ['sla open'],
    writes: false,
    phrasings: ['open incidents', 'which incidents are open', 'any SLA breaches'],
    handler: slaOpen,
  },
  {
    name: 'sla show',
    usage: SHOW_USAGE.form,
    summary:
      'One incident: its targets, when each was due and whether it was met or breached, and its history.',
    examples: [SHOW_USAGE.example],
    writes: false,
    handler: slaShow,
  },
  {
    name: 'sla report',
    usage: REPORT_FORM,
    summary:
      'Attainment per priority, breaches and the service credit owed, for a period (default last month).',
    examples: ['sla report Contoso last month', 'sla report Acme Q3', 'sla report Acme 2026'],
    writes: false,
    phrasings: ['SLA report for', 'how did the vendor do on SLAs', 'service credits owed'],
    handler: slaReport,
  },
  downtimeCommand,
  ...slaTargetCommands,
  {
    name: 'sla',
    usage: SLA_FORM,
    summary: 'The SLA commands.',
    examples: ['sla open'],
    writes: false,
    hidden: true,
    handler: slaHelp,
  },
]
