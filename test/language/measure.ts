// What the benchmark calls: the recogniser's accuracy on the phrasing set and the held-out set,
// and its recognition time (p50, p99, max, after one warm-up pass), on the demo register.
import { Temporal } from 'temporal-polyfill'
import { evaluateLanguage, type LanguageScore } from '../../src/language/evaluate.ts'
import { demoTickler, NOW, USER, ZONE } from './fixture.ts'
import { HELD_OUT_SET } from './held-out-set.ts'
import { PHRASING_SET } from './phrasing-set.ts'

export interface LanguageMeasure {
  phrasings: LanguageScore
  heldOut: LanguageScore
}

export async function measureLanguage(): Promise<LanguageMeasure> {
  const { tickler } = await demoTickler()
  const scene = { view: tickler.context.store, now: Temporal.Instant.from(NOW), zone: ZONE, user: USER }
  try {
    return {
      phrasings: evaluateLanguage(PHRASING_SET, tickler.context.commands, scene),
      heldOut: evaluateLanguage(HELD_OUT_SET, tickler.context.commands, scene),
    }
  } finally {
    await tickler.close()
  }
}
