// The start-up log says which mode Teams is in: local (Emulator) without MicrosoftAppId, token
// validation with it.
import { Writable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { createTeams } from '../../../adapters/teams/teams.ts'
import { openTickler } from '../../../src/app.ts'
import { loadConfig } from '../../../src/config/config.ts'
import { createLogger } from '../../../src/log/logger.ts'
import { MemoryStore } from '../../../src/store/memory-store.ts'
import { fixedClock } from '../../../src/time/clock.ts'

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
  it('says local (Emulator) mode when MicrosoftAppId is not set', async () => {
    const out = await startupLog({})
    expect(out).toContain('local (Emulator) mode')
    expect(out).toContain('/api/messages')
  })

  it('says tokens are validated when MicrosoftAppId is set, and never logs the password', async () => {
    const out = await startupLog({
      MicrosoftAppId: '0f6e3a52-7d1c-4a8e-9b57-2c1d4e5f6a7b',
      MicrosoftAppPassword: 's3cr3t-pw',
    })
    expect(out).toContain('Bot Framework tokens are validated')
    expect(out).not.toContain('local (Emulator) mode')
    expect(out).not.toContain('s3cr3t-pw')
  })
})
