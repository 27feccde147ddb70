// One table of commands through both chat surfaces on the same store and server: Slack slash
// commands (the Slack engineer's harness) and Teams messages must carry the same core answer,
// only rendered differently (Block Kit mrkdwn vs Adaptive Card markdown).
import { Temporal } from 'temporal-polyfill'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTeams } from '../../../adapters/teams/teams.ts'
import { allCommands } from '../../../src/app/command-table.ts'
import { silentLogger } from '../../../src/log/logger.ts'
import { type Harness, postSlack, slashBody, startHarness } from '../slack/slack-harness.ts'
import { cardOf, personalMessage, type Recorder, startRecorder } from './helpers.ts'

let h: Harness
let recorder: Recorder

beforeAll(async () => {
  h = await startHarness(allCommands, { TEAMS_EMULATOR: '1' })
  recorder = await startRecorder()
  const teams = createTeams({ tickler: h.tickler, log: silentLogger })
  h.server.routes.set(teams.route, teams.handler)
  await h.store.transact(
    { who: 'test', at: Temporal.Instant.from('2026-01-01T00:00:00Z'), action: 'seed' },
    (tx) => {
      const vendor = { aliases: [], category: 'Cloud', contactEmail: '', notes: '' }
      tx.put('vendors', {
        ...vendor,
        id: 'v1',
        name: 'Acme Cloud',
        tier: 'critical',
        owner: 'ops@example.com',
      })
      tx.put('vendors', { ...vendor, id: 'v2', name: 'Globex Support', tier: 'low', owner: '' })
      const check = { cadenceDays: null, evidence: '', doneBy: '', addedOn: '2026-01-01' }
      tx.put('riskChecks', { ...check, id: 'c1', vendorId: 'v1', kind: 'soc2', lastDone: '2025-10-01' })
      tx.put('riskChecks', { ...check, id: 'c2', vendorId: 'v1', kind: 'insurance', lastDone: null })
      tx.put('riskChecks', {
        ...check,
        id: 'c3',
        vendorId: 'v2',
        kind: 'adverse_media',
        lastDone: '2026-03-01',
      })
    },
  )
})
afterAll(async () => {
  await h?.close()
  await recorder?.close()
})

interface Block {
  type: string
  text?: { text: string }
  fields?: { text: string }[]
  elements?: { type: string; text?: string | { text: string } }[]
}

/** Visible lines with the platform's markup removed, so the two renderings can be compared. */
function normalise(lines: string[]): string[] {
  return lines
    .flatMap((line) => line.split('\n'))
    .map((line) =>
      line
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&')
        .replace(/[\u200B*`\\]/g, '')
        .replace(/(^|\s)_|_(\s|$)/g, '$1$2')
        .replace(/^• /, '')
        .trim(),
    )
    .filter((line) => line !== '')
}

async function viaSlack(text: string): Promise<string[]> {
  const res = await postSlack(h, slashBody(h, '/tickler', text))
  expect(res.status).toBe(200)
  const message = (await res.json()) as { blocks: Block[] }
  const lines: string[] = []
  for (const block of message.blocks) {
    if (block.type === 'actions') continue
    if (block.text) lines.push(block.text.text)
    for (const field of block.fields ?? []) lines.push(field.text)
    for (const element of block.elements ?? []) {
      if (typeof element.text === 'string') lines.push(element.text)
    }
  }
  return normalise(lines)
}

async function viaTeams(text: string): Promise<string[]> {
  const before = recorder.posts().length
  const response = await fetch(`${h.base}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(personalMessage(recorder.url, text)),
  })
  expect(response.status).toBe(200)
  const lines: string[] = []
  for (const post of recorder.posts().slice(before)) {
    for (const element of cardOf(post).body as {
      type: string
      text?: string
      facts?: { title: string; value: string }[]
    }[]) {
      if (element.type === 'TextBlock') lines.push(element.text!)
      for (const fact of element.facts ?? []) lines.push(fact.title, fact.value)
    }
  }
  return normalise(lines)
}

describe('the same core answer on Slack and Teams', () => {
  it.each([
    'risk due',
    'risk due next 400 days',
    'risk list Acme Cloud',
    'risk list acme clod',
    'risk list Nosuch Vendor',
    'sla open',
    'admins',
    'history Acme Cloud',
    'frobnicate the vendors',
  ])('%s', async (command) => {
    const slack = await viaSlack(command)
    const teams = await viaTeams(command)
    expect(slack.length).toBeGreaterThan(0)
    expect(teams).toEqual(slack)
  })
})
