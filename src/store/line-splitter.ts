// The line-splitting core both journal scanners share (line-scanner.ts reads asynchronously,
// line-scanner-sync.ts synchronously): a line may span many chunks, so its earlier pieces wait
// in `pending` until its newline arrives.

/** Each chunk's lines are parsed and applied synchronously; 256 KiB keeps that to a few ms. */
const CHUNK = 1 << 18

/** The reusable read buffer for scanning [from, to): one chunk, or less for a short range. */
export function chunkFor(from: number, to: number): Buffer {
  return Buffer.allocUnsafe(Math.min(CHUNK, Math.max(to - from, 1)))
}

export class LineSplitter {
  private pending: Buffer[] = []

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
      if (this.pending.length > 0) {
        this.pending.push(chunk.subarray(start, newline))
        text = Buffer.concat(this.pending).toString('utf8')
        this.pending = []
      } else {
        text = chunk.toString('utf8', start, newline)
      }
      onLine(text, position + newline + 1)
      start = newline + 1
    }
    // Copy: the caller reuses `chunk` for its next read.
    if (start < bytesRead) this.pending.push(Buffer.from(chunk.subarray(start, bytesRead)))
  }
}
