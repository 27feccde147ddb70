// Fixtures for the reminder and subscription tests: a context over a store, records with only the
// interesting fields given, and a notifier that records posts and fails on demand.
import { Temporal } from 'temporal-polyfill'
import { dispatch } from '../../src/app/dispatch.ts'
import type { Command, Context } from '../../src/commands/command.ts'
import { createRegistry } from '../../src/commands/registry.ts'
import type { Contract } from '../../src/domain/contract.ts'
import type { Vendor } from '../../src/domain/vendor.ts'
import type { Notifier, PostResult } from '../../src/reminders/notifier.ts'
import { reminderCommands } from '../../src/reminders/reminder-commands.ts'
import type { Reply } from '../../src/reply/reply.ts'
import type { Store } from '../../src/store/store.ts'
import { subscriptionCommands } from '../../src/subscriptions/subscription-commands.ts'
import { type Clock, ManualClock } from '../../src/time/clock.ts'
import { seed as seedRecords, makeContext as testContext } from '../support/context.ts'
import { contract as baseContract } from '../support/factories.ts'

export const COMMANDS: Command[] = [...subscriptionCommands, ...reminderCommands]

/** A context over the subscription and reminder commands; its clock is a ManualClock unless given. */
export function makeContext(
  options: { now?: string; env?: Record<string, string>; clock?: Clock; store?: Store } = {},
): Context & { clock: Clock } {
  const clock = options.clock ?? new ManualClock(Temporal.Instant.from(options.now ?? '2027-01-01T00:00:00Z'))
  return testContext(clock, { env: options.env, store: options.store, commands: COMMANDS })
}

/** A SaaS contract running to mid-2027 with 60 days' notice, the reminder tests' usual deal. */
export function contract(id: string, vendorId: string, fields: Partial<Contract> = {}): Contract {
  return baseContract({
    id,
    vendorId,
    title: `Contract ${id}`,
    kind: 'saas',
    startDate: '2025-01-01',
    endDate: '2027-06-30',
    noticeDays: 60,
    annualValue: '120000.00',
    ...fields,
  })
}

export function seed(context: Context, vendors: Vendor[], contracts: Contract[]): Promise<void> {
  return seedRecords(context.store, { vendors, contracts }, context.clock.now())
}

/** Runs a line as a user in a channel (or the terminal, a local admin), through the real dispatcher. */
export function say(
  context: Context,
  text: string,
  where: { channel?: string; user?: string } = {},
): Promise<Reply> {
  return dispatch(
    createRegistry(context.commands),
    {
      text,
      user: where.user ?? (where.channel ? 'U0ALICE' : 'terminal'),
      ...(where.channel ? { channel: where.channel } : { asAdmin: true }),
      requestId: 'test',
    },
    context,
  )
}

export interface RecordedPost {
  channel: string
  reply: Reply
  /** The sweep's instant, as the notifier saw it (set by the test through `now`). */
  at: string
}

export type Failure = PostResult & { ok: false }

/** Records every post; `failNext` makes a channel's next posts fail; `hang` never answers (a crash). */
export class FakeNotifier implements Notifier {
  readonly posts: RecordedPost[] = []
  readonly calls: RecordedPost[] = []
  failures = new Map<string, Failure>()
  hangAfter: number | null = null
  /** Called when a post hangs, so a test knows the "crash" has happened. */
  onHang: (() => void) | null = null
  now = ''

  constructor(readonly platform: 'slack' | 'teams') {}

  post(channel: string, reply: Reply): Promise<PostResult> {
    const call = { channel, reply, at: this.now }
    this.calls.push(call)
    if (this.hangAfter !== null) {
      if (this.hangAfter === 0) {
        this.onHang?.()
        return new Promise(() => {})
      }
      this.hangAfter--
    }
    const failure = this.failures.get(channel)
    if (failure) return Promise.resolve(failure)
    this.posts.push(call)
    return Promise.resolve({ ok: true })
  }
}

/** The contract id and deadline a renewal post is about, read from its Acknowledge button. */
export function renewalTarget(reply: Reply): { contractId: string; deadline: string } {
  const ack = reply.actions?.find((a) => a.command.startsWith('reminder ack '))
  if (!ack) throw new Error(`not a renewal post: ${reply.title}`)
  const [, , contractId, deadline] = ack.command.split(' ')
  return { contractId: contractId!, deadline: deadline! }
}
