// Facts first (SPEC §13): the fact asked about on the reply's first line, then the card of the
// thing it is about (vendor card, risk list, incident) with its title as the first heading, so
// every surface shows the fact before anything else.
import type { Context } from '../commands/command.ts'
import { todayOf } from '../contracts/today.ts'
import type { Reply, Section, Text } from '../reply/reply.ts'
import { contractFactLine } from './fact-contract-lines.ts'
import type { FactQuestion } from './fact-question.ts'
import {
  checkLine,
  contactLine,
  incidentLine,
  overdueLine,
  ownerLine,
  tierLine,
} from './fact-status-lines.ts'

export function factLine(fact: FactQuestion, context: Context): Text | undefined {
  const today = todayOf(context)
  switch (fact.kind) {
    case 'incident':
      return incidentLine(fact.incident, context, fact.loggedBy)
    case 'owner':
      return ownerLine(fact.vendor, context, today)
    case 'contact':
      return contactLine(fact.vendor)
    case 'check':
      return checkLine(fact.vendor, fact.check, context, today)
    case 'tier':
      return tierLine(fact.vendor, fact.asked)
    case 'overdue':
      return overdueLine(fact.vendor, context, today)
    default:
      return contractFactLine(fact.kind, fact.vendor, fact.contracts, today, context.config.businessCalendar)
  }
}

/** The card with the fact and the "Understood as" line before it; a refused card is left alone. */
export function withFactFirst(card: Reply, fact: Text | undefined, understood: Text[]): Reply {
  if (fact === undefined || card.status !== 'ok')
    return { ...card, text: [...understood, ...(card.text ?? [])] }
  const { title, fields, sections, text, ...rest } = card
  const head: Section[] =
    title || fields ? [{ ...(title ? { heading: title } : {}), ...(fields ? { fields } : {}) }] : []
  return { ...rest, text: [fact, ...understood, ...(text ?? [])], sections: [...head, ...(sections ?? [])] }
}
