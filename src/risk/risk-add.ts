// `risk add <vendor> <check> [every <n> days]`: a new check, never done, so due the day it is
// added. On a check the vendor already has, `every <n> days` changes its cadence (the next due
// date is recomputed from the last-done date).
import { randomUUID } from 'node:crypto'
import type { Command, Permission } from '../commands/command.ts'
import { cadenceOf, checkStatus, defaultCadence } from '../domain/due-date.ts'
import { UserError } from '../errors/errors.ts'
import { requireVendor } from '../lookup/vendor-argument.ts'
import { quote } from '../parse/tokens.ts'
import { assertAllowed } from '../permissions/roles.ts'
import { answer } from '../reply/reply.ts'
import { isRiskStop, readAddArgs } from './risk-args.ts'
import { dueCountdown } from './risk-format.ts'
import { checksOf, todayOf } from './vendor-checks.ts'

const FORM = 'risk add <vendor> <check> [every <n> days]'
const EXAMPLE = 'risk add Contoso pentest every 365 days'
const PERMISSION: Permission = {
  role: 'owner',
  action: "add this vendor's risk checks or change their cadence",
}

export const riskAdd: Command = {
  name: 'risk add',
  usage: FORM,
  summary:
    "Add a risk check to a vendor (default cadence: the tier's), or change an existing check's cadence",
  examples: [EXAMPLE, 'risk add Fabrikam financial', 'risk add Contoso soc2 every 90 days'],
  phrasings: ['start tracking a pentest for contoso every year', 'add a soc1 check for fabrikam'],
  writes: true,
  permission: PERMISSION,
  handler: async (request, context) => {
    const { store } = context
    const now = context.clock.now()
    const today = todayOf(context)
    const { vendor, rest } = requireVendor(store, request.args, {
      write: true,
      command: 'risk add',
      form: FORM,
      example: EXAMPLE,
      isStop: isRiskStop,
    })
    assertAllowed(request, context, PERMISSION, { vendor })
    const { kind, cadenceDays } = readAddArgs(rest, { form: FORM, example: EXAMPLE })
    const change = { who: request.user, at: now, action: 'risk add', requestId: request.requestId }
    const outcome = await store.transact(change, (tx) => {
      const existing = checksOf(tx, vendor.id).find((c) => c.kind === kind)
      if (!existing) {
        const check = {
          id: randomUUID(),
          vendorId: vendor.id,
          kind,
          cadenceDays,
          lastDone: null,
          evidence: '',
          doneBy: '',
          addedOn: today,
        }
        tx.put('riskChecks', check)
        return { check, was: null }
      }
      if (cadenceDays === null) {
        throw new UserError(
          `${vendor.name} already has a ${kind} check. To change how often it is due, give a cadence.`,
          FORM,
          `risk add ${quote(vendor.name)} ${kind} every ${cadenceOf(existing, vendor)} days`,
        )
      }
      const check = { ...existing, cadenceDays }
      // The same cadence again changes nothing (and stores nothing).
      if (existing.cadenceDays !== cadenceDays) tx.put('riskChecks', check)
      return { check, was: cadenceOf(existing, vendor) }
    })
    const { check, was } = outcome
    const cadence = cadenceOf(check, vendor)
    const status = checkStatus(check, vendor, today)
    const cadenceText =
      check.cadenceDays === null
        ? `every ${cadence} days (the ${vendor.tier} tier default)`
        : `every ${cadence} days (tier default ${defaultCadence(vendor.tier)})`
    const due = `Next due ${status.due} (${dueCountdown(status.daysLeft)})${status.neverDone ? ', never done' : ''}.`
    if (was === null) {
      return answer({ title: `Added: ${vendor.name} ${kind} check`, text: [`Due ${cadenceText}.`, due] })
    }
    const title =
      was === cadence
        ? `${vendor.name} ${kind} is already due every ${cadence} days`
        : `${vendor.name} ${kind}: cadence changed from every ${was} to every ${cadence} days`
    return answer({ title, text: [due] })
  },
}
