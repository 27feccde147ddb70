// The Slack adapter end to end: real server, requests shaped and signed as Slack sends them, every
// outbound call recorded by a local stand-in for the Web API and response_url.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LIMITS } from '../../../adapters/slack/block-kit.ts'
import { type Controls, deferred, fakeCommands } from './fake-commands.ts'
import {
  buttonBody,
  eventBody,
  type Harness,
  nowSeconds,
  postEvent,
  postSlack,
  type Recorded,
  responsePath,
  sign,
  slashBody,
  startHarness,
} from './slack-harness.ts'

interface Block {
  type: string
  text?: { type: string; text: string }
  fields?: { text: string }[]
  elements?: { action_id?: string; value?: string; text?: { text: string } }[]
  accessory?: { action_id: string; value: string }
}

interface Message {
  response_type?: string
  replace_original?: boolean
  delete_original?: boolean
  text?: string
  blocks?: Block[]
}

let h: Harness
let controls: Controls

async function start(env: Record<string, string> = {}, options: { ackBudgetMs?: number } = {}) {
  controls = { slow: deferred<void>(), writes: [] }
  h = await startHarness(fakeCommands(controls), env, options)
}

afterEach(async () => {
  controls?.slow.resolve()
  await h?.close()
})

async function slash(
  command: string,
  text: string,
): Promise<{ status: number; message: Message | undefined; path: string }> {
  const body = slashBody(h, command, text)
  const res = await postSlack(h, body)
  const raw = await res.text()
  return {
    status: res.status,
    message: raw ? (JSON.parse(raw) as Message) : undefined,
    path: responsePath(body),
  }
}

/** Posts a button press; returns the response_url path its answer goes to. */
async function press(body: string): Promise<string> {
  const res = await postSlack(h, body)
  expect(res.status).toBe(200)
  return responsePath(body)
}

function buttons(message: Message | Recorded['body']): { action_id: string; value: string; label: string }[] {
  const blocks = ((message as Message).blocks ?? []) as Block[]
  const out: { action_id: string; value: string; label: string }[] = []
  for (const b of blocks) {
    for (const e of b.elements ?? []) {
      if (e.action_id) out.push({ action_id: e.action_id, value: e.value ?? '', label: e.text?.text ?? '' })
    }
    if (b.accessory) out.push({ action_id: b.accessory.action_id, value: b.accessory.value, label: '' })
  }
  return out
}

describe('slash commands', () => {
  beforeEach(() => start())

  it('checks the bot identity once at start, not per request', async () => {
    await slash('/vendor', 'Acme')
    await slash('/vendors', '')
    expect(h.recorder.of('/api/auth.test')).toHaveLength(1)
  })

  it('answers in the ack with Block Kit, ephemeral, with a Share button for reads', async () => {
    const { status, message } = await slash('/vendor', 'Acme Corp')
    expect(status).toBe(200)
    expect(message?.response_type).toBe('ephemeral')
    expect(message?.blocks?.[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: 'Vendor Acme Corp', emoji: false },
    })
    expect(message?.blocks?.[1]).toEqual({
      type: 'section',
      fields: [
        { type: 'mrkdwn', text: '*Tier*\ncritical' },
        { type: 'mrkdwn', text: '*Owner*\n<@U0NORTH>' },
      ],
    })
    expect(buttons(message!)).toEqual([
      { action_id: 'tickler_share', value: 'vendor Acme Corp', label: 'Share in channel' },
    ])
  })

  it('maps each slash command to the core command; /tickler passes its text whole', async () => {
    const echo = await slash('/tickler', 'echo hello')
    expect(JSON.stringify(echo.message)).toContain('You said: hello')
    const help = await slash('/tickler', '')
    expect(JSON.stringify(help.message)).toContain('Vendor lookups, renewals')
    const who = await slash('/tickler', 'whoami')
    expect(JSON.stringify(who.message)).toContain('You are <@U1> in slack:T1:C1 (T1)')
  })

  it('escapes user text so <!channel>, <@U…> and *bold* never ping or format', async () => {
    const typed = 'hi <!channel> <@U999> *bold* & more'
    // Slack escapes &, < and > in the command text it sends.
    const { message } = await slash(
      '/tickler',
      `echo ${typed.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}`,
    )
    const text = message?.blocks?.[0]?.text?.text ?? ''
    expect(text).toContain('&lt;!channel&gt;')
    expect(text).toContain('&lt;@U999&gt;')
    expect(text).toContain('&amp; more')
    expect(text).not.toMatch(/<!channel>|<@U999>/)
    expect(text).not.toContain('*bold*')
    expect(message?.text).not.toMatch(/<!channel>/)
  })

  it('refuses forged, unsigned, stale and future-dated requests with 401 and runs nothing', async () => {
    const body = slashBody(h, '/sla', 'log Acme P1 down')
    const now = nowSeconds()
    const cases = [
      await postSlack(h, body, { signature: sign(body, now, 'wrong-secret') }),
      await postSlack(h, body, { signature: null }),
      await postSlack(h, body, { signature: 'v0=deadbeef' }),
      await postSlack(h, body, { timestamp: now - 6 * 60 }),
      await postSlack(h, body, { timestamp: now + 60 }),
      await postSlack(h, body, { timestamp: now + 10 * 60 }),
      await postSlack(h, `${body}&text=tampered`, { signature: sign(body, now), timestamp: now }),
    ]
    expect(cases.map((r) => r.status)).toEqual([401, 401, 401, 401, 401, 401, 401])
    expect(controls.writes).toEqual([])
    expect(h.store.revision).toBe(0)
  })

  it('runs a retried delivery once', async () => {
    const body = slashBody(h, '/sla', 'log Acme P1 down')
    const first = await postSlack(h, body)
    const retry = await postSlack(h, body, {
      headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
    })
    expect([first.status, retry.status]).toEqual([200, 200])
    expect(controls.writes).toEqual(['sla log Acme P1 down'])
    expect(h.store.revision).toBe(1)
  })

  it('does not offer Share on a write', async () => {
    const { message } = await slash('/sla', 'log Acme P1 down')
    expect(buttons(message!)).toEqual([])
    expect(JSON.stringify(message)).toContain('Logged INC-0001.')
  })

  it('answers a rejected command with its reason, form and example', async () => {
    const { message } = await slash('/tickler', 'forbidden')
    const text = JSON.stringify(message)
    expect(text).toContain('Only admins may do that.')
    expect(text).toContain('`forbidden`')
  })

  it('still answers, politely, when the core fails outside a handler', async () => {
    const { status, message } = await slash('/tickler', 'crash')
    expect(status).toBe(200)
    expect(JSON.stringify(message)).toContain('Sorry, something went wrong on my side')
  })

  it('keeps a 300-row reply inside Slack limits, split over several messages', async () => {
    const { message, path } = await slash('/vendors', '300')
    // The ack carries the first page, response_url the rest; the last one ends with the total.
    let rest: Message[] = []
    for (let n = 1; !JSON.stringify(rest.at(-1) ?? {}).includes('Total'); n++) {
      rest = (await h.recorder.waitFor(path, n)).map((c) => c.body as Message)
    }
    expect(rest.length).toBeGreaterThanOrEqual(2)
    const all = [message!, ...rest]
    expect(all.length).toBeLessThanOrEqual(6)
    for (const m of all) {
      expect(m.blocks!.length).toBeLessThanOrEqual(LIMITS.blocksPerMessage)
      for (const b of m.blocks!) expect((b.text?.text ?? '').length).toBeLessThanOrEqual(LIMITS.sectionText)
      const chars = m.blocks!.reduce((n, b) => n + (b.text?.text.length ?? 0), 0)
      expect(chars).toBeLessThanOrEqual(LIMITS.messageChars)
    }
    const lines = all.flatMap((m) => (m.blocks ?? []).flatMap((b) => (b.text?.text ?? '').split('\n')))
    expect(lines.filter((l) => l.startsWith('• Vendor '))).toHaveLength(300)
    expect(lines.filter((l) => l !== '').at(-1)).toBe('Total 1,000.00 USD')
    for (const m of rest) {
      expect(m.response_type).toBe('ephemeral')
      expect(m.replace_original).toBe(false)
    }
  })

  it('acks at once and answers through response_url when the command is slow', async () => {
    await h.close()
    await start({}, { ackBudgetMs: 50 })
    const { status, message, path } = await slash('/renewals', 'slow')
    expect(status).toBe(200)
    expect(message).toBeUndefined()
    controls.slow.resolve()
    const [delivered] = await h.recorder.waitFor(path)
    const body = delivered!.body as Message
    expect(body.response_type).toBe('ephemeral')
    expect(JSON.stringify(body)).toContain('Acme — Support: notice 2026-12-01, 6 days')
  })

  it('opens a modal for a register command with missing fields', async () => {
    const { status, message } = await slash('/tickler', 'contract add')
    expect(status).toBe(200)
    expect(message).toBeUndefined()
    const [open] = await h.recorder.waitFor('/api/views.open')
    const view = open!.body.view as {
      callback_id: string
      private_metadata: string
      blocks: { block_id: string; element: { type: string } }[]
    }
    expect(open!.body.trigger_id).toMatch(/^trigger-/)
    expect(view.callback_id).toBe('tickler_form')
    expect(JSON.parse(view.private_metadata)).toEqual({ command: 'contract add', channel: 'slack:T1:C1' })
    expect(view.blocks.map((b) => [b.block_id, b.element.type])).toEqual([
      ['vendor', 'plain_text_input'],
      ['kind', 'static_select'],
      ['end', 'datepicker'],
      ['notes', 'plain_text_input'],
    ])
  })
})

describe('buttons', () => {
  beforeEach(() => start())

  it('runs the button command as the presser and replaces the message via response_url', async () => {
    const { message } = await slash('/renewals', '')
    const [ack] = buttons(message!).filter((b) => b.action_id.startsWith('tickler_run'))
    expect(ack!.value).toBe('ack acme-support')
    const path = await press(buttonBody(h, ack!, { user: 'U2' }))
    const [call] = await h.recorder.waitFor(path)
    const body = call!.body as Message
    expect(body.replace_original).toBe(true)
    expect(JSON.stringify(body)).toContain('Acknowledged by <@U2>: acme-support')
    expect(controls.writes).toEqual(['ack acme-support'])
  })

  it('answers a refused button press to the presser only, leaving the message', async () => {
    const path = await press(buttonBody(h, { action_id: 'tickler_run:0', value: 'forbidden' }))
    const [call] = await h.recorder.waitFor(path)
    const body = call!.body as Message
    expect(body.replace_original).toBe(false)
    expect(body.response_type).toBe('ephemeral')
    expect(JSON.stringify(body)).toContain('Only admins may do that.')
  })

  it('shares a read into the channel and removes the private copy', async () => {
    const path = await press(
      buttonBody(
        h,
        { action_id: 'tickler_share', value: 'vendor Acme Corp' },
        { ephemeral: true, user: 'U1' },
      ),
    )
    const calls = await h.recorder.waitFor(path, 2)
    const [shared, removed] = calls.map((c) => c.body as Message)
    expect(shared!.response_type).toBe('in_channel')
    expect(JSON.stringify(shared)).toContain('Shared by <@U1>')
    expect(buttons(shared!)).toEqual([])
    expect(removed).toEqual({ delete_original: true })
  })

  it('never shares a write', async () => {
    const path = await press(
      buttonBody(h, { action_id: 'tickler_share', value: 'sla log Acme P1 down' }, { ephemeral: true }),
    )
    const [call] = await h.recorder.waitFor(path)
    expect(JSON.stringify(call!.body)).toContain('Only answers to questions can be shared')
    expect(controls.writes).toEqual([])
  })
})

describe('form submissions', () => {
  beforeEach(() => start())

  function submission(values: Record<string, Record<string, unknown>>): string {
    const payload = {
      type: 'view_submission',
      team: { id: 'T1', domain: 'acme' },
      user: { id: 'U1', username: 'ann', team_id: 'T1' },
      api_app_id: 'A1',
      token: 'x',
      trigger_id: `view-trigger-${Math.random()}`,
      view: {
        id: 'V1',
        type: 'modal',
        callback_id: 'tickler_form',
        private_metadata: JSON.stringify({ command: 'contract add', channel: 'slack:T1:C1' }),
        blocks: [
          { type: 'input', block_id: 'vendor' },
          { type: 'input', block_id: 'kind' },
          { type: 'input', block_id: 'end' },
        ],
        state: { values },
        hash: 'h1',
      },
    }
    return new URLSearchParams({ payload: JSON.stringify(payload) }).toString()
  }

  it('runs the form command with keyword-value pairs and posts the result to the submitter', async () => {
    const res = await postSlack(
      h,
      submission({
        vendor: { value: { type: 'plain_text_input', value: 'Acme Corp' } },
        kind: { value: { type: 'static_select', selected_option: { value: 'saas' } } },
        end: { value: { type: 'datepicker', selected_date: '2027-03-31' } },
      }),
    )
    expect(res.status).toBe(200)
    expect(await res.text()).toBe('')
    expect(controls.writes).toEqual(['contract add vendor "Acme Corp" kind saas end 2027-03-31'])
    const [post] = await h.recorder.waitFor('/api/chat.postEphemeral')
    expect(post!.body.channel).toBe('C1')
    expect(post!.body.user).toBe('U1')
    expect(JSON.stringify(post!.body.blocks)).toContain('Added: vendor')
  })

  it('shows field errors inline on the modal', async () => {
    const res = await postSlack(
      h,
      submission({
        vendor: { value: { type: 'plain_text_input', value: 'Acme' } },
        end: { value: { type: 'datepicker', selected_date: '2020-01-01' } },
      }),
    )
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({
      response_action: 'errors',
      errors: { end: 'must be after the start' },
    })
  })
})

describe('workspaces and switches', () => {
  it('refuses a workspace not in SLACK_ALLOWED_TEAMS politely, running nothing', async () => {
    await start({ SLACK_ALLOWED_TEAMS: 'T9' })
    const { status, message } = await slash('/sla', 'log Acme P1 down')
    expect(status).toBe(200)
    expect(message?.response_type).toBe('ephemeral')
    expect(JSON.stringify(message)).toContain('serves other Slack workspaces')
    expect(controls.writes).toEqual([])
  })

  it('answers Slack URL verification with the challenge (signed)', async () => {
    await start()
    const body = JSON.stringify({ type: 'url_verification', challenge: 'abc123', token: 'x' })
    const res = await postEvent(h, body)
    expect(await res.json()).toEqual({ challenge: 'abc123' })
  })

  it('runs an event delivered twice once (event_id)', async () => {
    await start()
    const body = eventBody('Ev1', {
      type: 'message',
      channel_type: 'im',
      channel: 'D1',
      user: 'U1',
      text: 'sla log Acme P1 down',
      ts: '1.1',
    })
    for (const retry of ['0', '1']) {
      const res = await postEvent(h, body, retry !== '0' ? { 'x-slack-retry-num': retry } : {})
      expect(res.status).toBe(200)
    }
    const [post] = await h.recorder.waitFor('/api/chat.postMessage')
    expect(post!.body.channel).toBe('D1')
    expect(controls.writes).toEqual(['sla log Acme P1 down'])
  })

  it('answers an @mention privately to the mentioning user, the bot mention stripped', async () => {
    await start()
    const body = eventBody('Ev2', {
      type: 'app_mention',
      channel: 'C7',
      user: 'U1',
      text: '<@UBOT> whoami',
      ts: '2.2',
    })
    const res = await postEvent(h, body)
    expect(res.status).toBe(200)
    const [post] = await h.recorder.waitFor('/api/chat.postEphemeral')
    expect(post!.body.channel).toBe('C7')
    expect(post!.body.user).toBe('U1')
    expect(JSON.stringify(post!.body.blocks)).toContain('You are <@U1> in slack:T1:C7 (T1)')
  })

  it('is off without credentials: /slack/events is 404, /healthz is 200, nothing called', async () => {
    controls = { slow: deferred<void>(), writes: [] }
    h = await startHarness(fakeCommands(controls), {}, { slackOff: true })
    expect(h.server.slack).toBe('off')
    const health = await fetch(`${h.base}/healthz`)
    expect(health.status).toBe(200)
    expect(await health.json()).toEqual({ ok: true, slack: 'off' })
    const body = slashBody(h, '/sla', 'log Acme P1 down')
    expect((await postSlack(h, body)).status).toBe(404)
    expect(h.recorder.calls).toEqual([])
  })

  it('still starts and answers /healthz when auth.test fails (bad token)', async () => {
    controls = { slow: deferred<void>(), writes: [] }
    h = await startHarness(fakeCommands(controls), { SLACK_API_URL: 'http://127.0.0.1:9/api/' })
    expect((await fetch(`${h.base}/healthz`)).status).toBe(200)
  })

  it('takes a plugged-in route for /api/messages', async () => {
    await start()
    h.server.routes.set('/api/messages', (_req, res) => {
      res.writeHead(202)
      res.end()
    })
    expect((await fetch(`${h.base}/api/messages`, { method: 'POST', body: '{}' })).status).toBe(202)
  })
})
