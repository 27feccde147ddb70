// `risk remove <vendor> <check>`: the check stops being tracked (its history stays in the audit).
import type { Command, Permission } from '../commands/command.ts'
import { requireVendor } from '../lookup/vendor-argument.ts'
import { assertAllowed } from '../permissions/roles.ts'
import { answer } from '../reply/reply.ts'
import { isRiskStop, readKindOnly } from './risk-args.ts'
import { checksOf, kindList, requireCheck } from './vendor-checks.ts'

const FORM = 'risk remove <vendor> <check>'
const EXAMPLE = 'risk remove Contoso soc1'
const PERMISSION: Permission = { role: 'owner', action: "stop tracking this vendor's risk checks" }

export const riskRemove: Command = {
  name: 'risk remove',
  usage: FORM,
  summary: 'Stop tracking a risk check for a vendor',
  examples: [EXAMPLE],
  phrasings: [
    'stop tracking the soc1 check for contoso',
    'we no longer need the insurance check for fabrikam',
  ],
  writes: true,
  permission: PERMISSION,
  handler: async (request, context) => {
    const { store } = context
    const { vendor, rest } = requireVendor(store, request.args, {
      write: true,
      command: 'risk remove',
      form: FORM,
      example: EXAMPLE,
      isStop: isRiskStop,
    })
    assertAllowed(request, context, PERMISSION, { vendor })
    const kind = readKindOnly(rest, { form: FORM, example: EXAMPLE })
    const change = {
      who: request.user,
      at: context.clock.now(),
      action: 'risk remove',
      requestId: request.requestId,
    }
    const left = await store.transact(change, (tx) => {
      tx.remove('riskChecks', requireCheck(tx, vendor, kind, FORM, 'risk remove').id)
      return checksOf(tx, vendor.id)
    })
    return answer({
      title: `Removed: ${vendor.name} ${kind} check`,
      text: [
        left.length > 0
          ? `${vendor.name} still has ${kindList(left)}.`
          : `${vendor.name} has no risk checks left.`,
      ],
    })
  },
}
