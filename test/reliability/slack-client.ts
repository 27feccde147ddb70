// Sends slash commands to /slack/events exactly as Slack does (form-encoded, v0 HMAC signature)
// and collects the answer, whether it came in the ack or later through response_url (posted to
// the recorder that also stands in for the Slack Web API).
import { createHmac } from 'node:crypto'
import type { Recorder } from '../adapters/slack/slack-harness.ts'
import { SIGNING_SECRET } from './serve-process.ts'

let sequence = 0

export interface SlashOptions {
  user?: string
  team?: string
  channel?: string
  secret?: string
}

export interface Sent {
  /** The recorder path of this request's response_url. */
  responsePath: string
  status: number
  /** The ack body (the answer when it was ready within Slack's 3 s). */
  ack: string
}

export function slashForm(
  recorderUrl: string,
  command: string,
  text: string,
  options: SlashOptions = {},
): { body: string; responsePath: string } {
  sequence++
  const responsePath = `/response/${process.pid}-${sequence}`
  const body = new URLSearchParams({
    token: 'deprecated-verification-token',
    team_id: options.team ?? 'T1',
    team_domain: 'acme',
    channel_id: options.channel ?? 'C1',
    channel_name: 'vendors',
    user_id: options.user ?? 'U1',
    user_name: 'ann',
    command,
    text,
    api_app_id: 'A1',
    is_enterprise_install: 'false',
    response_url: `${recorderUrl}${responsePath}`,
    trigger_id: `trigger-${sequence}`,
  }).toString()
  return { body, responsePath }
}

/** POSTs one signed slash command; resolves with the ack (a dropped connection rejects). */
export async function sendSlash(
  base: string,
  recorderUrl: string,
  command: string,
  text: string,
  options: SlashOptions = {},
): Promise<Sent> {
  const { body, responsePath } = slashForm(recorderUrl, command, text, options)
  return postSigned(base, body, responsePath, options.secret)
}

/**
 * POSTs a form body to /slack/events, signed now, as Slack sends a delivery and each of its
 * retries (same body, same trigger_id, fresh timestamp).
 */
export async function postSigned(
  base: string,
  body: string,
  responsePath: string,
  secret = SIGNING_SECRET,
): Promise<Sent> {
  const timestamp = Math.floor(Date.now() / 1000)
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`
  const response = await fetch(`${base}/slack/events`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': signature,
    },
    body,
  })
  return { responsePath, status: response.status, ack: await response.text() }
}

/** The answer's text: the ack when it carried one, else what was posted to response_url so far. */
export function answerOf(sent: Sent, recorder: Recorder): string | undefined {
  if (sent.ack !== '') return sent.ack
  const posts = recorder.of(sent.responsePath)
  return posts.length > 0 ? JSON.stringify(posts.map((p) => p.body)) : undefined
}

/** Waits for the answer (ack or response_url post). */
export async function answer(sent: Sent, recorder: Recorder): Promise<string> {
  if (sent.ack !== '') return sent.ack
  await recorder.waitFor(sent.responsePath)
  return answerOf(sent, recorder)!
}
