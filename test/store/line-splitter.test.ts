// The journal's line splitting: lines of any length, spanning any number of chunks, with
// multi-byte characters cut at a chunk boundary, come out whole with the offset past each.
import { describe, expect, it } from 'vitest'
import { LineSplitter } from '../../src/store/line-splitter.ts'

/** Splits `bytes` fed in chunks of the given sizes (cycled), through one reused read buffer. */
function split(bytes: Buffer, sizes: number[]): [string, number][] {
  const splitter = new LineSplitter()
  const chunk = Buffer.alloc(Math.max(...sizes))
  const lines: [string, number][] = []
  let position = 0
  for (let i = 0; position < bytes.length; i++) {
    const n = Math.min(sizes[i % sizes.length]!, bytes.length - position)
    // Stale bytes past `n` from the previous read must be ignored.
    chunk.fill(10)
    bytes.copy(chunk, 0, position, position + n)
    splitter.feed(chunk, n, position, (text, end) => lines.push([text, end]))
    position += n
  }
  return lines
}

function expected(text: string): [string, number][] {
  const out: [string, number][] = []
  let end = 0
  for (const line of text.split('\n').slice(0, -1)) {
    end += Buffer.byteLength(line) + 1
    out.push([line, end])
  }
  return out
}

describe('LineSplitter', () => {
  const long = `{"name":"${'Ünïcödé €uro 🎉 '.repeat(4000)}"}`
  const text = `short\n${long}\n\n${'x'.repeat(70_000)}\n€\n${long}${long}\nend\n`
  const bytes = Buffer.from(text)

  for (const sizes of [[1 << 18], [7], [1000, 3, 65_536], [1, 2, 3, 5, 8, 13]]) {
    it(`returns every line whole, fed in chunks of ${sizes.join(', ')} bytes`, () => {
      expect(split(bytes, sizes)).toEqual(expected(text))
    })
  }

  it('holds back an incomplete last line', () => {
    const lines = split(Buffer.from(`a\n${long}`), [4096])
    expect(lines).toEqual([['a', 2]])
  })
})
