// The phrasing set and the held-out set through the real recogniser on the demo register. The
// suite fails below 95% on the phrasing set, or on any wrong write in either set (a wrong write
// fails even though it would only be proposed).

import { Temporal } from 'temporal-polyfill'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Tickler } from '../../src/app/open-tickler.ts'
import { CUES } from '../../src/language/cues.ts'
import type { Scene } from '../../src/language/entities.ts'
import { evaluateLanguage, type LanguageScore } from './evaluate.ts'
import { demoTickler, NOW, USER, ZONE } from './fixture.ts'
import { HELD_OUT_SET } from './held-out-set.ts'
import { JOB_HELD_OUT_SET } from './job-held-out-set.ts'
import { JOB_HELD_OUT_SET_2 } from './job-held-out-set-2.ts'
import { PHRASING_SET } from './phrasing-set.ts'

let tickler: Tickler
let scene: Scene

beforeAll(async () => {
  ;({ tickler } = await demoTickler())
  scene = { view: tickler.context.store, now: Temporal.Instant.from(NOW), zone: ZONE, user: USER }
})

function report(score: LanguageScore): string {
  return score.failures
    .map((f) => `${f.wrongWrite ? 'WRONG WRITE ' : ''}"${f.text}": wanted ${f.expected}, got ${f.got}`)
    .join('\n')
}

const norm = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()

describe('phrasing set', () => {
  it('has at least 150 phrasings and covers every command the recogniser can build', () => {
    expect(PHRASING_SET.length).toBeGreaterThanOrEqual(150)
    const expected = PHRASING_SET.map((c) => (typeof c.expect === 'string' ? c.expect : c.expect.incomplete))
    for (const name of Object.keys(CUES)) {
      expect(
        expected.some((e) => e === name || e.startsWith(`${name} `)),
        `no phrasing for ${name}`,
      ).toBe(true)
    }
    expect(expected).toContain('unknown')
  })

  it('maps at least 95% to the exact command, with no wrong write', () => {
    const score = evaluateLanguage(PHRASING_SET, tickler.context.commands, scene)
    expect(score.wrongWrites, report(score)).toBe(0)
    expect(score.accuracy, report(score)).toBeGreaterThanOrEqual(0.95)
  })
})

describe('held-out set', () => {
  it('was not used to build the recogniser: no held-out line (any set) is a declared phrasing or a cue', () => {
    const taught = new Set<string>()
    for (const c of tickler.context.commands) for (const p of c.phrasings ?? []) taught.add(norm(p))
    for (const cue of Object.values(CUES)) for (const term of Object.keys(cue.cues)) taught.add(norm(term))
    for (const c of [...HELD_OUT_SET, ...JOB_HELD_OUT_SET, ...JOB_HELD_OUT_SET_2])
      expect(taught.has(norm(c.text)), c.text).toBe(false)
    const tuned = new Set(PHRASING_SET.map((c) => norm(c.text)))
    for (const c of [...HELD_OUT_SET, ...JOB_HELD_OUT_SET, ...JOB_HELD_OUT_SET_2])
      expect(tuned.has(norm(c.text)), c.text).toBe(false)
  })

  it('generalises: at least 80% right and never a wrong write', () => {
    const score = evaluateLanguage(HELD_OUT_SET, tickler.context.commands, scene)
    expect(score.wrongWrites, report(score)).toBe(0)
    expect(score.accuracy, report(score)).toBeGreaterThanOrEqual(0.8)
  })
})
