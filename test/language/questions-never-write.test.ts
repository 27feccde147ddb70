// Issue 22: a line phrased as a question or as a request to be told is never proposed as a write,
// whatever change words it holds ("days until the coho backup saas contract ends" once proposed
// `contract end`). Through the real dispatcher on the demo register: no proposal, nothing stored.
// Also the scores of job set 1 and the development set (both used for tuning) by what Tickler
// answered, and the phrase rules that got them there.
import { beforeEach, describe, expect, it } from 'vitest'
import type { Tickler } from '../../src/app/open-tickler.ts'
import { isQuestion } from '../../src/language/question.ts'
import { wordsOf } from '../../src/language/words.ts'
import type { MemoryStore } from '../support/memory-store.ts'
import { type AnswerScore, scoreAnswers } from './answer-score.ts'
import { DEV_SET } from './dev-set.ts'
import { demoTickler, USER } from './fixture.ts'
import { JOB_HELD_OUT_SET } from './job-held-out-set.ts'

let tickler: Tickler
let store: MemoryStore

beforeEach(async () => {
  ;({ tickler, store } = await demoTickler())
})

const QUESTIONS = [
  'days until the coho backup saas contract ends',
  'days left before we cancel the woodgrove fraud screening contract',
  'days remaining on the proseware contract',
  'how many days until we renewed fabrikam',
  'how long until the nordlicht mobile fleet contract ends',
  "when's the humongous claims platform contract terminated",
  'when do we cancel the datos service desk',
  'what happens if we cancel the contoso premier support contract',
  'did we renew the relecloud contract until 2027-12-31',
  'did coho resolve INC-0009',
  'has INC-0009 been resolved at 10:05',
  'is the tailspin soc2 done',
  'are we terminating the litware ea',
  'does woodgrove renew automatically',
  'was inc-8 fixed',
  'were the fabrikam routers decommissioned',
  'which contracts did we cancel this year',
  'who logged INC-0004',
  'hey, when does the coho backup saas contract end',
  'so is INC-0009 resolved now',
  'quick question: did proseware send the soc2 report',
  'can you tell me when we renewed contoso',
  'could you check whether coho responded to INC-0009',
  'do you know if we cancelled the wingtip contract',
  'i need to know when the woodgrove fraud screening contract ends',
  'remind me when we extended the relecloud contract',
  'can we still cancel proseware?',
  'should we renew the northwind bi licences?',
  'will the adatum privileged access contract auto-renew?',
  'log a P1 for coho?',
  'renewed the contoso cloud hosting contract?',
  // A state asked after with a trailing "yet", the question mark left off.
  'inc-9 resolved yet',
  'coho responded to INC-0009 yet',
  'proseware soc2 back yet',
  'relecloud contract renewed yet',
]

describe('a question is never proposed as a write', () => {
  it.each(QUESTIONS)('%s', async (line) => {
    const before = store.revision
    const reply = await tickler.run({ text: line, user: USER, platform: 'terminal' })
    expect(reply.confirm).toBeUndefined()
    expect(reply.actions?.some((a) => a.label === 'Confirm') ?? false).toBe(false)
    expect(store.revision).toBe(before)
  })

  it('a request to do something is still a request, however it ends', async () => {
    for (const line of [
      'can you log a P1 for coho: nightly backups failing?',
      'please log a P2 for coho: restore jobs timing out?',
      'could you mark the woodgrove soc2 as received',
    ]) {
      const reply = await tickler.run({ text: line, user: USER, platform: 'terminal' })
      expect(reply.confirm, line).toBeDefined()
      expect(isQuestion(line, wordsOf(line)), line).toBe(false)
    }
  })
})

describe('what reads as a question', () => {
  it.each([
    ["when's the notice deadline for adatum", true],
    ['whens the notice deadline for adatum', true],
    ['hey, who owns contoso', true],
    ['ok so is INC-7 resolved', true],
    ['days until the contoso contract ends', true],
    ['how many contracts renew in q1', true],
    ['can you tell me who owns datos', true],
    ['can we still cancel proseware', true],
    ['do you know when datos ends', true],
    ['i would like to know the notice period for trey', true],
    ['coho sla numbers?', true],
    ['INC-0009 closed yet', true],
    ['tailspin questionnaire done yet', true],
    ['do not resolve INC-0009 yet', false],
    ["log a P1 for coho, they haven't responded yet", false],
    ['please mark INC-0009 resolved yet', false],
    ['can you log a P1 for coho?', false],
    ['please log a P2 for coho?', false],
    ['we renewed proseware until 2028-04-30', false],
    ['log a p1 for coho: restores failing', false],
  ] as const)('%s → %s', (line, question) => {
    expect(isQuestion(line, wordsOf(line))).toBe(question)
  })
})

function report(score: AnswerScore): string {
  return score.failures
    .map((f) => `${f.wrongWrite ? 'WRONG WRITE ' : ''}"${f.text}": wanted ${f.expected}, got ${f.got}`)
    .join('\n')
}

describe('the sets used for tuning, by what Tickler answered', () => {
  it('job set 1: at least 97% right and no wrong write', async () => {
    const score = await scoreAnswers(JOB_HELD_OUT_SET, tickler, store, USER)
    expect(score.wrongWrites, report(score)).toBe(0)
    expect(score.accuracy, report(score)).toBeGreaterThanOrEqual(0.97)
  })

  it('the development set: at least 60 lines over the four roles, 97% right and no wrong write', async () => {
    expect(DEV_SET.length).toBeGreaterThanOrEqual(60)
    expect(new Set(DEV_SET.map((c) => c.role))).toEqual(new Set(['contracts', 'vendor', 'support', 'risk']))
    const earlier = new Set(JOB_HELD_OUT_SET.map((c) => c.text.toLowerCase()))
    for (const c of DEV_SET) expect(earlier.has(c.text.toLowerCase()), c.text).toBe(false)
    const score = await scoreAnswers(DEV_SET, tickler, store, USER)
    expect(score.wrongWrites, report(score)).toBe(0)
    expect(score.accuracy, report(score)).toBeGreaterThanOrEqual(0.97)
  })
})
