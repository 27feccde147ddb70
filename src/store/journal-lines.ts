// Where the audit trail's later entries are in the journal, and reading them back: each line that
// holds one is noted as [segment, start, length, transaction], four numbers in one flat list (an
// array per line was most of the index's memory), and read with one positioned read when asked.
import { closeSync, openSync } from 'node:fs'
import path from 'node:path'
import type { LinePlace } from './audit-trail.ts'
import { readRange, scanLinesSync } from './line-scanner-sync.ts'

/** A journal file and the offset just past the last line the store has applied. */
export interface SegmentExtent {
  name: string
  end: number
}

export interface RawChange {
  collection: string
  id: string
  audit?: string
  after: unknown
}

export type RawLine = { changes: RawChange[] }

export class JournalLines {
  /** [segment, start, length, transaction] per line; appended to only (trail-save.ts reads it live). */
  readonly flat: number[] = []
  private readonly fds = new Map<string, number>()

  constructor(
    private readonly dir: string,
    private readonly extent: () => readonly SegmentExtent[],
  ) {}

  get count(): number {
    return this.flat.length / 4
  }

  /** Notes a line of transaction `tx`; returns its number. */
  add(place: LinePlace, tx: number): number {
    const line = this.count
    this.flat.push(place.segment, place.start, place.length, tx)
    return line
  }

  /** Takes over a snapshot's lines (TrailHead.lines), before any is added. */
  restore(flat: readonly number[]): void {
    // A loop, not push(...flat): a long history would overflow the argument limit.
    for (const n of flat) this.flat.push(n)
  }

  tx(line: number): number {
    return this.flat[line * 4 + 3]!
  }

  /** A change's key, "segment:start:change": stable while the journal's files are. */
  key(line: number, index: number): string {
    return `${this.flat[line * 4]}:${this.flat[line * 4 + 1]}:${index}`
  }

  read(line: number): RawLine {
    const segment = this.flat[line * 4]!
    const start = this.flat[line * 4 + 1]!
    const length = this.flat[line * 4 + 2]!
    const bytes = readRange(this.fd(this.extent()[segment]!.name), start, length)
    return JSON.parse(bytes.toString('utf8'))
  }

  /** Every applied line of every journal file, in order, with its segment and start. */
  scan(each: (raw: RawLine, segment: number, start: number) => void): void {
    const segments = this.extent()
    for (let s = 0; s < segments.length; s++) {
      scanLinesSync(this.fd(segments[s]!.name), 0, segments[s]!.end, (text, start) =>
        each(JSON.parse(text) as RawLine, s, start),
      )
    }
  }

  close(): void {
    for (const fd of this.fds.values()) closeSync(fd)
    this.fds.clear()
  }

  private fd(name: string): number {
    let fd = this.fds.get(name)
    if (fd === undefined) {
      fd = openSync(path.join(this.dir, name), 'r')
      this.fds.set(name, fd)
    }
    return fd
  }
}
