// The listed rows of `renewals` as reply items, with their governance flags (SPEC §11) and the
// count of lapsed evidence. A selection is kept per day and window until a contract or vendor
// changes (renewals.ts), and at 100,000 vendors "renewals 90 days" lists some 20,000 rows: making
// their items and looking up their flags was most of each request. So the items are kept with the
// selection, and made again only when the lapsed evidence or the set of unowned owners changes.
import type { Context } from '../commands/command.ts'
import { contractOwner } from '../domain/contract-owner.ts'
import type { Item } from '../reply/reply.ts'
import { type EvidenceLapse, evidenceLapses } from '../risk/evidence-lapsed.ts'
import type { CalendarDate } from '../time/calendar-date.ts'
import { flaggedItem } from './renewal-flags.ts'
import { renewalItem } from './renewal-line.ts'
import type { RenewalRow, RenewalsSelection } from './renewals.ts'
import { unownedAmong } from './unowned.ts'

export interface ListedRenewals {
  missed: Item[]
  rows: Item[]
  /** How many listed contracts have lapsed evidence. */
  lapsed: number
}

interface Kept {
  today: CalendarDate
  lapses: ReadonlyMap<string, EvidenceLapse>
  unowned: string
  listed: ListedRenewals
}

const ownerOf = (r: RenewalRow) => contractOwner(r.contract, r.vendor)

/** The distinct owners of a selection's rows, in first-seen order: a few hundred, not 20,000. */
const ownersKept = new WeakMap<RenewalsSelection, string[]>()
const itemsKept = new WeakMap<RenewalsSelection, Kept>()

function ownersOf(selection: RenewalsSelection): string[] {
  let owners = ownersKept.get(selection)
  if (!owners) {
    const seen = new Set<string>()
    for (const r of selection.missed) seen.add(ownerOf(r))
    for (const r of selection.rows) seen.add(ownerOf(r))
    owners = [...seen]
    ownersKept.set(selection, owners)
  }
  return owners
}

/** The items are shared between replies, as the rows' own lines are: never mutated. */
export async function listedRenewals(
  selection: RenewalsSelection,
  today: CalendarDate,
  context: Context,
): Promise<ListedRenewals> {
  const lapses = evidenceLapses(context.store, today)
  const owners = ownersOf(selection)
  const unownedSet = await unownedAmong(owners, context)
  const unowned = owners.filter((o) => unownedSet.has(o)).join('\u0000')
  const kept = itemsKept.get(selection)
  if (kept && kept.today === today && kept.lapses === lapses && kept.unowned === unowned) return kept.listed
  let lapsed = 0
  // A row keeps its flagged item while its flags stay: after a contract edit the new selection
  // reuses every other row's item.
  const item = (r: RenewalRow): Item => {
    const lapse = lapses.get(r.contract.vendorId)
    if (lapse) lapsed++
    const isUnowned = unownedSet.has(ownerOf(r))
    const had = r.flagged
    if (had && had.lapse === lapse && had.unowned === isUnowned) return had.item
    const flagged = flaggedItem(renewalItem(r, today), { lapse, unowned: isUnowned })
    r.flagged = { lapse, unowned: isUnowned, item: flagged }
    return flagged
  }
  const listed = { missed: selection.missed.map(item), rows: selection.rows.map(item), lapsed }
  itemsKept.set(selection, { today, lapses, unowned, listed })
  return listed
}
