// Prints the phrasing set's score and every miss, for tuning (the held-out sets are never used for
// that): `node bin/run-ts.mjs test/language/print-phrasing-score.ts`.
import { measureLanguage } from './measure.ts'

const { phrasings } = await measureLanguage()
for (const f of phrasings.failures)
  console.log(
    `${f.wrongWrite ? 'WRONG WRITE ' : ''}"${f.text}"\n    wanted ${f.expected}\n    got    ${f.got}`,
  )
console.log(
  `phrasing set: ${phrasings.correct}/${phrasings.total} (${(phrasings.accuracy * 100).toFixed(1)}%), ${phrasings.wrongWrites} wrong writes`,
)
