// Prints the issue-22 development set's score and every miss, for tuning:
// `node bin/run-ts.mjs test/language/print-dev-score.ts`.
import { scoreAnswers } from './answer-score.ts'
import { DEV_SET } from './dev-set.ts'
import { demoTickler, USER } from './fixture.ts'

const { tickler, store } = await demoTickler()
const score = await scoreAnswers(DEV_SET, tickler, store, USER)
await tickler.close()
for (const f of score.failures)
  console.log(
    `${f.wrongWrite ? 'WRONG WRITE ' : ''}"${f.text}"\n    wanted ${f.expected}\n    got    ${f.got}`,
  )
console.log(
  `dev set: ${score.correct}/${score.total} right (${(score.accuracy * 100).toFixed(1)}%), ${score.wrongWrites} wrong writes`,
)
