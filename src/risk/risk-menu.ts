// `risk` on its own (Slack's `/risk` with no text) answers like `risk due`; `risk <vendor>` like
// `risk list <vendor>`; anything else names the risk commands. Hidden from help: the five risk
// commands are listed there already.
import type { Command } from '../commands/command.ts'
import { UserError } from '../errors/errors.ts'
import { takeVendor } from '../lookup/vendor-argument.ts'
import { isRiskStop } from './risk-args.ts'
import { riskDue } from './risk-due.ts'
import { riskList } from './risk-list.ts'

export const riskMenu: Command = {
  name: 'risk',
  usage: 'risk [vendor]',
  summary: 'Risk checks overdue and due soon, or one vendor’s checks',
  examples: ['risk', 'risk Contoso'],
  writes: false,
  hidden: true,
  handler(request, context) {
    if (request.args === '') return riskDue.handler(request, context)
    const { match, rest } = takeVendor(context.store, request.args, isRiskStop)
    if (match.kind !== 'none' && rest === '') return riskList.handler(request, context)
    const word = request.args.split(/\s+/)[0]!
    throw new UserError(
      `I don't know "risk ${word}". The risk commands are risk due, risk done, risk list, risk add and risk remove.`,
      'risk due [window] | risk done <vendor> <check> [on <date>] [note] | risk list <vendor>',
      'risk due 60 days',
    )
  },
}
