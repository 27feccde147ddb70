// The App Home tab (SPEC §13): opening it publishes the opener's Home (`home` run as them through the
// dispatcher); a button pressed on it runs its command as the presser, as on a message, and then
// publishes their Home again with the outcome on top, so the change (or the refusal) shows where
// they pressed. A Home has no channel and no response_url, so nothing is said anywhere else.
//
// Slack retries an event it thinks was not received. Opening the Home is a read, so the store's
// request keys (written only with a change, SPEC §6, §7) do not record it; instead the event ids
// this process published for are remembered, and a retry of one is acknowledged and not published
// again: one views.publish per opening. A retry that reaches another process publishes the same
// view once more, which Slack shows unchanged.
import { boundedMemo } from '../../src/domain/bounded-memo.ts'
import type { Reply } from '../../src/reply/reply.ts'
import { renderHome } from './home-view.ts'
import { teamOf, toInbound } from './inbound.ts'
import type { ButtonIO, SlackClient, SlackListeners } from './listener-io.ts'
import type { Surface } from './surface.ts'

const HOME_COMMAND = 'home'
/** Event ids remembered: far more openings than arrive between a delivery and its last retry. */
const OPENINGS_REMEMBERED = 10_000

export function listenToHome(on: SlackListeners, s: Surface): void {
  const opened = boundedMemo<true>(OPENINGS_REMEMBERED)
  on.homeOpened(async ({ body, event, client }) => {
    if (event.tab !== 'home' || !event.user) return
    const team = teamOf(body)
    if (!s.allowed(team)) {
      s.refuse(team, event.user, 'home')
      return
    }
    if (body.event_id) {
      let first = false
      opened.get(body.event_id, () => {
        first = true
        return true
      })
      if (!first) {
        s.log.info({ eventId: body.event_id }, 'slack app_home_opened retried: already published')
        return
      }
    }
    await publishHome(s, client, event.user, team ?? '')
  })
}

/** Runs `home` as `user` and publishes it as their App Home, with `notice` on top. */
export async function publishHome(
  s: Surface,
  client: SlackClient,
  user: string,
  team: string,
  notice?: Reply,
): Promise<void> {
  const home = await s.run(toInbound({ text: HOME_COMMAND, user, team, body: {} }), 'home')
  await client.publishHome(user, renderHome(home, notice))
}

/** A button on the Home: its command as the presser, then their Home again with the outcome. */
export async function pressOnHome(s: Surface, { body, action, client }: ButtonIO): Promise<void> {
  const team = teamOf(body)
  const user = body.user.id
  if (!s.allowed(team)) {
    s.refuse(team, user, 'home button')
    return
  }
  const inbound = toInbound({ text: action.value ?? '', user, team: team ?? '', body })
  const reply = await s.run(inbound, 'home button')
  if (reply.form) {
    // A register command with missing fields opens its form; the form's result goes to a DM.
    const opened = await s.openForm(client, body.trigger_id, reply).then(
      () => true,
      () => false,
    )
    if (opened) return
  }
  await publishHome(s, client, user, team ?? '', reply)
}
