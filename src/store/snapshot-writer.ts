// When and how a commit writes snapshot.json: once the journal has grown past the last snapshot
// by a margin, after the commit's own line is durable. Never on a read. The commit only notes
// that one is due and replies: taking the register (150-300 ms at 10,000 vendors, seconds at
// 100,000) blocked the event loop, so that reply, every request and every other write waited.
// Instead the work runs between requests, a few milliseconds a step: a snapshot's index restored
// at the start is unpacked; then, when no commit is running (SnapshotSource.atRest), the register
// is taken as it stands at that revision, which is cheap (records are replaced, never changed in
// place: the collections' arrays stay as they were); the audit index is built from it in steps
// (trail-save.ts: later commits' changes to it are left out), and the file written in the
// background, outside the lock. The journal bytes it covers are never rewritten (lines are only
// appended; a torn tail lies past them), so a snapshot stays true whoever commits meanwhile, and
// of two written at once either is right. A failed snapshot write is logged and changes nothing:
// the journal alone is the store, and a start then reads the older snapshot and a longer tail (or
// the whole journal).

import { createHash } from 'node:crypto'
import path from 'node:path'
import { setImmediate as turn } from 'node:timers/promises'
import type { Logger } from 'pino'
import { systemClock } from '../time/clock.ts'
import { type CodeSource, identityOf } from './code-identity.ts'
import { TEMP_SUFFIX } from './durable-json-file.ts'
import { inTurns } from './in-turns.ts'
import type { JournalAuditTrail } from './journal-audit.ts'
import type { SegmentExtent } from './journal-lines.ts'
import { partition, SNAPSHOT_FILE, SNAPSHOT_FORMAT, writeSnapshot } from './snapshot-file.ts'
import type { StateData } from './state.ts'
import type { StoreFs } from './store-fs.ts'
import { saveIndex } from './trail-save.ts'

/**
 * A small store opens in milliseconds from its journal, so it never gets a snapshot; a large one
 * gets a new snapshot each time its journal grows by a quarter, so rewriting the snapshot costs
 * a bounded share of the writes, whatever the register's size.
 */
const MIN_MARGIN = 4 * 1024 * 1024

/**
 * A snapshot temp file untouched this long was left by a killed writer (a live one writes a part
 * every few milliseconds); younger ones may be another process's write in progress.
 */
const ORPHAN_AGE_MS = 10 * 60 * 1000

/** The register with everything up to `revision` applied and nothing after. */
export interface RegisterAt {
  state: StateData
  revision: number
  extent: readonly SegmentExtent[]
}

/** What the writer takes a snapshot of: the store's register and its audit trail. */
export interface SnapshotSource {
  trail: JournalAuditTrail
  /** Calls `take` when no commit is running or half applied (in the store's queue). */
  atRest<T>(take: (at: RegisterAt) => T): Promise<T>
}

/** Everything a snapshot holds, taken at one revision in one synchronous stretch. */
function take({ state, revision, extent }: RegisterAt, trail: JournalAuditTrail) {
  return {
    revision,
    files: extent.map((s) => ({ name: s.name, length: s.end })),
    sequences: [...state.sequences],
    // Arrays of the records as they are now: a record is replaced by a commit, never changed.
    collections: Object.fromEntries(
      Object.entries(state.collections).map(([name, map]) => [name, [...map.values()]]),
    ),
    trail: trail.freeze(),
  }
}

export class SnapshotWriter {
  /** Journal bytes covered by the latest snapshot this process read or wrote. */
  private bytes = 0
  /**
   * The snapshot read at start was not sealed by this code (another build wrote it): every start
   * checks its records again until one is, so the next commit writes one, whatever the margin.
   */
  private unsealed = false
  /** The snapshot being written, if any: one at a time per store. */
  private writing: Promise<void> | undefined

  constructor(
    private readonly dir: string,
    private readonly fs: StoreFs,
    private readonly log: Logger,
    /** The running code, named in the snapshot so that it may take its records unchecked. */
    private readonly code: CodeSource,
    /** A fixed margin instead of the default (tests). */
    private readonly afterBytes?: number,
  ) {}

  /** Temp files of snapshot writes that a killed process left (tens of MB each at 10,000 vendors). */
  private async removeOrphans(now: number): Promise<void> {
    const prefix = `.${SNAPSHOT_FILE}.`
    for (const name of await this.fs.readdir(this.dir)) {
      if (!name.startsWith(prefix) || !name.endsWith(TEMP_SUFFIX)) continue
      const file = path.join(this.dir, name)
      const stat = await this.fs.stat(file).catch(() => null)
      if (stat && now - stat.mtimeMs > ORPHAN_AGE_MS) await this.fs.unlink(file).catch(() => undefined)
    }
  }

  covered(bytes: number, sealedHere: boolean): void {
    this.bytes = bytes
    // From the sources there is no identity to seal with: nothing to gain from writing sooner.
    this.unsealed = !sealedHere && !('identity' in this.code && this.code.identity === null)
  }

  /**
   * The SHA-256 of the journal bytes a snapshot covers, read a MiB at a time on this thread: the
   * write runs in the background between requests, so it needs no worker thread of its own (the
   * start hashes on one: journal-digest.ts).
   */
  private async coveredSha256(files: readonly { name: string; length: number }[]): Promise<string> {
    const hash = createHash('sha256')
    const chunk = Buffer.allocUnsafe(1 << 20)
    for (const file of files) {
      const handle = await this.fs.open(path.join(this.dir, file.name), 'r')
      try {
        for (let position = 0; position < file.length; ) {
          const want = Math.min(chunk.length, file.length - position)
          const { bytesRead } = await handle.read(chunk, 0, want, position)
          if (bytesRead === 0) throw new Error(`${file.name} is shorter than what was read from it`)
          hash.update(chunk.subarray(0, bytesRead))
          position += bytesRead
        }
      } finally {
        await handle.close()
      }
    }
    return hash.digest('hex')
  }

  /** Settles once the snapshot being written (if any) is on disk or has failed. */
  settled(): Promise<void> {
    return this.writing ?? Promise.resolve()
  }

  /**
   * Called right after a commit: when the journal (`extent`) has outgrown the last snapshot,
   * starts taking a new one in the background (settled() waits for it) and returns at once.
   */
  startIfDue(extent: readonly SegmentExtent[], source: SnapshotSource): void {
    if (this.writing) return
    const total = extent.reduce((n, s) => n + s.end, 0)
    const margin = this.afterBytes ?? Math.max(MIN_MARGIN, this.bytes / 4)
    if (total - this.bytes < margin && !this.unsealed) return
    this.writing = (async () => {
      try {
        await this.write(source)
      } catch (error) {
        this.log.warn(
          { err: error },
          'could not write the store snapshot; the next start reads more of the journal',
        )
      } finally {
        this.writing = undefined
      }
    })()
  }

  private async write(source: SnapshotSource): Promise<void> {
    await turn()
    await source.trail.unpackInSteps()
    const taken = await source.atRest((at) => take(at, source.trail))
    const runs = partition(taken.collections)
    const { head, trails } = await inTurns(saveIndex(taken.trail, runs))
    const parts = runs.map((run, i) => ({ ...run, trail: trails[i]! }))
    // Real time, as the temp files' modification times are, never the business clock.
    await this.removeOrphans(systemClock.now().epochMilliseconds)
    const sha256 = await this.coveredSha256(taken.files)
    const meta = { format: SNAPSHOT_FORMAT, version: 1 as const, journal: { files: taken.files, sha256 } }
    const { revision, sequences } = taken
    const writer = await identityOf(this.code)
    await writeSnapshot(this.dir, this.fs, { ...meta, revision, sequences }, head, parts, writer)
    this.bytes = taken.files.reduce((n, f) => n + f.length, 0)
    this.unsealed = false
  }
}
