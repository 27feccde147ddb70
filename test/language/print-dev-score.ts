// Prints an issue-22 development set's score and every miss, for tuning:
// `node bin/run-ts.mjs test/language/print-dev-score.ts [--set 2..11]` (default: the first dev set).

import { scoreAnswers } from './answer-score.ts'
import { DEV_SET } from './dev-set.ts'
import { DEV_SET_2 } from './dev-set-2.ts'
import { DEV_SET_3 } from './dev-set-3.ts'
import { DEV_SET_4 } from './dev-set-4.ts'
import { DEV_SET_5 } from './dev-set-5.ts'
import { DEV_SET_6 } from './dev-set-6.ts'
import { DEV_SET_7 } from './dev-set-7.ts'
import { DEV_SET_8 } from './dev-set-8.ts'
import { DEV_SET_9 } from './dev-set-9.ts'
import { DEV_SET_10 } from './dev-set-10.ts'
import { DEV_SET_11 } from './dev-set-11.ts'
import { demoTickler, USER } from './fixture.ts'
import type { JobCase } from './job-held-out-set.ts'

const SETS: Record<string, { name: string; cases: JobCase[] }> = {
  '1': { name: 'dev set', cases: DEV_SET },
  '2': { name: 'dev set 2', cases: DEV_SET_2 },
  '3': { name: 'dev set 3', cases: DEV_SET_3 },
  '4': { name: 'dev set 4', cases: DEV_SET_4 },
  '5': { name: 'dev set 5', cases: DEV_SET_5 },
  '6': { name: 'dev set 6', cases: DEV_SET_6 },
  '7': { name: 'dev set 7', cases: DEV_SET_7 },
  '8': { name: 'dev set 8', cases: DEV_SET_8 },
  '9': { name: 'dev set 9', cases: DEV_SET_9 },
  '10': { name: 'dev set 10', cases: DEV_SET_10 },
  '11': { name: 'dev set 11', cases: DEV_SET_11 },
}

const flag = process.argv.indexOf('--set')
const key = flag === -1 ? '1' : (process.argv[flag + 1] ?? '')
const chosen = SETS[key]
if (!chosen) {
  console.error(`--set takes ${Object.keys(SETS).join(' or ')}, for example: --set 2`)
  process.exit(1)
}

const { tickler, store } = await demoTickler()
const score = await scoreAnswers(chosen.cases, tickler, store, USER)
await tickler.close()
for (const f of score.failures)
  console.log(
    `${f.wrongWrite ? 'WRONG WRITE ' : ''}"${f.text}"\n    wanted ${f.expected}\n    got    ${f.got}`,
  )
console.log(
  `${chosen.name}: ${score.correct}/${score.total} right (${(score.accuracy * 100).toFixed(1)}%), ${score.wrongWrites} wrong writes`,
)
