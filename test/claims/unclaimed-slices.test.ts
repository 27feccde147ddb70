// The unclaimed credits computed a slice of contracts at a time (unclaimed-slices.ts) are exactly
// the ones computed in one piece, in the same order, with the same closed-window totals; the
// event loop runs between slices; what they give is kept for unclaimedOn; and a claim recorded
// while they are computed is not lost.
import { Temporal } from 'temporal-polyfill'
import { beforeAll, describe, expect, it } from 'vitest'
import { generateRegister, writeRegister } from '../../bench/generate.ts'
import { allCommands } from '../../src/app/command-table.ts'
import { dispatch } from '../../src/app/dispatch.ts'
import { closedBy, tallied } from '../../src/claims/closed-tally.ts'
import { allUnclaimed, type UnclaimedCredit, unclaimedOn } from '../../src/claims/unclaimed.ts'
import { unclaimedInSlices } from '../../src/claims/unclaimed-slices.ts'
import { createRegistry } from '../../src/commands/registry.ts'
import { loadConfig } from '../../src/config/config.ts'
import { claimId } from '../../src/domain/claim.ts'
import { toDecimal } from '../../src/domain/money.ts'
import { localDate } from '../../src/time/zone.ts'
import { makeContext } from '../support/context.ts'
import { MemoryStore } from '../support/memory-store.ts'

const now = Temporal.Instant.from('2026-11-25T10:00:00Z')

/** What a row says, without the records it points to. */
const said = (rows: readonly UnclaimedCredit[]) =>
  rows.map((r) => [r.contract.id, r.month, r.minor, r.currency, r.deadline, r.working].join(' | '))

async function register(): Promise<MemoryStore> {
  const store = new MemoryStore()
  await writeRegister(store, generateRegister({ vendors: 400, now, seed: 20261125 }), now)
  return store
}

describe('unclaimed credits computed in slices', { timeout: 120_000 }, () => {
  let config: ReturnType<typeof loadConfig>
  beforeAll(() => {
    config = loadConfig({ DATA_DIR: '/nonexistent/tickler' })
  })

  it('are the rows and totals computed in one piece, with the event loop turning between slices', async () => {
    const store = await register()
    const expected = allUnclaimed(store, config, now)
    expect(expected.length).toBeGreaterThan(200)
    // A timer set before the computation fires during it: the event loop is not held.
    let fired = 0
    const tick = () => {
      fired++
      if (!done) timer = setTimeout(tick, 0)
    }
    let done = false
    let timer = setTimeout(tick, 0)
    let pauses = 0
    const entry = await unclaimedInSlices(store, config, now, {
      contracts: 7,
      sliceMs: Number.POSITIVE_INFINITY,
      merged: 97,
      pause: async () => {
        pauses++
        await new Promise((resolve) => setTimeout(resolve, 0))
      },
    })
    done = true
    clearTimeout(timer)
    expect(said(entry.rows)).toEqual(said(expected))
    const today = localDate(now, config.TICKLER_TIMEZONE)
    expect(entry.today).toBe(today)
    expect(entry.closed).toEqual(tallied(new Map(), closedBy(expected, today)))
    expect(pauses).toBeGreaterThan(store.all('contracts').length / 7)
    expect(fired).toBeGreaterThan(10)
    // Kept: unclaimedOn answers with the same list instead of computing it again.
    expect(unclaimedOn(store, config, now)).toBe(entry)
  })

  it('end a slice once its time is spent, with the same rows wherever slices end', async () => {
    const store = await register()
    const expected = allUnclaimed(store, config, now)
    let pauses = 0
    // No time at all: each slice holds the one contract it must compute to make progress.
    const entry = await unclaimedInSlices(store, config, now, {
      contracts: 1000,
      sliceMs: 0,
      merged: Number.POSITIVE_INFINITY,
      pause: async () => {
        pauses++
      },
    })
    expect(said(entry.rows)).toEqual(said(expected))
    expect(pauses).toBe(store.all('contracts').length)
  })

  it('start again when a claim is recorded between slices, so the claimed month is not listed', async () => {
    const store = await register()
    const before = allUnclaimed(store, config, now)
    const claimed = before[before.length >> 1]!
    let pauses = 0
    const entry = await unclaimedInSlices(store, config, now, {
      contracts: 25,
      sliceMs: Number.POSITIVE_INFINITY,
      pause: async () => {
        if (++pauses !== 3) return
        await store.transact({ who: 'U0OWNER', at: now, action: 'sla claim' }, (tx) => {
          tx.put('claims', {
            id: claimId(claimed.contract.id, claimed.month),
            contractId: claimed.contract.id,
            month: claimed.month,
            ref: '',
            amount: toDecimal(claimed.minor, claimed.currency),
            currency: claimed.currency,
            claimedBy: 'U0OWNER',
            claimedAt: now.toString(),
          })
        })
      },
    })
    const after = allUnclaimed(store, config, now)
    expect(after).toHaveLength(before.length - 1)
    expect(said(entry.rows)).toEqual(said(after))
    expect(said(entry.rows)).not.toContain(said([claimed])[0])
    expect(unclaimedOn(store, config, now)).toBe(entry)
  })

  it('are finished from where they are by a request that needs them meanwhile, not from the start', async () => {
    const store = await register()
    // The month of every contract with events is looked up among the claims: a count of the work.
    let lookups = 0
    const view = new Proxy(store, {
      get(target, property, receiver) {
        if (property !== 'get') return Reflect.get(target, property, receiver)
        return (name: string, id: string) => {
          if (name === 'claims') lookups++
          return target.get(name as 'claims', id)
        }
      },
    })
    const expected = allUnclaimed(view, config, now)
    const whole = lookups
    let pauses = 0
    let asked: ReturnType<typeof unclaimedOn> | undefined
    let askedLookups = 0
    const entry = await unclaimedInSlices(view, config, now, {
      contracts: 10,
      sliceMs: Number.POSITIVE_INFINITY,
      pause: async () => {
        // Half way through the contracts, the agenda asks for the list (synchronously).
        if (++pauses !== Math.floor(store.all('contracts').length / 20)) return
        lookups = 0
        asked = unclaimedOn(view, config, now)
        askedLookups = lookups
      },
    })
    expect(said(asked!.rows)).toEqual(said(expected))
    expect(askedLookups).toBeGreaterThan(0)
    expect(askedLookups).toBeLessThan(whole * 0.6)
    // The slices stop there and give the list the request finished.
    expect(entry).toBe(asked)
    expect(pauses).toBe(Math.floor(store.all('contracts').length / 20))
  })

  it('answer at once with the kept list when one is kept for the day', async () => {
    const store = await register()
    const kept = unclaimedOn(store, config, now)
    let pauses = 0
    const entry = await unclaimedInSlices(store, config, now, {
      pause: async () => {
        pauses++
      },
    })
    expect(entry).toBe(kept)
    expect(pauses).toBe(0)
  })

  it('are waited for, not finished in one piece, by an agenda or `sla claims` asked meanwhile', async () => {
    const store = await register()
    const context = makeContext(now.toString(), { store, commands: allCommands })
    const registry = createRegistry(allCommands)
    const ask = (text: string) =>
      dispatch(registry, { text, user: 'terminal', asAdmin: true, requestId: text }, context)
    // The expected replies, from a register that has the list kept already.
    const other = await register()
    const otherContext = makeContext(now.toString(), { store: other, commands: allCommands })
    unclaimedOn(other, otherContext.config, now)
    const expected = await Promise.all(
      ['agenda', 'sla claims'].map((text) =>
        dispatch(registry, { text, user: 'terminal', asAdmin: true, requestId: text }, otherContext),
      ),
    )
    // The sweep's slices, each held until the test lets it go.
    let release: () => void = () => undefined
    let pauses = 0
    const sweep = unclaimedInSlices(store, context.config, now, {
      contracts: 25,
      sliceMs: Number.POSITIVE_INFINITY,
      pause: () => {
        pauses++
        return new Promise<void>((resolve) => {
          release = resolve
        })
      },
    })
    let answered = 0
    const replies = Promise.all(['agenda', 'sla claims'].map((text) => ask(text).finally(() => answered++)))
    for (let turn = 0; turn < 5; turn++) await new Promise((resolve) => setTimeout(resolve, 0))
    // Neither request finished the list itself: both wait for the slices.
    expect(answered).toBe(0)
    expect(pauses).toBe(1)
    const contracts = store.all('contracts').length
    while (pauses < Math.ceil(contracts / 25)) {
      release()
      await new Promise((resolve) => setTimeout(resolve, 0))
    }
    release()
    const entry = await sweep
    expect(await replies).toEqual(expected)
    expect(answered).toBe(2)
    expect(unclaimedOn(store, context.config, now)).toBe(entry)
  })
})
