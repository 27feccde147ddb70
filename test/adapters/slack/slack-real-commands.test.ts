// The real command table through Slack: a slash command reaches the same handler as the terminal,
// a retried write stores once, and the reply that reaches Slack is Block Kit.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { allCommands } from '../../../src/app/command-table.ts'
import { importFiles } from '../../../src/import/importer.ts'
import { CONTRACTS, SPECS, TARGETS, VENDORS, ZONE } from '../../sla/world.ts'
import { type Harness, postSlack, slashBody, startHarness } from './slack-harness.ts'

let h: Harness

beforeEach(async () => {
  h = await startHarness(allCommands, { TICKLER_TIMEZONE: ZONE })
  const files = { 'vendors.csv': VENDORS, 'contracts.csv': CONTRACTS, 'sla_targets.csv': TARGETS }
  await importFiles(
    h.store,
    Object.entries(files).map(([name, text]) => ({ name, bytes: new TextEncoder().encode(text) })),
    { who: 'terminal', at: h.tickler.context.clock.now(), zone: ZONE, maxBytes: 50_000_000, specs: SPECS },
  )
})
afterEach(() => h.close())

describe('real commands over Slack', () => {
  it('logs an SLA incident once even when Slack retries the delivery', async () => {
    const body = slashBody(h, '/sla', 'log Contoso P1 Core switch down started 9:05')
    const first = await postSlack(h, body)
    const retry = await postSlack(h, body, {
      headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
    })
    expect([first.status, retry.status]).toEqual([200, 200])
    const answer = JSON.stringify(await first.json())
    expect(answer).toContain('INC-0001')
    expect(await retry.text()).toBe('')
    const incidents = h.store.all('incidents')
    expect(incidents).toHaveLength(1)
    expect(incidents[0]!.summary).toBe('Core switch down')
  })

  it('answers /sla open and /risk due as Block Kit in the ack', async () => {
    for (const [command, text] of [
      ['/sla', 'open'],
      ['/risk', 'due'],
    ] as const) {
      const res = await postSlack(h, slashBody(h, command, text))
      expect(res.status).toBe(200)
      const message = (await res.json()) as { response_type: string; blocks: { type: string }[] }
      expect(message.response_type).toBe('ephemeral')
      expect(message.blocks.length).toBeGreaterThan(0)
    }
  })

  it('rejects a bad write with its form, storing nothing', async () => {
    const before = h.store.revision
    const res = await postSlack(h, slashBody(h, '/sla', 'log Contoso P9 broken'))
    const text = JSON.stringify(await res.json())
    expect(text).toMatch(/P1/)
    expect(h.store.revision).toBe(before)
  })
})
