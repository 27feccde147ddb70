// The Slack deliveries Tickler handles, checked after the signature and before Bolt sees them: a
// body of another shape (null, a list, a form without a command, a view without its view) is a
// malformed request and gets 400 at once, instead of crashing a listener (500) or waiting out
// Bolt's unhandled-request timer (404 after 3 s).
import { z } from 'zod'

const id = z.string().min(1)

const UrlVerification = z.looseObject({ type: z.literal('url_verification'), challenge: z.string() })

const SlashCommand = z.looseObject({
  command: z.string().regex(/^\/\S+$/, 'must be a slash command such as /tickler'),
  text: z.string().optional(),
  user_id: id,
  team_id: id,
  channel_id: z.string().optional(),
  trigger_id: z.string().optional(),
  response_url: z.string().optional(),
})

const EventCallback = z.looseObject({
  type: z.literal('event_callback'),
  event_id: z.string().optional(),
  team_id: z.string().optional(),
  event: z.looseObject({
    type: id,
    user: z.string().optional(),
    text: z.string().optional(),
    channel: z.string().optional(),
  }),
})

const User = z.looseObject({ id })

const BlockActions = z.looseObject({
  type: z.literal('block_actions'),
  user: User,
  actions: z.array(z.looseObject({ action_id: z.string(), type: z.string() })).min(1),
  trigger_id: z.string().optional(),
})

const ViewSubmission = z.looseObject({
  type: z.literal('view_submission'),
  user: User,
  view: z.looseObject({
    callback_id: z.string(),
    private_metadata: z.string().optional(),
    blocks: z.array(z.looseObject({ type: z.string() })),
    state: z.looseObject({ values: z.record(z.string(), z.unknown()) }),
  }),
})

export const SlackBodySchema = z.union([
  UrlVerification,
  SlashCommand,
  EventCallback,
  BlockActions,
  ViewSubmission,
])

/** The body as Bolt should get it, or why it is refused. */
export function checkSlackBody(
  body: unknown,
): { ok: true; body: Record<string, unknown> } | { ok: false; reason: string } {
  const checked = SlackBodySchema.safeParse(body)
  if (checked.success) return { ok: true, body: checked.data }
  const kind =
    body === null || typeof body !== 'object' || Array.isArray(body)
      ? `a JSON ${body === null ? 'null' : Array.isArray(body) ? 'list' : typeof body}`
      : 'not a slash command, event, button or form Tickler handles'
  return { ok: false, reason: kind }
}
