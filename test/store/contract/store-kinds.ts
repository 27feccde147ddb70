// The stores the contract suite runs against. Each kind opens instances over one backing (a data
// folder, a database); `shared` says whether a second instance sees the first one's writes
// (two processes on one folder, two replicas on one database), which the memory store cannot.
import { rm } from 'node:fs/promises'
import { openJsonStore } from '../../../src/store/json-store.ts'
import { openPostgresStore } from '../../../src/store/postgres/postgres-store.ts'
import type { Store } from '../../../src/store/store.ts'
import { MemoryStore } from '../../support/memory-store.ts'
import { createSchema } from '../../support/postgres.ts'
import { tempDir } from '../helpers.ts'

export interface Backing {
  /** A new instance over the same backing: another process or replica. */
  open(): Promise<Store>
  cleanup(): Promise<void>
}

export interface StoreKind {
  name: string
  shared: boolean
  /** `database`: the test file's own PostgreSQL database; each backing is a new schema in it. */
  backing(database: string): Promise<Backing>
}

export const STORE_KINDS: StoreKind[] = [
  {
    name: 'JSON files',
    shared: true,
    async backing() {
      const dir = await tempDir('tickler-contract-')
      return { open: () => openJsonStore(dir), cleanup: () => rm(dir, { recursive: true, force: true }) }
    },
  },
  {
    // A snapshot after every commit, so each reopen starts from one and reads only the lines after.
    name: 'JSON files from a snapshot',
    shared: true,
    async backing() {
      const dir = await tempDir('tickler-contract-')
      return {
        open: () => openJsonStore(dir, { snapshotAfterBytes: 0 }),
        cleanup: () => rm(dir, { recursive: true, force: true }),
      }
    },
  },
  {
    name: 'PostgreSQL',
    shared: true,
    async backing(database) {
      const url = await createSchema(database)
      return { open: () => openPostgresStore(url), cleanup: async () => {} }
    },
  },
  {
    name: 'memory',
    shared: false,
    async backing() {
      return { open: async () => new MemoryStore(), cleanup: async () => {} }
    },
  },
]
