// Prints a job held-out score and every miss:
// `node bin/run-ts.mjs test/language/print-job-score.ts [--set 2..16]` (default: the first set).
import { JOB_HELD_OUT_SET, type JobCase } from './job-held-out-set.ts'
import { JOB_HELD_OUT_SET_2 } from './job-held-out-set-2.ts'
import { JOB_HELD_OUT_SET_3 } from './job-held-out-set-3.ts'
import { JOB_HELD_OUT_SET_4 } from './job-held-out-set-4.ts'
import { JOB_HELD_OUT_SET_5 } from './job-held-out-set-5.ts'
import { JOB_HELD_OUT_SET_6 } from './job-held-out-set-6.ts'
import { JOB_HELD_OUT_SET_7 } from './job-held-out-set-7.ts'
import { JOB_HELD_OUT_SET_8 } from './job-held-out-set-8.ts'
import { JOB_HELD_OUT_SET_9 } from './job-held-out-set-9.ts'
import { JOB_HELD_OUT_SET_10 } from './job-held-out-set-10.ts'
import { JOB_HELD_OUT_SET_11 } from './job-held-out-set-11.ts'
import { JOB_HELD_OUT_SET_12 } from './job-held-out-set-12.ts'
import { JOB_HELD_OUT_SET_13 } from './job-held-out-set-13.ts'
import { JOB_HELD_OUT_SET_14 } from './job-held-out-set-14.ts'
import { JOB_HELD_OUT_SET_15 } from './job-held-out-set-15.ts'
import { JOB_HELD_OUT_SET_16 } from './job-held-out-set-16.ts'
import { measureJobAnswers } from './measure.ts'

const SETS: Record<string, { name: string; cases: JobCase[] }> = {
  '1': { name: 'job held-out set', cases: JOB_HELD_OUT_SET },
  '2': { name: 'job held-out set 2', cases: JOB_HELD_OUT_SET_2 },
  '3': { name: 'job held-out set 3', cases: JOB_HELD_OUT_SET_3 },
  '4': { name: 'job held-out set 4', cases: JOB_HELD_OUT_SET_4 },
  '5': { name: 'job held-out set 5', cases: JOB_HELD_OUT_SET_5 },
  '6': { name: 'job held-out set 6', cases: JOB_HELD_OUT_SET_6 },
  '7': { name: 'job held-out set 7', cases: JOB_HELD_OUT_SET_7 },
  '8': { name: 'job held-out set 8', cases: JOB_HELD_OUT_SET_8 },
  '9': { name: 'job held-out set 9', cases: JOB_HELD_OUT_SET_9 },
  '10': { name: 'job held-out set 10', cases: JOB_HELD_OUT_SET_10 },
  '11': { name: 'job held-out set 11', cases: JOB_HELD_OUT_SET_11 },
  '12': { name: 'job held-out set 12', cases: JOB_HELD_OUT_SET_12 },
  '13': { name: 'job held-out set 13', cases: JOB_HELD_OUT_SET_13 },
  '14': { name: 'job held-out set 14', cases: JOB_HELD_OUT_SET_14 },
  '15': { name: 'job held-out set 15', cases: JOB_HELD_OUT_SET_15 },
  '16': { name: 'job held-out set 16', cases: JOB_HELD_OUT_SET_16 },
}

const flag = process.argv.indexOf('--set')
const key = flag === -1 ? '1' : (process.argv[flag + 1] ?? '')
const chosen = SETS[key]
if (!chosen) {
  console.error(`--set takes ${Object.keys(SETS).join(', ')}, for example: --set 3`)
  process.exit(1)
}

const score = await measureJobAnswers(chosen.cases)
for (const f of score.failures)
  console.log(
    `${f.wrongWrite ? 'WRONG WRITE ' : ''}"${f.text}"\n    wanted ${f.expected}\n    got    ${f.got}`,
  )
console.log(
  `${chosen.name}: ${score.correct}/${score.total} right (${(score.accuracy * 100).toFixed(1)}%), ${score.wrongWrites} wrong writes`,
)
