// A Store with no files: the same state engine and validation as the JSON store, for tests of
// command logic and for dry runs. Writes are serialised like the real store's.
import { applyStaged, emptyState, type StateData, stage } from './state.ts'
import type { ChangeInfo, CollectionName, RecordOf, Store, Transaction } from './store.ts'

export class MemoryStore implements Store {
  private state: StateData = emptyState()
  private queue: Promise<unknown> = Promise.resolve()
  revision = 0

  all<K extends CollectionName>(name: K): readonly RecordOf<K>[] {
    return [...this.state.collections[name].values()]
  }

  get<K extends CollectionName>(name: K, id: string): RecordOf<K> | undefined {
    return this.state.collections[name].get(id)
  }

  audit(recordId?: string) {
    return recordId ? this.state.audit.filter((a) => a.recordId === recordId) : this.state.audit
  }

  transact<T>(change: ChangeInfo, fn: (tx: Transaction) => T): Promise<T> {
    const run = this.queue.then(() => {
      const { result, staged } = stage(this.state, change, fn)
      if (staged.changes.length > 0 || staged.sequences.size > 0) {
        applyStaged(this.state, staged)
        this.revision++
      }
      return result
    })
    this.queue = run.catch(() => undefined)
    return run
  }

  async refresh(): Promise<void> {}
  async close(): Promise<void> {}
}
