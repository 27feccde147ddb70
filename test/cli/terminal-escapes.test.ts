// SPEC §6.2: output for a terminal strips escape sequences whatever their source. Here the source
// is a store written before control characters were refused: an incident summary holding a window
// title (OSC … BEL), a clear-screen (CSI 2J) and a C1 CSI. The real CLI still opens that store,
// shows the incident without a single escape byte, and can still resolve it.
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { runCli } from './run-cli.ts'

const NOW = ['--now', '2026-11-25T10:00Z']
const PLACEHOLDER = 'PLACEHOLDER-SUMMARY'
/** As JSON holds it in the journal: ESC ] 0 ; owned BEL, ESC [ 2 J, U+009B 3 1 m. */
const HOSTILE_JSON = 'Router \\u001b]0;owned\\u0007down\\u001b[2J now \\u009b31mred'

// biome-ignore lint/suspicious/noControlCharactersInRegex: what must never reach the terminal
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/

let cwd: string
let env: Record<string, string>

beforeAll(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'tickler-escapes-'))
  env = { DATA_DIR: join(cwd, 'store'), TICKLER_TIMEZONE: 'UTC' }
  await writeFile(join(cwd, 'vendors.csv'), 'name,tier\nAcme Cloud,high\n')
  await writeFile(
    join(cwd, 'contracts.csv'),
    'vendor,title,kind,start_date,end_date,auto_renew,notice_days,annual_value,currency\nAcme Cloud,Hosting,saas,2026-01-01,2027-12-31,no,30,100.00,USD\n',
  )
  await writeFile(
    join(cwd, 'sla_targets.csv'),
    'vendor,contract,priority,response,resolution,hours\nAcme Cloud,Hosting,P1,1h,4h,24x7\n',
  )
  const files = ['vendors.csv', 'contracts.csv', 'sla_targets.csv'].map((f) => join(cwd, f))
  expect((await runCli(['import', ...NOW, ...files], { cwd, env })).code).toBe(0)
  expect(
    (await runCli(['ask', ...NOW, 'sla', 'log', '"Acme Cloud"', 'P1', PLACEHOLDER], { cwd, env })).code,
  ).toBe(0)
  // What an older Tickler wrote when such a summary was typed: edit the journal line in place.
  let edited = 0
  for (const name of await readdir(env.DATA_DIR!)) {
    const path = join(env.DATA_DIR!, name)
    const text = await readFile(path, 'utf8')
    if (!text.includes(PLACEHOLDER)) continue
    await writeFile(path, text.replaceAll(PLACEHOLDER, HOSTILE_JSON))
    edited++
  }
  expect(edited).toBe(1)
}, 180_000)

describe('terminal output from text stored before the rule', { timeout: 180_000 }, () => {
  it('sla open and sla show print the summary with no escape sequence or control byte', async () => {
    for (const words of [
      ['sla', 'open'],
      ['sla', 'show', 'INC-0001'],
    ]) {
      const result = await runCli(['ask', ...NOW, ...words], { cwd, env })
      expect(result.stderr, words.join(' ')).toBe('')
      expect(result.code, words.join(' ')).toBe(0)
      expect(result.stdout).toContain('Router down now red')
      expect(result.stdout).not.toMatch(CONTROL)
    }
  })

  it('the incident can still be resolved: its unchanged summary is kept as it was', async () => {
    const result = await runCli(['ask', ...NOW, 'sla', 'resolve', 'INC-0001'], { cwd, env })
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('INC-0001 resolved at 2026-11-25 10:00')
    expect(result.stdout).not.toMatch(CONTROL)
  })
})
