// A Slack slash command end to end over HTTP on 127.0.0.1, signed as Slack signs it: Tickler's
// real server (receiver, Bolt, dispatcher, store, Block Kit) next to the floor, a bare Bolt app
// on the same receiver that acknowledges with a constant. Same client, same run, so the ratio
// says what Tickler adds over Bolt itself.
import { createHmac } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { performance } from 'node:perf_hooks'
import { startServer } from '../adapters/server/server.ts'
import { createBolt } from '../adapters/slack/bolt.ts'
import { SlackHttpReceiver } from '../adapters/slack/receiver.ts'
import type { Tickler } from '../src/app/open-tickler.ts'
import { type Config, loadConfig } from '../src/config/config.ts'
import { silentLogger } from '../src/log/logger.ts'
import { type SampleOptions, sample } from './stats.ts'

export const SIGNING_SECRET = 'bench-signing-secret'
export const BOT_TOKEN = 'xoxb-bench-token'

export function slackConfig(apiUrl: string, extra: Record<string, string> = {}): Config {
  return loadConfig({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: `${apiUrl}/api/`,
    PORT: '0',
    ...extra,
  })
}

let triggers = 0

/** A slash command as Slack posts it: form-encoded, signed with v0 HMAC and a fresh timestamp. */
export function postSlash(base: string, apiUrl: string, command: string, text: string): Promise<Response> {
  triggers++
  const body = new URLSearchParams({
    token: 'deprecated',
    team_id: 'T1',
    team_domain: 'bench',
    channel_id: 'C1',
    channel_name: 'vendors',
    user_id: 'U0BENCH',
    user_name: 'bench',
    command,
    text,
    api_app_id: 'A1',
    is_enterprise_install: 'false',
    response_url: `${apiUrl}/response/${triggers}`,
    trigger_id: `trigger-${triggers}`,
  }).toString()
  const timestamp = Math.floor(Date.now() / 1000)
  const signature = `v0=${createHmac('sha256', SIGNING_SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`
  return fetch(`${base}/slack/events`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': signature,
    },
    body,
  })
}

async function answered(response: Promise<Response>): Promise<void> {
  const r = await response
  const text = await r.text()
  if (r.status !== 200 || text === '') throw new Error(`slack answered ${r.status}: ${text.slice(0, 200)}`)
}

/** The floor: Bolt with our receiver, one listener that acks a constant; no store, no dispatcher. */
export async function startBareBolt(): Promise<{ base: string; close(): Promise<void> }> {
  const app = createBolt({
    log: silentLogger,
    authorize: async () => ({ botToken: BOT_TOKEN, botId: 'BBOT', botUserId: 'UBOT', teamId: 'T1' }),
  })
  app.on.command(/.*/, async ({ ack }) => {
    await ack({ response_type: 'ephemeral', text: 'ok' })
  })
  const receiver = new SlackHttpReceiver({
    signingSecret: SIGNING_SECRET,
    log: silentLogger,
    nowMs: () => Date.now(),
    // No store on the floor: nothing was ever carried out.
    seen: async () => false,
    dispatch: app.dispatch,
  })
  const server: Server = createServer((req, res) => void receiver.handle(req, res))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

export interface SlackSamples {
  tickler: Record<string, number[]>
  floor: number[]
}

/**
 * Tickler's server on the given Tickler (its store is the benchmark register) and the bare Bolt
 * floor, sampled alternately so machine load falls on both alike.
 */
export async function measureSlack(
  tickler: Tickler,
  apiUrl: string,
  commands: Record<string, [string, (i: number) => string]>,
  options: SampleOptions,
): Promise<SlackSamples> {
  const config = slackConfig(apiUrl)
  const server = await startServer({
    config,
    clock: tickler.context.clock,
    log: silentLogger,
    app: tickler,
    port: 0,
    host: '127.0.0.1',
  })
  const base = `http://127.0.0.1:${server.port}`
  const floor = await startBareBolt()
  try {
    const result: SlackSamples = { tickler: {}, floor: [] }
    // Each Tickler request is paired with a floor request right before it, so machine load that
    // comes and goes (other processes) falls on both sides of the ratio alike.
    for (const [label, [command, text]] of Object.entries(commands)) {
      const mine: number[] = []
      const floorSamples: number[] = []
      await sample(
        async (i) => {
          const t = performance.now()
          await answered(postSlash(base, apiUrl, command, text(i)))
          mine.push(performance.now() - t)
        },
        {
          ...options,
          before: async () => {
            const t = performance.now()
            await answered(postSlash(floor.base, apiUrl, '/vendor', 'bench'))
            floorSamples.push(performance.now() - t)
          },
        },
      )
      // Drop the warm-up's samples, keep the timed ones.
      result.tickler[label] = mine.slice(options.warmup)
      result.floor.push(...floorSamples.slice(options.warmup))
    }
    return result
  } finally {
    await floor.close()
    await server.close()
  }
}
