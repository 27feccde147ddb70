// inTurns runs a generator's steps with the event loop free between them, and hands back what it
// returns: the snapshot writer's audit index and the warm-up's string sharing depend on both.
import { describe, expect, it } from 'vitest'
import { inTurns } from '../../src/store/in-turns.ts'
import { turnsDuring } from '../support/turns.ts'

function* counted(steps: number, done: number[]): Generator<void, string> {
  for (let i = 0; i < steps; i++) {
    done.push(i)
    yield
  }
  return `${steps} steps`
}

describe('inTurns', () => {
  it('runs every step, lets other work in between, and resolves to the return value', async () => {
    const done: number[] = []
    let result = ''
    const turns = await turnsDuring(async () => {
      result = await inTurns(counted(5, done))
    })
    expect(done).toEqual([0, 1, 2, 3, 4])
    expect(result).toBe('5 steps')
    expect(turns).toBeGreaterThanOrEqual(5)
  })

  it('takes no turn for work with no step', async () => {
    expect(
      await turnsDuring(async () => expect(await inTurns(counted(0, []))).toBe('0 steps')),
    ).toBeLessThanOrEqual(1)
  })
})
