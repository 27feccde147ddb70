// The Teams app manifest (schema 1.22, the current one when written): one bot in personal, team
// and group chat scopes, with a command menu taken from the core's command table.
import type { Command } from '../../src/commands/command.ts'

export const MANIFEST_VERSION = '1.22'
export const MANIFEST_SCHEMA = `https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`

/** The colour of icons/color.png, which Teams shows behind the outline icon. */
const ACCENT = '#2F6FEB'

/** Teams shows at most 10 commands per list; these come first when the core has them. */
const MOST_USEFUL = [
  'help',
  'renewals',
  'agenda',
  'vendor',
  'vendors',
  'risk due',
  'sla open',
  'sla log',
  'sla report',
  'subscribe',
  'risk done',
  'history',
]

export const MAX_MENU_COMMANDS = 10

export function menuCommands(commands: readonly Command[]): Command[] {
  const visible = commands.filter((c) => !c.hidden)
  const preferred = MOST_USEFUL.flatMap((name) => visible.filter((c) => c.name === name))
  const rest = visible.filter((c) => !MOST_USEFUL.includes(c.name))
  return [...preferred, ...rest].slice(0, MAX_MENU_COMMANDS)
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}

/** The summary, with the first example when it adds something and fits (Teams allows 128 characters). */
function describe(command: Command): string {
  const example = command.examples[0]
  const withExample = `${command.summary} e.g. ${example}`
  if (example && example !== command.name && withExample.length <= 128) return withExample
  return clip(command.summary, 128)
}

export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export interface ManifestOptions {
  /** The bot's Microsoft App ID (MicrosoftAppId). */
  botId: string
  /** The Teams app id; defaults to the bot id. */
  appId?: string
  /** The app's version, which Teams compares on upload: package.json's. */
  version?: string
  commands: readonly Command[]
  /** The developer's links shown in the app's details (TEAMS_WEBSITE_URL, …). */
  developer?: DeveloperLinks
}

export interface DeveloperLinks {
  websiteUrl: string
  privacyUrl: string
  termsOfUseUrl: string
}

const PLACEHOLDER_LINKS: DeveloperLinks = {
  websiteUrl: 'https://example.com/tickler',
  privacyUrl: 'https://example.com/tickler/privacy',
  termsOfUseUrl: 'https://example.com/tickler/terms',
}

export function buildManifest(options: ManifestOptions): Record<string, unknown> {
  const menu = menuCommands(options.commands).map((c) => ({
    title: clip(c.name, 32),
    description: describe(c),
  }))
  return {
    $schema: MANIFEST_SCHEMA,
    manifestVersion: MANIFEST_VERSION,
    version: options.version ?? '1.0.0',
    id: options.appId ?? options.botId,
    developer: { name: 'Tickler', ...(options.developer ?? PLACEHOLDER_LINKS) },
    name: { short: 'Tickler', full: 'Tickler: IT vendor and contract reminders' },
    description: {
      short: 'Renewal deadlines, SLA incidents and vendor risk checks in Teams.',
      full:
        'Tickler keeps IT contracts, vendor and software support managers ahead of notice deadlines, ' +
        'logs SLA incidents and service credits, and reminds the team when vendor risk checks fall due. ' +
        'Ask it "renewals next 90 days", "agenda" or "help".',
    },
    icons: { color: 'color.png', outline: 'outline.png' },
    accentColor: ACCENT,
    bots: [
      {
        botId: options.botId,
        scopes: ['personal', 'team', 'groupChat'],
        supportsFiles: false,
        isNotificationOnly: false,
        ...(menu.length > 0
          ? { commandLists: [{ scopes: ['personal', 'team', 'groupChat'], commands: menu }] }
          : {}),
      },
    ],
    permissions: ['identity', 'messageTeamMembers'],
    validDomains: [],
  }
}
