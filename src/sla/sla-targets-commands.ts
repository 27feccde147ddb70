// `sla targets`, `sla target set` and `sla target remove` (SPEC §9): SLA targets read and edited
// from chat, with the rules of sla_targets.csv. Edits are for the contract's owner and admins, are
// audited with before and after by the store, and a rejected line changes nothing.
import type { Command, Context, Permission, Request } from '../commands/command.ts'
import { contractsOfVendor } from '../contracts/contracts-by-vendor.ts'
import { todayOf } from '../contracts/today.ts'
import type { Contract } from '../domain/contract.ts'
import { isActive } from '../domain/current-term.ts'
import type { SlaTarget } from '../domain/sla.ts'
import type { Vendor } from '../domain/vendor.ts'
import { UserError } from '../errors/errors.ts'
import { requireVendor } from '../lookup/vendor-argument.ts'
import { assertAllowed } from '../permissions/roles.ts'
import { answer, type Reply, type Section } from '../reply/reply.ts'
import type { StoreView } from '../store/store.ts'
import { describeTarget } from './sla-format.ts'
import {
  isTargetStop,
  READ_USAGE,
  REMOVE_USAGE,
  readContractOnly,
  readTargetLine,
  readTargetSettings,
  SET_USAGE,
  type Usage,
} from './sla-target-grammar.ts'
import { namedContract, targetContract } from './target-contract.ts'
import { targetOrderProblem } from './target-rules.ts'
import { calendarFor, targetId, targetsOf } from './targets.ts'

function vendorOf(request: Request, context: Context, command: string, usage: Usage, write: boolean) {
  return requireVendor(context.store, request.args, { write, command, ...usage, isStop: isTargetStop })
}

function targetsSection(view: StoreView, vendor: Vendor, contract: Contract, today: string): Section {
  const ended = isActive(contract, today) ? '' : ' (ended)'
  return {
    heading: `${vendor.name} — ${contract.title}${ended}`,
    items: targetsOf(view, contract.id).map((t) => ({ text: `${t.priority}: ${describeTarget(t)}` })),
    empty: 'No SLA targets.',
  }
}

function slaTargets(request: Request, context: Context): Reply {
  const { store } = context
  const { vendor, rest, note } = vendorOf(request, context, 'sla targets', READ_USAGE, false)
  const title = readContractOnly(rest, READ_USAGE)
  const today = todayOf(context)
  const contracts =
    title === null ? contractsOfVendor(store, vendor.id) : [namedContract(store, vendor, title, READ_USAGE)]
  return answer({
    title: `SLA targets: ${vendor.name}`,
    ...(note ? { text: [note] } : {}),
    sections:
      contracts.length > 0
        ? contracts.map((c) => targetsSection(store, vendor, c, today))
        : [{ items: [], empty: `${vendor.name} has no contracts.` }],
  })
}

/** SLA targets are contract terms: the contract's owner and admins change them (SPEC §6.1). */
const CHANGE_TARGETS: Permission = { role: 'owner', action: "change this contract's SLA targets" }

async function slaTargetSet(request: Request, context: Context): Promise<Reply> {
  const { store, config } = context
  const { vendor, rest } = vendorOf(request, context, 'sla target set', SET_USAGE, true)
  const line = readTargetLine(rest, SET_USAGE)
  const settings = readTargetSettings(line.after)
  const contract = targetContract(store, vendor, {
    title: line.contractTitle,
    today: todayOf(context),
    usage: SET_USAGE,
    command: 'sla target set',
    tail: line.fromPriority,
  })
  assertAllowed(request, context, CHANGE_TARGETS, { vendor, contract })
  const problem = targetOrderProblem(settings, calendarFor(contract, config))
  if (problem) throw new UserError(`Not set: ${problem}.`, SET_USAGE.form, SET_USAGE.example)

  const target: SlaTarget = {
    id: targetId(contract.id, line.priority),
    contractId: contract.id,
    priority: line.priority,
    ...settings,
  }
  const where = `${vendor.name} — ${contract.title}`
  const stored = store.get('slaTargets', target.id)
  if (stored && describeTarget(stored) === describeTarget(target)) {
    return answer({
      title: `The ${line.priority} target of ${where} is already ${describeTarget(target)}`,
      text: ['Nothing was changed.'],
    })
  }
  const before = await store.transact(change(request, context, 'sla target set'), (tx) => {
    const previous = tx.get('slaTargets', target.id)
    tx.put('slaTargets', target)
    return previous
  })
  return answer({
    title: `${before ? 'Changed' : 'Set'} the ${line.priority} target of ${where}: ${describeTarget(target)}`,
    text: [
      before ? `Before: ${describeTarget(before)}.` : `${contract.title} had no ${line.priority} target.`,
    ],
    sections: [targetsSection(store, vendor, contract, todayOf(context))],
  })
}

async function slaTargetRemove(request: Request, context: Context): Promise<Reply> {
  const { store } = context
  const { vendor, rest } = vendorOf(request, context, 'sla target remove', REMOVE_USAGE, true)
  const line = readTargetLine(rest, REMOVE_USAGE)
  if (line.after !== '') {
    throw new UserError(
      `Unexpected "${line.after}" after the priority.`,
      REMOVE_USAGE.form,
      REMOVE_USAGE.example,
    )
  }
  const contract = targetContract(store, vendor, {
    title: line.contractTitle,
    today: todayOf(context),
    usage: REMOVE_USAGE,
    command: 'sla target remove',
    tail: line.fromPriority,
  })
  assertAllowed(request, context, CHANGE_TARGETS, { vendor, contract })
  const where = `${vendor.name} — ${contract.title}`
  const id = targetId(contract.id, line.priority)
  const existing = store.get('slaTargets', id)
  if (!existing) {
    const has = targetsOf(store, contract.id).map((t) => t.priority)
    const targets = has.length ? `its targets: ${has.join(', ')}` : 'it has no SLA targets'
    throw new UserError(
      `${where} has no ${line.priority} target; ${targets}.`,
      REMOVE_USAGE.form,
      REMOVE_USAGE.example,
    )
  }
  await store.transact(change(request, context, 'sla target remove'), (tx) => tx.remove('slaTargets', id))
  return answer({
    title: `Removed the ${line.priority} target of ${where}`,
    text: [
      `It was ${describeTarget(existing)}. ${line.priority} incidents on this contract are now logged with no target.`,
    ],
    sections: [targetsSection(store, vendor, contract, todayOf(context))],
  })
}

function change(request: Request, context: Context, action: string) {
  return { who: request.user, at: context.clock.now(), action, requestId: request.requestId }
}

/** `sla target` alone or with another word: the two target commands, not a guess. */
function targetHelp(request: Request): Reply {
  const word = request.args.split(/\s+/)[0] ?? ''
  const what = word ? `"sla target ${word}" is not an sla command` : 'sla target needs set or remove'
  throw new UserError(`${what}: use sla target set or sla target remove.`, SET_USAGE.form, SET_USAGE.example)
}

export const slaTargetCommands: Command[] = [
  {
    name: 'sla targets',
    usage: READ_USAGE.form,
    summary: "A vendor's SLA targets per contract and priority: response, resolution and hours.",
    examples: [READ_USAGE.example, 'sla targets Acme contract "Managed network"'],
    writes: false,
    handler: slaTargets,
  },
  {
    name: 'sla target set',
    usage: SET_USAGE.form,
    summary: "Set or change one priority's SLA target on a contract (contract owner or admin).",
    examples: [
      SET_USAGE.example,
      'sla target set Acme contract "Managed network" P2 response 4h resolution 2d hours business',
    ],
    writes: true,
    permission: CHANGE_TARGETS,
    handler: slaTargetSet,
  },
  {
    name: 'sla target remove',
    usage: REMOVE_USAGE.form,
    summary: "Remove one priority's SLA target from a contract (contract owner or admin).",
    examples: [REMOVE_USAGE.example],
    writes: true,
    permission: CHANGE_TARGETS,
    handler: slaTargetRemove,
  },
  {
    name: 'sla target',
    usage: 'sla target set|remove …',
    summary: 'The SLA target commands.',
    examples: [SET_USAGE.example],
    writes: true,
    hidden: true,
    handler: targetHelp,
  },
]
