// SPEC §13 first impressions: a fresh demo register tells a story. Its first `risk due` lists a
// handful of checks, some of them overdue, rather than every check never done.
import { describe, expect, it } from 'vitest'
import { renderReply as renderTerminal } from '../../adapters/console/render.ts'
import { openTickler } from '../../src/app/open-tickler.ts'
import { loadConfig } from '../../src/config/config.ts'
import { loadDemo } from '../../src/import/demo.ts'
import type { Reply } from '../../src/reply/reply.ts'
import { fixedClock } from '../../src/time/clock.ts'
import { MemoryStore } from '../support/memory-store.ts'
import { silentLogger } from '../support/silent-logger.ts'

async function freshDemo(now: string) {
  const store = new MemoryStore()
  const clock = fixedClock(now)
  const config = loadConfig({ TICKLER_TIMEZONE: 'Europe/London' })
  await loadDemo(store, { who: 'demo', at: clock.now(), zone: 'Europe/London', maxBytes: 5_000_000 })
  const app = await openTickler({ config, clock, log: silentLogger, store })
  return (text: string) => app.run({ text, user: 'terminal', asAdmin: true, platform: 'terminal' })
}

function listed(reply: Reply, heading?: string): number {
  return (reply.sections ?? [])
    .filter((s) => heading === undefined || s.heading === heading)
    .reduce((n, s) => n + (s.items?.length ?? 0), 0)
}

describe('the demo register tells a story', () => {
  // Whatever day it is loaded on: the demo's dates move with today.
  for (const now of ['2026-03-04T09:00:00Z', '2027-08-21T16:30:00Z']) {
    it(`a first risk due lists a handful, some overdue (${now.slice(0, 10)})`, async () => {
      const ask = await freshDemo(now)
      const due = await ask('risk due')
      expect(due.status).toBe('ok')
      const shown = listed(due)
      expect(shown).toBeGreaterThanOrEqual(3)
      expect(shown).toBeLessThanOrEqual(10)
      expect(listed(due, 'Overdue')).toBeGreaterThanOrEqual(1)
      const text = renderTerminal(due)
      expect(text).toMatch(/Overdue/)
      // Most checks have evidence: a never-done check is the exception, not the list.
      expect(text.match(/never done/g)?.length ?? 0).toBeLessThanOrEqual(1)

      const quarter = await ask('risk due 90 days')
      expect(listed(quarter)).toBeGreaterThan(shown)
      expect(listed(quarter)).toBeLessThanOrEqual(20)
    })
  }

  it('checks carry who did them and what the evidence was', async () => {
    const ask = await freshDemo('2026-03-04T09:00:00Z')
    const list = renderTerminal(await ask('risk list Contoso'))
    expect(list).toMatch(/SOC 2|soc2/)
    expect(list).toMatch(/no exceptions/)
    expect(list).toMatch(/by U0NORTH/)
  })
})
