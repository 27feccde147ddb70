// A reply's file (SPEC §12 statements) goes to the conversation it was asked in, through
// files.uploadV2 (files.getUploadURLExternal, the upload, files.completeUploadExternal). A failed
// upload is told to the asker with the reason, never dropped silently.
import type { webApi } from '@slack/bolt'
import type { Logger } from 'pino'
import { type Reply, rejected } from '../../src/reply/reply.ts'

/** Uploads `reply.attachment` (if any) into `channel`; on failure `tell`s the asker why. */
export async function uploadAttachment(
  client: webApi.WebClient,
  channel: string | undefined,
  reply: Reply,
  log: Logger,
  tell: (refusal: Reply) => Promise<unknown>,
): Promise<void> {
  const file = reply.attachment
  if (!file || reply.status !== 'ok') return
  try {
    if (!channel) throw new Error('no conversation to upload into')
    await client.files.uploadV2({
      channel_id: channel,
      filename: file.name,
      title: file.name,
      content: file.content,
      snippet_type: 'csv',
    })
  } catch (error) {
    const reason = (error as { data?: { error?: string } }).data?.error ?? (error as Error).message
    log.warn({ channel, file: file.name, err: error }, 'slack file upload failed')
    await tell(
      rejected(
        `I could not upload ${file.name} here (${reason}). Invite me to this channel, or ask me in a direct message.`,
      ),
    ).catch(() => undefined)
  }
}
