// Proactive posts (reminders, digests) into Slack channels through chat.postMessage, with errors
// turned into the platform-neutral PostResult the reminder sweep understands.
import { webApi } from '@slack/bolt'
import type { PeopleDirectory } from '../../src/domain/people.ts'
import type { Notifier, PostResult } from '../../src/reminders/notifier.ts'
import type { Reply } from '../../src/reply/reply.ts'
import { renderMessages } from './block-kit.ts'
import { parseChannelRef } from './inbound.ts'
import { slackPeople } from './people.ts'

/** The bot can no longer post there: stop trying (SPEC §5 keeps retrying everything else). */
const BROKEN = new Set(['channel_not_found', 'not_in_channel', 'is_archived', 'channel_is_archived'])

export function createSlackNotifier(options: { token: string; apiUrl: string }): Notifier & PeopleDirectory {
  // The sweep decides when to retry, so the client neither retries nor waits out a 429 itself.
  const client = new webApi.WebClient(options.token, {
    slackApiUrl: options.apiUrl,
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 0 },
  })
  return slackNotifier(client)
}

/** Posts into channels and DMs, and answers who is a current Slack user (SPEC §11). */
export function slackNotifier(client: webApi.WebClient, nowMs?: () => number): Notifier & PeopleDirectory {
  return {
    platform: 'slack',
    ...slackPeople(client, nowMs),
    async post(channel: string, reply: Reply): Promise<PostResult> {
      const where = parseChannelRef(channel)
      if (!where) return { ok: false, error: `not a Slack channel reference: ${channel}`, broken: true }
      try {
        for (const message of renderMessages(reply)) {
          await client.chat.postMessage({
            channel: where.channel,
            text: message.text,
            blocks: message.blocks,
          })
        }
        return { ok: true }
      } catch (error) {
        return postFailure(error)
      }
    },
  }
}

export function postFailure(error: unknown): PostResult {
  if (error instanceof webApi.WebAPIRateLimitedError) {
    return { ok: false, error: 'rate limited', broken: false, retryAfterSeconds: error.retryAfter }
  }
  if (error instanceof webApi.WebAPIPlatformError) {
    const code = error.data.error
    return { ok: false, error: code, broken: BROKEN.has(code) }
  }
  if (error instanceof webApi.WebAPIHTTPError) {
    return { ok: false, error: `HTTP ${error.statusCode}`, broken: false }
  }
  return { ok: false, error: error instanceof Error ? error.message : String(error), broken: false }
}
