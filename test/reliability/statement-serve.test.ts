// The statement link end to end through a real `tickler serve` process with Teams on (Emulator
// mode): serve makes the link secret at start and keeps it in the store, a Teams message gets a
// card whose link that same process serves, and after a restart the link still works.
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { STATEMENTS_PREFIX } from '../../adapters/teams/statement-link.ts'
import { openJsonStore } from '../../src/store/json-store.ts'
import { cardOf, personalMessage, type Recorder, startRecorder } from '../adapters/teams/helpers.ts'
import { BANDS, CONTRACTS, INCIDENTS, TARGETS, VENDORS } from '../claims/world.ts'
import { runCli } from '../cli/run-cli.ts'
import { type ServeProcess, spawnServe, tempDir } from './serve-process.ts'

const ENV = {
  TEAMS_EMULATOR: '1',
  TICKLER_TIMEZONE: 'Europe/London',
  PUBLIC_URL: 'https://tickler.example.com',
}

describe('statement links served by tickler serve', { timeout: 180_000 }, () => {
  let recorder: Recorder
  let serve: ServeProcess | undefined
  afterAll(async () => {
    await serve?.stop()
    await recorder?.close()
  })

  it('makes the secret at start, serves the link it put in the card, and still does after a restart', async () => {
    recorder = await startRecorder()
    const cwd = await tempDir('tickler-statement-serve-')
    const dataDir = join(cwd, 'store')
    const files = {
      vendors: VENDORS,
      contracts: CONTRACTS,
      targets: TARGETS,
      bands: BANDS,
      incidents: INCIDENTS,
    }
    for (const [name, text] of Object.entries(files)) await writeFile(join(cwd, `${name}.csv`), text)
    const imported = await runCli(
      ['import', '--now', '2026-11-25T10:00', ...Object.keys(files).map((n) => join(cwd, `${n}.csv`))],
      { cwd, env: { DATA_DIR: dataDir, TICKLER_TIMEZONE: 'Europe/London' } },
    )
    expect(imported.code).toBe(0)

    serve = await spawnServe({ cwd, dataDir, slackApiUrl: recorder.url, env: ENV })
    const response = await fetch(`${serve.base}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(personalMessage(recorder.url, 'sla statement Contoso october')),
    })
    expect(response.status).toBe(200)
    const card = cardOf(recorder.posts().at(-1)!)
    const url = (card.actions as { type: string; url?: string }[]).find((a) => a.type === 'Action.OpenUrl')!
      .url!
    const path = new URL(url).pathname
    expect(path.startsWith(STATEMENTS_PREFIX)).toBe(true)
    const first = await fetch(`${serve.base}${path}`)
    expect(first.status).toBe(200)
    const bytes = await first.text()
    expect(bytes.trim().split('\n').at(-1)).toMatch(/^total,Managed network,/)
    expect(await serve.stop()).toBe(0)

    const store = await openJsonStore(dataDir)
    expect(store.all('linkSecrets')).toHaveLength(1)
    await store.close()

    serve = await spawnServe({ cwd, dataDir, slackApiUrl: recorder.url, env: ENV })
    const again = await fetch(`${serve.base}${path}`)
    expect(again.status).toBe(200)
    expect(await again.text()).toBe(bytes)
  })
})
