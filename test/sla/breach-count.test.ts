// The unclaimed credits count each incident's breaches from epoch milliseconds (breach-count.ts)
// instead of through Temporal: over 24x7 and business-hours targets, open and closed incidents,
// and done exactly on, a minute before and a minute after each due time, the count must be the
// one incidentBreaches gives.
import { Temporal } from 'temporal-polyfill'
import { describe, expect, it } from 'vitest'
import { loadConfig } from '../../src/config/config.ts'
import type { Incident, SlaTarget } from '../../src/domain/sla.ts'
import { breachCount } from '../../src/sla/breach-count.ts'
import { dueAt, incidentBreaches } from '../../src/sla/deadlines.ts'
import { contract } from '../support/factories.ts'
import { MemoryStore } from '../support/memory-store.ts'

const config = loadConfig({ TICKLER_TIMEZONE: 'Europe/London', DATA_DIR: '/nonexistent/tickler' })
const zone = config.TICKLER_TIMEZONE
const TARGETS: SlaTarget[] = [
  { id: 'c1:P1', contractId: 'c1', priority: 'P1', response: '30m', resolution: '4h', hours: '24x7' },
  { id: 'c1:P2', contractId: 'c1', priority: 'P2', response: '1d', resolution: '2d', hours: '24x7' },
  { id: 'c1:P3', contractId: 'c1', priority: 'P3', response: '4h', resolution: '2d', hours: 'business' },
]
// A Friday evening before the clocks go back, a Monday morning, and a sub-second start.
const STARTS = ['2026-10-23T16:45:00Z', '2026-11-02T08:59+00:00', '2026-11-02T09:00:00.500Z']

function cases(): Incident[] {
  const out: Incident[] = []
  let n = 0
  for (const target of TARGETS) {
    for (const started of STARTS) {
      const start = Temporal.Instant.from(started)
      const at = (duration: string, minutes: number) =>
        dueAt(start, duration, target.hours, config.businessCalendar, zone).add({ minutes }).toString()
      for (const shift of [-1, 0, 1]) {
        const base = {
          vendorId: 'v1',
          contractId: 'c1',
          priority: target.priority,
          summary: 's',
          loggedBy: 'U1',
        }
        const id = () => `INC-${String(++n).padStart(4, '0')}`
        out.push({ ...base, id: id(), started, responded: at(target.response, shift), resolved: null })
        out.push({ ...base, id: id(), started, responded: null, resolved: at(target.resolution, shift) })
        out.push({
          ...base,
          id: id(),
          started,
          responded: at(target.response, shift),
          resolved: at(target.resolution, -shift),
        })
        out.push({ ...base, id: id(), started, responded: null, resolved: null })
      }
    }
  }
  out.push({ ...out[0]!, id: 'INC-9999', priority: 'P4' })
  return out
}

describe('breachCount', () => {
  it('counts as incidentBreaches does, on, before and after every due time, open or done', async () => {
    const store = new MemoryStore()
    await store.transact({ who: 'test', at: Temporal.Instant.from(STARTS[0]!), action: 'seed' }, (tx) => {
      tx.put('contracts', contract({ id: 'c1', vendorId: 'v1' }))
      for (const t of TARGETS) tx.put('slaTargets', t)
    })
    const incidents = cases()
    for (const now of [
      '2026-10-23T17:15:00Z',
      '2026-10-24T09:00:00Z',
      '2026-11-02T13:00:00.500Z',
      '2026-12-01T00:00:00Z',
    ]) {
      const at = Temporal.Instant.from(now)
      const expected = incidents.map((i) => {
        const target = TARGETS.find((t) => t.priority === i.priority)
        return target ? incidentBreaches(i, target, config.businessCalendar, zone, at).breaches.length : 0
      })
      expect(incidents.map((i) => breachCount(store, i, config, at))).toEqual(expected)
      expect(expected.filter((b) => b === 1).length).toBeGreaterThan(0)
    }
  })
})
