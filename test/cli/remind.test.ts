import { PassThrough } from 'node:stream'
import { Temporal } from 'temporal-polyfill'
import { describe, expect, it } from 'vitest'
import { remindCommand } from '../../adapters/cli/remind.ts'
import { openTickler } from '../../src/app/open-tickler.ts'
import { loadConfig } from '../../src/config/config.ts'
import { silentLogger } from '../../src/log/logger.ts'
import { MemoryStore } from '../../src/store/memory-store.ts'
import { fixedClock } from '../../src/time/clock.ts'
import { contract, vendor } from '../support/factories.ts'

describe('tickler remind', () => {
  it('prints the posts a dry run would make and stores nothing', async () => {
    const store = new MemoryStore()
    const at = Temporal.Instant.from('2027-01-01T00:00:00Z')
    await store.transact({ who: 't', at, action: 'setup' }, (tx) => {
      tx.put('vendors', vendor('v1', 'Contoso', { tier: 'high', owner: 'U0NORTH' }))
      tx.put(
        'contracts',
        contract({
          title: 'Hosting',
          kind: 'saas',
          startDate: '2026-04-01',
          endDate: '2027-03-31',
          noticeDays: 60,
        }),
      )
      tx.put('subscriptions', {
        id: 's1',
        topic: 'renewals',
        channel: 'slack:T1:C1',
        filters: { tiers: [], owner: '' },
        createdBy: 'U0NORTH',
        createdAt: '2026-01-01T00:00:00.000Z',
        broken: null,
      })
    })
    const revision = store.revision
    const app = await openTickler({
      config: loadConfig({}),
      clock: fixedClock('2027-01-15T09:00:00Z'),
      log: silentLogger,
      store,
    })
    const stdout = new PassThrough()
    let out = ''
    stdout.on('data', (d: Buffer) => {
      out += d.toString()
    })
    const io = { stdin: new PassThrough(), stdout, stderr: new PassThrough(), env: {}, cwd: process.cwd() }
    expect(await remindCommand(app, io, true)).toBe(0)
    expect(out).toContain('dry run')
    expect(out).toContain('would post: slack:T1:C1')
    expect(out).toContain('Contoso')
    expect(store.revision).toBe(revision)
  })
})
