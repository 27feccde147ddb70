// Request keys (SPEC §6) through the real path: tickler.run with a delivery key, on the JSON store.
// A write claims its key in its own journal line; reads and rejected commands store nothing; a
// second store on the same folder (another process) that has not seen the claim yet still changes
// nothing; keys expire after ten minutes of real time and are pruned.
import fsp from 'node:fs/promises'
import path from 'node:path'
import { Temporal } from 'temporal-polyfill'
import { afterEach, describe, expect, it } from 'vitest'
import { openTickler, type Tickler } from '../../src/app/open-tickler.ts'
import type { Command } from '../../src/commands/command.ts'
import { loadConfig } from '../../src/config/config.ts'
import { UserError } from '../../src/errors/errors.ts'
import { silentLogger } from '../../src/log/logger.ts'
import { answer } from '../../src/reply/reply.ts'
import { openJsonStore } from '../../src/store/json-store.ts'
import type { Store } from '../../src/store/store.ts'
import { fixedClock, ManualClock } from '../../src/time/clock.ts'
import { snapshotDir, tempDir } from './helpers.ts'

const T0 = '2031-05-05T08:00:00Z'

function command(name: string, writes: boolean, handler: Command['handler']): Command {
  return { name, usage: name, summary: name, examples: [name], writes, handler }
}

const commands: Command[] = [
  command('note', true, async (req, ctx) => {
    const n = await ctx.store.transact(
      { who: req.user, at: ctx.clock.now(), action: 'note', requestId: req.requestId },
      (tx) => tx.next('note'),
    )
    return answer({ text: [`note ${n}`] })
  }),
  command('look', false, (_req, ctx) => answer({ text: [`at ${ctx.store.revision}`] })),
  command('refuse', true, async (req, ctx) => {
    await ctx.store.transact(
      { who: req.user, at: ctx.clock.now(), action: 'refuse', requestId: req.requestId },
      () => {
        throw new UserError('Not allowed.', 'refuse', 'refuse')
      },
    )
    return answer({ text: ['unreachable'] })
  }),
  command('twice', true, async (req, ctx) => {
    const change = { who: req.user, at: ctx.clock.now(), action: 'twice', requestId: req.requestId }
    const a = await ctx.store.transact(change, (tx) => tx.next('note'))
    const b = await ctx.store.transact(change, (tx) => tx.next('note'))
    return answer({ text: [`notes ${a} and ${b}`] })
  }),
]

const open: Tickler[] = []
const stores: Store[] = []

afterEach(async () => {
  for (const t of open.splice(0)) await t.close()
  for (const s of stores.splice(0)) await s.close()
})

async function tickler(dir: string, realClock = new ManualClock(Temporal.Instant.from(T0))) {
  const store = await openJsonStore(dir)
  stores.push(store)
  // The business clock stands still, as under `serve --now`; expiry must not depend on it.
  const t = await openTickler({
    config: loadConfig({}),
    clock: fixedClock('2026-11-25T10:00:00Z'),
    log: silentLogger,
    store,
    commands,
    realClock,
  })
  open.push(t)
  return { t, store, realClock }
}

const run = (t: Tickler, text: string, deliveryKey: string) =>
  t.run({ text, user: 'U1', platform: 'slack', deliveryKey })

async function journalLines(dir: string): Promise<Record<string, unknown>[]> {
  const names = (await fsp.readdir(dir)).filter((n) => n.endsWith('.jsonl')).sort()
  const text = (await Promise.all(names.map((n) => fsp.readFile(path.join(dir, n), 'utf8')))).join('')
  return text
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>)
}

describe('request keys', () => {
  it('claims the key in the same journal line as the write, unaudited, and a repeat changes nothing', async () => {
    const dir = await tempDir()
    const { t, store } = await tickler(dir)
    expect((await run(t, 'note', 'slack:command:tr-1')).text).toEqual(['note 1'])
    const lines = await journalLines(dir)
    expect(lines).toHaveLength(1)
    expect(lines[0]!.changes).toEqual([
      {
        collection: 'requestKeys',
        id: 'slack:command:tr-1',
        after: { id: 'slack:command:tr-1', at: '2031-05-05T08:00:00.000Z' },
      },
    ])
    expect(lines[0]!.sequences).toEqual({ note: 1 })
    expect(store.audit()).toEqual([])

    expect(await t.requestKeys.seen('slack:command:tr-1')).toBe(true)
    const repeat = await run(t, 'note', 'slack:command:tr-1')
    expect(repeat.text).toEqual(['This request was already carried out; the repeat changed nothing.'])
    expect(await journalLines(dir)).toHaveLength(1)
    expect((await run(t, 'note', 'slack:command:tr-2')).text).toEqual(['note 2'])
  })

  it('stores nothing for a read or a rejected write, so their folder is untouched', async () => {
    const dir = await tempDir()
    const { t } = await tickler(dir)
    await run(t, 'note', 'slack:command:tr-0')
    const before = await snapshotDir(dir)
    expect((await run(t, 'look', 'slack:command:tr-1')).status).toBe('ok')
    expect((await run(t, 'refuse', 'slack:command:tr-2')).status).toBe('rejected')
    expect(await snapshotDir(dir)).toEqual(before)
    expect(await t.requestKeys.seen('slack:command:tr-1')).toBe(false)
    expect(await t.requestKeys.seen('slack:command:tr-2')).toBe(false)
    // The rejected delivery's retry runs, since nothing was done the first time.
    expect((await run(t, 'refuse', 'slack:command:tr-2')).text?.[0]).toBe('Not allowed.')
  })

  it('claims once for a request that writes twice', async () => {
    const { t, store } = await tickler(await tempDir())
    expect((await run(t, 'twice', 'teams:a:1')).text).toEqual(['notes 1 and 2'])
    expect(store.all('requestKeys').map((k) => k.id)).toEqual(['teams:a:1'])
  })

  it('changes the store once when a second store on the folder (another process) runs the same delivery', async () => {
    const dir = await tempDir()
    const first = await tickler(dir)
    const second = await tickler(dir)
    expect((await run(first.t, 'note', 'slack:event:Ev1')).text).toEqual(['note 1'])
    const again = await run(second.t, 'note', 'slack:event:Ev1')
    expect(again.text).toEqual(['This request was already carried out; the repeat changed nothing.'])
    expect(await journalLines(dir)).toHaveLength(1)

    // At the same moment: both pass every check made before the write, so it is the transaction
    // under the folder's lock (re-run on the winner's state) that finds the key.
    const replies = await Promise.all(
      [first, second, first, second].map(({ t }) => run(t, 'note', 'slack:event:Ev2')),
    )
    const texts = replies.map((r) => r.text)
    expect(texts.filter((t) => t?.[0] === 'note 2')).toHaveLength(1)
    expect(texts.filter((t) => t?.[0] !== 'note 2')).toEqual(
      Array(3).fill(['This request was already carried out; the repeat changed nothing.']),
    )
    expect(await journalLines(dir)).toHaveLength(2)
  })

  it('expires a key after ten minutes of real time, runs it again, and prunes expired keys', async () => {
    const dir = await tempDir()
    const { t, store, realClock } = await tickler(dir)
    await run(t, 'note', 'slack:command:old')
    realClock.advance({ minutes: 5 })
    await run(t, 'note', 'slack:command:newer')
    realClock.advance({ minutes: 4, seconds: 59 })
    expect(await t.requestKeys.seen('slack:command:old')).toBe(true)
    realClock.advance({ seconds: 1 })
    expect(await t.requestKeys.seen('slack:command:old')).toBe(false)
    expect(await t.requestKeys.seen('slack:command:newer')).toBe(true)

    realClock.advance({ minutes: 6 })
    expect((await run(t, 'note', 'slack:command:fresh')).text).toEqual(['note 3'])
    expect(store.all('requestKeys').map((k) => k.id)).toEqual(['slack:command:fresh'])
    expect((await run(t, 'note', 'slack:command:old')).text).toEqual(['note 4'])

    // What is on disk says the same after a cold open, validated like every collection.
    const reopened = await openJsonStore(dir)
    stores.push(reopened)
    expect(reopened.all('requestKeys').map((k) => [k.id, k.at])).toEqual([
      ['slack:command:fresh', '2031-05-05T08:16:00.000Z'],
      ['slack:command:old', '2031-05-05T08:16:00.000Z'],
    ])
  })
})
