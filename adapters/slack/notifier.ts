// Proactive posts (reminders, digests) into Slack channels through chat.postMessage, with errors
// turned into the platform-neutral PostResult the reminder sweep understands.
import type { PeopleDirectory } from '../../src/domain/people.ts'
import type { Notifier, PostResult } from '../../src/reminders/notifier.ts'
import type { Reply } from '../../src/reply/reply.ts'
import { renderMessages } from './block-kit.ts'
import { createSlackClient, slackFailure } from './bolt.ts'
import { parseChannelRef } from './inbound.ts'
import type { SlackClient } from './listener-io.ts'
import { slackPeople } from './people.ts'

/** The bot can no longer post there: stop trying (SPEC §5 keeps retrying everything else). */
const BROKEN = new Set(['channel_not_found', 'not_in_channel', 'is_archived', 'channel_is_archived'])

export function createSlackNotifier(options: { token: string; apiUrl: string }): Notifier & PeopleDirectory {
  // The sweep decides when to retry, so the client neither retries nor waits out a 429 itself.
  const client = createSlackClient(options.token, {
    apiUrl: options.apiUrl,
    rejectRateLimited: true,
    retries: 0,
  })
  return slackNotifier(client)
}

/** Posts into channels and DMs, and answers who is a current Slack user (SPEC §11). */
export function slackNotifier(
  client: Pick<SlackClient, 'postMessage' | 'userInfo' | 'lookupByEmail'>,
  nowMs?: () => number,
): Notifier & PeopleDirectory {
  return {
    platform: 'slack',
    ...slackPeople(client, nowMs),
    async post(channel: string, reply: Reply): Promise<PostResult> {
      const where = parseChannelRef(channel)
      if (!where) return { ok: false, error: `not a Slack channel reference: ${channel}`, broken: true }
      try {
        for (const message of renderMessages(reply)) {
          await client.postMessage({
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
  const failure = slackFailure(error)
  switch (failure.kind) {
    case 'rate_limited':
      return { ok: false, error: 'rate limited', broken: false, retryAfterSeconds: failure.retryAfterSeconds }
    case 'platform':
      return { ok: false, error: failure.code, broken: BROKEN.has(failure.code) }
    case 'http':
      return { ok: false, error: `HTTP ${failure.status}`, broken: false }
    default:
      return { ok: false, error: failure.message, broken: false }
  }
}
