// `history <vendor|incident|contract>`: who changed what and when, from the append-only audit trail.

import { Temporal } from 'temporal-polyfill'
import type { Command, Context, Request } from '../commands/command.ts'
import type { AuditEntry } from '../domain/audit.ts'
import type { Vendor } from '../domain/vendor.ts'
import { UserError } from '../errors/errors.ts'
import { findVendor } from '../register/vendor-lookup.ts'
import { answer, type Inline, type Item, type Reply } from '../reply/reply.ts'
import { localDateTime } from '../time/zone.ts'
import { describeChange, recordLabel } from './describe-change.ts'

const FORM = 'history <vendor|incident|contract>'
const EXAMPLE = 'history Contoso'
const SHOWN = 50

function entriesFor(context: Context, recordIds: Iterable<string>): AuditEntry[] {
  const ids = new Set(recordIds)
  // One record: its own index. Several: one pass over the trail keeps the order changes were made.
  const entries =
    ids.size === 1
      ? [...context.store.audit([...ids][0])]
      : context.store.audit().filter((e) => ids.has(e.recordId))
  return entries.reverse()
}

/** A vendor's history covers the vendor and everything that belongs to it. */
function vendorRecordIds(context: Context, vendor: Vendor): string[] {
  const { store } = context
  const contracts = store.all('contracts').filter((c) => c.vendorId === vendor.id)
  const contractIds = new Set(contracts.map((c) => c.id))
  return [
    vendor.id,
    ...contracts.map((c) => c.id),
    ...store
      .all('riskChecks')
      .filter((r) => r.vendorId === vendor.id)
      .map((r) => r.id),
    ...store
      .all('slaTargets')
      .filter((t) => contractIds.has(t.contractId))
      .map((t) => t.id),
    ...store
      .all('incidents')
      .filter((i) => i.vendorId === vendor.id)
      .map((i) => i.id),
  ]
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
  const query = request.args.trim().replace(/^["'“”]|["'“”]$/g, '')
  if (query === '') throw new UserError('Say whose history you want.', FORM, EXAMPLE)

  if (/^INC-\d+$/i.test(query)) {
    const id = query.toUpperCase()
    if (!context.store.get('incidents', id) && context.store.audit(id).length === 0) {
      throw new UserError(`There is no incident ${id}.`, FORM, 'history INC-0001')
    }
    return render(`History of ${id}`, entriesFor(context, [id]), context)
  }

  const wanted = query.toLowerCase()
  const contracts = context.store.all('contracts').filter((c) => c.title.toLowerCase() === wanted)
  if (contracts.length === 1) {
    const contract = contracts[0]!
    const vendor = context.store.get('vendors', contract.vendorId)
    return render(
      `History of ${vendor?.name ?? ''} › ${contract.title}`,
      entriesFor(context, [contract.id]),
      context,
    )
  }

  const match = findVendor(context.store, query)
  if (match.kind === 'exact' || match.kind === 'fuzzy') {
    const title = `History of ${match.vendor.name}`
    return render(title, entriesFor(context, vendorRecordIds(context, match.vendor)), context)
  }
  if (match.kind === 'ambiguous' || contracts.length > 1) {
    const names = match.kind === 'ambiguous' ? match.candidates.map((v) => v.name) : []
    return answer({
      title: `"${query}" matches several records`,
      sections: [
        {
          items: [
            ...names.map((n) => ({ text: n, actions: [{ label: 'History', command: `history "${n}"` }] })),
            ...contracts.map((c) => ({
              text: c.title,
              actions: [{ label: 'History', command: `history "${c.title}"` }],
            })),
          ],
        },
      ],
    })
  }
  const nearest = match.nearest.map((v) => v.name).join(', ')
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
