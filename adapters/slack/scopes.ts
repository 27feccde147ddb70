// The bot scopes Tickler needs, from what the adapter does (docs.slack.dev, each method's and
// event's "Required scopes"). manifest.yml asks for exactly these; a test checks that every Web API
// method bolt.ts calls is listed here and that the manifest neither misses nor adds a scope. At
// start-up the token's granted scopes (auth.test) are checked against them, so an app installed from
// an older manifest is named in the log instead of failing one call at a time.

/** Each Web API method bolt.ts calls, and the bot scopes it needs. */
export const METHOD_SCOPES: Record<string, readonly string[]> = {
  'auth.test': [],
  // Reminders and digests go to channels subscribed by a slash command, which the bot may not have
  // joined: chat:write.public lets it post to those public channels.
  'chat.postMessage': ['chat:write', 'chat:write.public'],
  'chat.postEphemeral': ['chat:write'],
  'views.open': [],
  'views.publish': [],
  'users.info': ['users:read'],
  // An owner given as an email (SPEC §11).
  'users.lookupByEmail': ['users:read.email'],
  // files.getUploadURLExternal and files.completeUploadExternal (SPEC §12 statements).
  'files.uploadV2': ['files:write'],
}

/** Each bot event the app listens to, and the scopes it needs to be delivered. */
export const EVENT_SCOPES: Record<string, readonly string[]> = {
  app_mention: ['app_mentions:read'],
  'message.im': ['im:history'],
  app_home_opened: [],
}

/** Slash commands need `commands`. */
export const COMMAND_SCOPES = ['commands'] as const

export function requiredBotScopes(): string[] {
  const all = [
    ...COMMAND_SCOPES,
    ...Object.values(METHOD_SCOPES).flat(),
    ...Object.values(EVENT_SCOPES).flat(),
  ]
  return [...new Set(all)].sort()
}

/** The scopes Tickler uses that `granted` (a token's x-oauth-scopes) lacks. */
export function missingScopes(granted: readonly string[]): string[] {
  return requiredBotScopes().filter((scope) => !granted.includes(scope))
}
