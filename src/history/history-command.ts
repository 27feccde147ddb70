// `history <vendor|incident|contract>`: who changed what and when, from the append-only audit trail.

import { Temporal } from 'temporal-polyfill'
import type { Command, Context, Request } from '../commands/command.ts'
import type { AuditEntry } from '../domain/audit.ts'
import { UserError } from '../errors/errors.ts'
import { scanTokens } from '../parse/tokens.ts'
import { answer, type Inline, type Item, type Reply } from '../reply/reply.ts'
import type { AuditLookup, RecordRef } from '../store/audit-trail.ts'
import { localDateTime } from '../time/zone.ts'
import { auditLookupOf } from './audit-lookup.ts'
import { describeChange, recordLabel } from './describe-change.ts'
import { historyTarget } from './history-target.ts'

const FORM = 'history <vendor|incident|contract>'
const EXAMPLE = 'history Contoso'
const SHOWN = 50

/**
 * The entries of these records, newest first: by the instant each change was made, and among
 * changes made at the same instant the later one first.
 */
function entriesFor(lookup: AuditLookup, records: Iterable<RecordRef>): AuditEntry[] {
  const entries = lookup
    .entriesOf([...records])
    .map((e, order) => ({ e, order, at: Temporal.Instant.from(e.at).epochMilliseconds }))
  entries.sort((a, b) => b.at - a.at || b.order - a.order)
  return entries.map(({ e }) => e)
}

function render(title: string, entries: AuditEntry[], context: Context): Reply {
  const zone = context.config.TICKLER_TIMEZONE
  const items: Item[] = entries.slice(0, SHOWN).map((e) => {
    const who: Inline = e.who === 'terminal' ? 'terminal' : { mention: e.who }
    const when = localDateTime(Temporal.Instant.from(e.at), zone)
    return { text: [`${when} `, who, ` ${e.action}: ${recordLabel(e)}: ${describeChange(e)}`] }
  })
  const more =
    entries.length > SHOWN ? [`Showing the latest ${SHOWN} of ${entries.length} changes.`] : undefined
  return answer({ title, sections: [{ items, empty: 'No recorded changes.' }], footer: more })
}

function history(request: Request, context: Context): Reply {
  // One quoted name is that name; `"Contoso" "Office 365"` keeps its quotes for the split.
  const tokens = scanTokens(request.args)
  const query = tokens.length === 1 ? tokens[0]!.text : request.args.trim()
  if (query === '') throw new UserError('Say whose history you want.', FORM, EXAMPLE)
  const lookup = auditLookupOf(context.store)

  if (/^INC-\d+$/i.test(query)) {
    const id = query.toUpperCase()
    if (!context.store.get('incidents', id) && context.store.audit(id).length === 0) {
      throw new UserError(`There is no incident ${id}.`, FORM, 'history INC-0001')
    }
    return render(`History of ${id}`, entriesFor(lookup, [{ collection: 'incidents', id }]), context)
  }

  const target = historyTarget(context.store, lookup, query)
  if (target.kind === 'records')
    return render(target.title, entriesFor(lookup, target.records.values()), context)
  if (target.kind === 'choices') {
    return answer({
      title: `"${query}" matches several records`,
      sections: [
        {
          items: target.choices.map((c) => ({
            text: c.text,
            actions: [{ label: 'History', command: c.command }],
          })),
        },
      ],
    })
  }
  const nearest = target.nearest.join(', ')
  throw new UserError(
    `No vendor, contract or incident called "${query}".${nearest ? ` Nearest vendors: ${nearest}.` : ''}`,
    FORM,
    EXAMPLE,
  )
}

export const historyCommands: Command[] = [
  {
    name: 'history',
    usage: FORM,
    summary: 'Who changed what and when, from the audit trail.',
    examples: ['history Contoso', 'history INC-0042', 'history "Office 365 E5"'],
    writes: false,
    phrasings: ['who changed the Contoso contract', 'what changed on INC-0042'],
    handler: history,
  },
]
