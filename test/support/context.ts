// One way for tests to get a command context (a MemoryStore, a clock, config from a test env, a
// silent log) and to put records in its store in a single audited transaction, as an import does.
import { Temporal } from 'temporal-polyfill'
import type { Command, Context } from '../../src/commands/command.ts'
import { loadConfig } from '../../src/config/config.ts'
import {
  COLLECTION_SCHEMAS,
  type CollectionName,
  type RecordOf,
  type Store,
  type Transaction,
} from '../../src/store/store.ts'
import { type Clock, fixedClock } from '../../src/time/clock.ts'
import { MemoryStore } from './memory-store.ts'
import { silentLogger } from './silent-logger.ts'

export interface ContextOptions {
  env?: Record<string, string>
  store?: Store
  commands?: readonly Command[]
}

/** A context whose clock stands still at `now` (or is the clock given), over a new MemoryStore. */
export function makeContext(now: string | Clock, options: ContextOptions = {}): Context {
  return {
    store: options.store ?? new MemoryStore(),
    clock: typeof now === 'string' ? fixedClock(now) : now,
    config: loadConfig(options.env ?? {}),
    log: silentLogger,
    commands: options.commands ?? [],
  }
}

export type Records = { [K in CollectionName]?: readonly RecordOf<K>[] }

/** Writes the records in one transaction, collections in store order (vendors before contracts). */
export async function seed(
  store: Store,
  records: Records,
  at: Temporal.Instant | string,
  who = 'test',
  action = 'seed',
): Promise<void> {
  const change = { who, at: typeof at === 'string' ? Temporal.Instant.from(at) : at, action }
  await store.transact(change, (tx) => {
    for (const name of Object.keys(COLLECTION_SCHEMAS) as CollectionName[]) putAll(tx, name, records)
  })
}

function putAll<K extends CollectionName>(tx: Transaction, name: K, records: Records): void {
  for (const record of (records[name] ?? []) as readonly RecordOf<K>[]) tx.put(name, record)
}
