// When and how a commit writes snapshot.json: once the journal has grown past the last snapshot
// by a margin, after the commit's own line is durable and still under the folder's lock, so the
// snapshot is exactly the journal as it stands. Never on a read. A failed snapshot write is
// logged and the commit still stands: the journal alone is the store, and a start then reads
// the older snapshot and a longer tail (or the whole journal).
import path from 'node:path'
import type { Logger } from 'pino'
import { TEMP_SUFFIX } from './durable-json-file.ts'
import type { JournalAuditTrail, SegmentExtent } from './journal-audit.ts'
import { digestJournal } from './journal-digest.ts'
import { partition, SNAPSHOT_FILE, SNAPSHOT_FORMAT, writeSnapshot } from './snapshot-file.ts'
import type { StateView } from './state-view.ts'
import type { StoreFs } from './store-fs.ts'

/**
 * A small store opens in milliseconds from its journal, so it never gets a snapshot; a large one
 * gets a new snapshot each time its journal grows by a quarter, so rewriting the snapshot costs
 * a bounded share of the writes, whatever the register's size.
 */
const MIN_MARGIN = 4 * 1024 * 1024

export class SnapshotWriter {
  /** Journal bytes covered by the latest snapshot this process read or wrote. */
  private bytes = 0

  constructor(
    private readonly dir: string,
    private readonly fs: StoreFs,
    private readonly log: Logger,
    /** A fixed margin instead of the default (tests). */
    private readonly afterBytes?: number,
  ) {}

  /**
   * Temp files of snapshot writes that a killed process left (tens of MB each at 10,000
   * vendors). Snapshots are written only under the lock, which we hold, so none is being written.
   */
  private async removeOrphans(): Promise<void> {
    const prefix = `.${SNAPSHOT_FILE}.`
    for (const name of await this.fs.readdir(this.dir)) {
      if (name.startsWith(prefix) && name.endsWith(TEMP_SUFFIX))
        await this.fs.unlink(path.join(this.dir, name))
    }
  }

  covered(bytes: number): void {
    this.bytes = bytes
  }

  async writeIfDue(
    view: StateView,
    trail: JournalAuditTrail,
    revision: number,
    extent: readonly SegmentExtent[],
  ): Promise<void> {
    const total = extent.reduce((n, s) => n + s.end, 0)
    const margin = this.afterBytes ?? Math.max(MIN_MARGIN, this.bytes / 4)
    if (total - this.bytes < margin) return
    try {
      await this.removeOrphans()
      const files = extent.map((s) => ({ name: s.name, length: s.end }))
      const digest = await digestJournal(this.dir, files)
      if (!digest) throw new Error('a journal file is shorter than what was read from it')
      const runs = partition(view.state.collections)
      const { head, trails } = trail.saveIndex(runs)
      const parts = runs.map((run, i) => ({ ...run, trail: trails[i]! }))
      const meta = { format: SNAPSHOT_FORMAT, version: 1 as const, journal: { files, sha256: digest.sha256 } }
      await writeSnapshot(
        this.dir,
        this.fs,
        { ...meta, revision, sequences: [...view.state.sequences] },
        head,
        parts,
      )
      this.bytes = total
    } catch (error) {
      this.log.warn(
        { err: error },
        'could not write the store snapshot; the next start reads more of the journal',
      )
    }
  }
}
