// Issue 22: zero wrong writes as a structural rule. Every line of every job and development set
// used for tuning whose right answer is not a write (a read, a fact, "unknown", "unsure" or a
// request for what is missing) must never be proposed as a write and never change the store,
// whatever else Tickler makes of it: a miss there is allowed, a proposal is not. Through the real
// dispatcher on the demo register. Held-out sets join it once they have been scored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { allCommands } from '../../src/app/command-table.ts'
import type { Tickler } from '../../src/app/open-tickler.ts'
import type { MemoryStore } from '../support/memory-store.ts'
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

const SETS: JobCase[][] = [
  JOB_HELD_OUT_SET,
  JOB_HELD_OUT_SET_2,
  JOB_HELD_OUT_SET_3,
  JOB_HELD_OUT_SET_4,
  JOB_HELD_OUT_SET_5,
  JOB_HELD_OUT_SET_6,
  JOB_HELD_OUT_SET_7,
  JOB_HELD_OUT_SET_8,
  JOB_HELD_OUT_SET_9,
  JOB_HELD_OUT_SET_10,
  JOB_HELD_OUT_SET_11,
  JOB_HELD_OUT_SET_12,
  JOB_HELD_OUT_SET_13,
  JOB_HELD_OUT_SET_14,
  JOB_HELD_OUT_SET_15,
  JOB_HELD_OUT_SET_16,
  DEV_SET,
  DEV_SET_2,
  DEV_SET_3,
  DEV_SET_4,
  DEV_SET_5,
  DEV_SET_6,
  DEV_SET_7,
  DEV_SET_8,
  DEV_SET_9,
  DEV_SET_10,
  DEV_SET_11,
]

/** Names of the commands that change the store, longest first ("risk done" before "risk"). */
const WRITES = allCommands
  .filter((c) => c.writes)
  .map((c) => c.name)
  .sort((a, b) => b.length - a.length)

function expectsWrite(c: JobCase): boolean {
  const e = c.expect
  return typeof e === 'string' && WRITES.some((name) => e === name || e.startsWith(`${name} `))
}

const NOT_WRITES = [
  ...new Map(
    SETS.flat()
      .filter((c) => !expectsWrite(c))
      .map((c) => [c.text, c]),
  ).keys(),
]

let tickler: Tickler
let store: MemoryStore

beforeAll(async () => {
  ;({ tickler, store } = await demoTickler())
})

afterAll(async () => {
  await tickler.close()
})

describe('a line whose answer is not a write is never proposed as one', () => {
  it('covers the sets: hundreds of reads, facts and refusals', () => {
    expect(NOT_WRITES.length).toBeGreaterThan(1000)
  })

  it.each(NOT_WRITES)('%s', async (text) => {
    const before = store.revision
    const reply = await tickler.run({ text, user: USER, platform: 'terminal' })
    expect(reply.confirm).toBeUndefined()
    expect(reply.actions?.some((a) => a.label === 'Confirm') ?? false).toBe(false)
    expect(store.revision).toBe(before)
  })
})
