// Every bench question is asked the same way: as one Slack user in one channel, so answers, caches
// and permissions match across the scripts that compare them.
import type { Tickler } from '../src/app/open-tickler.ts'
import type { Reply } from '../src/reply/reply.ts'

export function ask(tickler: Tickler, text: string): Promise<Reply> {
  return tickler.run({ text, user: 'U0BENCH', platform: 'slack', channel: 'slack:T1:C1', workspace: 'T1' })
}
