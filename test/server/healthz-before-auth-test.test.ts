// /healthz answers 200 once the store is loaded and the routes listen, whatever the credentials
// (SPEC §6). Slack's auth.test is a round trip to slack.com (or its timeout, when Slack cannot be
// reached): the server is ready without waiting for it, and finishes starting when it answers.
import { once } from 'node:events'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, expect, it } from 'vitest'
import { startServer } from '../../adapters/server/server.ts'
import { openTickler } from '../../src/app/open-tickler.ts'
import { loadConfig } from '../../src/config/config.ts'
import { fixedClock } from '../../src/time/clock.ts'
import { MemoryStore } from '../support/memory-store.ts'
import { silentLogger } from '../support/silent-logger.ts'

const servers: Server[] = []
afterEach(async () => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections()
    await new Promise((resolve) => s.close(resolve))
  }
})

async function listen(server: Server): Promise<number> {
  servers.push(server)
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  return (server.address() as AddressInfo).port
}

it("answers /healthz while Slack's auth.test is unanswered, and finishes starting once it answers", async () => {
  let release!: () => void
  const released = new Promise<void>((resolve) => {
    release = resolve
  })
  let authTests = 0
  const slackApi = createServer(async (req, res) => {
    req.resume()
    await once(req, 'end')
    if (req.url?.startsWith('/api/auth.test')) {
      authTests++
      await released
    }
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1' }))
  })
  const api = await listen(slackApi)
  // A free port, known before startServer resolves (which it does only after auth.test).
  const port = await listen(createServer())
  servers.pop()!.close()

  const config = loadConfig({
    SLACK_BOT_TOKEN: 'xoxb-test-token',
    SLACK_SIGNING_SECRET: 'test-signing-secret',
    SLACK_API_URL: `http://127.0.0.1:${api}/api/`,
    PORT: String(port),
  })
  const clock = fixedClock('2026-11-25T10:00:00Z')
  const store = new MemoryStore()
  const tickler = await openTickler({ config, clock, log: silentLogger, store, commands: [] })
  let started = false
  const starting = startServer({ config, clock, log: silentLogger, app: tickler, port, host: '127.0.0.1' })
  void starting.then(() => {
    started = true
  })

  let status = 0
  const deadline = Date.now() + 5000
  while (status !== 200 && Date.now() < deadline) {
    status = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (r) => r.status,
      () => 0,
    )
    if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 20))
  }
  expect(status).toBe(200)
  expect(authTests).toBe(1)
  expect(started).toBe(false)

  release()
  const server = await starting
  expect(server.slack).toBe('http')
  await server.close()
  await tickler.close()
  await store.close()
})
