// The calendar feed (SPEC §11) through the real HTTP server: `calendar` gives a personal link whose
// token is stored only hashed; GET /calendar/<token>.ics answers RFC 5545 that an independent
// parser (ical.js) reads back, with the owner's deadlines and checks (all for an admin), stable
// UIDs across fetches; `calendar reset` makes the link 404. `tickler export --ics` writes it all.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ICAL from 'ical.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { calendarFeedOf } from '../../adapters/server/calendar-route.ts'
import { type ServerHandle, startServer } from '../../adapters/server/server.ts'
import { openTickler, type Tickler } from '../../src/app/open-tickler.ts'
import { loadConfig } from '../../src/config/config.ts'
import { plain, type Reply } from '../../src/reply/reply.ts'
import { fixedClock } from '../../src/time/clock.ts'
import { runCli } from '../cli/run-cli.ts'
import { seed } from '../support/context.ts'
import { contract, riskCheck, vendor } from '../support/factories.ts'
import { MemoryStore } from '../support/memory-store.ts'
import { silentLogger } from '../support/silent-logger.ts'

const CLOCK = fixedClock('2027-01-15T10:00:00Z')

const REGISTER = {
  vendors: [
    vendor('v1', 'Contoso', { owner: 'U0NORTH', tier: 'critical' }),
    vendor('v2', 'Fabrikam', { owner: 'U0SOUTH' }),
  ],
  contracts: [
    // Notice 2027-03-02 and end 2027-03-31: two events.
    contract({
      id: 'c1',
      vendorId: 'v1',
      title: 'Hosting',
      endDate: '2027-03-31',
      noticeDays: 29,
      annualValue: '207000.00',
    }),
    // Notice 0 days: notice and end on the same day, one event.
    contract({
      id: 'c2',
      vendorId: 'v1',
      title: 'Support',
      endDate: '2027-06-30',
      noticeDays: 0,
      autoRenew: false,
    }),
    // Beyond 400 days: nothing.
    contract({
      id: 'c3',
      vendorId: 'v1',
      title: 'Far',
      startDate: '2026-01-01',
      endDate: '2029-01-01',
      noticeDays: 30,
      autoRenew: false,
    }),
    // U0SOUTH's.
    contract({
      id: 'c4',
      vendorId: 'v2',
      title: 'Printers',
      endDate: '2027-04-30',
      noticeDays: 60,
      currency: 'EUR',
    }),
  ],
  riskChecks: [riskCheck('k1', 'v1', 'soc2', { lastDone: '2026-12-01', cadenceDays: 90 })],
}

interface Parsed {
  uid: string
  start: string
  summary: string
  description: string
  allDay: boolean
}

function parse(ics: string): Parsed[] {
  const calendar = new ICAL.Component(ICAL.parse(ics))
  return calendar.getAllSubcomponents('vevent').map((v) => {
    const event = new ICAL.Event(v)
    return {
      uid: event.uid,
      start: event.startDate.toString(),
      summary: event.summary,
      description: event.description,
      allDay: event.startDate.isDate,
    }
  })
}

describe('calendar feed', () => {
  let tickler: Tickler
  let server: ServerHandle
  let base: string

  beforeAll(async () => {
    const store = new MemoryStore()
    await seed(store, REGISTER, '2026-12-01T00:00:00Z')
    const config = loadConfig({
      PORT: '0',
      TICKLER_ADMINS: 'U0ADMIN',
      PUBLIC_URL: 'https://tickler.example.com/',
    })
    tickler = await openTickler({ config, clock: CLOCK, log: silentLogger, store })
    server = await startServer({
      config,
      clock: CLOCK,
      log: silentLogger,
      app: tickler,
      port: 0,
      host: '127.0.0.1',
      calendarFeed: calendarFeedOf(tickler),
    })
    base = `http://127.0.0.1:${server.port}`
  })
  afterAll(async () => {
    await server.close()
    await tickler.close()
  })

  const ask = (user: string, text: string): Promise<Reply> =>
    tickler.run({ text, user, platform: 'slack', workspace: 'T1', channel: 'slack:T1:C1' })
  const linkOf = (reply: Reply) => {
    const all = (reply.text ?? []).map(plain).join('\n')
    const m = /https:\/\/tickler\.example\.com\/calendar\/([A-Za-z0-9_-]+)\.ics/.exec(all)
    expect(m, all).not.toBeNull()
    return m![1]!
  }
  const fetchFeed = (token: string) => fetch(`${base}/calendar/${token}.ics`)

  it('gives the owner a link to their own deadlines and checks, read back by ical.js, UIDs stable', async () => {
    const reply = await ask('U0NORTH', 'calendar')
    expect(reply.status).toBe('ok')
    expect(reply.private).not.toBe(false)
    const token = linkOf(reply)
    expect(JSON.stringify(tickler.context.store.all('calendarTokens'))).not.toContain(token)

    const first = await fetchFeed(token)
    expect(first.status).toBe(200)
    expect(first.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    const events = parse(await first.text())
    expect(events.map((e) => [e.start, e.summary])).toEqual([
      ['2027-03-01', 'SOC 2 report due: Contoso'],
      ['2027-03-02', 'Notice deadline: Contoso — Hosting'],
      ['2027-03-31', 'Term ends: Contoso — Hosting'],
      ['2027-06-30', 'Notice deadline and term end: Contoso — Support'],
    ])
    expect(events.every((e) => e.allDay)).toBe(true)
    const hosting = events.find((e) => e.summary === 'Notice deadline: Contoso — Hosting')!
    expect(hosting.description).toContain('Vendor: Contoso')
    expect(hosting.description).toContain('Contract: Hosting (licence)')
    expect(hosting.description).toContain('Annual value: 207,000.00 USD')

    const second = parse(await (await fetchFeed(token)).text())
    expect(second.map((e) => e.uid)).toEqual(events.map((e) => e.uid))
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length)
  })

  it('shows an admin the whole register', async () => {
    const token = linkOf(await ask('U0ADMIN', 'calendar'))
    const summaries = parse(await (await fetchFeed(token)).text()).map((e) => e.summary)
    expect(summaries).toContain('Notice deadline: Fabrikam — Printers')
    expect(summaries).toContain('Notice deadline: Contoso — Hosting')
    expect(summaries.some((s) => s.includes('Far'))).toBe(false)
  })

  it('shows a link once; calendar reset revokes it (404), and an unknown token is 404 too', async () => {
    const token = linkOf(await ask('U0SOUTH', 'calendar'))
    expect((await fetchFeed(token)).status).toBe(200)
    const again = await ask('U0SOUTH', 'calendar')
    expect((again.text ?? []).map(plain).join(' ')).toContain('already have a calendar feed')
    expect(tickler.context.store.all('calendarTokens').filter((t) => t.user === 'U0SOUTH')).toHaveLength(1)

    expect((await ask('U0SOUTH', 'calendar reset')).status).toBe('ok')
    const revoked = await fetchFeed(token)
    expect(revoked.status).toBe(404)
    expect((await fetchFeed('A'.repeat(43))).status).toBe(404)
    expect((await fetch(`${base}/calendar/${token}.ics`, { method: 'POST' })).status).toBe(405)
    const fresh = linkOf(await ask('U0SOUTH', 'calendar'))
    expect(fresh).not.toBe(token)
    expect((await fetchFeed(fresh)).status).toBe(200)
  })

  it('rejects calendar with extra words, with the form, storing nothing', async () => {
    const before = tickler.context.store.revision
    const reply = await ask('U0WEST', 'calendar please now')
    expect(reply.status).toBe('rejected')
    expect((reply.text ?? []).map(plain).join('\n')).toContain('Form: calendar | calendar reset')
    expect(tickler.context.store.revision).toBe(before)
  })
})

describe('tickler export --ics', { timeout: 120_000 }, () => {
  it('writes the whole feed, refuses to overwrite it without --force', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'tickler-ics-'))
    try {
      const env = { DATA_DIR: join(cwd, 'store'), TICKLER_TIMEZONE: 'UTC' }
      const vendors = 'name,tier,owner\nContoso,critical,U0NORTH\n'
      const contracts = `vendor,title,kind,start_date,end_date,auto_renew,notice_days,annual_value,currency\nContoso,Hosting,saas,2026-04-01,2027-03-31,yes,29,207000,USD\n`
      await writeFile(join(cwd, 'vendors.csv'), vendors)
      await writeFile(join(cwd, 'contracts.csv'), contracts)
      expect(
        (await runCli(['import', '--now', '2027-01-15', 'vendors.csv', 'contracts.csv'], { cwd, env })).code,
      ).toBe(0)
      const done = await runCli(['export', '--now', '2027-01-15', '--ics', 'all.ics'], { cwd, env })
      expect(done.stderr).toBe('')
      expect(done.code).toBe(0)
      const events = parse(await readFile(join(cwd, 'all.ics'), 'utf8'))
      expect(events.map((e) => `${e.start} ${e.summary}`)).toContain(
        '2027-03-02 Notice deadline: Contoso — Hosting',
      )
      const refused = await runCli(['export', '--now', '2027-01-15', '--ics', 'all.ics'], { cwd, env })
      expect(refused.code).toBe(1)
      expect(refused.stderr).toContain('already exists; add --force')
      expect(
        (await runCli(['export', '--now', '2027-01-15', '--force', '--ics', 'all.ics'], { cwd, env })).code,
      ).toBe(0)
    } finally {
      await rm(cwd, { recursive: true, force: true })
    }
  })
})
