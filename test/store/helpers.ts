// Small builders and temp folders for the store tests.
import fsp from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { Temporal } from 'temporal-polyfill'
import { afterEach } from 'vitest'
import type { Incident } from '../../src/domain/sla.ts'
import type { Vendor } from '../../src/domain/vendor.ts'
import { type JsonStoreOptions, openJsonStore } from '../../src/store/json-store.ts'
import type { ChangeInfo, Store } from '../../src/store/store.ts'
import { vendor as baseVendor, contract, riskCheck } from '../support/factories.ts'

export async function tempDir(prefix = 'tickler-store-'): Promise<string> {
  return fsp.mkdtemp(path.join(os.tmpdir(), prefix))
}

export function change(action = 'test', at = '2026-11-25T12:00:00Z'): ChangeInfo {
  return { who: 'U0TEST', at: Temporal.Instant.from(at), action, requestId: 'req-1' }
}

export function vendor(id: string, name = `Vendor ${id}`): Vendor {
  return baseVendor(id, name, { category: 'cloud', tier: 'high', owner: 'U0OWNER' })
}

export function incident(n: number, vendorId = 'v1'): Incident {
  return {
    id: `INC-${String(n).padStart(4, '0')}`,
    vendorId,
    contractId: 'c1',
    priority: 'P2',
    summary: `incident ${n}`,
    started: '2026-11-25T10:00:00.000Z',
    responded: null,
    resolved: null,
    loggedBy: 'U0TEST',
  }
}

/** Every file in a folder with its bytes, to prove something was not touched. */
export async function snapshotDir(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>()
  for (const name of (await fsp.readdir(dir)).sort())
    files.set(name, await fsp.readFile(path.join(dir, name)))
  return files
}

/** One valid record per collection, and a field that a bad value breaks. */
export const SAMPLES = {
  vendors: { record: vendor('v1'), field: 'tier', bad: 'huge' },
  contracts: {
    record: contract({
      title: 'Cloud hosting',
      kind: 'saas',
      startDate: '2025-01-01',
      endDate: '2027-01-01',
      noticeDays: 60,
      annualValue: '120000.00',
    }),
    field: 'currency',
    bad: 'DOLLARS',
  },
  slaTargets: {
    record: { id: 't1', contractId: 'c1', priority: 'P1', response: '30m', resolution: '4h', hours: '24x7' },
    field: 'response',
    bad: 'soon',
  },
  incidents: { record: incident(1), field: 'priority', bad: 'P9' },
  riskChecks: {
    record: riskCheck('r1', 'v1', 'soc2', { addedOn: '2026-11-25' }),
    field: 'addedOn',
    bad: '2026-13-45',
  },
  subscriptions: {
    record: {
      id: 's1',
      topic: 'renewals',
      channel: 'slack:T1:C1',
      filters: { tiers: [], owner: '' },
      createdBy: 'U0TEST',
      createdAt: '2026-11-25T12:00:00.000Z',
      broken: null,
    },
    field: 'topic',
    bad: 'gossip',
  },
  conversations: {
    record: {
      id: 'teams:19:abc',
      platform: 'teams',
      reference: { a: 1 },
      updatedAt: '2026-11-25T12:00:00.000Z',
    },
    field: 'platform',
    bad: 'irc',
  },
  deadlineActions: {
    record: {
      id: 'd1',
      contractId: 'c1',
      deadline: '2026-12-01',
      action: 'snooze',
      until: '2026-12-08',
      by: 'U0TEST',
      at: '2026-11-25T12:00:00.000Z',
    },
    field: 'action',
    bad: 'ignore',
  },
  deliveries: {
    record: {
      id: 'renewal|c1|2027-01-01|30|slack:T1:C1',
      topic: 'renewals',
      channel: 'slack:T1:C1',
      contractId: 'c1',
      deadline: '2027-01-01',
      stage: 30,
      status: 'posted',
      attempts: 1,
      error: null,
      at: '2026-11-25T12:00:00.000Z',
    },
    field: 'status',
    bad: 'lost',
  },
  admins: {
    record: { id: 'U0ADMIN', addedBy: 'terminal', addedAt: '2026-11-25T12:00:00.000Z' },
    field: 'addedAt',
    bad: 'yesterday',
  },
  requestKeys: {
    record: { id: 'slack:command:trigger-1', at: '2026-11-25T12:00:00.000Z' },
    field: 'at',
    bad: 'a while ago',
  },
  calendarTokens: {
    record: { id: 'a'.repeat(64), user: 'U0NORTH', platform: 'slack', createdAt: '2026-11-25T12:00:00.000Z' },
    field: 'createdAt',
    bad: 'yesterday',
  },
  creditBands: {
    record: { id: 'c1:below:99.9', contractId: 'c1', belowPercent: '99.9', creditPercent: '10' },
    field: 'belowPercent',
    bad: 'high',
  },
  downtimes: {
    record: {
      id: 'DT-0001',
      vendorId: 'v1',
      contractId: 'c1',
      from: '2026-10-01T09:00:00Z',
      to: '2026-10-01T10:00:00Z',
      note: '',
      loggedBy: 'U0TEST',
    },
    field: 'from',
    bad: 'this morning',
  },
  claims: {
    record: {
      id: 'c1|2026-10',
      contractId: 'c1',
      month: '2026-10',
      ref: 'CASE-1',
      amount: '2000.00',
      currency: 'USD',
      claimedBy: 'U0TEST',
      claimedAt: '2026-11-25T12:00:00.000Z',
    },
    field: 'month',
    bad: 'October',
  },
  linkSecrets: {
    record: {
      id: 'statement-links',
      key: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      createdAt: '2026-11-25T12:00:00.000Z',
    },
    field: 'key',
    bad: 'short',
  },
} as const

/**
 * An openJsonStore whose stores are closed after each test of the file that calls this (at its
 * top level), so a failed assertion leaves no store holding the folder's lock.
 */
export function closedAfterEach(): (dir: string, options?: JsonStoreOptions) => Promise<Store> {
  const opened: Store[] = []
  afterEach(async () => {
    for (const store of opened.splice(0)) await store.close()
  })
  return async (dir, options) => {
    const store = await openJsonStore(dir, options)
    opened.push(store)
    return store
  }
}
