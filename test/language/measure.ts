// What the benchmark calls: the recogniser's accuracy on the phrasing set and the held-out set,
// and its recognition time (p50, p99, max, after one warm-up pass), on the demo register; and the
// job held-out set (issue 22) scored by what the dispatcher answered.
import { Temporal } from 'temporal-polyfill'
import { type AnswerScore, scoreAnswers } from './answer-score.ts'
import { evaluateLanguage, type LanguageScore } from './evaluate.ts'
import { demoTickler, NOW, USER, ZONE } from './fixture.ts'
import { HELD_OUT_SET } from './held-out-set.ts'
import { JOB_HELD_OUT_SET, type JobCase } from './job-held-out-set.ts'
import { PHRASING_SET } from './phrasing-set.ts'

export interface LanguageMeasure {
  phrasings: LanguageScore
  heldOut: LanguageScore
}

/** A job held-out set (the first by default) through the dispatcher on a fresh demo register. */
export async function measureJobAnswers(set: readonly JobCase[] = JOB_HELD_OUT_SET): Promise<AnswerScore> {
  const { tickler, store } = await demoTickler()
  try {
    return await scoreAnswers(set, tickler, store, USER, demoTickler)
  } finally {
    await tickler.close()
  }
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
