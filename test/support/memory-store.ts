// A Store with no files, for tests of command logic: the same state engine and validation as the
// JSON store, and writes serialised like the real store's.
import { stage } from '../../src/store/state.ts'
import { StateBackedStore } from '../../src/store/state-view.ts'
import type { ChangeInfo, Store, Transaction } from '../../src/store/store.ts'

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
