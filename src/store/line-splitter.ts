// The line-splitting core both journal scanners share (line-scanner.ts reads asynchronously,
// line-scanner-sync.ts synchronously): a line may span many chunks, so its earlier pieces wait
// in `pending` until its newline arrives.
import { isAscii } from 'node:buffer'

/** Each chunk's lines are parsed and applied synchronously; 256 KiB keeps that to a few ms. */
const CHUNK = 1 << 18

/** The reusable read buffer for scanning [from, to): one chunk, or less for a short range. */
export function chunkFor(from: number, to: number): Buffer {
  return Buffer.allocUnsafe(Math.min(CHUNK, Math.max(to - from, 1)))
}

export class LineSplitter {
  /**
   * The start of the line being read, copied out of earlier chunks into one buffer that grows by
   * doubling: a line spanning many chunks (an import's) is copied once and decoded once. A list of
   * copied pieces joined by Buffer.concat copied it twice, about 40% of splitting a 35 MB journal.
   */
  private pending = Buffer.alloc(0)
  private pendingLength = 0

  /**
   * Takes the first `bytesRead` bytes of `chunk`, read at file offset `position`, and calls
   * `onLine` with each line they complete (without its newline) and the offset just past it.
   */
  feed(
    chunk: Buffer,
    bytesRead: number,
    position: number,
    onLine: (text: string, end: number) => void,
  ): void {
    let start = 0
    for (;;) {
      const newline = chunk.indexOf(10, start)
      if (newline === -1 || newline >= bytesRead) break
      let text: string
      if (this.pendingLength > 0) {
        this.keep(chunk, start, newline)
        text = decode(this.pending, 0, this.pendingLength)
        this.pendingLength = 0
      } else {
        text = decode(chunk, start, newline)
      }
      onLine(text, position + newline + 1)
      start = newline + 1
    }
    // Copy: the caller reuses `chunk` for its next read.
    if (start < bytesRead) this.keep(chunk, start, bytesRead)
  }

  private keep(chunk: Buffer, from: number, to: number): void {
    const needed = this.pendingLength + (to - from)
    if (needed > this.pending.length) {
      const grown = Buffer.allocUnsafe(Math.max(needed, this.pending.length * 2))
      this.pending.copy(grown, 0, 0, this.pendingLength)
      this.pending = grown
    }
    chunk.copy(this.pending, this.pendingLength, from, to)
    this.pendingLength = needed
  }
}

/**
 * UTF-8 text of bytes [start, end). A line of ASCII only (most are) is the same text read as
 * Latin-1, which is a plain copy: decoding and parsing a 35 MB journal took about a quarter less
 * CPU than through the UTF-8 decoder, which checks every byte.
 */
function decode(bytes: Buffer, start: number, end: number): string {
  return isAscii(bytes.subarray(start, end))
    ? bytes.toString('latin1', start, end)
    : bytes.toString('utf8', start, end)
}
