// Issue 9, on a real full disk: DATA_DIR on a 1 MiB tmpfs, a spawned `tickler serve`, and the disk
// filled up while it runs. Writes answer "Not saved: the disk is full…" and leave every file as it
// was, reads keep working, and after space is freed writes work and a cold open loads everything
// acknowledged. Mounting needs root; where it is not allowed this file's test does not run, and
// test/reliability/disk-faults.test.ts covers the same behaviour through injected faults.
import { spawnSync } from 'node:child_process'
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { openJsonStore } from '../../src/store/json-store.ts'
import { Recorder } from '../adapters/slack/slack-harness.ts'
import { folderBytes } from '../cli/run-cli.ts'
import { importFixtures, type ServeProcess, spawnServe, tempDir } from './serve-process.ts'
import { answer, sendSlash } from './slack-client.ts'

const root = await tempDir()
const disk = join(root, 'disk')
await mkdir(disk)
const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', disk]).status === 0

let serve: ServeProcess | undefined
let recorder: Recorder | undefined
afterAll(async () => {
  if (serve?.child.exitCode === null) serve.child.kill('SIGKILL')
  await recorder?.close()
  if (mounted) spawnSync('umount', ['-l', disk])
})

describe.runIf(mounted)('a real full disk under tickler serve', { timeout: 300_000 }, () => {
  it('answers "Not saved", keeps reads and files intact, and recovers once space is freed', async () => {
    recorder = new Recorder()
    await recorder.start()
    const dataDir = join(disk, 'store')
    await importFixtures(root, dataDir)
    serve = await spawnServe({ cwd: root, dataDir, slackApiUrl: recorder.url })
    const slack = async (text: string) =>
      (await answer(await sendSlash(serve!.base, recorder!.url, '/tickler', text), recorder!)).replace(
        /\u200B/g,
        '',
      )
    expect(await slack('sla log Acme P2 before the disk filled')).toMatch(/Logged INC-0001/)

    // Fill the disk: the write fails with ENOSPC once every block is taken.
    const filler = join(disk, 'filler')
    await expect(writeFile(filler, Buffer.alloc(4 * 1024 * 1024, 1))).rejects.toMatchObject({
      code: 'ENOSPC',
    })

    // A write may still fit in the journal's last page; keep writing until the disk says no.
    const saved: string[] = ['before the disk filled']
    const refused: string[] = []
    for (let n = 0; n < 40 && refused.length === 0; n++) {
      // The folder at rest: serve keeps the lock a moment after each write (its lease), and a
      // refused write gives it back, which is no change to the store.
      await vi.waitFor(
        async () => expect((await readdir(dataDir)).filter((n) => n.endsWith('.lock'))).toEqual([]),
        {
          timeout: 10_000,
          interval: 10,
        },
      )
      const before = await folderBytes(dataDir)
      const summary = `while full ${n}`
      const seen = await slack(`sla log Acme P2 ${summary}`)
      if (/Logged INC-\d{4}/.test(seen)) saved.push(summary)
      else {
        expect(seen).toContain('Not saved: the disk is full. Nothing was changed; please try again later.')
        expect(await folderBytes(dataDir)).toEqual(before)
        refused.push(summary)
      }
    }
    expect(refused).toHaveLength(1)
    expect(await slack('sla open')).toContain('before the disk filled')
    expect(await slack('renewals 400 days')).toContain('Acme Cloud')

    await rm(filler)
    expect(await slack('sla log Acme P2 after space was freed')).toMatch(/Logged INC-\d{4}/)
    saved.push('after space was freed')
    expect(await serve.stop()).toBe(0)

    const store = await openJsonStore(dataDir)
    try {
      expect(store.all('incidents').map((i) => i.summary)).toEqual(saved)
    } finally {
      await store.close()
    }
  })
})
