// Issue 22's forms on every surface: each one-fact question, window and filter, asked in the
// terminal, in a Slack direct message (through Bolt over HTTP) and in a Teams chat (through the
// Bot Framework adapter over HTTP). Each surface runs on its own fixed clock, so expectations that
// depend on today are worked out from that surface's day.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderReply } from '../../adapters/console/render.ts'
import { allCommands } from '../../src/app/command-table.ts'
import { openTickler, type Tickler } from '../../src/app/open-tickler.ts'
import { loadConfig } from '../../src/config/config.ts'
import type { Incident, SlaTarget } from '../../src/domain/sla.ts'
import { addDays, daysBetween } from '../../src/time/calendar-date.ts'
import { fixedClock } from '../../src/time/clock.ts'
import { eventBody, type Harness, postEvent, startHarness } from '../adapters/slack/slack-harness.ts'
import {
  type Bot,
  cardOf,
  personalMessage,
  type Recorder,
  startBot,
  startRecorder,
  texts,
} from '../adapters/teams/helpers.ts'
import { seed } from '../support/context.ts'
import { contract, riskCheck, vendor } from '../support/factories.ts'
import { MemoryStore } from '../support/memory-store.ts'
import { silentLogger } from '../support/silent-logger.ts'

const ENV = { TICKLER_TIMEZONE: 'UTC' }

const target: SlaTarget = {
  id: 'c1:P1',
  contractId: 'c1',
  priority: 'P1',
  response: '15m',
  resolution: '4h',
  hours: '24x7',
}
const incident = (id: string, fields: Partial<Incident>): Incident => ({
  id,
  vendorId: 'v1',
  contractId: 'c1',
  priority: 'P1',
  summary: 'API down',
  started: '2026-11-01T10:00:00Z',
  responded: null,
  resolved: null,
  loggedBy: 'U0NORTH',
  ...fields,
})

async function register(store: MemoryStore): Promise<MemoryStore> {
  await seed(
    store,
    {
      vendors: [
        vendor('v1', 'Acme Cloud', {
          aliases: ['Acme'],
          tier: 'critical',
          owner: 'U0ACME',
          contactEmail: 'ops@acme.example',
        }),
        vendor('v2', 'Globex Networks', { aliases: ['Globex'], tier: 'high', owner: 'U0GLOBEX' }),
        vendor('v3', 'Initech Software', {
          aliases: ['Initech'],
          tier: 'low',
          owner: 'U0INI',
          contactEmail: 'sales@initech.example',
        }),
        // No alias: named in words by its first word alone ("zurich").
        vendor('v4', 'Zürich Print Works', { tier: 'low', owner: 'U0WEST' }),
      ],
      contracts: [
        contract({
          id: 'c1',
          vendorId: 'v1',
          title: 'Hosting',
          kind: 'saas',
          startDate: '2025-07-01',
          endDate: '2027-06-30',
          noticeDays: 60,
          annualValue: '150000.00',
        }),
        contract({
          id: 'c2',
          vendorId: 'v2',
          title: 'Switch support',
          kind: 'support',
          startDate: '2026-01-01',
          endDate: '2027-12-31',
          autoRenew: false,
          noticeDays: 90,
          annualValue: '60000.00',
          currency: 'EUR',
        }),
        contract({
          id: 'c3',
          vendorId: 'v3',
          title: 'Licences',
          kind: 'licence',
          startDate: '2026-01-01',
          endDate: '2027-03-31',
          noticeDays: 30,
          annualValue: '20000.00',
          owner: 'U0NORTH',
        }),
        contract({
          id: 'c4',
          vendorId: 'v4',
          title: 'Print fleet',
          kind: 'hardware',
          startDate: '2026-01-01',
          endDate: '2027-09-30',
          autoRenew: false,
          noticeDays: 45,
          annualValue: '5000.00',
        }),
      ],
      slaTargets: [target],
      riskChecks: [
        riskCheck('r1', 'v1', 'soc2', { lastDone: '2026-05-01' }),
        riskCheck('r2', 'v2', 'insurance', { lastDone: '2026-10-01', cadenceDays: 365 }),
        // Answered in words by round 5's proposals ("initech filled in the ddq on …").
        riskCheck('r3', 'v3', 'questionnaire', { lastDone: '2026-06-01', cadenceDays: 365 }),
      ],
      incidents: [
        incident('INC-0001', { responded: '2026-11-01T10:10:00Z', resolved: '2026-11-01T16:00:00Z' }),
        incident('INC-0002', { started: '2026-11-20T08:00:00Z' }),
        // Named in words by round 5's facts ("the globex reboot loop ticket").
        incident('INC-0003', {
          vendorId: 'v2',
          contractId: 'c2',
          summary: 'Core switches stuck in a reboot loop',
          started: '2026-11-10T09:00:00Z',
          responded: '2026-11-10T09:20:00Z',
          resolved: '2026-11-10T13:00:00Z',
        }),
      ],
    },
    '2026-11-01T00:00:00Z',
  )
  return store
}

/** What a person sees: the first non-empty line, and all of the reply's text. */
interface Seen {
  first: string
  all: string
}

interface Surface {
  today: string
  ask(text: string): Promise<Seen>
  revision(): number
}

const firstOf = (text: string) => text.split('\n').find((l) => l.trim() !== '') ?? ''

async function terminal(): Promise<Surface & { tickler: Tickler }> {
  const store = await register(new MemoryStore())
  const tickler = await openTickler({
    config: loadConfig(ENV),
    clock: fixedClock('2027-01-15T09:00:00Z'),
    log: silentLogger,
    store,
  })
  return {
    tickler,
    today: '2027-01-15',
    revision: () => store.revision,
    async ask(text) {
      const out = renderReply(await tickler.run({ text, user: 'U0NORTH', platform: 'terminal' }))
      return { first: firstOf(out), all: out }
    },
  }
}

async function slack(): Promise<Surface & { h: Harness }> {
  const store = await register(new MemoryStore())
  const h = await startHarness(allCommands, ENV, { store })
  let n = 0
  return {
    h,
    today: '2026-11-25',
    revision: () => store.revision,
    async ask(text) {
      n++
      const body = eventBody(`EvForms${n}`, {
        type: 'message',
        channel_type: 'im',
        channel: 'D1',
        user: 'U0NORTH',
        text,
        ts: `${n}.1`,
      })
      expect((await postEvent(h, body)).status).toBe(200)
      const posts = await h.recorder.waitFor('/api/chat.postMessage', n)
      const blocks = posts[n - 1]!.body.blocks as { text?: { text: string } }[]
      const lines = blocks.map((b) => b.text?.text ?? '').filter((t) => t !== '')
      return { first: firstOf(lines[0] ?? ''), all: lines.join('\n') }
    },
  }
}

async function teams(): Promise<Surface & { bot: Bot; recorder: Recorder }> {
  const recorder = await startRecorder()
  const store = await register(new MemoryStore())
  const bot = await startBot({ store, env: ENV })
  let n = 0
  return {
    bot,
    recorder,
    today: '2027-01-15',
    // Teams keeps each chat's conversation reference in the store: count only the register's own.
    revision: () =>
      store.all('contracts').length + store.all('incidents').length + store.all('riskChecks').length,
    async ask(text) {
      expect((await bot.post(personalMessage(recorder.url, text))).status).toBe(200)
      const card = cardOf(recorder.posts()[n++]!)
      const lines = texts(card)
      return { first: firstOf(lines[0] ?? ''), all: lines.join('\n') }
    },
  }
}

const surfaces: Record<string, Surface> = {}
const closers: (() => Promise<void>)[] = []

beforeAll(async () => {
  const t = await terminal()
  const s = await slack()
  const m = await teams()
  Object.assign(surfaces, { terminal: t, slack: s, teams: m })
  closers.push(
    () => t.tickler.close(),
    () => s.h.close(),
    async () => {
      await m.bot.close()
      await m.recorder.close()
    },
  )
})
afterAll(async () => {
  for (const close of closers) await close()
})

const SURFACES = ['terminal', 'slack', 'teams'] as const

/** Each line's first reply line holds every piece, on every surface, and nothing is stored. */
function factsFirstEverywhere(title: string, table: [string, string[]][]): void {
  describe.each(SURFACES)(`${title} on %s`, (name) => {
    it.each(table)('%s', async (text, pieces) => {
      const surface = surfaces[name]!
      const before = surface.revision()
      const seen = await surface.ask(text)
      for (const piece of pieces) expect(seen.first).toContain(piece)
      expect(surface.revision()).toBe(before)
    })
  })
}

/** Each line is understood as the command, on every surface. */
function readsEverywhere(title: string, table: [string, string][]): void {
  describe.each(SURFACES)(`${title} on %s`, (name) => {
    it.each(table)('%s', async (text, command) => {
      const seen = await surfaces[name]!.ask(text)
      expect(seen.all).toContain('Understood as')
      expect(seen.all).toContain(command)
    })
  })
}

/** Each line is proposed as the command, on every surface, and nothing is stored. */
function proposedEverywhere(title: string, table: [string, string][]): void {
  describe.each(SURFACES)(`${title} on %s`, (name) => {
    it.each(table)('%s', async (text, command) => {
      const surface = surfaces[name]!
      const before = surface.revision()
      const seen = await surface.ask(text)
      expect(seen.all).toContain('I understood:')
      expect(seen.all).toContain(command)
      expect(surface.revision()).toBe(before)
    })
  })
}

/** No line is proposed, on any surface, and nothing is stored (a miss is allowed, a proposal not). */
function neverProposedEverywhere(title: string, lines: string[]): void {
  describe.each(SURFACES)(`${title} on %s`, (name) => {
    it.each(lines)('%s', async (text) => {
      const surface = surfaces[name]!
      const before = surface.revision()
      const seen = await surface.ask(text)
      expect(seen.all).not.toContain('I understood:')
      expect(surface.revision()).toBe(before)
    })
  })
}

/** Each line is asked about, naming what could not be placed, and nothing is proposed or stored. */
function askedEverywhere(title: string, table: [string, string][]): void {
  describe.each(SURFACES)(`${title} on %s`, (name) => {
    it.each(table)('%s', async (text, named) => {
      const surface = surfaces[name]!
      const before = surface.revision()
      const seen = await surface.ask(text)
      expect(seen.all).not.toContain('I understood:')
      expect(seen.first).toContain('That sounds like')
      expect(seen.first).toContain(named)
      expect(surface.revision()).toBe(before)
    })
  })
}

/** Each one-fact form (SPEC §13): the pieces its first line must hold on the asker's day. */
const FACTS: [string, (today: string) => string[]][] = [
  ['when does the acme hosting contract end?', () => ['Hosting', '2027-06-30']],
  ["what's the notice deadline on globex switch support?", () => ['Switch support', '2027-10-02']],
  [
    'how many days left on the initech licences contract?',
    (t) => [`${daysBetween(t, '2027-03-01')} days`, '2027-03-01'],
  ],
  ['what is the notice period for globex?', () => ['90 days']],
  ['who owns initech?', () => ['Initech Software is owned by', 'Licences is owned by']],
  ['who is our contact at acme?', () => ['ops@acme.example']],
  ['who do we email at globex?', () => ['Globex Networks has no contact email']],
  ["is acme's soc 2 current?", () => ['overdue', '2026-07-30']],
  ["is globex's insurance up to date?", () => ['current', '2027-10-01']],
  ['what is overdue for acme?', () => ['1 check overdue', 'SOC 2 report']],
  ['is INC-0001 resolved?', () => ['INC-0001', 'is resolved', 'response met, resolution breached']],
  ['is INC-0002 still open?', () => ['INC-0002', 'is open', 'response breached']],
  ['did INC-0002 breach?', () => ['INC-0002', 'breached']],
  // Asked without a question word or mark: still a question, never a proposal to end the contract.
  [
    'days until the initech licences contract ends',
    (t) => [`${daysBetween(t, '2027-03-31')} days`, '2027-03-31'],
  ],
  // A fact named as a noun.
  ['acme hosting end date', () => ['Hosting', '2027-06-30']],
]

describe.each(SURFACES)('facts first on %s', (name) => {
  it.each(FACTS)('%s', async (text, pieces) => {
    const surface = surfaces[name]!
    const before = surface.revision()
    const seen = await surface.ask(text)
    for (const piece of pieces(surface.today)) expect(seen.first).toContain(piece)
    // the card follows the fact
    expect(seen.all).toContain('Understood as')
    expect(surface.revision()).toBe(before)
  })
})

const quarterEnd = (t: string) =>
  `${t.slice(0, 4)}-${['03-31', '06-30', '09-30', '12-31'][Math.floor((Number(t.slice(5, 7)) - 1) / 3)]}`
const sunday = (t: string) => addDays(t, (7 - new Date(`${t}T00:00:00Z`).getUTCDay()) % 7)

/** Each window of SPEC §3, as a command and in plain words: the title's window and dates. */
const WINDOWS: [string, string, (today: string) => string][] = [
  ['renewals q2', 'what renews in q2?', () => 'Q2 2027 (2027-04-01 to 2027-06-30)'],
  [
    'renewals this qtr',
    'which notice deadlines fall this qtr',
    (t) => `this quarter (${t} to ${quarterEnd(t)})`,
  ],
  ['renewals this wk', 'notice deadlines this wk', (t) => `this week (${t} to ${sunday(t)})`],
  ['renewals next mo', 'what expires next mo?', () => 'next month ('],
  ['renewals eoy', 'what expires by eoy?', (t) => `this year (${t} to ${t.slice(0, 4)}-12-31)`],
  [
    'renewals next 6 weeks',
    'contracts ending in the next 6 weeks',
    (t) => `next 6 weeks (${t} to ${addDays(t, 42)})`,
  ],
  ['renewals next yr', 'what renews next yr', (t) => `next year (${Number(t.slice(0, 4)) + 1}-01-01 to `],
  ['renewals next 3 months', 'contracts ending over the next 3 months', (t) => `next 3 months (${t} to `],
  ['renewals by 2027-06-30', 'notice dates by 2027-06-30', (t) => `by 2027-06-30 (${t} to 2027-06-30)`],
  [
    'renewals before 2027-06-30',
    'what expires before 2027-06-30',
    (t) => `before 2027-06-30 (${t} to 2027-06-29)`,
  ],
  ['renewals this month', "what's renewing this month", (t) => `this month (${t} to `],
  ['renewals next quarter', 'anything up for renewal next qtr', () => 'next quarter ('],
]

describe.each(SURFACES)('windows on %s', (name) => {
  it.each(WINDOWS)('%s / %s', async (command, words, label) => {
    const surface = surfaces[name]!
    const want = `Renewals: ${label(surface.today)}`
    expect((await surface.ask(command)).all).toContain(want)
    expect((await surface.ask(words)).all).toContain(want)
  })
})

/** Each filter of SPEC §13, as a command and in plain words: which contracts are listed. */
const FILTERS: [string, string, string[]][] = [
  ['renewals 365 days tier critical', 'critical renewals in the next 365 days', ['Acme Cloud — Hosting']],
  [
    'renewals 365 days over 50k',
    'renewals worth more than 50k in the next 365 days',
    ['Globex Networks — Switch support', 'Acme Cloud — Hosting'],
  ],
  [
    'renewals 365 days over 50000 EUR',
    'contracts over €50k renewing in the next 365 days',
    ['Globex Networks — Switch support'],
  ],
  [
    'renewals 365 days kind licence',
    'licence renewals in the next 365 days',
    ['Initech Software — Licences'],
  ],
  [
    'renewals 365 days owner U0NORTH',
    'renewals in the next 365 days owned by U0NORTH',
    ['Initech Software — Licences'],
  ],
  [
    'renewals 365 days lapsed',
    'renewals with lapsed evidence in the next 365 days',
    ['Acme Cloud — Hosting'],
  ],
]
const ALL = ['Acme Cloud — Hosting', 'Globex Networks — Switch support', 'Initech Software — Licences']

describe.each(SURFACES)('"my" is the asker on %s', (name) => {
  it("my renewals in the next 365 days: the asker's contracts only", async () => {
    const surface = surfaces[name]!
    const seen = await surface.ask('my renewals in the next 365 days')
    expect(seen.all).toMatch(/next 365 days, owner \S+/)
    // Terminal and Slack ask as U0NORTH, who owns the Licences contract; the Teams user owns none.
    const mine = name === 'teams' ? [] : ['Initech Software — Licences']
    for (const row of ALL) {
      if (mine.includes(row)) expect(seen.all).toContain(row)
      else expect(seen.all).not.toContain(row)
    }
  })
})

describe.each(SURFACES)('filters on %s', (name) => {
  it.each(FILTERS)('%s / %s', async (command, words, listed) => {
    const surface = surfaces[name]!
    for (const line of [command, words]) {
      const seen = await surface.ask(line)
      for (const row of ALL) {
        if (listed.includes(row)) expect(seen.all, line).toContain(row)
        else expect(seen.all, line).not.toContain(row)
      }
    }
  })
})

/** Round 2's facts (set 2's classes): an incident's state with its vendor named, a check in any words. */
const FACTS_2: [string, string[]][] = [
  ['has acme responded to INC-0002', ['INC-0002', 'is open', 'response breached']],
  ['did INC-0001 blow the resolution target', ['INC-0001', 'resolution breached']],
  ['did we ever do the soc 2 on acme', ['Acme Cloud', 'SOC 2 report']],
  ['has globex sent their insurance cert back', ['Globex Networks', 'Insurance certificate']],
]

factsFirstEverywhere('round 2 facts first', FACTS_2)

/** Reads said in words that were not understood before round 2: the command each runs. */
const READS_2: [string, string][] = [
  ['show me INC-0001', 'sla show INC-0001'],
  ["acme's sla targets?", 'sla targets "Acme Cloud"'],
  ['what are the response times we agreed with acme', 'sla targets "Acme Cloud"'],
  ['unclaimed credits this qtr', 'sla claims this quarter'],
  ["which service credits haven't we claimed yet", 'sla claims'],
  ['soc reports due next qtr?', 'risk due next quarter'],
  ['vendors with lapsed evidence renewing before eoy', 'renewals this year lapsed'],
]

readsEverywhere('round 2 reads', READS_2)

/** Writes said in words: proposed with every stated value and the topic the words name, never stored. */
const PROPOSALS_2: [string, string][] = [
  ['stop sending claim reminders here', 'unsubscribe claims'],
  ['mute the escalation alerts here', 'unsubscribe escalations'],
  ['make globex a critical vendor', 'vendor edit "Globex Networks" tier critical'],
  ['bump initech up to high tier', 'vendor edit "Initech Software" tier high'],
  ["drop initech from the register, we don't use them anymore", 'vendor remove "Initech Software"'],
  [
    'acme hosting renewed to 2028-06-30, 160k, notice 90 days',
    'contract renew "Acme Cloud" "Hosting" end 2028-06-30 value 160000 USD notice 90 days',
  ],
]

describe.each(SURFACES)('round 2 proposals on %s', (name) => {
  it.each(PROPOSALS_2)('%s', async (text, command) => {
    const surface = surfaces[name]!
    const before = surface.revision()
    const seen = await surface.ask(text)
    // Slack shows the command as code: the words around it, then the command itself.
    expect(seen.all).toContain('I understood:')
    expect(seen.all).toContain(command)
    expect(seen.all).not.toContain('unsubscribe renewals')
    expect(surface.revision()).toBe(before)
  })
})

/** A name or a window beside words nobody knows is not understood, and not answered with a card. */
const VAGUE_2: [string, string][] = [
  ['do the thing for acme we talked about', "I'm not sure what you mean."],
  ['whats the usd to eur rate today', "Sorry, I can't help with that."],
  ['stop sending risk and renewal reminders here', 'That sounds like unsubscribe, but I need the topic'],
]

describe.each(SURFACES)('round 2 not understood on %s', (name) => {
  it.each(VAGUE_2)('%s', async (text, first) => {
    const surface = surfaces[name]!
    const before = surface.revision()
    expect((await surface.ask(text)).first).toContain(first)
    expect(surface.revision()).toBe(before)
  })
})

/**
 * Round 3's facts (set 3's classes): checks by their names, fact words typed with slips or said
 * with other nouns ("agreement", "finish", "cutoff", "is it up"), a question after the thing named,
 * a vendor by its first word, and a vendor's tier.
 */
const FACTS_3: [string, string[]][] = [
  ["is acme's soc2 current", ['Acme Cloud', 'SOC 2 report']],
  ["is globex's coi up to date", ['Globex Networks', 'Insurance certificate']],
  ['notcie period on the zurich print fleet contract', ['Print fleet', '45 days']],
  ['when does our agreement with initech finish', ['Licences', '2027-03-31']],
  ['globex switch support - when is it up', ['Switch support', '2027-12-31']],
  ['acme hosting, when does it auto renew', ['Hosting', '2027-06-30']],
  ["when's the cutoff to tell globex we're dropping switch support", ['notice deadline 2027-10-02']],
  ['is acme a critical vendor?', ['Yes: Acme Cloud is a critical-tier vendor']],
  ['what tier is globex', ['Globex Networks is a high-tier vendor']],
]

factsFirstEverywhere('round 3 facts first', FACTS_3)

/**
 * Round 3's writes said in words: the summary word for word (cue words included), an ending at the
 * current term end, a new owner, a check done on the day said, a subscription sentence.
 */
const PROPOSALS_3: [string, (today: string) => string][] = [
  [
    'log a p2 against acme: ticket portal timing out since 8:15',
    () => 'sla log "Acme Cloud" P2 ticket portal timing out started',
  ],
  [
    "we won't be renewing globex's switch support",
    () => 'contract end "Globex Networks" "Switch support" on 2027-12-31',
  ],
  [
    'we gave initech notice on the licences, let it lapse at term end',
    () => 'contract end "Initech Software" "Licences" on 2027-03-31',
  ],
  ['make U0WEST the owner of acme', () => 'vendor edit "Acme Cloud" owner U0WEST'],
  ['hand globex over to U0WEST', () => 'vendor edit "Globex Networks" owner U0WEST'],
  ["acme's soc 2 report came back yesterday", (t) => `risk done "Acme Cloud" soc2 on ${addDays(t, -1)}`],
  ['subscribe this channel to incident alerts', () => 'subscribe incidents'],
]

describe.each(SURFACES)('round 3 proposals on %s', (name) => {
  it.each(PROPOSALS_3)('%s', async (text, command) => {
    const surface = surfaces[name]!
    const before = surface.revision()
    const seen = await surface.ask(text)
    expect(seen.all).toContain('I understood:')
    expect(seen.all).toContain(command(surface.today))
    expect(surface.revision()).toBe(before)
  })
})

/** Round 3's reads: a command word with the rest mistyped, and what was agreed asked as "sla terms". */
const READS_3: [string, string][] = [
  ['risk reveiws due in the next 2 weeks', 'risk due next 2 weeks'],
  ['sla taregts for acme', 'sla targets "Acme Cloud"'],
  ['what sla terms did we sign with acme', 'sla targets "Acme Cloud"'],
]

readsEverywhere('round 3 reads', READS_3)

/** One generic word in a sentence Tickler cannot help with picks no command; a check alone is not enough. */
const NOT_UNDERSTOOD_3: [string, string][] = [
  ['book me a flight to chicago for the vendor summit', "Sorry, I can't help with that."],
  ["what's the gdpr fine for a data breach", "Sorry, I can't help with that."],
  ['can you draft an NDA for a new supplier', "Sorry, I can't help with that."],
  ['record the soc2', 'That sounds like risk done, but I need the vendor'],
]

describe.each(SURFACES)('round 3 not understood on %s', (name) => {
  it.each(NOT_UNDERSTOOD_3)('%s', async (text, first) => {
    const surface = surfaces[name]!
    const before = surface.revision()
    expect((await surface.ask(text)).first).toContain(first)
    expect(surface.revision()).toBe(before)
  })
})

/**
 * Round 4's writes (set 4's wrong writes): every value said is in the proposal: an amount between
 * commas with its currency code, a claim's contract, month and reference.
 */
const PROPOSALS_4: [string, string][] = [
  [
    'acme hosting renewed until 2028-06-30, 71,500 usd, notice 60 days',
    'contract renew "Acme Cloud" "Hosting" end 2028-06-30 value 71500 USD notice 60 days',
  ],
  [
    'mark the acme hosting credit for october 2026 as claimed, ref CR-5521',
    'sla claim "Acme Cloud" contract "Hosting" 2026-10 ref CR-5521',
  ],
]

proposedEverywhere('round 4 proposals', PROPOSALS_4)

/** A write with a value said that its proposal would not carry asks, naming the value; nothing is proposed. */
const UNPLACED_4: [string, string][] = [
  ['acme hosting renewed until 2028-06-30 for 7 5 0 0', 'to know what "7" is for'],
  ['acme credit for october 2026 claimed, ticket FN-221', 'to know what "FN-221" is for'],
]

askedEverywhere('round 4 values not placed', UNPLACED_4)

/** Round 4's read: a contract named by its whole title narrows the SLA targets to it. */
describe.each(SURFACES)('round 4 reads on %s', (name) => {
  it('sla targets for the acme hosting', async () => {
    const seen = await surfaces[name]!.ask('sla targets for the acme hosting')
    expect(seen.all).toContain('Understood as')
    expect(seen.all).toContain('sla targets "Acme Cloud" contract "Hosting"')
  })
})

/** Round 5's facts: "owner" as a bare noun beside one vendor asks who owns it. */
const FACTS_5: [string, string[]][] = [
  ["acme's owner?", ['Acme Cloud is owned by', 'U0ACME']],
  ['globex owner pls', ['Globex Networks is owned by', 'U0GLOBEX']],
  // An incident named by its vendor and words of its summary: its state, as if its id were typed.
  ['is the globex reboot loop ticket closed?', ['INC-0003', 'is resolved']],
  ['has globex fixed the stuck switch incident yet', ['INC-0003', 'is resolved']],
]

factsFirstEverywhere('round 5 facts first', FACTS_5)

/**
 * Round 5's reads: a made-up sla word before a vendor and a period, and "month to date", are the
 * report; a possessive user is an owner filter.
 */
const READS_5: [string, string][] = [
  ['sla numbers for acme for 2026', 'sla report "Acme Cloud" 2026'],
  ['sla metrics acme last month', 'sla report "Acme Cloud" last month'],
  ['acme sla stats month to date', 'sla report "Acme Cloud" this month'],
  // A user with a possessive is that user; a month's end by its abbreviation is a window.
  ["list U0GLOBEX's vendors", 'vendors owner U0GLOBEX'],
  ["renewals for U0ACME's vendors by end of feb", 'renewals by 2027-02-28 owner U0ACME'],
]

readsEverywhere('round 5 reads', READS_5)

/** Round 5's writes: a questionnaire answered, replied to or filled in on a day is done on that day. */
const PROPOSALS_5: [string, string][] = [
  [
    'initech answered the questionnaire on 2026-11-20',
    'risk done "Initech Software" questionnaire on 2026-11-20',
  ],
  ['initech filled in the ddq on 2026-11-21', 'risk done "Initech Software" questionnaire on 2026-11-21'],
]

proposedEverywhere('round 5 proposals', PROPOSALS_5)

/**
 * Round 6's writes: an outage from one clock time to another is `sla downtime` (set 9 proposed it
 * as an incident that started at the first time, dropping the end); a vendor's contact given as an
 * address is its new email, not a read of the old one.
 */
const PROPOSALS_6: [string, string][] = [
  [
    'record an outage on acme hosting from 2026-11-20 14:00 to 2026-11-20 16:30',
    'sla downtime "Acme Cloud" contract "Hosting" 2026-11-20 14:00 to 2026-11-20 16:30',
  ],
  [
    'the acme hosting was down 2026-11-20 22:00 until 01:30',
    'sla downtime "Acme Cloud" contract "Hosting" 2026-11-20 22:00 to 2026-11-21 01:30',
  ],
  [
    "initech's new contact email is deals@initech.example",
    'vendor edit "Initech Software" email deals@initech.example',
  ],
  ["globex's contact is noc@globex.example now", 'vendor edit "Globex Networks" email noc@globex.example'],
]

proposedEverywhere('round 6 proposals', PROPOSALS_6)

/** A clock time the proposal would not hold (an incident's end beside its start) is asked about. */
const UNPLACED_6: [string, string][] = [
  ['acme p1 outage started 2026-11-20 14:00, over at 2026-11-20 16:30', 'to know what "16:30" is for'],
]

askedEverywhere('round 6 values not placed', UNPLACED_6)

/** Round 6's reads: a currency code beside a renewals amount, before it or anywhere in the line. */
const READS_6: [string, string][] = [
  ['eur contracts over 50k renewing next quarter', 'renewals next quarter over 50000 EUR'],
  ['renewals worth more than 50k EUR this yr', 'renewals this year over 50000 EUR'],
  ['USD renewals above 100k in the next 6 months', 'renewals next 6 months over 100000 USD'],
]

readsEverywhere('round 6 reads', READS_6)

/** Round 6's renewals said with their values in other words: every value said is proposed. */
const RENEWALS_6: [string, string][] = [
  [
    'signed the globex switch support renewal through 2028-12-31, 65,000 eur, notice 90 days',
    'contract renew "Globex Networks" "Switch support" end 2028-12-31 value 65000 EUR notice 90 days',
  ],
  [
    'acme hosting renewed until 2028-06-30, price goes up to 160000',
    'contract renew "Acme Cloud" "Hosting" end 2028-06-30 value 160000',
  ],
  [
    'acme hosting renewed to 2028-06-30, notice period is now 90 days',
    'contract renew "Acme Cloud" "Hosting" end 2028-06-30 notice 90 days',
  ],
]

proposedEverywhere('round 6 renewals', RENEWALS_6)

/** Round 6's facts: "the notice on X" answers the notice it takes beside its deadline. */
const FACTS_6: [string, string[]][] = [
  ["what's the notice on globex switch support", ['Switch support', 'notice period 90 days']],
  ['notice length on the acme hosting', ['Hosting', 'notice period 60 days']],
  ['how long is the notice on initech licences', ['Licences', 'notice period 30 days']],
]

factsFirstEverywhere('round 6 facts first', FACTS_6)

/**
 * Round 6's reads by other nouns: a filler noun after a topic ("risk stuff due") names nothing; a
 * vendor's card, history and risk list asked for as a rundown, a change log or a risk register.
 */
const NOUNS_6: [string, string][] = [
  ['risk items due next month', 'risk due next month'],
  ['risk stuff due this quarter', 'risk due this quarter'],
  ['full rundown on globex', 'vendor "Globex Networks"'],
  ['all the contracts we have with acme', 'vendor "Acme Cloud"'],
  ['change log for initech', 'history "Initech Software"'],
  ['risk register for acme', 'risk list "Acme Cloud"'],
  ["acme's compliance evidence", 'risk list "Acme Cloud"'],
]

readsEverywhere('round 6 nouns', NOUNS_6)

/** Round 6's incidents told as "vendor pN: what happened": an incident logged, in the user's words. */
const TOLD_6: [string, string][] = [
  ['acme p2: card payments timing out', 'sla log "Acme Cloud" P2 card payments timing out'],
  ['globex p4 - typo on the portal footer', 'sla log "Globex Networks" P4 typo on the portal footer'],
  ['p3 for initech: report exports laggy', 'sla log "Initech Software" P3 report exports laggy'],
]

/** "evidence:" is the note of a check done, not a request for the vendor's risk list. */
const EVIDENCE_6: [string, string][] = [
  [
    'initech questionnaire completed on 2026-11-20 - evidence: portal re-checked',
    'risk done "Initech Software" questionnaire on 2026-11-20 portal re-checked',
  ],
]

describe.each(SURFACES)('round 6 incidents told on %s', (name) => {
  it.each([...TOLD_6, ...EVIDENCE_6])('%s', async (text, command) => {
    const surface = surfaces[name]!
    const before = surface.revision()
    const seen = await surface.ask(text)
    expect(seen.all).toContain('I understood:')
    expect(seen.all).toContain(command)
    expect(surface.revision()).toBe(before)
  })
})

/** Round 6's check facts asked by a noun: one vendor's one check, its status first. */
const CHECK_FACTS_6: [string, string[]][] = [
  ['acme soc2 status', ['Acme Cloud', 'SOC 2']],
  ["date of globex's last insurance check", ['Globex Networks', 'Insurance certificate']],
]

factsFirstEverywhere('round 6 check facts', CHECK_FACTS_6)

/**
 * Round 7's read lines (issue 22): facts asked about a contract named by its title alone, a notice
 * asked as "tell them we're not keeping it", an end asked as "does it run into", an incident's
 * status asked as a noun, contact words ("rep", "poc"), and the person asked for before a check or
 * an incident the line goes on about.
 */
const FACTS_7: [string, string[]][] = [
  ['who owns the switch support contract', ['Globex Networks is owned by', 'U0GLOBEX']],
  ['when does the print fleet contract end?', ['Print fleet', '2027-09-30']],
  ["when do we have to tell them we're not keeping the print fleet?", ['Print fleet', '2027-08-16']],
  [
    'by when do we need to tell globex we arent renewing the switch support',
    ['Switch support', '2027-10-02'],
  ],
  ['does the acme hosting run into 2028?', ['Hosting', '2027-06-30']],
  ['inc 2 status', ['INC-0002', 'is open']],
  ['status of incident 1', ['INC-0001', 'is resolved']],
  ['INC-0003 state pls', ['INC-0003', 'is resolved']],
  ['whos our rep at acme', ['ops@acme.example']],
  ['initech poc?', ['sales@initech.example']],
  ['who owns acme? their soc 2 is late', ['Acme Cloud is owned by', 'U0ACME']],
  ['who is the contact at initech for the questionnaire', ['sales@initech.example']],
]

factsFirstEverywhere('round 7 facts first', FACTS_7)

/**
 * Round 7's reads: renewal filters said around a window with fillers ("only", "w"), owners named by
 * a user id in lower case or as a possessive, what "vendors have", SLA targets of a contract named
 * by a word of its title, a vendor's incidents over a period (its report, never a new incident),
 * credits "not claimed yet" and a vendor's risk history.
 */
const READS_7: [string, string][] = [
  ['renewals next quarter critical only', 'renewals next quarter tier critical'],
  ['renewals this year w lapsed evidence', 'renewals this year lapsed'],
  ['critical renewals with lapsed checks', 'renewals tier critical lapsed'],
  ['which critical vendors have renewals this year', 'renewals this year tier critical'],
  ["u0globex's renewals this year", 'renewals this year owner U0GLOBEX'],
  ['renewals for u0acme next quarter', 'renewals next quarter owner U0ACME'],
  ["u0ini's vendors", 'vendors owner U0INI'],
  ['globex switch sla targets', 'sla targets "Globex Networks" contract "Switch support"'],
  ['acme incidents last month', 'sla report "Acme Cloud" last month'],
  ['acme outages in 2026', 'sla report "Acme Cloud" 2026'],
  ['sla credits we havent claimed yet', 'sla claims'],
  ['risk history for initech', 'history "Initech Software"'],
]

readsEverywhere('round 7 reads', READS_7)

/** Round 7's facts: a contract's annual value asked in words, a check's cadence asked as "how often". */
const FACTS_7B: [string, string[]][] = [
  ['what do we pay acme a year for hosting', ['Hosting', '150,000.00 USD a year']],
  ['how much is the globex switch support worth', ['Switch support', '60,000.00 EUR a year']],
  ['annual value of the initech licences', ['Licences', '20,000.00 USD a year']],
  ["how often do we check globex's insurance", ['Insurance certificate', 'every 365 days']],
  ['initech questionnaire frequency', ['questionnaire', 'every 365 days']],
]

factsFirstEverywhere('round 7 values and cadences', FACTS_7B)

/** Round 7: an action Tickler never takes, asked of it, whatever vendor it names: nothing is done. */
const NOT_DONE_7: string[] = [
  'can you approve the acme invoice',
  'sign this purchase order for me',
  'draft an email to globex asking for a 10% discount',
  'order pizza for the risk committee',
  'pay the initech invoice',
]

describe.each(SURFACES)('round 7 actions not done on %s', (name) => {
  it.each(NOT_DONE_7)('%s', async (text) => {
    const surface = surfaces[name]!
    const before = surface.revision()
    expect((await surface.ask(text)).first).toContain("Sorry, I can't help with that.")
    expect(surface.revision()).toBe(before)
  })
})

/** Round 7: who logged an incident, with its state; a head word typed near two of its forms. */
const FACTS_7C: [string, string[]][] = [
  ['who logged INC-0002?', ['INC-0002', 'was logged by U0NORTH', 'is open']],
  ['who raised inc 3', ['INC-0003', 'was logged by U0NORTH', 'is resolved']],
]

factsFirstEverywhere('round 7 who logged', FACTS_7C)

readsEverywhere('round 7 typos', [
  ['saas renewls over 50k in the next 6 weeks', 'renewals next 6 weeks kind saas over 50000'],
  ['support renewls in the next 8 weeks', 'renewals next 8 weeks kind support'],
])

/**
 * Round 7: a change that names a fact ("reset the … cadence … to 180 days") is neither answered as
 * that fact nor refused as an action Tickler never takes.
 */
const CHANGES_NOT_FACTS_7: [string, string][] = [
  ['reset the insurance cadence for globex to 180 days', 'is current'],
  ['change the price of the acme hosting to 160k usd', 'a year'],
]

describe.each(SURFACES)('round 7 changes not facts on %s', (name) => {
  it.each(CHANGES_NOT_FACTS_7)('%s', async (text, fact) => {
    const surface = surfaces[name]!
    const before = surface.revision()
    const { first } = await surface.ask(text)
    expect(first).not.toContain(fact)
    // Nor refused as something Tickler never does: it asks which change, or proposes it.
    expect(first).not.toContain("Sorry, I can't help")
    expect(surface.revision()).toBe(before)
  })
})
/**
 * Round 7's writes said in words (dev set 9's classes): a contract's notice, owner, value or end
 * date changed (`contract edit`, by vendor and title); a contract dropped in other verbs (ended at
 * its current term's end); a renewal's value written with its currency code first (never the day
 * of its date). Each is proposed with every value said, and nothing is stored until confirmed.
 */
const PROPOSALS_7W: [string, string][] = [
  ['bump the globex notice to 120 days', 'contract edit "Globex Networks" "Switch support" notice 120 days'],
  ['U0WEST owns the acme hosting contract now', 'contract edit "Acme Cloud" "Hosting" owner U0WEST'],
  // A vendor handed to a user is its new owner (round 4 asked what "globex" was for: admins add).
  ['give globex to U0WEST', 'vendor edit "Globex Networks" owner U0WEST'],
  ['move initech over to U0EAST', 'vendor edit "Initech Software" owner U0EAST'],
  ['initech licences value is now 25k', 'contract edit "Initech Software" "Licences" value 25000 USD'],
  [
    'the zurich print fleet end date is 2027-10-31 now',
    'contract edit "Zürich Print Works" "Print fleet" end 2027-10-31',
  ],
  ['we dropped the globex switch support', 'contract end "Globex Networks" "Switch support" on 2027-12-31'],
  [
    'pulling the plug on the zurich print fleet',
    'contract end "Zürich Print Works" "Print fleet" on 2027-09-30',
  ],
  [
    'globex switch support renewed until 2028-12-31, eur 64,000',
    'contract renew "Globex Networks" "Switch support" end 2028-12-31 value 64000 EUR',
  ],
  // The date's year beside the code is not the value (it was proposed as 2028 USD, then asked).
  [
    'initech licences renewed until 31 mar 2028, usd 21,000',
    'contract renew "Initech Software" "Licences" end 2028-03-31 value 21000 USD',
  ],
]

proposedEverywhere('round 7 write proposals', PROPOSALS_7W)

/** An open incident's end told as a statement, by its id or its vendor's words: resolved then. */
const ENDED_7W: [string, (today: string) => string][] = [
  ['INC-0002 ended at 9:40, api answering again', (t) => `sla resolve INC-0002 at ${t} 09:40`],
  ['the acme api outage is over since 08:15', (t) => `sla resolve INC-0002 at ${t} 08:15`],
]

describe.each(SURFACES)('round 7 incident ended on %s', (name) => {
  it.each(ENDED_7W)('%s', async (text, command) => {
    const surface = surfaces[name]!
    const before = surface.revision()
    const seen = await surface.ask(text)
    expect(seen.all).toContain('I understood:')
    expect(seen.all).toContain(command(surface.today))
    expect(surface.revision()).toBe(before)
  })
})

/** A write with nothing named asks for what is missing, naming the write; nothing is proposed or stored. */
const UNNAMED_7W: [string, string, string][] = [
  ['pls resolve the incident', 'sla resolve', 'the incident id'],
  ['the incident is fixed', 'sla resolve', 'the incident id'],
  ['log the insurance check', 'risk done', 'the vendor'],
  ['change the contract owner', 'contract edit', 'the contract'],
  ['change the notice period on the globex contract', 'contract edit', 'the new notice period'],
]

describe.each(SURFACES)('round 7 writes with something missing on %s', (name) => {
  it.each(UNNAMED_7W)('%s', async (text, write, missing) => {
    const surface = surfaces[name]!
    const before = surface.revision()
    const seen = await surface.ask(text)
    expect(seen.all).not.toContain('I understood:')
    expect(seen.first).toContain(`That sounds like ${write}`)
    expect(seen.first).toContain(missing)
    expect(surface.revision()).toBe(before)
  })
})

/**
 * Never proposed: a question about ending a contract (was proposed as ending it), and something
 * nobody knows handed to a user (was proposed as making that user an admin).
 */
const NEVER_PROPOSED_7W = [
  'by when must we tell globex we are not renewing the switch support',
  'give zontoso to U0WEST',
]

neverProposedEverywhere('round 7 lines never proposed', NEVER_PROPOSED_7W)

/**
 * A number the proposal would not carry is asked about even when it stands beside a date (the time
 * spotter took "12" in as a clock hour) or shares digits with the incident's id ("at 2" beside
 * INC-0002): both were proposed without it.
 */
const UNPLACED_7W: [string, string][] = [
  ['acme hosting renewed until 2028-06-30, 12 extra regions', 'to know what "12" is for'],
  ['INC-0002 resolved at 2', 'to know what "2" is for'],
]

askedEverywhere('round 7 values not placed', UNPLACED_7W)

/**
 * Round 8: three classes of wrong write found by blind sets 12 and 13, on every surface, nothing
 * stored. A question with a typo'd or texting question word ("hw", "wat", "r we") was proposed as
 * ending the contract it asked about.
 */
const TEXTED_QUESTIONS_8 = [
  'hw long till the initech licences contract ends',
  'wat day do we have to cancel globex switch support by',
  'r we still in time to cancel the zurich print fleet',
  'hw many days do we have left to give notice on globex',
]

neverProposedEverywhere('round 8 texted questions never proposed', TEXTED_QUESTIONS_8)

/**
 * A date said about another event (the notice given, a receipt confirmed) is not the end: ending
 * in words proposes the end of the current term, as if no date were said (was proposed with the
 * notice's day as the end).
 */
const OTHER_EVENT_DATES_8: [string, string][] = [
  [
    'we gave globex notice today, switch support is terminated',
    'contract end "Globex Networks" "Switch support" on 2027-12-31',
  ],
  [
    'initech confirmed receipt of our notice today, licences contract is cancelled',
    'contract end "Initech Software" "Licences" on 2027-03-31',
  ],
  [
    'the zurich print fleet is cancelled, notice sent 2027-01-10',
    'contract end "Zürich Print Works" "Print fleet" on 2027-09-30',
  ],
]

proposedEverywhere('round 8 a date of another event is not the end', OTHER_EVENT_DATES_8)

/**
 * The user's own words about a check done are its note, or Tickler asks what they are for: they
 * were dropped from the proposal ("…as done, no findings" proposed without "no findings").
 */
const NOTES_8: [string, string][] = [
  ['record the soc2 for acme as done, no findings', 'no findings'],
  ['globex insurance cert done, covers cyber too', 'covers cyber too'],
  ['initech questionnaire complete but security section incomplete', 'security section incomplete'],
]

describe.each(SURFACES)('round 8 a check done carries the user note on %s', (name) => {
  it.each(NOTES_8)('%s', async (text, note) => {
    const surface = surfaces[name]!
    const before = surface.revision()
    const seen = await surface.ask(text)
    expect(seen.all).toContain('I understood:')
    expect(seen.all).toMatch(new RegExp(`risk done "[^"]+" \\w+ on \\d{4}-\\d{2}-\\d{2} ${note}`))
    expect(surface.revision()).toBe(before)
  })

  it('words that are no note and no part of the request are asked about', async () => {
    const surface = surfaces[name]!
    const before = surface.revision()
    const seen = await surface.ask('mark acme soc2 done pending legal')
    expect(seen.all).not.toContain('I understood:')
    expect(seen.first).toContain('to know what "pending" is for')
    expect(surface.revision()).toBe(before)
  })
})

/**
 * An incident told with the user's words on both sides of its time: the summary took the longest
 * run and dropped the other ("vpn flapping"), so Tickler asks instead of proposing less than was said.
 */
const SPLIT_SUMMARIES_8: [string, string][] = [
  ['log a p2 for acme vpn flapping started at 9:15 affecting london office', 'to know what "vpn" is for'],
  ['acme p1 portal down at 10:00 for all users', 'to know what "portal" is for'],
]

describe.each(SURFACES)('round 8 an incident summary drops none of the words on %s', (name) => {
  it.each(SPLIT_SUMMARIES_8)('%s', async (text, asked) => {
    const surface = surfaces[name]!
    const before = surface.revision()
    const seen = await surface.ask(text)
    expect(seen.all).not.toContain('I understood:')
    expect(seen.first).toContain(asked)
    expect(surface.revision()).toBe(before)
  })
})

/**
 * Round 8, other misses of sets 12/13 (were "not sure"): an end said as an order with its date, a
 * check finished on a date, and a new incident told as "vendor pN, what happened".
 */
proposedEverywhere('round 8 proposals', [
  [
    'end the globex switch support contract on 2027-06-30',
    'contract end "Globex Networks" "Switch support" on 2027-06-30',
  ],
  [
    'initech finished the questionnaire on 2026-11-20',
    'risk done "Initech Software" questionnaire on 2026-11-20',
  ],
  [
    'globex p3, rack fan alarm in the comms room',
    'sla log "Globex Networks" P3 rack fan alarm in the comms room',
  ],
])

/** An owner set on a contract named by its title is the contract's (was answered with the vendor's card). */
proposedEverywhere('round 8 contract owner', [
  [
    'set the owner of the globex switch support to U0WEST',
    'contract edit "Globex Networks" "Switch support" owner U0WEST',
  ],
])

/**
 * A renewal told with its term as a clause of its own and its value per year (were asked about:
 * "to know what "$140k/yr" is for", "… "36" is for"). A value per month is still asked about.
 */
proposedEverywhere('round 8 renewals', [
  [
    'we signed the globex switch support renewal thru 2029-12-31, 24 month term, €70k/yr',
    'contract renew "Globex Networks" "Switch support" end 2029-12-31 value 70000 EUR term 24 months',
  ],
  [
    'renewed the acme hosting to 2029-06-30, 36 months, 160k per year',
    'contract renew "Acme Cloud" "Hosting" end 2029-06-30 value 160000 USD term 36 months',
  ],
])

describe.each(SURFACES)('round 8 a value per month is no annual value on %s', (name) => {
  it('renewed the acme hosting to 2029-06-30, $12k/mo', async () => {
    const surface = surfaces[name]!
    const before = surface.revision()
    const seen = await surface.ask('renewed the acme hosting to 2029-06-30, $12k/mo')
    expect(seen.all).not.toContain('I understood:')
    expect(seen.first).toContain('to know what "$12k/mo" is for')
    expect(surface.revision()).toBe(before)
  })
})

/** A check's evidence called a report is the check's note, not a request for the SLA report. */
describe.each(SURFACES)('round 8 a check report is no sla report on %s', (name) => {
  it('acme soc2 received, clean report', async () => {
    const surface = surfaces[name]!
    const before = surface.revision()
    const seen = await surface.ask('acme soc2 received, clean report')
    expect(seen.all).toContain('I understood:')
    expect(seen.all).toMatch(/risk done "Acme Cloud" soc2 on \d{4}-\d{2}-\d{2} clean report/)
    expect(surface.revision()).toBe(before)
  })
})

/** The date a notice was given is no new value of the notice field (was "not sure": edit or end). */
proposedEverywhere('round 8 notice given on a date', [
  [
    'notice was given to globex on 2026-11-02, switch support contract terminated',
    'contract end "Globex Networks" "Switch support" on 2027-12-31',
  ],
])

/**
 * Round 9, two regressions of round 8 (were asked about): a vendor named by the first words of its
 * name left "Générale" over as the user's own word, and "an outage" before the vendor was read as
 * a dropped part of the summary.
 */
proposedEverywhere('round 9 regressions', [
  [
    'we reviewed the questionnaire for Zürich Print on 2026-11-20',
    'risk done "Zürich Print Works" questionnaire on 2026-11-20',
  ],
  [
    'log an outage for Globex: core switch unreachable',
    'sla log "Globex Networks" P1 core switch unreachable',
  ],
])

/**
 * Round 9, set 14's wrong write as a class: a contract named by words of its title before the
 * colon is the contract clause, never part of the summary ("saas:" was).
 */
proposedEverywhere('round 9 contract before the colon', [
  [
    'log a P2 for globex switch support: core stack rebooting',
    'sla log "Globex Networks" contract "Switch support" P2 core stack rebooting',
  ],
  [
    'zürich print fleet P3 - toner alerts stuck',
    'sla log "Zürich Print Works" contract "Print fleet" P3 toner alerts stuck',
  ],
  ['acme hosting p2: api latency high', 'sla log "Acme Cloud" contract "Hosting" P2 api latency high'],
])

/** A word of the vendor's name before the colon that names no contract is never the summary's. */
describe.each(SURFACES)('round 9 a name word before the colon is asked about on %s', (name) => {
  it('log a p2 for zürich works: printers offline', async () => {
    const surface = surfaces[name]!
    const before = surface.revision()
    const seen = await surface.ask('log a p2 for zürich works: printers offline')
    expect(seen.all).not.toContain('I understood:')
    expect(seen.first).toContain('to know what "works" is for')
    expect(surface.revision()).toBe(before)
  })
})

/** Round 9: an incident's state asked in slang is its state (was "not sure"). */
factsFirstEverywhere('round 9 incident state in slang', [
  ['is INC-0001 sorted?', ['INC-0001', 'is resolved']],
  ['INC-0002 squared away?', ['INC-0002', 'is open']],
  ['has INC-0001 been taken care of', ['INC-0001', 'is resolved']],
])

/** Round 9: the owner asked as "the vendor owner" or one of us (was the contact, or the card alone). */
factsFirstEverywhere('round 9 owner asked', [
  ["globex - who's the vendor owner", ['Globex Networks is owned by', 'U0GLOBEX']],
  ['which of us owns acme', ['Acme Cloud is owned by', 'U0ACME']],
  ['which one of us is responsible for globex', ['Globex Networks is owned by', 'U0GLOBEX']],
])

/** Round 9: a check done told as sent on a date with a note, or renewed on a date (were "not sure"). */
proposedEverywhere('round 9 check sent or renewed', [
  [
    'acme sent their soc 2 on 2026-11-20: type II, no exceptions',
    'risk done "Acme Cloud" soc2 on 2026-11-20 type II, no exceptions',
  ],
  ['globex insurance cert was renewed on 2026-11-18', 'risk done "Globex Networks" insurance on 2026-11-18'],
])

/** Round 9: stopping a check in words is its removal, proposed (was "not sure"). */
proposedEverywhere('round 9 check stopped', [
  ['stop doing soc 2 checks on acme', 'risk remove "Acme Cloud" soc2'],
  ['no need to do the insurance check on globex anymore', 'risk remove "Globex Networks" insurance'],
])

/**
 * Round 9: auto-renew turned off in words is contract edit's auto-renew field (was a renewal asked
 * for its new end, and "kill the autorenew" was proposed as contract end).
 */
proposedEverywhere('round 9 auto-renew off', [
  ['switch off auto-renew for the acme hosting', 'contract edit "Acme Cloud" "Hosting" auto-renew no'],
  [
    'kill the autorenew on the globex switch support',
    'contract edit "Globex Networks" "Switch support" auto-renew no',
  ],
])

/** Round 9: a read-like line after the sla command word with "so far" falls back (was refused). */
readsEverywhere('round 9 read after a command word', [
  ['sla performance for acme this month so far', 'sla report "Acme Cloud" this month'],
  ['sla figures for globex so far this year', 'sla report "Globex Networks" this year'],
])

/** Round 9: the SLA targets asked as what was agreed (was an incident found by words of its summary). */
readsEverywhere('round 9 targets agreed', [
  [
    'what response times did we agree with globex for the core switches support',
    'sla targets "Globex Networks" contract "Switch support"',
  ],
  [
    'which resolution times did we sign with globex for the core switches support',
    'sla targets "Globex Networks" contract "Switch support"',
  ],
])

/** Round 9: a vendor's contracts and checks asked together is its card (was its risk list alone). */
readsEverywhere('round 9 contracts and checks', [
  ["acme's contracts and checks", 'vendor "Acme Cloud"'],
  ['globex checks and contracts', 'vendor "Globex Networks"'],
])

/**
 * Round 10: a contract named at either end of an incident's summary, joined by a comma, a dash,
 * "re" or nothing, is the contract clause (set 15 stored "cloud hosting," in the summary).
 */
proposedEverywhere('round 10 contract at the summary edge', [
  [
    'log a P1 against globex switch support, core stack down',
    'sla log "Globex Networks" contract "Switch support" P1 core stack down',
  ],
  [
    'log a p2 re acme hosting api latency high',
    'sla log "Acme Cloud" contract "Hosting" P2 api latency high',
  ],
  [
    'log a p3 for zürich toner alerts stuck on the print fleet',
    'sla log "Zürich Print Works" contract "Print fleet" P3 toner alerts stuck',
  ],
])
