// A demo-like register at a fixed instant in a non-UTC zone: the real demo CSVs loaded into an
// in-memory store, the real command table, and a Tickler to run lines through the dispatcher.
import { openTickler, type Tickler } from '../../src/app/open-tickler.ts'
import { loadConfig } from '../../src/config/config.ts'
import { loadDemo } from '../../src/import/demo.ts'
import { silentLogger } from '../../src/log/logger.ts'
import { MemoryStore } from '../../src/store/memory-store.ts'
import { fixedClock } from '../../src/time/clock.ts'

export const ZONE = 'America/New_York'
/** Wednesday 2026-11-25, 10:30 in New York. */
export const NOW = '2026-11-25T15:30:00Z'
export const TODAY = '2026-11-25'
export const USER = 'U0NORTH'

export async function demoTickler(): Promise<{ tickler: Tickler; store: MemoryStore }> {
  const store = new MemoryStore()
  const clock = fixedClock(NOW)
  await loadDemo(store, { who: 'demo', at: clock.now(), zone: ZONE, maxBytes: 5_000_000 })
  const config = loadConfig({ TICKLER_TIMEZONE: ZONE, TICKLER_ADMINS: USER })
  const tickler = await openTickler({ config, clock, log: silentLogger, store })
  return { tickler, store }
}
