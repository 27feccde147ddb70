// `sla statement` over Teams (SPEC §12): the summary card carries a signed download link served by
// Tickler at /statements/<token>.csv for 7 days (real time). The link downloads the very bytes the
// terminal writes; an altered or expired link is refused, and so is one whose figures changed.
import { Temporal } from 'temporal-polyfill'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createDownloadHandler } from '../../../adapters/teams/download-route.ts'
import { ensureLinkSecret, LINK_SECRET_ID } from '../../../adapters/teams/link-secret.ts'
import { STATEMENTS_PREFIX } from '../../../adapters/teams/statement-link.ts'
import { importFiles } from '../../../src/import/importer.ts'
import { BANDS, CONTRACTS, INCIDENTS, NOW, TARGETS, VENDORS, ZONE } from '../../claims/world.ts'
import { ManualClock } from '../../support/manual-clock.ts'
import { MemoryStore } from '../../support/memory-store.ts'
import { silentLogger } from '../../support/silent-logger.ts'
import {
  type Bot,
  cardOf,
  personalMessage,
  type Recorder,
  startBot,
  startRecorder,
  texts,
} from './helpers.ts'

let recorder: Recorder
let store: MemoryStore
let bot: Bot
let realClock: ManualClock
let base: string

async function start(withSecret: boolean): Promise<void> {
  recorder = await startRecorder()
  store = new MemoryStore()
  realClock = new ManualClock(Temporal.Instant.from('2026-12-01T08:00:00Z'))
  const files = {
    'vendors.csv': VENDORS,
    'contracts.csv': CONTRACTS,
    'sla_targets.csv': TARGETS,
    'credit_bands.csv': BANDS,
    'incidents.csv': INCIDENTS,
  }
  await importFiles(
    store,
    Object.entries(files).map(([name, text]) => ({ name, bytes: new TextEncoder().encode(text) })),
    { who: 'terminal', at: Temporal.Instant.from(NOW), zone: ZONE, maxBytes: 50_000_000 },
  )
  // What `tickler serve` does when Teams is on: the secret first, then the routes.
  if (withSecret) await ensureLinkSecret(store, realClock)
  bot = await startBot({
    store,
    now: NOW,
    realClock,
    env: { TICKLER_TIMEZONE: ZONE, PUBLIC_URL: 'https://tickler.example.com' },
    getRoutes: (app) =>
      new Map([[STATEMENTS_PREFIX, createDownloadHandler({ tickler: app, log: silentLogger, realClock })]]),
  })
  base = bot.url
}

afterEach(async () => {
  await bot.close()
  await recorder.close()
})

/** Asks in a personal chat; returns the card and the download button's URL, if any. */
async function ask(text: string): Promise<{ card: Record<string, unknown>; url?: string }> {
  const before = recorder.posts().length
  const response = await fetch(`${base}${bot.teams.route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(personalMessage(recorder.url, text)),
  })
  expect(response.status).toBe(200)
  const card = cardOf(recorder.posts()[before]!)
  const actions = (card.actions ?? []) as { type: string; url?: string }[]
  return { card, url: actions.find((a) => a.type === 'Action.OpenUrl')?.url }
}

/** The link's path on this test server (the card names PUBLIC_URL). */
function local(url: string): string {
  expect(url.startsWith(`https://tickler.example.com${STATEMENTS_PREFIX}`)).toBe(true)
  return `${base}${new URL(url).pathname}`
}

describe('sla statement over Teams', () => {
  beforeEach(() => start(true))

  it('answers with the summary card and a link that downloads the same bytes the terminal writes', async () => {
    const { card, url } = await ask('sla statement Contoso october')
    expect(texts(card)[0]).toBe('SLA claim statement: Contoso — Managed network, October 2026')
    expect(texts(card)).toContain(
      'sla-statement-contoso-managed-network-2026-10.csv: the download link works for 7 days.',
    )
    const download = await fetch(local(url!))
    expect(download.status).toBe(200)
    expect(download.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(download.headers.get('content-disposition')).toBe(
      'attachment; filename="sla-statement-contoso-managed-network-2026-10.csv"',
    )
    const terminal = await bot.tickler.run({
      text: 'sla statement Contoso october',
      user: 'terminal',
      platform: 'terminal',
    })
    expect(Buffer.from(await download.arrayBuffer()).equals(Buffer.from(terminal.attachment!.content))).toBe(
      true,
    )
    // A read: downloading stores nothing.
    const revision = store.revision
    await fetch(local(url!))
    expect(store.revision).toBe(revision)
  })

  it('refuses an altered link (403) and, after 7 days of real time, an expired one (404)', async () => {
    const { url } = await ask('sla statement Contoso october')
    const path = local(url!)
    const [payload, signature] = new URL(path).pathname
      .slice(STATEMENTS_PREFIX.length, -'.csv'.length)
      .split('.')
    const json = JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8'))
    const forged = Buffer.from(JSON.stringify({ ...json, c: 'sla statement Globex september' })).toString(
      'base64url',
    )
    for (const altered of [
      `${STATEMENTS_PREFIX}${forged}.${signature}.csv`,
      `${STATEMENTS_PREFIX}${payload}.${signature!.slice(0, -2)}AA.csv`,
      `${STATEMENTS_PREFIX}${payload}.csv`,
    ]) {
      expect((await fetch(`${base}${altered}`)).status, altered).toBe(403)
    }
    realClock.advance({ hours: 7 * 24 - 1 })
    expect((await fetch(path)).status).toBe(200)
    realClock.advance({ hours: 1 })
    const expired = await fetch(path)
    expect(expired.status).toBe(404)
    expect(await expired.text()).toContain('expired')
  })

  it('refuses a link whose statement changed since it was made', async () => {
    const { url } = await ask('sla statement Contoso october')
    await bot.tickler.run({
      text: 'sla downtime Contoso 2026-10-03 09:10 to 11:40',
      user: 'terminal',
      platform: 'terminal',
    })
    const changed = await fetch(local(url!))
    expect(changed.status).toBe(409)
    expect(await changed.text()).toContain('has changed since this link was made')
  })
})

describe('without the link secret', () => {
  beforeEach(() => start(false))

  it('says so in the card rather than offering a dead link; the route knows no link', async () => {
    expect(store.get('linkSecrets', LINK_SECRET_ID)).toBeUndefined()
    const { card, url } = await ask('sla statement Contoso october')
    expect(url).toBeUndefined()
    expect(texts(card)).toContain('The download link is made by `tickler serve`, which is not running here.')
    expect((await fetch(`${base}${STATEMENTS_PREFIX}x.y.csv`)).status).toBe(404)
  })

  it('is made once and kept: a second ensure changes nothing', async () => {
    await ensureLinkSecret(store, realClock)
    const first = store.get('linkSecrets', LINK_SECRET_ID)
    const revision = store.revision
    await ensureLinkSecret(store, realClock)
    expect(store.get('linkSecrets', LINK_SECRET_ID)).toEqual(first)
    expect(store.revision).toBe(revision)
    expect(store.audit(LINK_SECRET_ID)).toEqual([])
  })
})
