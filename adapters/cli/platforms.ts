// The chat platforms this process is configured for: Teams with MicrosoftAppId (or TEAMS_EMULATOR=1),
// Slack with its credentials. Notifiers post reminders. Each platform's modules are imported only
// when it is configured: botbuilder alone cost a Slack-only `serve` over 100 ms of CPU at start.
import type { Tickler } from '../../src/app/open-tickler.ts'
import { isPeopleDirectory, type PeopleDirectory } from '../../src/domain/people.ts'
import type { Notifier } from '../../src/reminders/notifier.ts'
import { teamsEnabled } from '../teams/enabled.ts'
import type { TeamsSurface } from '../teams/teams.ts'

export interface Platforms {
  /** Undefined when Teams is off: no route, no notifier. */
  teams?: TeamsSurface
  notifiers: Notifier[]
}

export async function platformNotifiers(app: Tickler): Promise<Platforms> {
  const { config, log } = app.context
  const teams = teamsEnabled(config)
    ? (await import('../teams/teams.ts')).createTeams({ tickler: app, log })
    : undefined
  const notifiers: Notifier[] = teams ? [teams.notifier] : []
  if (config.slackEnabled && config.SLACK_BOT_TOKEN) {
    const { createSlackNotifier } = await import('../slack/notifier.ts')
    notifiers.push(createSlackNotifier({ token: config.SLACK_BOT_TOKEN, apiUrl: config.SLACK_API_URL }))
  }
  // The same connections tell the core who owners are (SPEC §11: owner DMs, unowned contracts).
  app.context.people = notifiers.filter((n): n is Notifier & PeopleDirectory => isPeopleDirectory(n))
  return { teams, notifiers }
}
