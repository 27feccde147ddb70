// What a cold open keeps in memory beyond the records themselves (SPEC §7 stores at 10,000 vendors
// must fit a small server): the register's index and the audit trail's note of each record's first
// entry. A whole AuditEntry per record, and a second copy of every id string, once made that
// overhead larger than many records.

import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { afterEach, describe, expect, it } from 'vitest'
import { openJsonStore } from '../../src/store/json-store.ts'
import type { Store } from '../../src/store/store.ts'
import { change, tempDir, vendor } from './helpers.ts'

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

function heapAfterGc(): number {
  for (let i = 0; i < 3; i++) gc()
  return process.memoryUsage().heapUsed
}

const RECORDS = 30_000

const open: Store[] = []
afterEach(async () => {
  for (const store of open.splice(0)) await store.close()
})

describe('a cold open of the JSON store', { timeout: 120_000 }, () => {
  it('keeps under 110 bytes a record besides the records (about 70; a whole audit entry per record made it 150)', async () => {
    const dir = await tempDir()
    const writer = await openJsonStore(dir)
    for (let start = 0; start < RECORDS; start += 5000) {
      await writer.transact(change('import'), (tx) => {
        for (let i = start; i < start + 5000; i++) tx.put('vendors', vendor(`v${String(i).padStart(6, '0')}`))
      })
    }
    await writer.close()

    const before = heapAfterGc()
    const store = await openJsonStore(dir)
    open.push(store)
    const withStore = heapAfterGc()
    const records = store.all('vendors')
    expect(records).toHaveLength(RECORDS)
    // The same records parsed on their own: what the store cannot do without.
    const alone = JSON.parse(JSON.stringify(records)) as unknown[]
    const withCopy = heapAfterGc()
    expect(alone).toHaveLength(RECORDS)
    const overhead = (withStore - before - (withCopy - withStore)) / RECORDS
    expect(overhead).toBeLessThan(110)
  })
})
