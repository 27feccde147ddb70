// Repeated text in the register held once after start-up (shared-strings.ts): records read the
// same before and after, and the heap gives back the copies JSON.parse made, references included.
import { describe, expect, it } from 'vitest'
import { shareStrings } from '../../src/store/shared-strings.ts'
import { heapAfterGc } from '../support/heap.ts'

function finish(sharing: Generator<void, void>): number {
  let yields = 0
  while (!sharing.next().done) yields++
  return yields
}

/** A register as JSON.parse leaves it: every value its own string. */
function parsedRegister(vendors: number) {
  const vendorRecords = Array.from({ length: vendors }, (_, i) => ({
    id: `vendor-${String(i).padStart(12, '0')}`,
    name: `Vendor ${i}`,
    aliases: ['the usual supplier'],
  }))
  const checks = vendorRecords.flatMap((v, i) =>
    ['soc2', 'questionnaire'].map((kind, k) => ({
      id: `rc-${i}-${k}`,
      vendorId: v.id,
      kind,
      evidence: 'report on file',
      notes: `${'A long note that nobody else wrote, '.repeat(3)}${i}`,
      history: [{ by: 'U123', result: 'pass' }],
    })),
  )
  const parse = <T>(records: T[]): Map<string, T> =>
    new Map((JSON.parse(JSON.stringify(records)) as T[]).map((r) => [(r as { id: string }).id, r]))
  return { vendors: parse(vendorRecords), riskChecks: parse(checks) }
}

const recordsOf = (register: ReturnType<typeof parsedRegister>) => [
  [...register.vendors.values()],
  [...register.riskChecks.values()],
]

describe('sharing the register strings', () => {
  it('leaves every record reading exactly as before, and yields every `step` records', () => {
    const register = parsedRegister(1000)
    const before = structuredClone(recordsOf(register))
    const yields = finish(shareStrings(register, 500))
    expect(yields).toBe(6) // 3,000 records
    expect(recordsOf(register)).toEqual(before)
  })

  it('gives back the copies: 40,000 checks hold their vendor\'s id, one "report on file" and one of each kind', async () => {
    const register = parsedRegister(20_000)
    const before = await heapAfterGc()
    finish(shareStrings(register))
    const freed = (before - (await heapAfterGc())) / 40_000
    // About 108 bytes a check: its vendorId now its vendor's own id (40), "report on file" (32),
    // half a "questionnaire" (16) and half its vendor's alias (20). JSON.parse shares some short
    // values itself ("soc2", "U123"). Long notes keep theirs; names, all different, stop being pooled.
    expect(freed).toBeGreaterThan(80)
    expect(register.riskChecks.get('rc-7-1')).toMatchObject({
      vendorId: 'vendor-000000000007',
      evidence: 'report on file',
    })
  })
})
