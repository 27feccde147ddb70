// The intent scorer: a small, transparent weighted-feature model built at start-up from every
// command's declared phrasings plus the keyword cues (cues.ts). A line's score for a command is
// the sum of the weights of its features; entity rules then halve intents that lack what they
// need or that a named thing rules out. No training run, no network, no library: a table of
// numbers anyone can print (`explain`) and reason about.
import type { Command } from '../commands/command.ts'
import { BUILT_FEATURES } from './built-features.ts'
import { CUES, type EntityFeature } from './cues.ts'
import { cueFeature, STOP, stem } from './features.ts'
import { phrasingFeatures } from './phrasing-features.ts'

export interface IntentModel {
  command: Command
  weights: Map<string, number>
  needs: EntityFeature[]
  shuns: EntityFeature[]
}

export interface Model {
  intents: IntentModel[]
  /** Every feature any intent gives weight to: a word outside it is one Tickler does not know. */
  vocabulary: Set<string>
  /** Stems of the read commands' one-word names: what a line's head noun may name. */
  heads: Set<string>
}

export interface Scored {
  command: Command
  score: number
  /** The features that counted, with their weights: the explanation of the score. */
  matched: [string, number][]
}

/** Weight of a feature learned from a declared phrasing, times its rarity across commands. */
const PHRASING_WEIGHT = 1.5
export const MISSING_NEED = 0.5
const SHUNNED = 0.5
/** A line that opens with a read command's one-word name as its head noun asks for that command. */
const HEAD = 2.5

/**
 * `known` holds phrasings already read (the build's table): each one missing is read here, which
 * gives the same features (test/language/phrasing-features.test.ts).
 */
export function buildModel(
  commands: readonly Command[],
  known: ReadonlyMap<string, readonly string[]> = BUILT_FEATURES ?? new Map(),
): Model {
  const candidates = commands.filter((c) => !c.hidden && (CUES[c.name] || (c.phrasings?.length ?? 0) > 0))
  const learned = candidates.map((c) =>
    (c.phrasings ?? []).map((p) => new Set(known.get(p) ?? phrasingFeatures(p))),
  )
  // How many commands a feature appears for (in phrasings or cues): rare features weigh more.
  const df = new Map<string, number>()
  candidates.forEach((c, i) => {
    const seen = new Set<string>()
    for (const set of learned[i]!) for (const f of set) seen.add(f)
    for (const term of Object.keys(CUES[c.name]?.cues ?? {})) seen.add(cueFeature(term))
    for (const f of seen) df.set(f, (df.get(f) ?? 0) + 1)
  })
  const n = candidates.length
  const intents = candidates.map((command, i) => {
    const weights = new Map<string, number>()
    for (const [term, w] of Object.entries(CUES[command.name]?.cues ?? {})) {
      // "check" and "checks" are one feature: the stronger cue counts, not both.
      const f = cueFeature(term)
      const had = weights.get(f)
      weights.set(f, had === undefined ? w : Math.max(had, w))
    }
    // A feature counts once however many phrasings use it: phrasings teach words, not repetition.
    const taught = new Set<string>()
    for (const set of learned[i]!) for (const f of set) taught.add(f)
    for (const f of taught) {
      const idf = Math.log(1 + n / (df.get(f) ?? 1)) / Math.log(1 + n)
      weights.set(f, (weights.get(f) ?? 0) + PHRASING_WEIGHT * idf)
    }
    if (!command.writes && !command.name.includes(' ')) weights.set(`^${stem(command.name)}`, HEAD)
    return {
      command,
      weights,
      needs: CUES[command.name]?.needs ?? [],
      shuns: CUES[command.name]?.shuns ?? [],
    }
  })
  const vocabulary = new Set<string>()
  for (const intent of intents)
    for (const f of intent.weights.keys()) for (const part of f.split('_')) vocabulary.add(part)
  const heads = new Set(candidates.filter((c) => !c.writes && !c.name.includes(' ')).map((c) => stem(c.name)))
  return { intents, vocabulary, heads }
}

/** A word of the recogniser's own vocabulary, or a stop word ("incident", "the"). */
export function isCommon(model: Model, word: string): boolean {
  return STOP.has(word) || model.vocabulary.has(stem(word))
}

/** Words of the line (not pairs, not entities) that no command knows. */
export function unknownWords(model: Model, features: readonly string[]): string[] {
  return features.filter(
    (f) => !/^[#^]/.test(f) && !f.includes('_') && !model.vocabulary.has(f) && !STOP.has(f),
  )
}

export function scoreIntents(model: Model, features: readonly string[]): Scored[] {
  const present = new Set(features)
  const out: Scored[] = []
  for (const intent of model.intents) {
    let score = 0
    const matched: [string, number][] = []
    for (const f of features) {
      const w = intent.weights.get(f)
      if (w !== undefined && w !== 0) {
        score += w
        matched.push([f, w])
      }
    }
    if (score <= 0) continue
    for (const need of intent.needs) if (!present.has(need)) score *= MISSING_NEED
    for (const shun of intent.shuns) if (present.has(shun)) score *= SHUNNED
    out.push({ command: intent.command, score, matched })
  }
  return out.sort((a, b) => b.score - a.score)
}

const cache = new WeakMap<readonly Command[], Model>()

/** The model for a command table, built once per table. */
export function modelFor(commands: readonly Command[]): Model {
  let model = cache.get(commands)
  if (!model) {
    model = buildModel(commands)
    cache.set(commands, model)
  }
  return model
}
