import { once } from 'node:events'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, expect, it } from 'vitest'
import { spawnServeIn } from './run-cli.ts'

let slackApi: Server | undefined
afterEach(async () => {
  slackApi?.closeAllConnections()
  await new Promise((resolve) => slackApi?.close(resolve))
})

it('stops cleanly with exit 0 on a SIGTERM that comes while auth.test is unanswered', {
  timeout: 60_000,
}, async () => {
  let asked!: () => void
  const authTestAsked = new Promise<void>((resolve) => {
    asked = resolve
  })
  // Slack's Web API, never answering auth.test.
  slackApi = createServer((req) => {
    if (req.url?.startsWith('/api/auth.test')) asked()
    req.resume()
  })
  slackApi.listen(0, '127.0.0.1')
  await once(slackApi, 'listening')
  const api = (slackApi.address() as AddressInfo).port

  // A free port, known before serve logs it (its start-up line waits for auth.test).
  const probe = createServer().listen(0, '127.0.0.1')
  await once(probe, 'listening')
  const port = (probe.address() as AddressInfo).port
  await new Promise((resolve) => probe.close(resolve))

  const { child } = await spawnServeIn('tickler-serve-', {
    PORT: String(port),
    SLACK_BOT_TOKEN: 'xoxb-early-stop-token',
    SLACK_SIGNING_SECRET: 'early-stop-signing-secret',
    SLACK_API_URL: `http://127.0.0.1:${api}/api/`,
  })
  let stderr = ''
  child.stderr.setEncoding('utf8').on('data', (d: string) => {
    stderr += d
  })
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))

  let status = 0
  while (status !== 200) {
    if (child.exitCode !== null) throw new Error(`serve exited: ${stderr}`)
    status = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (r) => r.status,
      () => 0,
    )
    if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 10))
  }
  await authTestAsked
  // Still inside the window: the start-up line is logged once auth.test has answered.
  expect(stderr).not.toContain('listening')

  child.kill('SIGTERM')
  expect(await exited).toBe(0)
  expect(stderr).toContain('shutting down')
})
