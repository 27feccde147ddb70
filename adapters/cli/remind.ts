// `tickler remind [--now] [--dry-run]`: one reminder sweep, the same code the scheduler runs,
// posting through the platform credentials configured, and a line per post planned.
import type { Tickler } from '../../src/app/open-tickler.ts'
import { runReminderSweep } from '../../src/reminders/sweep.ts'
import { answer } from '../../src/reply/reply.ts'
import { renderReply } from '../console/render.ts'
import { type CliIo, writeRendered } from './io.ts'
import { platformNotifiers } from './platforms.ts'

export async function remindCommand(app: Tickler, io: CliIo, dryRun: boolean): Promise<number> {
  // A dry run posts nothing but still asks the platforms who owners are, to plan their DMs.
  const notifiers = (await platformNotifiers(app)).notifiers
  const result = await runReminderSweep({ context: app.context, notifiers, dryRun })
  const items = result.posts.map((p) => ({
    text: `${p.outcome}: ${p.channel}: ${p.summary}${p.error ? ` (${p.error})` : ''}`,
  }))
  const title = dryRun
    ? `Reminder sweep at ${result.at} (dry run: nothing posted or recorded)`
    : `Reminder sweep at ${result.at}: ${result.posted} posted, ${result.failed} failed`
  const reply = answer({ title, sections: [{ items, empty: 'Nothing is due to be posted.' }] })
  await writeRendered(io.stdout, `${renderReply(reply, { color: io.stdout.isTTY === true })}\n`)
  return result.failed > 0 ? 1 : 0
}
