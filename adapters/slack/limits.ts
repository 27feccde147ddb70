// Slack's Block Kit limits the renderer keeps to (docs.slack.dev, Block Kit reference).
export const LIMITS = {
  blocksPerMessage: 50,
  sectionText: 3000,
  fieldsPerSection: 10,
  fieldText: 2000,
  headerText: 150,
  buttonText: 75,
  buttonValue: 2000,
  elementsPerActions: 25,
  contextText: 3000,
  /** Slack refuses a message whose blocks hold much more than ~13k characters (msg_blocks_too_long). */
  messageChars: 12_000,
  fallbackText: 3000,
} as const
