// The audit index a snapshot carries is built a step at a time while commits go on changing the
// live trail (trail-save.ts): whatever those commits add between the steps (new records, later
// entries pushed onto a record's list, new lines, removals), the index built is the one the trail
// held when it was frozen, exactly as if nothing had come after.
import { describe, expect, it } from 'vitest'
import { JournalAuditTrail } from '../../src/store/journal-audit.ts'
import { partition } from '../../src/store/snapshot-file.ts'
import { type Staged, stage } from '../../src/store/state.ts'
import { StateView } from '../../src/store/state-view.ts'
import type { Transaction } from '../../src/store/store.ts'
import { firstEntryCount } from '../../src/store/trail-index.ts'
import { saveIndex } from '../../src/store/trail-save.ts'
import { change, incident, tempDir, vendor } from './helpers.ts'

/** Two trails fed the same lines: one to save while commits go on, one to save untouched. */
function pair(dir: string) {
  const views = [0, 1].map(() => new StateView(new JournalAuditTrail(dir, () => [])))
  let start = 0
  return {
    views,
    /** Stages one commit against the first view's register and applies it to `to`. */
    commit(to: StateView[], action: string, fn: (tx: Transaction) => void): void {
      const { staged } = stage(views[0]!.state, change(action), fn, views[0]!)
      // The lines are never read back here: only their places are indexed.
      const place = { segment: 0, start, length: 100 }
      start += 100
      for (const view of to) view.apply(staged as Staged, place)
    },
  }
}

function register(view: StateView) {
  const { collections } = view.state
  return Object.fromEntries(Object.entries(collections).map(([name, map]) => [name, [...map.values()]]))
}

/** Runs a save to its end without letting anything in between. */
function finish<T>(saving: Generator<void, T>): T {
  let step = saving.next()
  while (!step.done) step = saving.next()
  return step.value
}

const trailOf = (view: StateView) => view.trail as JournalAuditTrail

describe('the snapshot audit index built a step at a time', () => {
  it('holds the trail as it was frozen, whatever commits change it between the steps', async () => {
    const { views, commit } = pair(await tempDir())
    const [live, frozenOnly] = views as [StateView, StateView]
    commit(views, 'vendor add', (tx) => {
      for (let i = 1; i <= 6; i++) tx.put('vendors', vendor(`v${i}`))
    })
    commit(views, 'vendor edit', (tx) => tx.put('vendors', { ...vendor('v1'), tier: 'low' }))
    commit(views, 'sla log', (tx) => tx.put('incidents', incident(tx.next('incident'))))
    commit(views, 'vendor remove', (tx) => tx.remove('vendors', 'v6'))
    const parts = partition(register(live))
    const saving = saveIndex(trailOf(live).freeze(), parts, 1)
    const expected = saveIndex(trailOf(frozenOnly).freeze(), parts)
    // Between every two steps the live trail takes another commit: v1 (which has later entries)
    // and v2 (which had none) edited, a record added and one removed, an id reused in another
    // collection, and the removed record added back.
    const more: [string, (tx: Transaction) => void][] = [
      ['vendor edit', (tx) => tx.put('vendors', { ...vendor('v1'), tier: 'medium' })],
      ['vendor edit', (tx) => tx.put('vendors', { ...vendor('v2'), tier: 'low' })],
      ['vendor add', (tx) => tx.put('vendors', vendor('v7'))],
      ['vendor remove', (tx) => tx.remove('vendors', 'v3')],
      ['vendor add', (tx) => tx.put('vendors', vendor('INC-0001'))],
      ['vendor add', (tx) => tx.put('vendors', vendor('v6'))],
      ['sla resolve', (tx) => tx.put('incidents', { ...incident(1), resolved: '2026-11-26T09:00:00.000Z' })],
    ]
    let step = saving.next()
    let steps = 0
    for (; !step.done; step = saving.next(), steps++) {
      const next = more[steps % more.length]!
      commit([live], next[0], next[1])
    }
    expect(steps).toBeGreaterThan(more.length)
    expect(step.value).toEqual(finish(expected))
    // The live trail did change meanwhile, so a leak of it into the save would show.
    const now = finish(saveIndex(trailOf(live).freeze(), partition(register(live))))
    expect(now.head.transactions).toBe(step.value.head.transactions + steps)
    expect(now.head.lines.length).toBeGreaterThan(step.value.head.lines.length)
  })

  it('leaves out later entries pushed onto a list after the save, as it is written', async () => {
    const { views, commit } = pair(await tempDir())
    const [live] = views as [StateView]
    commit([live], 'vendor add', (tx) => tx.put('vendors', vendor('v1')))
    commit([live], 'vendor edit', (tx) => tx.put('vendors', { ...vendor('v1'), tier: 'low' }))
    const parts = partition(register(live))
    const index = finish(saveIndex(trailOf(live).freeze(), parts))
    const saved = JSON.stringify(index)
    // The snapshot is serialised after this, in the background: a commit in between must not
    // reach into what was saved.
    commit([live], 'vendor edit', (tx) => tx.put('vendors', { ...vendor('v1'), tier: 'medium' }))
    expect(JSON.stringify(index)).toBe(saved)
    expect(index.head.lines).toHaveLength(4)
  })

  it('counts the first entries it holds, for the restore to size its columns', async () => {
    const { views, commit } = pair(await tempDir())
    const [live] = views as [StateView]
    commit([live], 'vendor add', (tx) => {
      for (let i = 1; i <= 6; i++) tx.put('vendors', vendor(`v${i}`))
    })
    commit([live], 'sla log', (tx) => tx.put('incidents', incident(tx.next('incident'))))
    commit([live], 'vendor remove', (tx) => tx.remove('vendors', 'v6'))
    const parts = partition(register(live))
    const { head, trails } = finish(saveIndex(trailOf(live).freeze(), parts))
    const restored = parts.map((part, i) => ({ ...part, trail: trails[i]! }))
    // v1-v5 and the incident beside their records; removed v6 in the head.
    expect(head.other).toHaveLength(1)
    expect(firstEntryCount(head, restored)).toBe(7)
  })
})
