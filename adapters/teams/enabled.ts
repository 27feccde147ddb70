// Whether Teams is on, kept apart from the SDK so that the CLI can ask without loading botbuilder.

export const TEAMS_OFF =
  'Teams is off: set MicrosoftAppId and MicrosoftAppPassword to turn it on ' +
  '(or TEAMS_EMULATOR=1 to try it with the Bot Framework Emulator on this machine)'

/** Teams answers only with a Bot Framework app id, or in Emulator mode; otherwise its route is absent. */
export function teamsEnabled(config: { MicrosoftAppId?: string; TEAMS_EMULATOR: boolean }): boolean {
  return Boolean(config.MicrosoftAppId) || config.TEAMS_EMULATOR
}
