import { describe, expect, it } from 'vitest'
import { boundedMemo } from '../../src/domain/bounded-memo.ts'

describe('boundedMemo', () => {
  it('computes each key once, and starts again from empty past its limit', () => {
    const memo = boundedMemo<number>(2)
    let calls = 0
    const square = (n: number) =>
      memo.get(String(n), () => {
        calls++
        return n * n
      })
    expect([square(3), square(3), square(4), square(4)]).toEqual([9, 9, 16, 16])
    expect(calls).toBe(2)
    expect(square(5)).toBe(25)
    expect(calls).toBe(3)
    expect(square(3)).toBe(9)
    expect(calls).toBe(4)
    expect(square(5)).toBe(25)
    expect(calls).toBe(4)
  })

  it('keeps falsy values such as 0 instead of computing them again', () => {
    const memo = boundedMemo<number>(10)
    let calls = 0
    for (let i = 0; i < 3; i++) {
      memo.get('jpy', () => {
        calls++
        return 0
      })
    }
    expect(calls).toBe(1)
  })
})
