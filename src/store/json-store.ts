// The JSON store: DATA_DIR holds tickler.json (format version, written through lowdb) and
// append-only journals journal-YYYY-MM.jsonl, one line per committed transaction. Memory holds
// the replayed state (the audit trail's old versions stay on disk: journal-audit.ts); a commit appends one line and fdatasyncs it (no file is ever rewritten on
// the write path), so a write costs one small append whatever the register's size. Each commit
// runs under a cross-process lock after catching up with lines other processes appended.
import path from 'node:path'
import type { Logger } from 'pino'
import { StoreLoadError } from '../errors/errors.ts'
import type { LinePlace } from './audit-trail.ts'
import { type CodeSource, runningCode } from './code-identity.ts'
import { DirLock } from './dir-lock.ts'
import { inTurns } from './in-turns.ts'
import { Journal } from './journal.ts'
import { JournalAuditTrail } from './journal-audit.ts'
import { decodeLine, encodeLine } from './journal-format.ts'
import { shareStrings } from './shared-strings.ts'
import { readSnapshot } from './snapshot-file.ts'
import { type CoveredDigest, digestCovered, resumeFromSnapshot } from './snapshot-load.ts'
import { type SnapshotSource, SnapshotWriter } from './snapshot-writer.ts'
import { instantIso, type Staged, stage } from './state.ts'
import { StateBackedStore } from './state-view.ts'
import type { ChangeInfo, Store, Transaction } from './store.ts'
import { errorCode, nodeFs, type StoreFs, syncDir, writeFailure } from './store-fs.ts'
import { FORMAT_VERSION, META_FILE, migrate, readMeta, writeMeta } from './store-meta.ts'
import { validateCurrent } from './validate-current.ts'

export interface JsonStoreOptions {
  log?: Logger
  /** The file-system layer; tests inject one that fails like a full or read-only disk. */
  fs?: StoreFs
  /** How long a commit waits for another process's lock before giving up (default 10 s). */
  lockTimeoutMs?: number
  /**
   * How long the lock is kept after a commit for the next one (DirLock.keepAfterCommit); 0, the
   * default, gives it back at once. The application's store (open-store.ts) uses LOCK_LEASE_MS.
   */
  lockLeaseMs?: number
  /**
   * Journal bytes past the snapshot after which a commit writes a new one (snapshot-writer.ts);
   * by default 4 MiB or a quarter of what the snapshot covers, whichever is more.
   */
  snapshotAfterBytes?: number
  /**
   * The running code's identity, which the snapshots this store writes name and which lets a
   * start take a snapshot's records unchecked (snapshot-trust.ts); null for none. By default a
   * hash of the built bundle, or none when running from the TypeScript sources. For tests.
   */
  codeIdentity?: string | null
}

/**
 * Long enough to span the gap between the commits of a burst (a busy channel, a script of
 * commands), short enough that another process's write waits unnoticed.
 */
export const LOCK_LEASE_MS = 50

export const LOCK_FILE = 'tickler.lock'

/** Default logger; not log/logger.ts's, so opening a store does not load pino. */
const quiet = { warn() {}, error() {} } as unknown as Logger

export class JsonStore extends StateBackedStore implements Store {
  private readonly fs: StoreFs
  private readonly log: Logger
  private readonly lock: DirLock
  private readonly journal: Journal
  private readonly trail: JournalAuditTrail
  private readonly snapshots: SnapshotWriter
  /** The register for a snapshot, taken in the queue: between commits, never during one. */
  private readonly snapshotSource: SnapshotSource
  private readonly code: CodeSource
  /** During an open from a snapshot: the records the journal lines after it write. */
  private touched: Set<string> | undefined
  private queue: Promise<unknown> = Promise.resolve()
  private hasMeta = false
  private createdDir = false
  private closed = false
  /** Commits and refreshes queued or running. */
  private waiting = 0
  /** Set when refresh answered without queueing, until the current synchronous stretch ends. */
  private checkedJustNow = false
  /** True during a cold open: records are validated once at the end, not per version. */
  private loading = false
  revision = 0

  constructor(
    readonly dir: string,
    options: JsonStoreOptions = {},
  ) {
    const fs = options.fs ?? nodeFs
    const log = options.log ?? quiet
    const journal = new Journal(dir, fs, log)
    const trail = new JournalAuditTrail(dir, () => journal.extent())
    super(trail)
    this.fs = fs
    this.log = log
    this.lock = new DirLock(path.join(dir, LOCK_FILE), this.fs, this.log, {
      timeoutMs: options.lockTimeoutMs,
      leaseMs: options.lockLeaseMs,
    })
    this.journal = journal
    this.trail = trail
    this.code = options.codeIdentity === undefined ? runningCode() : { identity: options.codeIdentity }
    this.snapshots = new SnapshotWriter(dir, fs, this.log, this.code, options.snapshotAfterBytes)
    this.snapshotSource = {
      trail,
      atRest: (take) =>
        this.enqueue(async () =>
          take({ state: this.view.state, revision: this.revision, extent: this.journal.extent() }),
        ),
    }
  }

  /** Reads the folder, making it if missing (files are written at the first commit). */
  async load(): Promise<void> {
    try {
      const stat = await this.fs.stat(this.dir)
      if (!stat.isDirectory()) throw new StoreLoadError(`${this.dir} is not a folder`, this.dir)
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') throw error
      await this.fs.mkdir(this.dir, { recursive: true })
      this.createdDir = true
    }
    // The journal first: a first commit writes the format file before any journal, so a journal
    // listed here had its format file before it. Read the other way round, a process starting
    // while another made the folder's first commit saw no format file, then its journal, and
    // stopped as if the format file had been lost.
    const names = await this.journal.list()
    const meta = await readMeta(this.dir, this.fs)
    if (!meta && names.length > 0) {
      throw new StoreLoadError(
        `${META_FILE} is missing but the folder holds journal files; restore it from a backup`,
        META_FILE,
      )
    }
    if (meta && meta.version < FORMAT_VERSION) {
      await this.lock.acquire()
      try {
        await migrate(this.dir, this.fs, meta)
      } finally {
        this.lock.release()
      }
    }
    this.hasMeta = meta !== null
    let covered: Promise<CoveredDigest> = Promise.resolve(null)
    const snapshot = meta
      ? readSnapshot(this.dir, this.fs, (head) => {
          covered = digestCovered(this.dir, head, names, this.code)
        })
      : null
    const resumed =
      snapshot && (await resumeFromSnapshot(this.log, snapshot, covered, this.view.state, this.trail))
    if (resumed) {
      this.journal.resume(resumed.extents)
      this.revision = resumed.revision
      this.snapshots.covered(resumed.bytes, resumed.trusted)
      this.touched = new Set()
    }
    this.loading = true
    try {
      await this.journal.readNew(names, false, this.applyLine)
    } finally {
      this.loading = false
    }
    const touched = this.touched
    this.touched = undefined
    await validateCurrent(this.view, this.journal, touched)
    if (this.journal.tail > 0) {
      this.log.warn(
        { file: this.journal.files.at(-1), bytes: this.journal.tail },
        'the last journal line is incomplete (an interrupted write, or another process writing now); it is ignored',
      )
    }
  }

  /** Applies one journal line (ours or another process's) to memory. */
  private readonly applyLine = (text: string, file: string, line: number, place: LinePlace): void => {
    const { rev, staged } = decodeLine(text, file, line, this.view.state, !this.loading)
    if (rev !== this.revision + 1) {
      throw new StoreLoadError(
        `${file} line ${line}: revision ${rev} follows revision ${this.revision}; lines are missing or repeated`,
        file,
        `line ${line}`,
        'rev',
      )
    }
    if (this.touched) for (const c of staged.changes) this.touched.add(`${c.collection}\u0000${c.id}`)
    this.view.apply(staged, place)
    this.revision = rev
  }

  /** Reads on; returns whether anything new was applied. */
  private async catchUp(locked: boolean): Promise<boolean> {
    const before = this.revision
    await this.journal.readNew(locked ? this.journal.listNow() : undefined, locked, this.applyLine)
    return this.revision !== before
  }

  transact<T>(change: ChangeInfo, fn: (tx: Transaction) => T): Promise<T> {
    return this.enqueue(() => this.commit(change, fn))
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    this.waiting++
    const run = this.queue.then(work).finally(() => this.waiting--)
    this.queue = run.catch(() => undefined)
    return run
  }

  /**
   * The change check on this thread (Journal.unchangedNow), false when it cannot tell or fails
   * (the caller then reads on, which reports the failure).
   */
  private unchangedNow(): boolean {
    try {
      return this.journal.unchangedNow()
    } catch {
      return false
    }
  }

  /**
   * Runs the body against the latest state without the lock: a body that changes nothing (a
   * rejected command) never touches the folder. When there is something to write, takes the lock
   * and, if another process committed in between, runs the body again on the new state so its
   * reads (the next incident number) are never stale.
   */
  private async commit<T>(change: ChangeInfo, fn: (tx: Transaction) => T): Promise<T> {
    if (this.closed) throw new Error('the store is closed')
    if (!this.unchangedNow()) await this.catchUp(false)
    let { result, staged } = stage(this.view.state, change, fn, this.view)
    if (isEmpty(staged)) return result
    await this.lock.acquire()
    let committed = false
    try {
      if (await this.catchUp(true)) {
        ;({ result, staged } = stage(this.view.state, change, fn, this.view))
        if (isEmpty(staged)) return result
      }
      await this.append(change, staged)
      committed = true
      this.snapshots.startIfDue(this.journal.extent(), this.snapshotSource)
      return result
    } finally {
      // After a failure the lock goes back at once: the next writer may be another process.
      if (committed) this.lock.keepAfterCommit()
      else this.lock.release()
    }
  }

  private async append(change: ChangeInfo, staged: Staged): Promise<void> {
    const at = instantIso(change.at)
    const rev = this.revision + 1
    const header = { at, who: change.who, action: change.action, requestId: change.requestId ?? '' }
    const bytes = Buffer.from(`${encodeLine(rev, header, staged)}\n`, 'utf8')
    let place: LinePlace
    try {
      this.lock.verify()
      await this.ensureMeta()
      place = await this.journal.append(bytes, at.slice(0, 7))
    } catch (error) {
      throw writeFailure(error)
    }
    this.view.apply(staged, place)
    this.revision = rev
  }

  private async ensureMeta(): Promise<void> {
    if (this.hasMeta) return
    // Another process may have written it since we loaded; we hold the lock now.
    if (!(await readMeta(this.dir, this.fs))) await writeMeta(this.dir, this.fs)
    if (this.createdDir) await syncDir(this.fs, path.dirname(path.resolve(this.dir)))
    this.hasMeta = true
  }

  async warm(): Promise<void> {
    await this.trail.unpackInSteps()
    await inTurns(shareStrings(this.view.state.collections))
  }

  refresh(): Promise<void> {
    // With nothing queued, a check is answered here and now: the thread-pool round trip it saves
    // was the largest cost a read paid over a bare Slack ack (which makes two checks, one for its
    // dedupe key). Checks made together, in one synchronous stretch (a burst of requests), queue
    // as before after the first, so each of those requests runs its command in a turn of its own.
    if (!this.closed && this.waiting === 0 && !this.checkedJustNow && this.unchangedNow()) {
      this.checkedJustNow = true
      queueMicrotask(() => {
        this.checkedJustNow = false
      })
      return Promise.resolve()
    }
    return this.enqueue(async () => {
      // The request path's change check: one fstat, and a readdir only when something changed.
      if (this.closed || (await this.journal.unchanged())) return
      await this.journal.readNew(await this.journal.list(), false, this.applyLine)
    })
  }

  /** Settles once a snapshot being written in the background is on disk (or has failed). */
  snapshotWritten(): Promise<void> {
    return this.snapshots.settled()
  }

  async close(): Promise<void> {
    await this.queue
    // A `tickler import` that exits right away still leaves the snapshot its next start reads.
    await this.snapshots.settled()
    this.closed = true
    this.lock.release()
    this.trail.close()
    await this.journal.close()
  }
}

function isEmpty(staged: Staged): boolean {
  return staged.changes.length === 0 && staged.sequences.size === 0
}

/** Opens (and on first use creates) the store in `dir`; throws StoreLoadError if a file is bad. */
export async function openJsonStore(dir: string, options: JsonStoreOptions = {}): Promise<Store> {
  const store = new JsonStore(dir, options)
  try {
    await store.load()
  } catch (error) {
    await store.close()
    throw loadFailure(dir, error)
  }
  return store
}

/** An I/O failure while loading (unreadable folder, disk error) stops Tickler like a bad file. */
function loadFailure(dir: string, error: unknown): unknown {
  if (error instanceof StoreLoadError) return error
  const code = errorCode(error)
  if (!code) return error
  const file = typeof (error as { path?: unknown }).path === 'string' ? (error as { path: string }).path : dir
  const reason = writeFailure(error)
    .message.replace(/^Nothing was saved: /, '')
    .replace(/\.$/, '')
  return new StoreLoadError(`could not read the store in ${dir}: ${reason} (${file})`, path.basename(file))
}
