// A change asked for in plain words ends in a stored change only after confirmation, on every
// surface: the Confirm button through Bolt (Slack), the card submit (Teams), "yes" in the
// terminal chat, and the exact command `tickler ask` prints. Before that, nothing is stored.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { afterEach, describe, expect, it } from 'vitest'
import { chat } from '../../adapters/cli/chat.ts'
import type { CliIo } from '../../adapters/cli/io.ts'
import { main } from '../../adapters/cli/main.ts'
import { askHint } from '../../adapters/console/confirm.ts'
import { allCommands } from '../../src/app/command-table.ts'
import { DEMO_DIR, loadDemo } from '../../src/import/demo.ts'
import { CANCEL_COMMAND } from '../../src/language/cancel-command.ts'
import type { Store } from '../../src/store/store.ts'
import {
  buttonBody,
  eventBody,
  type Harness,
  postEvent,
  postSlack,
  responsePath,
  startHarness,
} from '../adapters/slack/slack-harness.ts'
import {
  type Bot,
  cardOf,
  cardSubmit,
  personalMessage,
  type Recorder,
  startBot,
  startRecorder,
} from '../adapters/teams/helpers.ts'
import { demoTickler, ZONE } from './fixture.ts'

const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c()
})

async function demoInto(store: Store, at: Parameters<typeof loadDemo>[1]['at']): Promise<void> {
  await loadDemo(store, { who: 'demo', at, zone: ZONE, maxBytes: 5_000_000 })
}

interface Button {
  action_id: string
  value: string
  text: { text: string }
}

function buttons(blocks: unknown): Button[] {
  const out: Button[] = []
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk)
    else if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>
      if (n.type === 'button' && typeof n.value === 'string') out.push(n as unknown as Button)
      for (const v of Object.values(n)) walk(v)
    }
  }
  walk(blocks)
  return out
}

describe('Slack', () => {
  it('a direct message proposes; only the Confirm button press through Bolt stores the incident', async () => {
    const h: Harness = await startHarness(allCommands, { TICKLER_TIMEZONE: ZONE })
    cleanups.push(() => h.close())
    await demoInto(h.store, h.tickler.context.clock.now())
    const before = h.store.revision
    const body = eventBody('EvLang1', {
      type: 'message',
      channel_type: 'im',
      channel: 'D1',
      user: 'U1',
      text: "Contoso's API is down, log it as a sev 1",
      ts: '1.1',
    })
    const res = await postEvent(h, body)
    expect(res.status).toBe(200)
    const [post] = await h.recorder.waitFor('/api/chat.postMessage')
    const [confirm, cancel] = buttons(post!.body.blocks)
    expect(confirm?.value).toBe('sla log "Contoso Cloud Services" P1 API is down')
    expect(cancel?.value).toBe(CANCEL_COMMAND)
    expect(h.store.revision).toBe(before)

    const press = buttonBody(h, confirm!, { user: 'U1' })
    expect((await postSlack(h, press)).status).toBe(200)
    await h.recorder.waitFor(responsePath(press))
    const incident = h.store.all('incidents').find((i) => i.summary === 'API is down')
    expect(incident?.priority).toBe('P1')
    expect(incident?.loggedBy).toBe('U1')
  })
})

function submits(card: unknown): { title: string; data: { command: string } }[] {
  const out: { title: string; data: { command: string } }[] = []
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk)
    else if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>
      if (n.type === 'Action.Submit') out.push(n as unknown as { title: string; data: { command: string } })
      for (const v of Object.values(n)) walk(v)
    }
  }
  walk(card)
  return out
}

describe('Teams', () => {
  it('a chat message proposes; only the card submit of Confirm stores the incident', async () => {
    const recorder: Recorder = await startRecorder()
    cleanups.push(() => recorder.close())
    const { store } = await demoTickler()
    const bot: Bot = await startBot({ store, env: { TICKLER_TIMEZONE: ZONE } })
    cleanups.push(() => bot.close())
    // (Teams stores each chat's conversation reference: compare incidents, not revisions.)
    const before = store.all('incidents').length
    expect(
      (await bot.post(personalMessage(recorder.url, 'log a P2 for Contoso: slow storage in Leeds'))).status,
    ).toBe(200)
    const [confirm, cancel] = submits(cardOf(recorder.posts()[0]!))
    expect(confirm).toMatchObject({
      title: 'Confirm',
      data: { command: 'sla log "Contoso Cloud Services" P2 slow storage in Leeds' },
    })
    expect(cancel?.data.command).toBe(CANCEL_COMMAND)
    expect(store.all('incidents')).toHaveLength(before)

    expect((await bot.post(cardSubmit(recorder.url, confirm!.data, 'card-lang'))).status).toBe(200)
    const incident = store.all('incidents').find((i) => i.summary === 'slow storage in Leeds')
    expect(incident?.priority).toBe('P2')
  })
})

function terminalIo(
  input: string,
  env: Record<string, string> = {},
  cwd = tmpdir(),
): CliIo & { out: () => string } {
  const stdin = new PassThrough()
  stdin.end(input)
  let text = ''
  const stdout = new PassThrough()
  stdout.on('data', (d: Buffer) => {
    text += d.toString('utf8')
  })
  return { stdin, stdout, stderr: new PassThrough(), env, cwd, out: () => text }
}

describe('terminal', () => {
  it('chat asks yes: yes stores, no cancels, anything else is a new request', async () => {
    const { tickler, store } = await demoTickler()
    const io = terminalIo(
      [
        'log a P1 for Contoso: VPN down for all staff since 9:05',
        'yes',
        'Fabrikam core switch is down',
        'no',
        'raise a P2 against Fabrikam for slow wifi in the London office',
        'which incidents are open?',
        'yes',
      ].join('\n'),
    )
    expect(await chat(tickler, io, [])).toBe(0)
    const out = io.out()
    expect(out.match(/Type yes to do it, or no to cancel\./g)).toHaveLength(3)
    expect(out).toContain('Cancelled. Nothing was changed.')
    const summaries = store.all('incidents').map((i) => i.summary)
    expect(summaries).toContain('VPN down for all staff')
    expect(summaries).not.toContain('core switch is down')
    // A new request in between drops the pending proposal: the late "yes" confirms nothing.
    expect(summaries).not.toContain('slow wifi in the London office')
    expect(store.all('incidents')).toHaveLength(11)
  })

  it('tickler ask prints the proposal and the exact command; only running that command stores it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tickler-lang-'))
    cleanups.push(() => rm(dir, { recursive: true, force: true }))
    const env = { DATA_DIR: join(dir, 'store'), TICKLER_TIMEZONE: ZONE, LOG_LEVEL: 'silent' }
    const now = ['--now', '2026-01-01T10:30']
    const files = (await readdir(DEMO_DIR)).map((f) => join(DEMO_DIR, f))
    const imported = terminalIo('', { ...env }, dir)
    expect(await main(['import', ...files, ...now], imported), imported.out()).toBe(0)
    const snapshot = async () =>
      Promise.all(
        (await readdir(env.DATA_DIR))
          .sort()
          .map(async (f) => [f, await readFile(join(env.DATA_DIR, f), 'utf8')]),
      )
    const before = await snapshot()

    const asked = terminalIo('', { ...env }, dir)
    expect(await main(['ask', 'Contoso', 'core', 'API', 'is', 'down', ...now], asked)).toBe(0)
    const command = 'sla log "Contoso Cloud Services" P1 core API is down'
    expect(asked.out()).toContain(`I understood: ${command}`)
    expect(asked.out()).toContain(`To do it, run: tickler ask '${command}'`)
    expect(await snapshot()).toEqual(before)

    const done = terminalIo('', { ...env }, dir)
    expect(await main(['ask', command, ...now], done), done.out()).toBe(0)
    expect(done.out()).toContain('INC-0011')
    expect(askHint({ status: 'ok', confirm: 'risk done "Margie\'s Travel Desk" soc2' })).toBe(
      `To do it, run: tickler ask 'risk done "Margie'\\''s Travel Desk" soc2'`,
    )
  })
})
