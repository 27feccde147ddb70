// Shared fixtures for the risk tests: a context over a MemoryStore with a fixed clock.

import { Temporal } from 'temporal-polyfill'
import type { Context } from '../../src/commands/command.ts'
import { loadConfig } from '../../src/config/config.ts'
import type { RiskCheck } from '../../src/domain/risk-check.ts'
import type { Vendor } from '../../src/domain/vendor.ts'
import { silentLogger } from '../../src/log/logger.ts'
import { MemoryStore } from '../../src/store/memory-store.ts'
import { type Clock, fixedClock } from '../../src/time/clock.ts'

export function makeContext(now: string, env: Record<string, string> = {}, clock?: Clock): Context {
  return {
    store: new MemoryStore(),
    clock: clock ?? fixedClock(now),
    config: loadConfig(env),
    log: silentLogger,
    commands: [],
  }
}

export function vendor(id: string, name: string, tier: Vendor['tier'], extra: Partial<Vendor> = {}): Vendor {
  return { id, name, tier, aliases: [], category: '', owner: '', contactEmail: '', notes: '', ...extra }
}

export function check(id: string, vendorId: string, kind: string, extra: Partial<RiskCheck> = {}): RiskCheck {
  return {
    id,
    vendorId,
    kind,
    cadenceDays: null,
    lastDone: null,
    evidence: '',
    doneBy: '',
    addedOn: '2026-01-01',
    ...extra,
  }
}

export async function seed(context: Context, vendors: Vendor[], checks: RiskCheck[] = []): Promise<void> {
  await context.store.transact(
    { who: 'test', at: Temporal.Instant.from('2026-01-01T00:00:00Z'), action: 'seed' },
    (tx) => {
      for (const v of vendors) tx.put('vendors', v)
      for (const c of checks) tx.put('riskChecks', c)
    },
  )
}
