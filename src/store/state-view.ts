// Read side of the shared state engine: cached collection arrays, so `all('contracts')` at 20,000
// contracts is not copied on every call, and the audit trail the store keeps (audit-trail.ts).
// Both stores apply committed changes through `apply`, which keeps the caches honest.
import type { AuditEntry } from '../domain/audit.ts'
import { type AuditLookup, type AuditTrail, type LinePlace, MemoryAuditTrail } from './audit-trail.ts'
import { applyStaged, emptyState, type Staged, type StateData } from './state.ts'
import type { CollectionName, RecordOf, StoreView } from './store.ts'

export class StateView implements StoreView {
  readonly state: StateData = emptyState()
  private readonly arrays = new Map<CollectionName, readonly unknown[]>()

  constructor(readonly trail: AuditTrail = new MemoryAuditTrail()) {}

  all<K extends CollectionName>(name: K): readonly RecordOf<K>[] {
    let array = this.arrays.get(name)
    if (!array) {
      array = [...this.state.collections[name].values()]
      this.arrays.set(name, array)
    }
    return array as readonly RecordOf<K>[]
  }

  get<K extends CollectionName>(name: K, id: string): RecordOf<K> | undefined {
    return this.state.collections[name].get(id)
  }

  audit(recordId?: string): readonly AuditEntry[] {
    return recordId === undefined ? this.trail.all() : this.trail.forRecord(recordId)
  }

  auditLookup(): AuditLookup {
    return this.trail
  }

  /**
   * Applies a committed change (ours or another process's) and drops the caches it touches.
   * `place` is the change's journal line, for a trail that reads entries back from it.
   */
  apply(staged: Staged, place?: LinePlace): void {
    applyStaged(this.state, staged)
    for (const c of staged.changes) this.arrays.delete(c.collection)
    this.trail.add(staged, place)
  }
}

/** The read side both stores share: every read goes to their one StateView. */
export abstract class StateBackedStore implements StoreView {
  protected readonly view: StateView

  constructor(trail?: AuditTrail) {
    this.view = new StateView(trail)
  }

  all<K extends CollectionName>(name: K): readonly RecordOf<K>[] {
    return this.view.all(name)
  }

  get<K extends CollectionName>(name: K, id: string): RecordOf<K> | undefined {
    return this.view.get(name, id)
  }

  audit(recordId?: string): readonly AuditEntry[] {
    return this.view.audit(recordId)
  }

  auditLookup(): AuditLookup {
    return this.view.auditLookup()
  }

  /** Everything committed, sequences included, as of `revision`: what a backup holds. Read only. */
  committed(): Readonly<StateData> {
    return this.view.state
  }
}
