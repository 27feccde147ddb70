// `risk list <vendor>`: every check of one vendor with cadence, last done (by whom, with what
// evidence) and next due, soonest first. The one place a check's id is shown beside its name, so
// people can see what to type in risk done and risk remove.

import type { Command } from '../commands/command.ts'
import { checkName } from '../domain/check-kind.ts'
import { cadenceOf, checkStatus } from '../domain/due-date.ts'
import { UserError } from '../errors/errors.ts'
import { requireVendor } from '../lookup/vendor-argument.ts'
import { answer, type Inline, type Item } from '../reply/reply.ts'
import { isRiskStop } from './risk-args.ts'
import { dueText, lastDoneText, ownerInline } from './risk-format.ts'
import { checksOf, todayOf } from './vendor-checks.ts'

const FORM = 'risk list <vendor>'
const EXAMPLE = 'risk list Contoso'

export const riskList: Command = {
  name: 'risk list',
  usage: FORM,
  summary: "A vendor's risk checks: cadence, last done, evidence and next due",
  examples: [EXAMPLE],
  writes: false,
  phrasings: ['what risk checks does contoso have', 'contoso risk status'],
  handler(request, context) {
    const { store } = context
    const today = todayOf(context)
    const { vendor, rest, note } = requireVendor(store, request.args, {
      write: false,
      command: 'risk list',
      form: FORM,
      example: EXAMPLE,
      isStop: isRiskStop,
    })
    if (rest !== '') throw new UserError(`I did not understand "${rest}" after the vendor.`, FORM, EXAMPLE)
    const rows = checksOf(store, vendor.id)
      .map((check) => ({ check, status: checkStatus(check, vendor, today) }))
      .sort((a, b) => a.status.daysLeft - b.status.daysLeft || a.check.kind.localeCompare(b.check.kind))
    const items: Item[] = rows.map(({ check, status }) => {
      const text: Inline[] = [
        `${vendor.name} ${checkName(check.kind)} (${check.kind}): ${dueText(status)}, ${lastDoneText(check.lastDone)}`,
      ]
      if (check.lastDone !== null && check.doneBy !== '') text.push(' by ', { mention: check.doneBy })
      const cadence = cadenceOf(check, vendor)
      text.push(`, every ${cadence} days${check.cadenceDays === null ? ' (tier default)' : ''}`)
      if (check.evidence !== '') text.push(` · evidence: ${check.evidence}`)
      return { text }
    })
    return answer({
      title: `Risk checks: ${vendor.name}`,
      text: [...(note ? [note] : []), ['Tier ', vendor.tier, ' · owner ', ownerInline(vendor)]],
      sections: [{ items, empty: `${vendor.name} has no risk checks. Add one with risk add.` }],
    })
  },
}
