// Reads newline-terminated lines from a byte range of a file in fixed-size chunks: a 100 MB
// journal never becomes one 100 MB string, the event loop gets a turn between chunks, and a line
// (an import of 60,000 records) may span many chunks. Bytes after the last newline are reported,
// not returned: a line another process is still writing, or the torn tail of an interrupted write.
import type { FileHandle } from 'node:fs/promises'

/** Each chunk's lines are parsed and applied synchronously; 256 KiB keeps that to a few ms. */
const CHUNK = 1 << 18

export interface ScanResult {
  /** Offset just past the last complete line. */
  end: number
  /** Complete lines read. */
  lines: number
  /** Bytes after the last complete line (0 when the range ends in a newline). */
  tail: number
}

export async function scanLines(
  handle: FileHandle,
  from: number,
  to: number,
  /** Receives each line without its newline, and the offset just past that newline. */
  onLine: (text: string, end: number) => void,
): Promise<ScanResult> {
  const chunk = Buffer.allocUnsafe(Math.min(CHUNK, Math.max(to - from, 1)))
  let position = from
  let end = from
  let lines = 0
  let pending: Buffer[] = []
  while (position < to) {
    const { bytesRead } = await handle.read(chunk, 0, Math.min(chunk.length, to - position), position)
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
      onLine(text, position + newline + 1)
      end = position + newline + 1
      lines++
      start = newline + 1
    }
    // Copy: `chunk` is reused for the next read.
    if (start < bytesRead) pending.push(Buffer.from(chunk.subarray(start, bytesRead)))
    position += bytesRead
  }
  return { end, lines, tail: position - end }
}
