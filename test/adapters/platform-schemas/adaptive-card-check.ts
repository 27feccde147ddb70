// Checks an Adaptive Card with Microsoft's own Adaptive Cards SDK (the `adaptivecards` package):
// every parse event (unknown element or action type, invalid property value, a property newer
// than the card's declared version) and every validation failure is a problem. The SDK keeps
// only the properties it knows, so a property lost on its own round trip is unknown to the
// schema; the one exception is the Teams-only `msteams` extension Teams documents for the card
// (full width, mentions) and for an Image (allowExpand).
import { createRequire } from 'node:module'
import type * as AdaptiveCards from 'adaptivecards'
import { CARD_VERSION } from '../../../adapters/teams/card-envelope.ts'

// The package's lib/ is ES modules with extensionless imports that Node cannot resolve; its
// dist/ bundle is the same SDK as one UMD file, and parsing needs no DOM.
const AC = createRequire(import.meta.url)('adaptivecards/dist/adaptivecards.js') as typeof AdaptiveCards

/** Where Teams allows `msteams`, and which of its keys. */
const TEAMS_EXTENSION: Record<string, readonly string[]> = {
  AdaptiveCard: ['width', 'entities'],
  Image: ['allowExpand'],
}

export function adaptiveCardProblems(json: unknown): string[] {
  const problems: string[] = []
  const source = json as { version?: unknown }
  if (source.version !== CARD_VERSION) {
    problems.push(`version is ${String(source.version)}, Teams renders ${CARD_VERSION}`)
  }
  const card = new AC.AdaptiveCard()
  const version = AC.Version.parse(String(source.version), new AC.SerializationContext())
  const context = new AC.SerializationContext(version)
  card.parse(json, context)
  for (let i = 0; i < context.eventCount; i++) problems.push(`parse: ${context.getEventAt(i).message}`)
  for (const event of card.validateProperties().validationEvents) {
    problems.push(`validation: ${event.message}`)
  }
  lostOnRoundTrip(json, card.toJSON(), '$', problems)
  return problems
}

function lostOnRoundTrip(given: unknown, kept: unknown, path: string, problems: string[]): void {
  if (Array.isArray(given)) {
    const keptItems = Array.isArray(kept) ? kept : []
    // Items realign only when none was dropped; a dropped one is already reported by the parse.
    if (keptItems.length !== given.length) {
      problems.push(`${path}: ${given.length - keptItems.length} of ${given.length} items dropped`)
      return
    }
    given.forEach((item, i) => {
      lostOnRoundTrip(item, keptItems[i], `${path}[${i}]`, problems)
    })
    return
  }
  if (given === null || typeof given !== 'object') return
  const keptObject = (kept ?? {}) as Record<string, unknown>
  const type = (given as { type?: unknown }).type
  for (const [key, value] of Object.entries(given)) {
    if (key === 'msteams') {
      const allowed = TEAMS_EXTENSION[String(type)]
      const keys = value !== null && typeof value === 'object' ? Object.keys(value) : ['(not an object)']
      const stray = keys.filter((k) => !allowed?.includes(k))
      if (!allowed || stray.length > 0)
        problems.push(`${path}.msteams: ${stray.join(', ')} not a Teams extension`)
      continue
    }
    if (key in keptObject) lostOnRoundTrip(value, keptObject[key], `${path}.${key}`, problems)
    // The SDK also leaves out a known property set to its default (isRequired: false).
    else if (!knownProperties(type).has(key)) {
      problems.push(`${path}.${key}: unknown property of ${String(type ?? 'object')}`)
    }
  }
}

/** The properties the SDK's schema declares for a card, element or action type. */
function knownProperties(type: unknown): Set<string> {
  const name = String(type)
  const registration =
    AC.GlobalRegistry.elements.findByName(name) ?? AC.GlobalRegistry.actions.findByName(name)
  const object =
    name === 'AdaptiveCard' ? new AC.AdaptiveCard() : registration && new registration.objectType()
  const schema = object?.getSchema()
  const names = new Set<string>()
  for (let i = 0; i < (schema?.getCount() ?? 0); i++) names.add(schema!.getItemAt(i).name)
  return names
}
