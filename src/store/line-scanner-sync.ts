// The synchronous twin of line-scanner.ts, for reads the Store interface makes synchronous (the
// audit trail, read back from the journal when asked): the same chunking, so a 100 MB journal is
// never one string.
import { readSync } from 'node:fs'
import { chunkFor, LineSplitter } from './line-splitter.ts'

/**
 * Calls `onLine` with each complete line in [from, to) and the offset where it starts. Returns the
 * offset just past the last complete line (`to` when the range ends in a newline).
 */
export function scanLinesSync(
  fd: number,
  from: number,
  to: number,
  onLine: (text: string, start: number) => void,
): number {
  const chunk = chunkFor(from, to)
  const splitter = new LineSplitter()
  let position = from
  let lineStart = from
  while (position < to) {
    const bytesRead = readSync(fd, chunk, 0, Math.min(chunk.length, to - position), position)
    if (bytesRead === 0) break
    splitter.feed(chunk, bytesRead, position, (text, end) => {
      onLine(text, lineStart)
      lineStart = end
    })
    position += bytesRead
  }
  return lineStart
}

/** Exactly `length` bytes at `start`. */
export function readRange(fd: number, start: number, length: number): Buffer {
  const buffer = Buffer.allocUnsafe(length)
  let done = 0
  while (done < length) {
    const n = readSync(fd, buffer, done, length - done, start + done)
    if (n === 0) throw new Error(`the journal ended at byte ${start + done}, before a line it had`)
    done += n
  }
  return buffer
}
