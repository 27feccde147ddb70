// Reads newline-terminated lines from a byte range of a file in fixed-size chunks: a 100 MB
// journal never becomes one 100 MB string, the event loop gets a turn between chunks, and a line
// (an import of 60,000 records) may span many chunks. Bytes after the last newline are reported,
// not returned: a line another process is still writing, or the torn tail of an interrupted write.
import type { FileHandle } from 'node:fs/promises'
import { chunkFor, LineSplitter } from './line-splitter.ts'

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
  const chunk = chunkFor(from, to)
  const splitter = new LineSplitter()
  let position = from
  let end = from
  let lines = 0
  while (position < to) {
    const { bytesRead } = await handle.read(chunk, 0, Math.min(chunk.length, to - position), position)
    if (bytesRead === 0) break
    splitter.feed(chunk, bytesRead, position, (text, lineEnd) => {
      onLine(text, lineEnd)
      end = lineEnd
      lines++
    })
    position += bytesRead
  }
  return { end, lines, tail: position - end }
}
