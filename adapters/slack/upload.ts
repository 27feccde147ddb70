// A reply's file (SPEC §12 statements, §13 charts) goes to the conversation it was asked in, through
// files.uploadV2 (files.getUploadURLExternal, the upload, files.completeUploadExternal). A failed
// upload is told to the asker with the reason, never dropped silently.
import type { Logger } from 'pino'
import { type Reply, rejected } from '../../src/reply/reply.ts'
import { slackFailure } from './bolt.ts'
import type { SlackClient } from './listener-io.ts'

/** Uploads `reply.attachment` (if any) into `channel`; on failure `tell`s the asker why. */
export async function uploadAttachment(
  client: SlackClient,
  channel: string | undefined,
  reply: Reply,
  log: Logger,
  tell: (refusal: Reply) => Promise<unknown>,
): Promise<void> {
  const file = reply.attachment
  if (!file || reply.status !== 'ok') return
  try {
    if (!channel) throw new Error('no conversation to upload into')
    await client.uploadFile({
      channel,
      name: file.name,
      content: file.content,
      ...(file.mediaType === 'image/png' ? { alt: file.alt } : {}),
    })
  } catch (error) {
    const failure = slackFailure(error)
    const reason =
      failure.kind === 'platform'
        ? failure.code
        : failure.kind === 'http'
          ? `HTTP ${failure.status}`
          : failure.kind === 'rate_limited'
            ? 'rate limited'
            : failure.message
    log.warn({ channel, file: file.name, err: error }, 'slack file upload failed')
    await tell(
      rejected(
        `I could not upload ${file.name} here (${reason}). Invite me to this channel, or ask me in a direct message.`,
      ),
    ).catch(() => undefined)
  }
}
