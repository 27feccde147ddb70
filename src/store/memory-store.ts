// A Store with no files: the same state engine and validation as the JSON store, for tests of
// command logic and for dry runs. Writes are serialised like the real store's.
import { stage } from './state.ts'
import { StateView } from './state-view.ts'
import type { ChangeInfo, CollectionName, RecordOf, Store, Transaction } from './store.ts'

export class MemoryStore implements Store {
  private readonly view = new StateView()
  private queue: Promise<unknown> = Promise.resolve()
  revision = 0

  all<K extends CollectionName>(name: K): readonly RecordOf<K>[] {
    return this.view.all(name)
  }

  get<K extends CollectionName>(name: K, id: string): RecordOf<K> | undefined {
    return this.view.get(name, id)
  }

  audit(recordId?: string) {
    return this.view.audit(recordId)
  }

  transact<T>(change: ChangeInfo, fn: (tx: Transaction) => T): Promise<T> {
    const run = this.queue.then(() => {
      const { result, staged } = stage(this.view.state, change, fn, this.view)
      if (staged.changes.length > 0 || staged.sequences.size > 0) {
        this.view.apply(staged)
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
