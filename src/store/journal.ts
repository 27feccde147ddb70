// The journal files of one data folder: journal-YYYY-MM.jsonl segments, read on from where the
// last read stopped (so other processes' commits are picked up cheaply) and appended to with
// fdatasync. Knows bytes and lines, not records: each complete line goes to the caller's onLine.
import { fstatSync } from 'node:fs'
import path from 'node:path'
import type { Logger } from 'pino'
import { StoreLoadError } from '../errors/errors.ts'
import type { LinePlace } from './audit-trail.ts'
import type { SegmentExtent } from './journal-lines.ts'
import { scanLines } from './line-scanner.ts'
import type { StoreFs } from './store-fs.ts'
import { syncDir } from './store-fs.ts'

const SEGMENT = /^journal-(\d{4}-\d{2})\.jsonl$/

type Handle = Awaited<ReturnType<StoreFs['open']>>

interface Segment {
  name: string
  month: string
  /** Offset just past the last complete line read or written (ours or another process's). */
  end: number
  lines: number
}

const segmentNames = (names: string[]): string[] => names.filter((n) => SEGMENT.test(n)).sort()

/** Called for each new complete line, in commit order; throwing stops the read at that line. */
export type OnLine = (text: string, file: string, line: number, place: LinePlace) => void

/** A second added to the mtime of the segment before a new one: see `append`. */
const BUMP_S = 1

export class Journal {
  private segments: Segment[] = []
  private reader: { name: string; handle: Handle } | undefined
  private writer: { name: string; handle: Handle } | undefined
  /**
   * Set when a failed append may have left its line in the file (fsync and the undoing truncate
   * both failed). Reads stop at `end` until the next commit cuts the line off under the lock.
   */
  private pendingCut: { segment: Segment; end: number; length: number } | undefined
  /** Bytes after the last complete line of the last segment, as of the latest read. */
  tail = 0
  /** Size and mtime of the last segment when it was last read or written to its end. */
  private seen: { name: string; size: number; mtimeNs: bigint } | undefined

  constructor(
    private readonly dir: string,
    private readonly fs: StoreFs,
    private readonly log: Logger,
  ) {}

  get files(): string[] {
    return this.segments.map((s) => s.name)
  }

  /** Each segment and how far it has been read or written: what the audit trail may read back. */
  extent(): readonly SegmentExtent[] {
    return this.segments
  }

  /**
   * True when nothing can have been committed since the last read: one fstat of the last segment
   * (no readdir), so a read after another process's write is still exact at a fraction of the
   * cost. An append grows the size; a new segment bumps its predecessor's mtime before its first
   * line is acknowledged (see `append`). Anything unusual (a tail, a pending cut) says false.
   * This fstat goes through the thread pool: requests queued behind one another on the store
   * each wait for it, so each runs its command in its own event-loop turn. With only synchronous
   * checks, 1000 requests arriving together ran all their commands in one task that held the loop
   * (and every timer and socket) for over 300 ms. A lone request uses `unchangedNow`.
   */
  async unchanged(): Promise<boolean> {
    const reader = this.checkable()
    return reader !== undefined && this.matches(await reader.stat({ bigint: true }))
  }

  /**
   * `unchanged`, with the fstat done on this thread: a few microseconds, where a thread-pool round
   * trip costs a thread wake-up and, on a busy machine, the main thread's time slice. Only for
   * callers that know no other request is waiting behind this one (see above).
   */
  unchangedNow(): boolean {
    const reader = this.checkable()
    return reader !== undefined && this.matches(fstatSync(reader.fd, { bigint: true }))
  }

  /** The open last segment, when its size and mtime can tell whether anything was committed. */
  private checkable(): Handle | undefined {
    const last = this.segments.at(-1)
    const seen = this.seen
    if (!last || !seen || this.pendingCut || this.tail > 0 || seen.name !== last.name) return undefined
    return this.reader?.name === last.name ? this.reader.handle : undefined
  }

  private matches(stat: { size: bigint; mtimeNs: bigint }): boolean {
    const last = this.segments.at(-1)!
    const seen = this.seen!
    return Number(stat.size) === last.end && seen.size === last.end && stat.mtimeNs === seen.mtimeNs
  }

  /**
   * Starts reading after a snapshot's extent instead of at the start: before any read. The bytes
   * before `end` are known to be the validated lines the snapshot was taken from.
   */
  resume(extents: readonly { name: string; end: number; lines: number }[]): void {
    if (this.segments.length > 0) throw new Error('a journal resumes only before its first read')
    this.segments = extents.map((e) => ({
      name: e.name,
      month: SEGMENT.exec(e.name)![1]!,
      end: e.end,
      lines: e.lines,
    }))
  }

  async list(): Promise<string[]> {
    return segmentNames(await this.fs.readdir(this.dir))
  }

  /** `list` on this thread: for a commit under the lock, where the round trip was on every write. */
  listNow(): string[] {
    return segmentNames(this.fs.readdirSync(this.dir))
  }

  /**
   * Reads the lines appended since the last read. `names` is a fresh listing; without one only the
   * known segments are read on (new ones are then found under the lock). Under the lock an
   * incomplete last line can only be a torn write by a dead process: it is cut off so the next
   * append starts on a line boundary. Without the lock it may be a line still being written, and
   * is left alone.
   */
  async readNew(names: string[] | undefined, locked: boolean, onLine: OnLine): Promise<void> {
    const known = this.files
    names ??= known
    for (let i = 0; i < known.length; i++) {
      if (names[i] !== known[i]) {
        throw new StoreLoadError(`journal file ${known[i]} disappeared from ${this.dir}`, known[i]!)
      }
    }
    for (const name of names.slice(known.length)) {
      this.segments.push({ name, month: SEGMENT.exec(name)![1]!, end: 0, lines: 0 })
    }
    if (locked && this.pendingCut) await this.cutPending()
    for (let i = Math.max(0, known.length - 1); i < this.segments.length; i++) {
      const segment = this.segments[i]!
      const isLast = i === this.segments.length - 1
      const handle = await this.readHandle(segment.name)
      const cut = this.pendingCut?.segment === segment ? this.pendingCut.end : Number.POSITIVE_INFINITY
      // On this thread: under the lock it is on every write's path, and a thread-pool round trip
      // costs far more than the fstat.
      const stat = fstatSync(handle.fd, { bigint: true })
      const size = Math.min(Number(stat.size), cut)
      if (size < segment.end) {
        throw new StoreLoadError(`${segment.name} shrank below what was already read`, segment.name)
      }
      const result = await scanLines(handle, segment.end, size, (text, end) => {
        onLine(text, segment.name, segment.lines + 1, {
          segment: i,
          start: segment.end,
          length: end - segment.end - 1,
        })
        segment.lines++
        segment.end = end
      })
      if (isLast) this.seen = { name: segment.name, size: Number(stat.size), mtimeNs: stat.mtimeNs }
      if (result.tail > 0 && !isLast) {
        throw new StoreLoadError(
          `${segment.name} line ${segment.lines + 1} is incomplete, and later journal files exist`,
          segment.name,
          `line ${segment.lines + 1}`,
        )
      }
      if (isLast) this.tail = result.tail
      if (isLast && result.tail > 0 && locked) await this.cutTornTail(segment, size)
    }
  }

  /**
   * Appends one line (with its newline) and fdatasyncs it; called under the lock after readNew.
   * `month` (YYYY-MM) starts a new segment when it is later than the newest one. On failure the
   * bytes are cut off again, or, if even that fails, before the next read under the lock.
   * Returns where the line went. The first line of a segment first bumps the previous segment's
   * mtime, which is how other processes' `unchanged` learns that a new file exists.
   */
  async append(bytes: Buffer, month: string): Promise<LinePlace> {
    let segment: Segment | undefined
    let start = 0
    let handle: Handle | undefined
    try {
      segment = await this.segmentFor(month)
      start = segment.end
      if (segment.lines === 0) await this.bumpBefore(segment)
      handle = await this.writeHandle(segment.name)
      // The write on this thread (into the page cache: microseconds), the fdatasync in the pool.
      for (let written = 0; written < bytes.length; ) {
        written += this.fs.writeSync(handle.fd, bytes, written, bytes.length - written, start + written)
      }
      await handle.datasync()
    } catch (error) {
      if (segment) {
        this.pendingCut = { segment, end: start, length: bytes.length }
        await this.cutPending().catch(() => undefined)
      }
      throw error
    }
    segment.end = start + bytes.length
    segment.lines++
    // We hold the lock, so nobody else has appended: our own line needs no read-back.
    const stat = fstatSync(handle.fd, { bigint: true })
    if (Number(stat.size) === segment.end && this.tail === 0) {
      this.seen = { name: segment.name, size: segment.end, mtimeNs: stat.mtimeNs }
    }
    return { segment: this.segments.indexOf(segment), start, length: bytes.length - 1 }
  }

  private async bumpBefore(segment: Segment): Promise<void> {
    const previous = this.segments[this.segments.indexOf(segment) - 1]
    if (!previous) return
    const handle = await this.fs.open(path.join(this.dir, previous.name), 'r')
    try {
      const { atime, mtime } = await handle.stat()
      await handle.utimes(atime, new Date(mtime.getTime() + BUMP_S * 1000))
    } finally {
      await handle.close()
    }
  }

  /** Every complete line again, from the start (to find where a bad record was written). */
  async rescan(onLine: OnLine): Promise<void> {
    for (const segment of this.segments) {
      const index = this.segments.indexOf(segment)
      let line = 0
      let start = 0
      await scanLines(await this.readHandle(segment.name), 0, segment.end, (text, end) => {
        onLine(text, segment.name, ++line, { segment: index, start, length: end - start - 1 })
        start = end
      })
    }
  }

  async close(): Promise<void> {
    await this.reader?.handle.close()
    await this.writer?.handle.close()
    this.reader = undefined
    this.writer = undefined
  }

  /** The segment to append to: the last one, or a new one when the change's month is later. */
  private async segmentFor(month: string): Promise<Segment> {
    const last = this.segments.at(-1)
    if (last && last.month >= month) return last
    const name = `journal-${month}.jsonl`
    const handle = await this.fs.open(path.join(this.dir, name), 'wx')
    await handle.close()
    await syncDir(this.fs, this.dir)
    const segment: Segment = { name, month, end: 0, lines: 0 }
    this.segments.push(segment)
    this.tail = 0
    return segment
  }

  /**
   * Cuts off what a failed append may have left, so it is never read as committed. Called under
   * the lock. If another process has already appended after it (it read the line as committed,
   * which only a second I/O failure in a row allows), cutting would lose their changes: the line
   * is kept and logged instead.
   */
  private async cutPending(): Promise<void> {
    const cut = this.pendingCut!
    const handle = await this.writeHandle(cut.segment.name)
    const size = (await handle.stat()).size
    if (size > cut.end + cut.length) {
      this.log.error(
        { file: cut.segment.name, offset: cut.end },
        'a change reported as not saved reached the disk and other processes have built on it; it is kept',
      )
    } else if (size > cut.end) {
      await handle.truncate(cut.end)
      await handle.datasync()
    }
    this.pendingCut = undefined
  }

  private async cutTornTail(segment: Segment, size: number): Promise<void> {
    const handle = await this.writeHandle(segment.name)
    await handle.truncate(segment.end)
    await handle.datasync()
    this.tail = 0
    this.log.warn({ file: segment.name, bytes: size - segment.end }, 'dropped a torn last journal line')
  }

  private async readHandle(name: string): Promise<Handle> {
    if (this.reader?.name !== name) {
      await this.reader?.handle.close()
      this.reader = undefined
      this.reader = { name, handle: await this.fs.open(path.join(this.dir, name), 'r') }
    }
    return this.reader.handle
  }

  private async writeHandle(name: string): Promise<Handle> {
    if (this.writer?.name !== name) {
      await this.writer?.handle.close()
      this.writer = undefined
      this.writer = { name, handle: await this.fs.open(path.join(this.dir, name), 'r+') }
    }
    return this.writer.handle
  }
}
