// Getting a Reply to Slack in time: answer in the ack when it is ready within the budget (Slack
// wants an ack within 3 s), otherwise ack empty and send it through response_url.
import type { Reply } from '../../src/reply/reply.ts'
import type { SlackMessage } from './block-kit.ts'
import type { Respond, ResponseMessage } from './listener-io.ts'

/** Slack accepts five posts to one response_url (within 30 minutes). */
export const RESPONSE_URL_USES = 5

/** The reply if it settles within `ms`, else undefined (the promise keeps running). */
export async function within(pending: Promise<Reply>, ms: number): Promise<Reply | undefined> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms)
  })
  try {
    return await Promise.race([pending, timeout])
  } finally {
    clearTimeout(timer)
  }
}

export function responseType(reply: Reply): 'ephemeral' | 'in_channel' {
  return reply.private === false ? 'in_channel' : 'ephemeral'
}

/** Posts messages through response_url; the first may replace the message a button sat on. */
export async function respondAll(
  respond: Respond,
  messages: SlackMessage[],
  first: Pick<ResponseMessage, 'replace_original' | 'response_type'>,
): Promise<void> {
  for (const [i, message] of messages.entries()) {
    const args: ResponseMessage = { text: message.text, blocks: message.blocks }
    if (i === 0) Object.assign(args, first)
    else {
      args.replace_original = false
      if (first.response_type) args.response_type = first.response_type
    }
    await respond(args)
  }
}
