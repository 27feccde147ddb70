// Deduplication of platform deliveries (SPEC §6), the one mechanism behind every surface: a Slack
// trigger_id or event_id, or a Teams activity id, that was carried out in the last ten minutes is
// never run again, whichever process of the deployment receives it.
//
// A key is claimed inside the transaction of the command's first write (found by the request id
// every command puts in its ChangeInfo), never on its own:
// - The claim and the change commit together, under the store's cross-process lock, and the
//   check for a live key runs inside that transaction (re-run on the newer state when another
//   process committed first). Two processes racing on one key therefore change the store once,
//   and a crash before the commit loses neither, so Slack's retry then runs, as it should. A
//   separate claim before the command would be at-most-once: a crash between claim and command
//   would drop the request and its retry.
// - Reads and rejected commands stage nothing, so they store no key and write nothing into
//   DATA_DIR (SPEC §7); running a read twice changes nothing.
// Expiry is measured on real time from an injected clock, never the business clock.
import { DuplicateRequestError } from '../errors/errors.ts'
import type { Clock } from '../time/clock.ts'
import { instantIso } from './state.ts'
import type { ChangeInfo, CollectionName, RecordOf, Store, Transaction } from './store.ts'

/** SPEC §6: keys live ten minutes. */
export const REQUEST_KEY_TTL_MS = 10 * 60 * 1000

/** The delivery a request in flight came from, and whether one of its writes has claimed it. */
interface InFlight {
  key: string
  claimed: boolean
}

export class RequestKeys {
  /** Keyed by request id, which every command puts in its ChangeInfo (and the audit trail). */
  private readonly inFlight = new Map<string, InFlight>()
  /**
   * The store every command uses: the shared one, with the claim added to a request's first
   * writing transaction. One object for all requests, so caches keyed by the store keep working.
   */
  readonly store: Store

  constructor(
    private readonly shared: Store,
    /** Real time; the business clock may be held still by `serve --now`. */
    private readonly clock: Clock,
    private readonly ttlMs = REQUEST_KEY_TTL_MS,
  ) {
    this.store = new ClaimingStore(shared, (requestId) => this.inFlight.get(requestId), this.claim)
  }

  /** Whether a change for `key` was committed in the last ten minutes, by any process. Reads only. */
  async seen(key: string): Promise<boolean> {
    await this.shared.refresh()
    const record = this.shared.get('requestKeys', key)
    return record !== undefined && this.live(record, this.clock.now().epochMilliseconds)
  }

  /** Runs request `requestId`, delivered as `key`: its writes claim the key. */
  async during<T>(requestId: string, key: string, run: () => Promise<T>): Promise<T> {
    this.inFlight.set(requestId, { key, claimed: false })
    try {
      return await run()
    } finally {
      this.inFlight.delete(requestId)
    }
  }

  /**
   * Records `key` in a transaction that is writing anything, and prunes expired keys in the same
   * change so the collection holds about ten minutes of writes. Throws DuplicateRequestError,
   * which abandons the whole transaction, when the key is live.
   */
  private readonly claim = (tx: Transaction, key: string): void => {
    const now = this.clock.now()
    const nowMs = now.epochMilliseconds
    const prior = tx.get('requestKeys', key)
    if (prior && this.live(prior, nowMs)) throw new DuplicateRequestError(key)
    for (const record of tx.all('requestKeys')) {
      if (record.id !== key && !this.live(record, nowMs)) tx.remove('requestKeys', record.id)
    }
    tx.put('requestKeys', { id: key, at: instantIso(now) })
  }

  private live(record: RecordOf<'requestKeys'>, nowMs: number): boolean {
    return nowMs - Date.parse(record.at) < this.ttlMs
  }
}

/** Delegates to the shared store; adds the claim to the first writing transaction of a delivery. */
class ClaimingStore implements Store {
  constructor(
    private readonly store: Store,
    private readonly flightOf: (requestId: string) => InFlight | undefined,
    private readonly claim: (tx: Transaction, key: string) => void,
  ) {}

  get revision(): number {
    return this.store.revision
  }

  all<K extends CollectionName>(name: K): readonly RecordOf<K>[] {
    return this.store.all(name)
  }

  get<K extends CollectionName>(name: K, id: string): RecordOf<K> | undefined {
    return this.store.get(name, id)
  }

  audit(recordId?: string) {
    return this.store.audit(recordId)
  }

  // Without it every `history` would read the whole audit trail: this is the store commands see.
  auditLookup() {
    return this.store.auditLookup?.()
  }

  async warm(): Promise<void> {
    await this.store.warm?.()
  }

  async transact<T>(change: ChangeInfo, fn: (tx: Transaction) => T): Promise<T> {
    const flight = change.requestId ? this.flightOf(change.requestId) : undefined
    // A request with several writing transactions claims with its first; the key is then its own.
    if (!flight || flight.claimed) return this.store.transact(change, fn)
    let wrote = false
    const result = await this.store.transact(change, (tx) => {
      // The body may run twice (on newer state when another process committed meanwhile).
      wrote = false
      const value = fn(
        watched(tx, () => {
          wrote = true
        }),
      )
      if (wrote) this.claim(tx, flight.key)
      return value
    })
    if (wrote) flight.claimed = true
    return result
  }

  refresh(): Promise<void> {
    return this.store.refresh()
  }

  close(): Promise<void> {
    return this.store.close()
  }
}
/** `tx`, telling `onWrite` when the body stages a change (what makes the store commit). */
function watched(tx: Transaction, onWrite: () => void): Transaction {
  return {
    all: (name) => tx.all(name),
    get: (name, id) => tx.get(name, id),
    audit: (recordId) => tx.audit(recordId),
    put(name, record) {
      tx.put(name, record)
      onWrite()
    },
    remove(name, id) {
      // Removing what is not there stages nothing, so it must not claim.
      if (tx.get(name, id) !== undefined) onWrite()
      tx.remove(name, id)
    },
    next(sequence, atLeast) {
      onWrite()
      return tx.next(sequence, atLeast)
    },
  }
}
