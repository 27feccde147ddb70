// Issue 9: the data folder turns read-only mid-run, or the disk fills up (ENOSPC, a write cut in
// half). Through the real HTTP paths of Slack and Teams and the terminal, every write answers "Not
// saved: …", reads keep working, every file in DATA_DIR stays byte-identical, and once the fault
// clears writes work again and a cold open finds the store intact. Faults are injected in the
// store's file-system layer (we run as root, so chmod cannot make a folder unwritable).
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openJsonStore } from '../../src/store/json-store.ts'
import type { Store } from '../../src/store/store.ts'
import { folderBytes } from '../cli/run-cli.ts'
import { FailingFs } from '../store/failing-fs.ts'
import { tempDir } from './serve-process.ts'
import { importRegister, type Surfaces, startSurfaces, TEAMS_USER } from './surfaces.ts'

let s: Surfaces | undefined
let store: Store | undefined
afterEach(async () => {
  await s?.close()
  await store?.close()
  s = undefined
  store = undefined
})

const FAULTS = [
  { name: 'read-only data folder', code: 'EROFS', partial: false, reason: 'the data folder is read-only' },
  { name: 'full disk, a write cut in half', code: 'ENOSPC', partial: true, reason: 'the disk is full' },
]

describe.each(FAULTS)('$name', { timeout: 120_000 }, ({ code, partial, reason }) => {
  it('answers "Not saved" to every write on every surface, keeps reads, and leaves the store intact', async () => {
    const dataDir = join(await tempDir(), 'store')
    const failing = new FailingFs()
    store = await openJsonStore(dataDir, { fs: failing.fs })
    await importRegister(store)
    // The Teams user marks a risk check done, which is for admins and the vendor's owner (SPEC §6.1).
    s = await startSurfaces({ store, env: { TICKLER_ADMINS: TEAMS_USER } })
    await s.teams('help') // stores the Teams conversation reference before the fault
    expect(await s.slack('sla log Acme P2 before the fault')).toMatch(/Logged INC-0001/)
    const before = await folderBytes(dataDir)

    failing.failure = { code, partial }
    const notSaved = `Not saved: ${reason}. Nothing was changed; please try again later.`
    const writes = [
      () => s!.slack('sla log Acme P1 Core switch down'),
      () => s!.teams('risk done Acme soc2 report received'),
      () => s!.terminal('sla resolve INC-0001'),
      () => s!.slack('subscribe renewals'),
    ]
    for (const write of writes) {
      const seen = (await write()).replace(/\u200B/g, '')
      expect(seen).toContain(notSaved)
      expect(seen).not.toContain('Nothing was saved')
    }
    expect(failing.calls).toBeGreaterThan(0)

    // Reads keep working while the disk is broken.
    expect(await s.slack('sla open')).toContain('before the fault')
    expect(await s.teams('risk list Acme')).toContain('soc2')
    expect(await s.terminal('renewals 400 days')).toContain('Acme Cloud')
    expect(await folderBytes(dataDir)).toEqual(before)

    // The fault clears: writes work again, and a cold open sees exactly the saved changes.
    failing.failure = undefined
    expect(await s.slack('sla log Acme P1 after the fault')).toMatch(/Logged INC-0002/)
    const reopened = await openJsonStore(dataDir)
    try {
      expect(reopened.all('incidents').map((i) => i.summary)).toEqual(['before the fault', 'after the fault'])
      expect(reopened.all('subscriptions')).toEqual([])
      expect(reopened.all('riskChecks').find((c) => c.kind === 'soc2')?.evidence).toBe('report')
    } finally {
      await reopened.close()
    }
  })
})
