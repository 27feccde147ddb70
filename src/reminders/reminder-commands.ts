// The hidden commands behind a reminder's buttons. Acknowledge and a decision stop the later stages
// of that deadline in every channel; Snooze 7 days holds them until then. Each runs through the
// normal dispatcher as the person who pressed the button, so it is audited like any other write.
// Anyone who sees a reminder may acknowledge or snooze it; a decision ends the reminders
// everywhere, so only the contract's owner or an admin may record one (SPEC §6.1).
import type { Command, Context, Permission, Request } from '../commands/command.ts'
import { type Contract, DECISIONS } from '../domain/contract.ts'
import { UserError } from '../errors/errors.ts'
import { quote } from '../parse/tokens.ts'
import { assertAllowed } from '../permissions/roles.ts'
import { type Action, answer, type Reply } from '../reply/reply.ts'
import { addDays, addMonths, isCalendarDate } from '../time/calendar-date.ts'
import { localDate } from '../time/zone.ts'
import { deadlineActionId, latestDecision } from './deadline-status.ts'
import { type ReminderDeadline, reminderDeadlines } from './deadlines.ts'
import { deadlineLabel } from './renewal-post.ts'

export const SNOOZE_DAYS = 7

interface Target {
  contract: Contract
  vendorName: string
  deadline: ReminderDeadline
  today: string
}

function parseTarget(
  request: Request,
  context: Context,
  form: string,
  example: string,
): Target & { rest: string[] } {
  const [contractId, deadline, ...rest] = request.args.split(/\s+/).filter(Boolean)
  if (!contractId || !deadline || !isCalendarDate(deadline)) {
    throw new UserError('This needs a contract id and a deadline date.', form, example)
  }
  const contract = context.store.get('contracts', contractId)
  if (!contract)
    throw new UserError(
      `There is no contract with id ${contractId}; it may have been removed.`,
      form,
      example,
    )
  const today = localDate(context.clock.now(), context.config.TICKLER_TIMEZONE)
  const vendorName = context.store.get('vendors', contract.vendorId)?.name ?? '(unknown vendor)'
  const current = reminderDeadlines(contract, today, context.config.businessCalendar).find(
    (d) => d.date === deadline,
  )
  if (!current) {
    const now = reminderDeadlines(contract, today, context.config.businessCalendar)
      .map(deadlineLabel)
      .join(' and ')
    throw new UserError(
      `${deadline} is no longer a deadline of ${vendorName} ${contract.title}${now ? `; it is now ${now}` : ' (the contract has ended)'}. Nothing was recorded.`,
    )
  }
  return { contract, vendorName, deadline: current, today, rest }
}

function change(request: Request, context: Context, action: string) {
  return { who: request.user, at: context.clock.now(), action, requestId: request.requestId }
}

const ACK_FORM = 'reminder ack <contract id> <deadline>'
const SNOOZE_FORM = 'reminder snooze <contract id> <deadline>'
const DECIDE_FORM = 'reminder decide <contract id> <deadline> renew|renegotiate|cancel'
const ANYONE: Permission = { role: 'anyone' }
const DECIDE: Permission = { role: 'owner', action: 'decide its renewal' }

async function acknowledge(request: Request, context: Context): Promise<Reply> {
  const t = parseTarget(request, context, ACK_FORM, 'reminder ack c-123 2027-04-01')
  const id = deadlineActionId(t.contract.id, t.deadline.date, 'acknowledge')
  const existing = context.store.get('deadlineActions', id)
  if (existing) {
    return answer({
      text: [
        [
          `${t.vendorName} ${t.contract.title}: ${deadlineLabel(t.deadline)} was already acknowledged by `,
          { mention: existing.by },
          '.',
        ],
      ],
    })
  }
  await context.store.transact(change(request, context, 'reminder ack'), (tx) => {
    tx.put('deadlineActions', {
      id,
      contractId: t.contract.id,
      deadline: t.deadline.date,
      action: 'acknowledge',
      until: null,
      by: request.user,
      at: context.clock.now().toString({ smallestUnit: 'millisecond' }),
    })
  })
  return answer({
    text: [
      [
        `Acknowledged by `,
        { mention: request.user },
        `: ${t.vendorName} ${t.contract.title}, ${deadlineLabel(t.deadline)}.`,
      ],
      'No further reminders for this deadline in any channel.',
    ],
    actions: decideActions(t),
  })
}

async function snooze(request: Request, context: Context): Promise<Reply> {
  const t = parseTarget(request, context, SNOOZE_FORM, 'reminder snooze c-123 2027-04-01')
  const until = addDays(t.today, SNOOZE_DAYS)
  await context.store.transact(change(request, context, 'reminder snooze'), (tx) => {
    tx.put('deadlineActions', {
      id: deadlineActionId(t.contract.id, t.deadline.date, 'snooze'),
      contractId: t.contract.id,
      deadline: t.deadline.date,
      action: 'snooze',
      until,
      by: request.user,
      at: context.clock.now().toString({ smallestUnit: 'millisecond' }),
    })
  })
  const after =
    until > t.deadline.date
      ? 'That is after the deadline, so no further reminders come for it.'
      : `From then the latest reminder stage not yet posted is posted.`
  return answer({
    text: [
      `Snoozed until ${until}: ${t.vendorName} ${t.contract.title}, ${deadlineLabel(t.deadline)}.`,
      after,
    ],
  })
}

/** `"Vendor" "Title"`: the register commands' unambiguous contract argument. */
function contractRef(t: Target): string {
  return `${quote(t.vendorName)} ${quote(t.contract.title)}`
}

function decideActions(t: Target): Action[] {
  return DECISIONS.map((d) => ({
    label: `Decide: ${d[0]!.toUpperCase()}${d.slice(1)}`,
    command: `reminder decide ${t.contract.id} ${t.deadline.date} ${d}`,
  }))
}

async function decide(request: Request, context: Context): Promise<Reply> {
  const example = 'reminder decide c-123 2027-04-01 renew'
  const t = parseTarget(request, context, DECIDE_FORM, example)
  const vendor = context.store.get('vendors', t.contract.vendorId)
  assertAllowed(request, context, DECIDE, {
    vendor: vendor ?? { name: t.vendorName, owner: '' },
    contract: t.contract,
  })
  const decision = DECISIONS.find((d) => d === t.rest[0]?.toLowerCase())
  if (!decision) {
    throw new UserError(`The decision must be renew, renegotiate or cancel.`, DECIDE_FORM, example)
  }
  const previous = latestDecision(t.contract, t.deadline.date)
  if (previous?.decision !== decision) {
    await context.store.transact(change(request, context, 'reminder decide'), (tx) => {
      const contract = tx.get('contracts', t.contract.id)!
      tx.put('contracts', {
        ...contract,
        decisions: [
          ...contract.decisions,
          {
            decision,
            deadline: t.deadline.date,
            by: request.user,
            at: context.clock.now().toString({ smallestUnit: 'millisecond' }),
          },
        ],
      })
    })
  }
  return answer({
    text: [
      [
        `Decision recorded by `,
        { mention: request.user },
        `: ${decision} ${t.vendorName} ${t.contract.title} (${deadlineLabel(t.deadline)}).`,
      ],
      'No further reminders for this deadline in any channel.',
      ...nextStep(t, decision),
    ],
    actions: nextActions(t, decision),
  })
}

function nextStep(t: Target, decision: (typeof DECISIONS)[number]): string[] {
  const ref = contractRef(t)
  if (decision === 'cancel') {
    return [
      `Next: give notice to ${t.vendorName}, then record the end with contract end ${ref} on ${t.deadline.end}.`,
    ]
  }
  const end = addDays(addMonths(addDays(t.deadline.end, 1), t.contract.renewalTermMonths), -1)
  const value = `${t.contract.annualValue} ${t.contract.currency}`
  return [
    `Next: once the new terms are agreed, record the new end date and value with contract renew ${ref} end <date> value <amount> <currency>, for example contract renew ${ref} end ${end} value ${value}.`,
  ]
}

function nextActions(t: Target, decision: (typeof DECISIONS)[number]): Action[] {
  const ref = contractRef(t)
  if (decision === 'cancel') {
    return [
      { label: 'End the contract', command: `contract end ${ref} on ${t.deadline.end}`, style: 'danger' },
    ]
  }
  return [{ label: 'Record the renewal', command: `contract renew ${ref}`, style: 'primary' }]
}

export const reminderCommands: Command[] = [
  {
    name: 'reminder ack',
    usage: ACK_FORM,
    summary: "Acknowledge a renewal reminder: stops that deadline's later reminders in every channel",
    examples: ['reminder ack c-123 2027-04-01'],
    writes: true,
    permission: ANYONE,
    hidden: true,
    handler: acknowledge,
  },
  {
    name: 'reminder snooze',
    usage: SNOOZE_FORM,
    summary: `Snooze a renewal reminder for ${SNOOZE_DAYS} days`,
    examples: ['reminder snooze c-123 2027-04-01'],
    writes: true,
    permission: ANYONE,
    hidden: true,
    handler: snooze,
  },
  {
    name: 'reminder decide',
    usage: DECIDE_FORM,
    summary: 'Record a renewal decision for a deadline',
    examples: ['reminder decide c-123 2027-04-01 renew'],
    writes: true,
    permission: DECIDE,
    hidden: true,
    handler: decide,
  },
]
