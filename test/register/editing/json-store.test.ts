// The register edited through commands on the JSON store reopens exactly as it was left: every
// record written by vendor/contract commands passes the store's validation at start.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openJsonStore } from '../../../src/store/json-store.ts'
import { exported, makeContext, NORTHWIND, PRINT_DEAL, say, textOf } from './helpers.ts'

let dir = ''
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
})

describe('register editing on the JSON store', () => {
  it('reopens with the same register and the same export', async () => {
    dir = await mkdtemp(join(tmpdir(), 'tickler-edit-'))
    const store = await openJsonStore(dir)
    const context = makeContext({ store })
    for (const line of [
      NORTHWIND,
      PRINT_DEAL,
      'vendor add Globex tier medium notes "Fax machines, mostly"',
      'contract add Globex "Fax support" kind support start 2026-01-01 end 2026-12-31 notice 14 value 1200 GBP',
      'contract edit "Print Fleet" credit 5% cap 25% owner ops@northwind.example',
      'contract renew "Print Fleet" end 2028-01-31 value 90000 USD term 12 months',
      'contract end "Fax support" on 2026-12-31',
      'vendor edit Globex aliases "GBX; Globex Corp" email it@globex.example',
    ]) {
      const reply = await say(context, line)
      expect(reply.status, `${line}\n${textOf(reply)}`).toBe('ok')
    }
    const before = await exported(store)
    const records = { vendors: store.all('vendors'), contracts: store.all('contracts') }
    await store.close()

    const reopened = await openJsonStore(dir)
    try {
      expect({ vendors: reopened.all('vendors'), contracts: reopened.all('contracts') }).toEqual(records)
      expect(await exported(reopened)).toEqual(before)
      expect(reopened.audit().map((e) => e.action)).toContain('contract renew')
    } finally {
      await reopened.close()
    }
  })
})
