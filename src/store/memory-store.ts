// A Store with no files: the same state engine and validation as the JSON store, for tests of
// command logic and for dry runs. Writes are serialised like the real store's.
import { stage } from './state.ts'
import { StateBackedStore } from './state-view.ts'
import type { ChangeInfo, Store, Transaction } from './store.ts'

export class MemoryStore extends StateBackedStore implements Store {
  private queue: Promise<unknown> = Promise.resolve()
  revision = 0

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
