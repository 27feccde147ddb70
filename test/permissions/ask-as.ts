// Sends one command as a given user through the real HTTP routes of a running Tickler (see
// test/reliability/surfaces.ts), typed or carried by a button, and returns what that user saw:
// on Slack the message posted back (mrkdwn, mentions as <@U…>), on Teams the card texts and the
// ids of the people the card mentions.
import { sign } from '../adapters/slack/slack-harness.ts'
import { cardOf, cardSubmit, personalMessage } from '../adapters/teams/helpers.ts'
import { SIGNING_SECRET } from '../reliability/serve-process.ts'
import { answer, sendSlash } from '../reliability/slack-client.ts'
import { cardText, type Surfaces } from '../reliability/surfaces.ts'

export type Surface = 'slack' | 'teams'

export interface Seen {
  text: string
  /** Who the reply pings: Slack <@U…> mentions, Teams mention entities. */
  mentions: string[]
}

export interface Ask {
  surface: Surface
  user: string
  text: string
  /** Pressed as a button (Slack block_actions, Teams Action.Submit) rather than typed. */
  button?: boolean
}

export function askAs(s: Surfaces, ask: Ask): Promise<Seen> {
  return ask.surface === 'slack' ? askSlack(s, ask) : askTeams(s, ask)
}

const base = (s: Surfaces) => `http://127.0.0.1:${s.server.port}`
let presses = 0

async function askSlack(s: Surfaces, ask: Ask): Promise<Seen> {
  const text = ask.button
    ? await pressSlack(s, ask)
    : await answer(
        await sendSlash(base(s), s.slackRecorder.url, '/tickler', ask.text, { user: ask.user }),
        s.slackRecorder,
      )
  return { text, mentions: [...text.matchAll(/<@([^>|]+)/g)].map((m) => m[1]!) }
}

async function pressSlack(s: Surfaces, ask: Ask): Promise<string> {
  presses++
  const responsePath = `/response/press-${process.pid}-${presses}`
  const payload = {
    type: 'block_actions',
    team: { id: 'T1', domain: 'acme' },
    user: { id: ask.user, username: ask.user.toLowerCase(), team_id: 'T1' },
    api_app_id: 'A1',
    token: 'deprecated-verification-token',
    container: { type: 'message', message_ts: '1700000000.000100', channel_id: 'C1', is_ephemeral: false },
    trigger_id: `press-${process.pid}-${presses}`,
    channel: { id: 'C1', name: 'vendors' },
    response_url: `${s.slackRecorder.url}${responsePath}`,
    actions: [
      {
        action_id: 'tickler_run:0',
        block_id: 'b1',
        text: { type: 'plain_text', text: 'Button' },
        value: ask.text,
        type: 'button',
        action_ts: `1700000001.${presses}`,
      },
    ],
  }
  const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString()
  const timestamp = Math.floor(Date.now() / 1000)
  const response = await fetch(`${base(s)}/slack/events`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': sign(body, timestamp, SIGNING_SECRET),
    },
    body,
  })
  if (response.status !== 200) return `HTTP ${response.status}`
  const posts = await s.slackRecorder.waitFor(responsePath)
  return JSON.stringify(posts.map((p) => p.body))
}

async function askTeams(s: Surfaces, ask: Ask): Promise<Seen> {
  const serviceUrl = s.teamsRecorder.url
  const activity: Record<string, unknown> = ask.button
    ? cardSubmit(serviceUrl, { command: ask.text })
    : personalMessage(serviceUrl, ask.text)
  activity.from = { id: `29:${ask.user}`, name: `User ${ask.user.slice(-4)}`, aadObjectId: ask.user }
  const before = s.teamsRecorder.posts().length
  const response = await fetch(`${base(s)}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity),
  })
  if (response.status !== 200) return { text: `HTTP ${response.status}`, mentions: [] }
  const posts = s.teamsRecorder.posts().slice(before)
  // A card's mentions ride in its msteams.entities, which Teams needs to ping the person.
  const entities = posts.flatMap((p) => {
    const msteams = cardOf(p).msteams as { entities?: { mentioned?: { id: string } }[] } | undefined
    return msteams?.entities ?? []
  })
  return {
    text: posts.map((p) => cardText(cardOf(p))).join('\n'),
    mentions: entities.flatMap((e) => (e.mentioned ? [e.mentioned.id] : [])),
  }
}
