// The id of one Slack delivery, the same on each of Slack's retries: what the core's request
// keys (src/store/request-keys.ts) record so a retry is never run again.
interface DeliveryBody {
  type?: string
  event_id?: string
  command?: string
  trigger_id?: string
  action_ts?: string
  actions?: { action_ts?: string }[]
  view?: { id?: string; hash?: string }
}

/** 'slack:event:<event_id>', 'slack:command:<trigger_id>' and the like; undefined when there is none. */
export function deliveryKey(body: DeliveryBody): string | undefined {
  if (body.type === 'event_callback' && body.event_id) return `slack:event:${body.event_id}`
  if (body.command && body.trigger_id) return `slack:command:${body.trigger_id}`
  if (body.type && body.trigger_id) return `slack:${body.type}:${body.trigger_id}`
  const actionTs = body.actions?.[0]?.action_ts ?? body.action_ts
  if (body.type && actionTs) return `slack:${body.type}:${actionTs}`
  return undefined
}
