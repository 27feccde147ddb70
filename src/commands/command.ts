// What a command is: a declaration (grammar, help, examples, phrasings) and a plain handler.
import type { Logger } from 'pino'
import type { Config } from '../config/config.ts'
import type { PeopleDirectory } from '../domain/people.ts'
import type { Reply } from '../reply/reply.ts'
import type { Store } from '../store/store.ts'
import type { Clock } from '../time/clock.ts'

/** A platform-neutral request: who, where, the clean text. Adapters build it; nothing else. */
export interface Request {
  /** The whole command line, mentions stripped, whitespace trimmed. */
  text: string
  /** The text after the command's name (filled in by the dispatcher). */
  args: string
  /** Opaque platform user id ('U0NORTH', an AAD object id) or 'terminal'. */
  user: string
  /**
   * Whoever runs the CLI on this machine is a local administrator (SPEC §6): only the terminal
   * adapter sets this. Chat adapters never do, so no chat user can claim it, whatever their id.
   * Which surface asked is not part of the request: the core must not answer it differently.
   */
  asAdmin?: boolean
  /** Slack team id or Teams tenant id; absent in the terminal. */
  workspace?: string
  /** Opaque channel reference ('slack:T1:C1', 'teams:<conversation id>'); absent in the terminal. */
  channel?: string
  /** Correlates logs and audit entries. */
  requestId: string
}

export interface Context {
  store: Store
  clock: Clock
  config: Config
  log: Logger
  /** Every registered command, for help and the plain-language layer. */
  commands: readonly Command[]
  /** The connected platforms' user directories (SPEC §11 owners); none in the terminal alone. */
  people?: readonly PeopleDirectory[]
}

export type Handler = (request: Request, context: Context) => Reply | Promise<Reply>

/**
 * Who may run a command (SPEC §6.1): anyone; the owner of the vendor or contract it acts on (and
 * admins); or admins only. `action` finishes the refusal's "Only … may <action>".
 */
export type Permission = { role: 'anyone' } | { role: 'owner' | 'admin'; action: string }

export interface Command {
  /** One or two words: 'renewals', 'sla log', 'vendor add'. The longest name that prefixes a line wins. */
  name: string
  /** The grammar as help prints it: 'renewals [window]'. */
  usage: string
  summary: string
  examples: string[]
  /** Whether it changes the store: writes are never run from a guess (plain-language layer). */
  writes: boolean
  /**
   * Who may run it. Every write declares one and its handler checks it with `assertAllowed` once
   * it knows the vendor or contract, before storing anything. Reads leave it out: anyone.
   */
  permission?: Permission
  /** Internal commands carried by buttons (acknowledge, snooze): not listed in help. */
  hidden?: boolean
  /** Natural phrasings for the plain-language layer; also shown by `help <command>`. */
  phrasings?: string[]
  handler: Handler
}
