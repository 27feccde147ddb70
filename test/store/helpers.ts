// Small builders and temp folders for the store tests.
import fsp from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { Temporal } from 'temporal-polyfill'
import type { Incident } from '../../src/domain/sla.ts'
import type { Vendor } from '../../src/domain/vendor.ts'
import type { ChangeInfo } from '../../src/store/store.ts'

export async function tempDir(prefix = 'tickler-store-'): Promise<string> {
  return fsp.mkdtemp(path.join(os.tmpdir(), prefix))
}

export function change(action = 'test', at = '2026-11-25T12:00:00Z'): ChangeInfo {
  return { who: 'U0TEST', at: Temporal.Instant.from(at), action, requestId: 'req-1' }
}

export function vendor(id: string, name = `Vendor ${id}`): Vendor {
  return {
    id,
    name,
    aliases: [],
    category: 'cloud',
    tier: 'high',
    owner: 'U0OWNER',
    contactEmail: '',
    notes: '',
  }
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
