// `risk done <vendor> <check> [on <date>] [note]`: records that a check was carried out, by whom,
// on which day (default today, never in the future) and the note as evidence; the reply shows
// when it is next due, counted from the day it was done.

import type { Command, Permission } from '../commands/command.ts'
import { checkName } from '../domain/check-kind.ts'
import { cadenceOf, checkStatus } from '../domain/due-date.ts'
import { RiskCheckSchema } from '../domain/risk-check.ts'
import { textProblem } from '../domain/text.ts'
import { UserError } from '../errors/errors.ts'
import { requireVendor } from '../lookup/vendor-argument.ts'
import { quote } from '../parse/tokens.ts'
import { assertAllowed } from '../permissions/roles.ts'
import { answer } from '../reply/reply.ts'
import { isRiskStop, readDoneArgs } from './risk-args.ts'
import { dueCountdown } from './risk-format.ts'
import { requireCheck, todayOf } from './vendor-checks.ts'

const FORM = 'risk done <vendor> <check> [on <date>] [note]'
const EXAMPLE = 'risk done Contoso soc2 on 2026-11-20 Type II report received'
const grammar = { form: FORM, example: EXAMPLE }
const PERMISSION: Permission = { role: 'owner', action: "record this vendor's risk checks as done" }

export const riskDone: Command = {
  name: 'risk done',
  usage: FORM,
  summary: 'Record a risk check as done (default today), with a note as evidence; `--on <date>` works too',
  examples: [
    EXAMPLE,
    'risk done Contoso adverse media nothing found',
    'risk done Fabrikam insurance --on yesterday',
  ],
  writes: true,
  permission: PERMISSION,
  phrasings: ['we got the soc2 report from contoso', 'mark the insurance check done'],
  async handler(request, context) {
    const { store, config } = context
    const now = context.clock.now()
    const today = todayOf(context)
    const { vendor, rest } = requireVendor(store, request.args, {
      write: true,
      command: 'risk done',
      form: FORM,
      example: EXAMPLE,
      isStop: isRiskStop,
    })
    assertAllowed(request, context, PERMISSION, { vendor })
    const args = readDoneArgs(rest, now, config.TICKLER_TIMEZONE, grammar)
    const date = args.date ?? today
    if (date > today) {
      throw new UserError(`The done date ${date} is in the future (today is ${today}).`, FORM, EXAMPLE)
    }
    // The note is stored as the check's evidence: the evidence field's limit and text rule.
    const problem = textProblem(RiskCheckSchema.shape.evidence, args.note)
    if (problem) throw new UserError(`The note ${problem}.`, FORM, EXAMPLE)
    // Checked and written in one transaction, against the latest state.
    const change = { who: request.user, at: now, action: 'risk done', requestId: request.requestId }
    const updated = await store.transact(change, (tx) => {
      const found = requireCheck(tx, vendor, args.kind, FORM, 'risk done')
      if (found.lastDone !== null && date < found.lastDone) {
        throw new UserError(
          `${vendor.name} ${checkName(found.kind)} was already done on ${found.lastDone}, after ${date}. Nothing was changed.`,
          FORM,
          `risk done ${quote(vendor.name)} ${found.kind} on ${today}`,
        )
      }
      const next = { ...found, lastDone: date, evidence: args.note, doneBy: request.user }
      tx.put('riskChecks', next)
      return next
    })
    const status = checkStatus(updated, vendor, today)
    return answer({
      title: `${vendor.name} ${checkName(updated.kind)}: done ${date}`,
      text: [
        `Next due ${status.due} (${dueCountdown(status.daysLeft)}), every ${cadenceOf(updated, vendor)} days.`,
      ],
      fields: [
        { label: 'Done by', value: [{ mention: request.user }] },
        { label: 'Evidence', value: args.note || '(none given)' },
      ],
    })
  },
}
