// The start-up log says which mode Teams is in: Emulator mode (TEAMS_EMULATOR=1, loopback only),
// token validation with MicrosoftAppId, or both; a bad value of either stops Tickler (exit 2).
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { createTeams } from '../../../adapters/teams/teams.ts'
import { openTickler } from '../../../src/app/open-tickler.ts'
import { loadConfig } from '../../../src/config/config.ts'
import { createLogger } from '../../../src/log/logger.ts'
import { MemoryStore } from '../../../src/store/memory-store.ts'
import { fixedClock } from '../../../src/time/clock.ts'
import { runCli } from '../../cli/run-cli.ts'

async function startupLog(env: Record<string, string>): Promise<string> {
  let out = ''
  const sink = new Writable({
    write(chunk, _encoding, done) {
      out += String(chunk)
      done()
    },
  })
  const log = createLogger('info', sink)
  const tickler = await openTickler({
    config: loadConfig(env),
    clock: fixedClock('2027-01-15T09:00:00Z'),
    log,
    store: new MemoryStore(),
    commands: [],
  })
  createTeams({ tickler, log })
  await new Promise((resolve) => setImmediate(resolve))
  return out
}

describe('Teams start-up log', () => {
  it('warns of Emulator mode, loopback only, with TEAMS_EMULATOR=1 and no MicrosoftAppId', async () => {
    const out = await startupLog({ TEAMS_EMULATOR: '1' })
    const line = JSON.parse(out.trim().split('\n').at(-1)!)
    expect(line.level).toBe(40)
    expect(line.msg).toContain('Emulator mode')
    expect(line.msg).toContain('tokens are not checked')
    expect(line.msg).toContain('loopback')
    expect(line.msg).toContain('/api/messages')
  })

  it('warns that tokens are still validated when TEAMS_EMULATOR=1 comes with MicrosoftAppId', async () => {
    const out = await startupLog({
      TEAMS_EMULATOR: '1',
      MicrosoftAppId: '0f6e3a52-7d1c-4a8e-9b57-2c1d4e5f6a7b',
    })
    const line = JSON.parse(out.trim().split('\n').at(-1)!)
    expect(line.level).toBe(40)
    expect(line.msg).toContain('tokens are still validated')
    expect(line.msg).toContain('loopback')
  })

  it('says tokens are validated when MicrosoftAppId is set, and never logs the password', async () => {
    const out = await startupLog({
      MicrosoftAppId: '0f6e3a52-7d1c-4a8e-9b57-2c1d4e5f6a7b',
      MicrosoftAppPassword: 's3cr3t-pw',
    })
    expect(out).toContain('Bot Framework tokens are validated')
    expect(out).not.toContain('Emulator')
    expect(out).not.toContain('s3cr3t-pw')
  })
})

describe('Teams configuration errors stop `tickler serve` (exit 2), naming the variable', {
  timeout: 60_000,
}, () => {
  it.each([
    ['MicrosoftAppId set but empty', { MicrosoftAppId: '' }, /MicrosoftAppId is set but empty/],
    ['MicrosoftAppId only spaces', { MicrosoftAppId: '  ' }, /MicrosoftAppId is set but empty/],
    ['TEAMS_EMULATOR=yes', { TEAMS_EMULATOR: 'yes' }, /TEAMS_EMULATOR must be 1 .* or 0/],
    ['TEAMS_EMULATOR set but empty', { TEAMS_EMULATOR: '' }, /TEAMS_EMULATOR must be 1 .* or 0/],
  ])('%s', async (_name, env, message) => {
    const cwd = await mkdtemp(join(tmpdir(), 'tickler-teams-config-'))
    const result = await runCli(['serve'], { cwd, env: { DATA_DIR: join(cwd, 'store'), PORT: '0', ...env } })
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(message)
  })
})
