// Issue 9: a table of bad inputs, each sent through Slack (signed slash command over HTTP), Teams
// (an activity over HTTP) and the terminal, gets its own specific message, and every file in
// DATA_DIR is byte-identical afterwards. Then names and summaries with emoji, RTL text, zero-width
// characters, quotes and markup are stored exactly as typed and rendered inert on every surface.
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openJsonStore } from '../../src/store/json-store.ts'
import type { Store } from '../../src/store/store.ts'
import { folderBytes } from '../cli/run-cli.ts'
import { tempDir } from './serve-process.ts'
import { importRegister, type Surfaces, startSurfaces } from './surfaces.ts'

let dataDir: string
let store: Store
let s: Surfaces

beforeAll(async () => {
  dataDir = join(await tempDir(), 'store')
  store = await openJsonStore(dataDir)
  await importRegister(store)
  // U1 (Slack) is an admin, so register edits reach their field checks rather than a refusal.
  s = await startSurfaces({ store, env: { TICKLER_ADMINS: 'U1,6b1f4c1e-0000-4000-8000-00000000a001' } })
  // The first Teams message stores the conversation reference; do it before any comparison.
  await s.teams('help')
}, 60_000)

afterAll(async () => {
  await s.close()
  await store.close()
})

/** What the user reads, with each surface's escaping undone, so one expectation fits all three. */
function readable(text: string): string {
  let out = text
  if (out.startsWith('{')) {
    const strings: string[] = []
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk)
      else if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if (key === 'text' && typeof value === 'string') strings.push(value)
          else walk(value)
        }
      }
    }
    walk(JSON.parse(out))
    out = strings.join('\n')
  }
  return out
    .replace(/\u200B/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\\([*_[\-.])/g, '$1')
    .replace(/[*`]/g, '')
}

const LONG = `renewals ${'x'.repeat(4100)}`
const CONTRACT = 'kind saas start 2026-01-01 end 2027-01-01 notice 10'

const BAD_INPUTS: { kind: string; text: string; says: string | RegExp }[] = [
  {
    kind: 'too long',
    text: LONG,
    says: 'That message is 4109 characters long; commands are limited to 4000.',
  },
  {
    kind: 'unknown command',
    text: 'xyzzy plugh',
    // The dispatcher's answer, or the plain-language layer's when it is installed.
    says: /I don't know the command "xyzzy"\.|Sorry, I can't help with that\. I know about your IT vendors/,
  },
  {
    kind: 'malformed date',
    text: 'risk done Acme soc2 on 2026-13-45',
    says: '"2026-13-45" after on is not a date.',
  },
  {
    kind: 'malformed time',
    text: 'sla log Acme P1 Core switch down started 2026-02-30 10:00',
    says: 'I could not read "2026-02-30 10:00" after "started" as a time',
  },
  {
    kind: 'malformed date in a register edit',
    text: 'contract edit Hosting end 2027-02-30',
    says: 'Bad end_date: "2027-02-30" is not a date',
  },
  { kind: 'unknown vendor', text: 'sla log Zzyzx Corp P1 down', says: 'No vendor named "Zzyzx Corp".' },
  { kind: 'unknown incident', text: 'sla resolve INC-9999', says: 'There is no incident INC-9999.' },
  { kind: 'unknown check', text: 'risk done Acme pentest', says: 'Acme Cloud has no pentest check.' },
  {
    kind: 'bad priority',
    text: 'sla log Acme P7 disk full',
    says: 'P7 is not a priority: use P1, P2, P3 or P4.',
  },
  {
    kind: 'future date',
    text: 'risk done Acme soc2 on 2027-01-01',
    says: 'The done date 2027-01-01 is in the future (today is 2026-11-25).',
  },
  {
    kind: 'future time',
    text: 'sla log Acme P1 Core switch down started tomorrow 9am',
    says: 'The started time 2026-11-26 09:00 is in the future',
  },
  {
    kind: 'duplicate vendor name',
    text: 'vendor add acme cloud tier high',
    says: 'Bad name: a vendor named "Acme Cloud" is already in the register.',
  },
  {
    kind: 'duplicate contract title',
    text: `contract add Acme Hosting ${CONTRACT} value 100 USD`,
    says: 'Bad title: Acme Cloud already has a contract titled "Hosting".',
  },
  {
    kind: 'three decimals',
    text: `contract add Acme "Backup" ${CONTRACT} value 1.005 USD`,
    says: 'Bad annual_value: "1.005" has 3 decimals; USD amounts have at most 2.',
  },
]

const SURFACES = ['slack', 'teams', 'terminal'] as const

describe('bad input on every surface', { timeout: 120_000 }, () => {
  it.each(BAD_INPUTS)('$kind: its own message, the form, and DATA_DIR untouched', async ({ text, says }) => {
    for (const surface of SURFACES) {
      const before = await folderBytes(dataDir)
      const seen = readable(await s[surface](text))
      if (typeof says === 'string') expect(seen, surface).toContain(says)
      else expect(seen, surface).toMatch(says)
      // Every rejection shows a way to do it right.
      expect(seen, surface).toMatch(/Form:|Did you mean|help/)
      expect(await folderBytes(dataDir), surface).toEqual(before)
    }
  })
})

// SPEC §6.2: control characters and over-long text, each with a message naming the field (or the
// message) and the limit, and nothing written. Slack and Teams fold whitespace, so a tab only
// reaches the core from the terminal.
const UNTRUSTED: { kind: string; text: string; says: string; on?: readonly (typeof SURFACES)[number][] }[] = [
  {
    kind: 'ESC in a summary',
    text: 'sla log Acme P2 Router \u001b[31mdown\u001b[0m',
    says: 'The summary contains a control character (ESC, U+001B) at position 8; remove it and type the text again.',
  },
  {
    kind: 'BEL in a summary',
    text: 'sla log Acme P2 Disk full\u0007',
    says: 'The summary contains a control character (BEL, U+0007) at position 10;',
  },
  {
    kind: 'C1 CSI in a summary',
    text: 'sla log Acme P2 \u009b2J cleared the screen',
    says: 'The summary contains a control character (CSI, U+009B) at position 1;',
  },
  {
    kind: 'NUL in a vendor name',
    text: 'vendor add "Nul\u0000Corp" tier low',
    says: 'Bad name: contains a control character (NUL, U+0000) at position 4;',
  },
  {
    kind: 'a 3,000-character summary',
    text: `sla log Acme P2 ${'x'.repeat(3000)}`,
    says: 'The summary is 3000 characters long; the limit is 2000 characters.',
  },
  {
    kind: 'an over-long vendor name',
    text: `vendor add "${'V'.repeat(250)}" tier low`,
    says: 'Bad name: is 250 characters long; the limit is 200 characters.',
  },
  {
    kind: 'a tab in a vendor name',
    text: 'vendor add "Tab\tCorp" tier low',
    says: 'Bad name: contains a control character (TAB, U+0009) at position 4; tabs and line breaks are allowed only in summaries, notes and evidence.',
    on: ['terminal'],
  },
  {
    kind: 'a line of control characters',
    text: '\u001b\u0007\u001b',
    says: 'The message contains a control character (ESC, U+001B) at position 1;',
  },
  {
    kind: 'an escape sequence in a read command',
    text: 'renewals 90 days\u001b]0;owned\u0007',
    says: 'The message contains a control character (ESC, U+001B) at position 17;',
  },
]

describe('untrusted text on every surface', { timeout: 120_000 }, () => {
  it.each(UNTRUSTED)(
    '$kind: its own message, the form, and DATA_DIR untouched',
    async ({ text, says, on }) => {
      for (const surface of on ?? SURFACES) {
        const before = await folderBytes(dataDir)
        const seen = readable(await s[surface](text))
        expect(seen, surface).toContain(says)
        expect(seen, surface).toMatch(/Form:/)
        expect(await folderBytes(dataDir), surface).toEqual(before)
      }
    },
  )
})

// Typed as a user would, with RTL marks, a zero-width joiner, emoji with a variation selector,
// straight and curly quotes, mrkdwn and markdown marks, HTML and a Slack broadcast token.
const NAME = 'Zeta ☁️ شركة\u200F Co‍op *Bold* _it_ <b>x</b> <!channel> & “Q”'
const SUMMARY =
  'Router 🔥 down \u200Fעברית\u200F "core" \'edge\' <script>alert(1)</script> *urgent* _now_ ~x~ [link](http://x.example)'

/** Every string Slack parses as mrkdwn: the message's fallback text and mrkdwn text objects. */
function mrkdwnOf(json: string): string {
  const out: string[] = []
  const message = JSON.parse(json) as { text?: string }
  if (message.text) out.push(message.text)
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk)
    else if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>
      if (n.type === 'mrkdwn' && typeof n.text === 'string') out.push(n.text)
      Object.values(n).forEach(walk)
    }
  }
  walk(message)
  return out.join('\n')
}

/** How Slack sends typed text in a slash command: &, <, > as entities. */
const slackEscaped = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

describe('awkward characters in names and summaries', { timeout: 120_000 }, () => {
  it('stores them exactly as typed and renders them inert on Slack, Teams and the terminal', async () => {
    const slack = mrkdwnOf(await s.slack(slackEscaped(`vendor add "${NAME}" tier low`)))
    expect(store.all('vendors').map((v) => v.name)).toContain(NAME)
    // Slack: no live markup. The broadcast and the HTML are entities, marks are broken apart.
    expect(slack).not.toContain('<!channel>')
    expect(slack).not.toContain('<b>')
    expect(slack).toContain('&lt;!channel&gt;')
    expect(slack).not.toMatch(/(^|\s)\*Bold\*/)

    const logged = mrkdwnOf(await s.slack(slackEscaped(`sla log Acme P2 ${SUMMARY}`)))
    expect(logged).toMatch(/Logged INC-\d{4}/)
    const incident = store.all('incidents').find((i) => i.summary === SUMMARY)
    expect(incident, 'summary stored as typed').toBeDefined()
    expect(logged).toContain('&lt;script&gt;')
    expect(logged).not.toContain('<script>')

    // Teams: the same vendor card; markdown marks escaped, text otherwise as typed.
    const card = await s.teams(`vendor "${NAME}"`)
    expect(card).toContain('\\*Bold\\*')
    expect(card).toContain('\\_it\\_')
    expect(card).toContain('شركة\u200F Co‍op')
    const teamsIncident = await s.teams('sla open')
    expect(teamsIncident).toContain('\\[link](http://x.example)')
    expect(teamsIncident).toContain('<script>alert(1)</script>')

    // Terminal: plain text, exactly as stored, with no escape codes.
    const terminal = await s.terminal('sla open')
    expect(terminal).toContain(SUMMARY)
    expect(terminal).not.toContain('\u001b[')
    expect(await s.terminal(`vendor "${NAME}"`)).toContain(NAME)
  })
})
