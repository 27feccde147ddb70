import { describe, expect, it } from 'vitest'
import { spawnServeIn } from './run-cli.ts'

describe('tickler serve', { timeout: 180_000 }, () => {
  it('answers /healthz once listening, says both platforms are off, loads no Teams SDK, and stops cleanly with exit 0 on SIGTERM', async () => {
    const { child } = await spawnServeIn('tickler-serve-', {
      PORT: '0',
      // Node logs each CommonJS module it loads: how the test sees which SDKs were loaded.
      NODE_DEBUG: 'module',
    })
    let stderr = ''
    const port = await new Promise<number>((resolve, reject) => {
      child.stderr.setEncoding('utf8').on('data', (d: string) => {
        stderr += d
        const m = /"port":(\d+)/.exec(stderr)
        if (m) resolve(Number(m[1]))
      })
      child.on('exit', (code) => reject(new Error(`serve exited ${code}: ${stderr}`)))
    })
    const health = await fetch(`http://127.0.0.1:${port}/healthz`)
    expect(health.status).toBe(200)
    // Slack is off without credentials: its route is not there.
    const slack = await fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST', body: '{}' })
    expect(slack.status).toBe(404)
    // Teams is off without MicrosoftAppId (or TEAMS_EMULATOR=1): its route is not there either.
    const teams = await fetch(`http://127.0.0.1:${port}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"type":"message","text":"hi"}',
    })
    expect(teams.status).toBe(404)
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
    child.kill('SIGTERM')
    expect(await exited).toBe(0)
    expect(stderr).toContain('Slack is off')
    expect(stderr).toContain('Teams is off: set MicrosoftAppId')
    // Teams is off, so botbuilder (over 100 ms of CPU at start) is never loaded; the scheduler's
    // node-schedule shows that packages loaded from node_modules are in this log (Bolt is bundled).
    expect(stderr).toContain('node_modules/node-schedule/')
    expect(stderr).not.toContain('node_modules/botbuilder')
  })
})
