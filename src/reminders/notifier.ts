// The seam between the reminder sweep and the chat platforms: each adapter posts a Reply into
// one of its own channels and reports how it went in platform-neutral terms.
import type { Reply } from '../reply/reply.ts'

export type PostResult =
  | { ok: true }
  /** `broken`: the bot can no longer post there (removed, archived, 403/404): stop trying. */
  | { ok: false; error: string; broken: boolean; retryAfterSeconds?: number }

export interface Notifier {
  /** The channel-reference prefix this notifier serves: 'slack' or 'teams'. */
  platform: 'slack' | 'teams'
  post(channel: string, reply: Reply): Promise<PostResult>
}
