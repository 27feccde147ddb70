// Prints the job held-out score and every miss: `node bin/run-ts.mjs test/language/print-job-score.ts`.
import { measureJobAnswers } from './measure.ts'

const score = await measureJobAnswers()
for (const f of score.failures)
  console.log(
    `${f.wrongWrite ? 'WRONG WRITE ' : ''}"${f.text}"\n    wanted ${f.expected}\n    got    ${f.got}`,
  )
console.log(
  `job held-out set: ${score.correct}/${score.total} right (${(score.accuracy * 100).toFixed(1)}%), ${score.wrongWrites} wrong writes`,
)
