// Several processes sweeping one data folder at the same moment (the server's scheduler and a
// `tickler remind` or two): the claim transaction under the store's lock lets each post go out once.
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { Temporal } from 'temporal-polyfill'
import { afterEach, expect, it } from 'vitest'
import { openJsonStore } from '../../src/store/json-store.ts'
import { vendor } from '../support/factories.ts'
import { ManualClock } from '../support/manual-clock.ts'
import { contract, makeContext, say, seed } from './helpers.ts'

const run = promisify(execFile)
const SCRIPT = path.join(import.meta.dirname, 'fixtures', 'sweep-process.ts')
const dirs: string[] = []
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true })
})

it('three processes sweeping at once post every message exactly once', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tickler-procs-'))
  dirs.push(dir)
  const store = await openJsonStore(path.join(dir, 'store'))
  const clock = new ManualClock(Temporal.Instant.from('2027-01-01T09:00:00Z'))
  const context = makeContext({ store, clock })
  await seed(
    context,
    [vendor('v1', 'Contoso', { tier: 'high' })],
    Array.from({ length: 12 }, (_, i) =>
      contract(`c${i + 1}`, 'v1', { title: `Contract ${i + 1}`, endDate: '2027-05-31', noticeDays: 60 }),
    ),
  )
  const channels = ['slack:T1:C1', 'slack:T1:C2', 'slack:T1:C3']
  for (const channel of channels) await say(context, 'subscribe renewals', { channel })
  await store.close()

  const postsFile = path.join(dir, 'posts.txt')
  const outputs = await Promise.all(
    [1, 2, 3].map(() =>
      run(
        process.execPath,
        ['--import', 'tsx', SCRIPT, path.join(dir, 'store'), postsFile, '2027-01-31T09:00:00Z'],
        {
          cwd: path.join(import.meta.dirname, '..', '..'),
        },
      ),
    ),
  )
  const results = outputs.map((o) => JSON.parse(o.stdout) as { posted: number; planned: number })
  const lines = (await readFile(postsFile, 'utf8')).trim().split('\n')
  const posts = lines.map((l) => l.split(' ').slice(1).join(' '))
  expect(posts).toHaveLength(36)
  expect(new Set(posts).size).toBe(36)
  expect(results.reduce((n, r) => n + r.posted, 0)).toBe(36)

  const after = await openJsonStore(path.join(dir, 'store'))
  expect(after.all('deliveries').map((d) => d.status)).toEqual(Array(36).fill('posted'))
  await after.close()
}, 60_000)
