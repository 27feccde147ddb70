// The synchronous twin of line-scanner.ts, for reads the Store interface makes synchronous (the
// audit trail, read back from the journal when asked): the same chunking, so a 100 MB journal is
// never one string.
import { readSync } from 'node:fs'

const CHUNK = 1 << 18

/** Calls `onLine` with each complete line in [from, to) and the offset where it starts. */
export function scanLinesSync(
  fd: number,
  from: number,
  to: number,
  onLine: (text: string, start: number) => void,
): void {
  const chunk = Buffer.allocUnsafe(Math.min(CHUNK, Math.max(to - from, 1)))
  let position = from
  let lineStart = from
  let pending: Buffer[] = []
  while (position < to) {
    const bytesRead = readSync(fd, chunk, 0, Math.min(chunk.length, to - position), position)
    if (bytesRead === 0) break
    let start = 0
    for (;;) {
      const newline = chunk.indexOf(10, start)
      if (newline === -1 || newline >= bytesRead) break
      let text: string
      if (pending.length > 0) {
        pending.push(chunk.subarray(start, newline))
        text = Buffer.concat(pending).toString('utf8')
        pending = []
      } else {
        text = chunk.toString('utf8', start, newline)
      }
      onLine(text, lineStart)
      lineStart = position + newline + 1
      start = newline + 1
    }
    if (start < bytesRead) pending.push(Buffer.from(chunk.subarray(start, bytesRead)))
    position += bytesRead
  }
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
