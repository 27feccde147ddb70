// The records history can name: live ones from the register, removed ones from the audit trail,
// which keeps each as it was just before it went, so history still finds a vendor, contract or
// check by the name it had when it went, and gathers everything that belonged to it. Only the
// records a request names are read from the trail, never the whole of it.
import { contractsOfVendor } from '../contracts/contracts-by-vendor.ts'
import { nameKey } from '../domain/normalize.ts'
import type { AuditLookup, RecordRef } from '../store/audit-trail.ts'
import { positionIndex } from '../store/group-index.ts'
import { COLLECTION_SCHEMAS, type CollectionName, type StoreView, UNAUDITED } from '../store/store.ts'
import { contractsTitled } from './contract-titles.ts'

export interface AuditedRecord {
  collection: string
  id: string
  /** The record as it is, or as it was just before it was removed. */
  last: Readonly<Record<string, unknown>>
  removed: boolean
}

type State = Readonly<Record<string, unknown>>

/** The records a history covers, one per collection and id. */
export type RecordSet = Map<string, RecordRef>

const AUDITED = (Object.keys(COLLECTION_SCHEMAS) as CollectionName[]).filter((c) => !UNAUDITED.has(c))

// Where each audited collection's records naming a vendor or a contract are, once per change of
// that collection: a filter over every record of every collection was nine tenths of a
// `history <vendor>` at 10,000 vendors, and grew with the register.
const OWNED_BY = new Map(
  AUDITED.map((c) => [
    c,
    { vendorId: positionIndex(c, 'vendorId'), contractId: positionIndex(c, 'contractId') },
  ]),
)

/** One key per record: ids are unique within a collection only. */
export function recordKey(collection: string, id: string): string {
  return `${collection}/${id}`
}

/** A string field of a record's state ('' when absent). */
export function text(state: State, name: string): string {
  const value = state[name]
  return typeof value === 'string' ? value : ''
}

/** A string field of a record as it last was. */
export function field(record: AuditedRecord, name: string): string {
  return text(record.last, name)
}

export class KnownRecords {
  private readonly removed: AuditedRecord[]

  constructor(
    private readonly view: StoreView,
    readonly lookup: AuditLookup,
  ) {
    this.removed = lookup.removed().map((r) => ({ ...r, removed: true }))
  }

  /** The records of `collection`, live or removed, whose state passes `keep`; in no set order. */
  where(collection: CollectionName, keep: (state: State) => boolean): AuditedRecord[] {
    return this.withRemoved(collection, this.view.all(collection) as readonly State[], keep)
  }

  /** Contracts, live or removed, whose title has this name key; in no set order. */
  contractsTitled(key: string): AuditedRecord[] {
    const live = contractsTitled(this.view, key)
    return this.withRemoved('contracts', live, (c) => nameKey(text(c, 'title')) === key)
  }

  /** A vendor's contracts, live or removed; in no set order. */
  contractsOf(vendorId: string): AuditedRecord[] {
    const live = contractsOfVendor(this.view, vendorId)
    return this.withRemoved('contracts', live, (c) => text(c, 'vendorId') === vendorId)
  }

  /** `live` (each passing `keep`), then the removed records of `collection` passing it. */
  private withRemoved(
    collection: CollectionName,
    live: readonly State[],
    keep: (state: State) => boolean,
  ): AuditedRecord[] {
    const out: AuditedRecord[] = []
    for (const record of live) {
      if (keep(record)) out.push({ collection, id: text(record, 'id'), last: record, removed: false })
    }
    for (const r of this.removed) if (r.collection === collection && keep(r.last)) out.push(r)
    return out
  }

  removedFrom(collection: CollectionName): AuditedRecord[] {
    return this.removed.filter((r) => r.collection === collection)
  }

  /** A vendor, live or removed. */
  vendor(id: string): AuditedRecord | undefined {
    const live = this.view.get('vendors', id)
    if (live) return { collection: 'vendors', id, last: live, removed: false }
    return this.removed.find((r) => r.collection === 'vendors' && r.id === id)
  }

  /**
   * Those of `records` the trail has entries for, in the order of their first entries: the order
   * in which they were added, whichever is live now.
   */
  inTrailOrder(records: readonly AuditedRecord[]): AuditedRecord[] {
    if (records.length === 0) return []
    const first = new Map<string, number>()
    this.lookup.entriesOf(records).forEach((e, i) => {
      const key = recordKey(e.collection, e.recordId)
      if (!first.has(key)) first.set(key, i)
    })
    const at = (r: AuditedRecord) => first.get(recordKey(r.collection, r.id))
    return records.filter((r) => at(r) !== undefined).sort((a, b) => at(a)! - at(b)!)
  }

  /**
   * Every audited record, live or removed, naming the vendor (`vendorId`) or one of the contracts
   * (`contractId`); by collection, live ones in register order first.
   */
  belongingTo(vendorId: string | undefined, contractIds: ReadonlySet<string>): AuditedRecord[] {
    const keep = (r: State) =>
      (vendorId !== undefined && text(r, 'vendorId') === vendorId) || contractIds.has(text(r, 'contractId'))
    return AUDITED.flatMap((c) => {
      const index = OWNED_BY.get(c)!
      const at: number[] = []
      const add = (positions: readonly number[] | undefined) => {
        for (const p of positions ?? []) at.push(p)
      }
      if (vendorId !== undefined) add(index.vendorId(this.view).get(vendorId))
      for (const id of contractIds) add(index.contractId(this.view).get(id))
      at.sort((a, b) => a - b)
      const all = this.view.all(c) as readonly State[]
      const live = at.filter((p, i) => i === 0 || at[i - 1] !== p).map((p) => all[p]!)
      return this.withRemoved(c, live, keep)
    })
  }
}

function setOf(records: readonly RecordRef[]): RecordSet {
  return new Map(records.map((r) => [recordKey(r.collection, r.id), { collection: r.collection, id: r.id }]))
}

/** A vendor's records, its own included: its contracts, checks, incidents, and what belongs to
 * those contracts (SLA targets, reminder acknowledgements). */
export function vendorRecords(known: KnownRecords, vendorId: string): RecordSet {
  const contracts = known.inTrailOrder(known.contractsOf(vendorId))
  const contractIds = new Set(contracts.map((c) => c.id))
  return setOf([{ collection: 'vendors', id: vendorId }, ...known.belongingTo(vendorId, contractIds)])
}

/** A contract's records: its own, its SLA targets, incidents and acknowledgements. */
export function contractRecords(known: KnownRecords, contractId: string): RecordSet {
  return setOf([
    { collection: 'contracts', id: contractId },
    ...known.belongingTo(undefined, new Set([contractId])),
  ])
}
