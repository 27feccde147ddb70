// The terminal's chart (SPEC §13): `tickler ask --out FILE renewals chart` writes the PNG there and
// prints its path after the list; without --out it goes to a new file in the system temp folder.
// `tickler ask help` never loads the drawing libraries (they are heavy, cold start matters).
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { DEMO_DIR } from '../../src/import/demo.ts'
import { decodePng } from '../support/png.ts'
import { runCli } from './run-cli.ts'

const NOW = ['--now', '2026-12-07T10:00']

describe('renewals chart in the terminal', { timeout: 180_000 }, () => {
  let cwd: string
  let env: Record<string, string>
  beforeAll(async () => {
    cwd = await mkdtemp(join(tmpdir(), 'tickler-chart-'))
    env = { DATA_DIR: join(cwd, 'store'), TMPDIR: cwd }
    const files = ['vendors', 'contracts'].map((n) => join(DEMO_DIR, `${n}.csv`))
    expect((await runCli(['import', ...NOW, ...files], { cwd, env })).code).toBe(0)
  }, 180_000)

  it('writes --out FILE as a PNG and prints its path next to the list', async () => {
    const result = await runCli(['ask', ...NOW, '--out', 'chart.png', 'renewals chart'], { cwd, env })
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('Renewals chart: next 90 days (2026-12-07 to 2027-03-07)')
    expect(result.stdout).toContain('What the chart shows')
    expect(result.stdout).toContain(`File written: ${join(cwd, 'chart.png')}`)
    const png = await decodePng(new Uint8Array(await readFile(join(cwd, 'chart.png'))))
    expect(png.width).toBeGreaterThanOrEqual(800)
  })

  it('without --out writes a new file in the temp folder', async () => {
    const result = await runCli(['ask', ...NOW, 'renewals chart tier critical'], { cwd, env })
    expect(result.code).toBe(0)
    const path = /File written: (.+)$/m.exec(result.stdout)![1]!
    expect(path.startsWith(join(cwd, 'tickler-'))).toBe(true)
    expect(path.endsWith('/renewals-chart-2026-12-07.png')).toBe(true)
    expect((await decodePng(new Uint8Array(await readFile(path)))).width).toBeGreaterThanOrEqual(800)
  })

  it('does not load the drawing libraries for help', async () => {
    // Node reports each module it loads with NODE_DEBUG=module; vega, resvg and the quantizer must not be among them.
    const result = await runCli(['ask', 'help'], { cwd, env: { ...env, NODE_DEBUG: 'module' } })
    expect(result.code).toBe(0)
    expect(result.stderr).not.toMatch(/vega|resvg|@napi-rs\/image/)
    // The same probe sees them when a chart is drawn, so the check above can fail.
    const chart = await runCli(['ask', ...NOW, 'renewals chart'], {
      cwd,
      env: { ...env, NODE_DEBUG: 'module' },
    })
    expect(chart.stderr).toMatch(/resvg/)
  })
})
