// The job-set scorer judges a proposal by what confirming it would store, so a proposal worded
// differently from the set's expectation is right only when it stores exactly the same thing.
import { describe, expect, it } from 'vitest'
import { scoreAnswers } from './answer-score.ts'
import { demoTickler, USER } from './fixture.ts'

const LINE = 'datos sent their insurance certificate today'
const DATOS = '"Datos São Paulo Serviços"'

describe('scoring a proposal', () => {
  it('is right when it stores what the expected command stores, and a wrong write when not', async () => {
    const { tickler, store } = await demoTickler()
    try {
      const score = await scoreAnswers(
        [
          { role: 'risk', text: LINE, expect: `risk done ${DATOS} insurance on 2026-11-25` },
          { role: 'risk', text: LINE, expect: `risk done ${DATOS} insurance on 2026-11-24` },
        ],
        tickler,
        store,
        USER,
        demoTickler,
      )
      expect(score.failures.map((f) => [f.expected, f.wrongWrite])).toEqual([
        [`risk done ${DATOS} insurance on 2026-11-24`, true],
      ])
    } finally {
      await tickler.close()
    }
  })
})
