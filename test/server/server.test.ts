// The shared HTTP server: health, routing, plugged-in routes, start-up log naming Slack's state.
import { Writable } from 'node:stream'
import { afterEach, describe, expect, it } from 'vitest'
import { type ServerHandle, startServer } from '../../adapters/server/server.ts'
import { openTickler, type Tickler } from '../../src/app/open-tickler.ts'
import { loadConfig } from '../../src/config/config.ts'
import { createLogger } from '../../src/log/logger.ts'
import { MemoryStore } from '../../src/store/memory-store.ts'
import { fixedClock } from '../../src/time/clock.ts'

let server: ServerHandle | undefined
let tickler: Tickler | undefined

afterEach(async () => {
  await server?.close()
  await tickler?.close()
  server = undefined
})

async function start(env: Record<string, string> = {}) {
  const lines: string[] = []
  const sink = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk))
      done()
    },
  })
  const config = loadConfig({ PORT: '0', ...env })
  const log = createLogger('info', sink)
  const clock = fixedClock('2026-11-25T10:00:00Z')
  tickler = await openTickler({ config, clock, log, store: new MemoryStore(), commands: [] })
  server = await startServer({ config, clock, log, app: tickler, host: '127.0.0.1' })
  return { base: `http://127.0.0.1:${server.port}`, lines }
}

describe('HTTP server', () => {
  it('answers /healthz 200 without any credentials, and says Slack is off', async () => {
    const { base, lines } = await start()
    const res = await fetch(`${base}/healthz`)
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ ok: true, slack: 'off' })
    expect(lines.join('')).toContain('Slack is off')
    expect((await fetch(`${base}/slack/events`, { method: 'POST', body: 'x' })).status).toBe(404)
  })

  it('comes up in Socket Mode even when Slack cannot be reached', async () => {
    const { base, lines } = await start({
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_APP_TOKEN: 'xapp-test',
      SLACK_API_URL: 'http://127.0.0.1:9/api/',
    })
    const res = await fetch(`${base}/healthz`)
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ ok: true, slack: 'socket' })
    expect(lines.join('')).toContain('Slack is on (Socket Mode)')
    expect((await fetch(`${base}/slack/events`, { method: 'POST', body: 'x' })).status).toBe(404)
  })

  it('binds PORT 0 to a free port and reports it', async () => {
    await start()
    expect(server!.port).toBeGreaterThan(0)
  })

  it('404s unknown paths, 405s a GET on a POST route, 500s a failing handler', async () => {
    const { base } = await start()
    server!.routes.set('/api/messages', () => {
      throw new Error('boom')
    })
    expect((await fetch(`${base}/nope`)).status).toBe(404)
    expect((await fetch(`${base}/api/messages`)).status).toBe(405)
    expect((await fetch(`${base}/api/messages`, { method: 'POST', body: '{}' })).status).toBe(500)
  })

  it('runs a route passed at start (the Teams endpoint)', async () => {
    const config = loadConfig({ PORT: '0' })
    const log = createLogger('silent')
    const clock = fixedClock('2026-11-25T10:00:00Z')
    tickler = await openTickler({ config, clock, log, store: new MemoryStore(), commands: [] })
    server = await startServer({
      config,
      clock,
      log,
      app: tickler,
      host: '127.0.0.1',
      routes: new Map([
        [
          '/api/messages',
          (_req, res) => {
            res.writeHead(200, { 'content-type': 'application/json' })
            res.end('{"teams":true}')
          },
        ],
      ]),
    })
    const res = await fetch(`http://127.0.0.1:${server.port}/api/messages`, { method: 'POST', body: '{}' })
    expect(await res.json()).toEqual({ teams: true })
  })

  it('stops listening on close', async () => {
    const { base } = await start()
    await server!.close()
    server = undefined
    await expect(fetch(`${base}/healthz`)).rejects.toThrow()
  })
})
