// The chat platforms this process is configured for: Teams always has its route (local Emulator
// mode without MicrosoftAppId), Slack only with its credentials. Notifiers post reminders.
import type { Tickler } from '../../src/app.ts'
import type { Notifier } from '../../src/reminders/notifier.ts'
import { createSlackNotifier } from '../slack/notifier.ts'
import { createTeams, type TeamsSurface } from '../teams/teams.ts'

export interface Platforms {
  teams: TeamsSurface
  notifiers: Notifier[]
}

export function platformNotifiers(app: Tickler): Platforms {
  const { config, log } = app.context
  const teams = createTeams({ tickler: app, log })
  const notifiers: Notifier[] = [teams.notifier]
  if (config.slackEnabled && config.SLACK_BOT_TOKEN) {
    notifiers.push(createSlackNotifier({ token: config.SLACK_BOT_TOKEN, apiUrl: config.SLACK_API_URL }))
  }
  return { teams, notifiers }
}
