// A change asked for with nothing named ("pls resolve the incident", "log a p1", "the incident is
// fixed"): the words clearly ask for one write, but the entity it needs (the incident, the vendor)
// is missing, so the scorer halved it below a read that merely shares a word ("incident" → sla
// open). The answer is that write's own question, naming what is missing and its form, and
// nothing is stored; a question, or a line naming a vendor or an incident, is left to the scorer.
import type { Command } from '../commands/command.ts'
import type { Built } from './builders.ts'
import { CUES } from './cues.ts'
import type { Entities } from './entities.ts'
import { MISSING_NEED, type Scored } from './model.ts'

/** A cue that names the write on its own (cues.ts: 3) is needed, and a lead over anything else. */
const NAMES_IT = 3
const LEAD = 1

/** The score before the missing-entity penalty (shunned entities still count): what the words say. */
function raw(s: Scored, present: ReadonlySet<string>): number {
  const missing = (CUES[s.command.name]?.needs ?? []).filter((n) => !present.has(n)).length
  return s.score / MISSING_NEED ** missing
}

export function unnamedWrite(
  e: Entities,
  features: readonly string[],
  ranked: readonly Scored[],
  build: (command: Command) => Built | undefined,
): { intent: Command; missing: string } | undefined {
  if (e.question || e.vendors.length > 0 || e.incidents.length > 0) return undefined
  if (e.window !== undefined || e.period !== undefined) return undefined
  const present = new Set(features)
  const scored = ranked.filter((s) => s.command.writes).map((s) => ({ s, raw: raw(s, present) }))
  const [best, second] = scored.sort((a, b) => b.raw - a.raw)
  if (!best || best.raw < NAMES_IT) return undefined
  const rival = Math.max(second?.raw ?? 0, ...ranked.filter((s) => !s.command.writes).map((s) => s.score))
  if (best.raw - rival < LEAD) return undefined
  const built = build(best.s.command)
  return built && 'missing' in built ? { intent: best.s.command, missing: built.missing } : undefined
}
