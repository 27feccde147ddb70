// The JSON store: DATA_DIR holds tickler.json (format version, written through lowdb) and
// append-only journals journal-YYYY-MM.jsonl, one line per committed transaction. Memory holds
// the replayed state; a commit appends one line and fdatasyncs it (no file is ever rewritten on
// the write path), so a write costs one small append whatever the register's size. Each commit
// runs under a cross-process lock after catching up with lines other processes appended.
import path from 'node:path'
import type { Logger } from 'pino'
import { StoreLoadError } from '../errors/errors.ts'
import { DirLock } from './dir-lock.ts'
import { checkRecord, decodeLine, encodeLine } from './journal-format.ts'
import { scanLines } from './line-scanner.ts'
import { instantIso, type Staged, stage } from './state.ts'
import { StateView } from './state-view.ts'
import {
  type ChangeInfo,
  COLLECTION_SCHEMAS,
  type CollectionName,
  type RecordOf,
  type Store,
  type Transaction,
} from './store.ts'
import { errorCode, nodeFs, type StoreFs, syncDir, writeFailure } from './store-fs.ts'
import { FORMAT_VERSION, META_FILE, migrate, readMeta, writeMeta } from './store-meta.ts'

export interface JsonStoreOptions {
  log?: Logger
  /** The file-system layer; tests inject one that fails like a full or read-only disk. */
  fs?: StoreFs
  /** How long a commit waits for another process's lock before giving up (default 10 s). */
  lockTimeoutMs?: number
}

export const LOCK_FILE = 'tickler.lock'

/** Default logger; not log/logger.ts's, so opening a store does not load pino. */
const quiet = { warn() {}, error() {} } as unknown as Logger
const SEGMENT = /^journal-(\d{4}-\d{2})\.jsonl$/

type Handle = Awaited<ReturnType<StoreFs['open']>>

interface Segment {
  name: string
  month: string
  /** Offset just past the last complete line read (ours or another process's). */
  end: number
  lines: number
}

export class JsonStore implements Store {
  private readonly view = new StateView()
  private readonly fs: StoreFs
  private readonly log: Logger
  private readonly lock: DirLock
  private segments: Segment[] = []
  private reader: { name: string; handle: Handle } | undefined
  private writer: { name: string; handle: Handle } | undefined
  private queue: Promise<unknown> = Promise.resolve()
  private hasMeta = false
  private createdDir = false
  private closed = false
  /**
   * Set when a failed append may have left its line in the file (fsync and the undoing truncate
   * both failed). Reads stop at `end` until the next commit cuts the line off under the lock.
   */
  private pendingCut: { segment: Segment; end: number; length: number } | undefined
  /** Bytes after the last complete line of the last segment, as of the latest read. */
  private tail = 0
  /** True during a cold open: records are validated once at the end, not per version. */
  private loading = false
  revision = 0

  constructor(
    readonly dir: string,
    options: JsonStoreOptions = {},
  ) {
    this.fs = options.fs ?? nodeFs
    this.log = options.log ?? quiet
    this.lock = new DirLock(path.join(dir, LOCK_FILE), this.fs, this.log, options.lockTimeoutMs)
  }

  all<K extends CollectionName>(name: K): readonly RecordOf<K>[] {
    return this.view.all(name)
  }

  get<K extends CollectionName>(name: K, id: string): RecordOf<K> | undefined {
    return this.view.get(name, id)
  }

  audit(recordId?: string) {
    return this.view.audit(recordId)
  }

  /** Reads the folder; with `create`, makes it if missing (files are written at the first commit). */
  async load(create: boolean): Promise<void> {
    try {
      const stat = await this.fs.stat(this.dir)
      if (!stat.isDirectory()) throw new StoreLoadError(`${this.dir} is not a folder`, this.dir)
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') throw error
      if (!create) throw new StoreLoadError(`there is no Tickler store in ${this.dir}`, this.dir)
      await this.fs.mkdir(this.dir, { recursive: true })
      this.createdDir = true
    }
    const meta = await readMeta(this.dir, this.fs)
    const names = await this.listSegments()
    if (!meta && names.length > 0) {
      throw new StoreLoadError(
        `${META_FILE} is missing but the folder holds journal files; restore it from a backup`,
        META_FILE,
      )
    }
    if (meta && meta.version < FORMAT_VERSION) {
      if (!create)
        throw new StoreLoadError(`${META_FILE}: store format ${meta.version} needs migrating`, META_FILE)
      await this.lock.acquire()
      try {
        await migrate(this.dir, this.fs, meta)
      } finally {
        await this.lock.release()
      }
    }
    this.hasMeta = meta !== null
    this.loading = true
    try {
      await this.readNew(names, false)
    } finally {
      this.loading = false
    }
    await this.validateCurrent()
    const last = this.segments.at(-1)
    if (last && this.tail > 0) {
      this.log.warn(
        { file: last.name, bytes: this.tail },
        'the last journal line is incomplete (an interrupted write, or another process writing now); it is ignored',
      )
    }
  }

  private async listSegments(): Promise<string[]> {
    const names = (await this.fs.readdir(this.dir)).filter((n) => SEGMENT.test(n))
    return names.sort()
  }

  /**
   * Reads lines appended since the last read, in this folder's segment order, and applies them.
   * Under the lock an incomplete last line can only be a torn write by a dead process: it is cut
   * off so the next append starts on a line boundary. Returns whether anything was applied.
   */
  private async readNew(names: string[] | undefined, locked: boolean): Promise<boolean> {
    const known = this.segments.map((s) => s.name)
    // Without a listing, only the known segments are read on (new ones are found under the lock).
    names ??= known
    for (let i = 0; i < known.length; i++) {
      if (names[i] !== known[i]) {
        throw new StoreLoadError(`journal file ${known[i]} disappeared from ${this.dir}`, known[i]!)
      }
    }
    for (const name of names.slice(known.length)) {
      this.segments.push({ name, month: SEGMENT.exec(name)![1]!, end: 0, lines: 0 })
    }
    const before = this.revision
    const first = Math.max(0, known.length - 1)
    for (let i = first; i < this.segments.length; i++) {
      const segment = this.segments[i]!
      const isLast = i === this.segments.length - 1
      const handle = await this.readHandle(segment.name)
      const cut = this.pendingCut?.segment === segment ? this.pendingCut.end : Number.POSITIVE_INFINITY
      const size = Math.min((await handle.stat()).size, cut)
      if (size < segment.end) {
        throw new StoreLoadError(`${segment.name} shrank below what was already read`, segment.name)
      }
      const result = await scanLines(handle, segment.end, size, (text) => {
        this.applyLine(text, segment)
      })
      segment.end = result.end
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
    return this.revision !== before
  }

  private applyLine(text: string, segment: Segment): void {
    const line = segment.lines + 1
    const { rev, staged } = decodeLine(text, segment.name, line, this.view.state, !this.loading)
    if (rev !== this.revision + 1) {
      throw new StoreLoadError(
        `${segment.name} line ${line}: revision ${rev} follows revision ${this.revision}; lines are missing or repeated`,
        segment.name,
        `line ${line}`,
        'rev',
      )
    }
    this.view.apply(staged)
    this.revision = rev
    segment.lines = line
  }

  /**
   * Checks every current record against its collection's schema. Superseded versions are audit
   * history (before/after are free-form in AuditEntrySchema) and are not re-validated. A record
   * the schema would normalise (a default added by hand-editing) is replaced by its parsed form.
   */
  private async validateCurrent(): Promise<void> {
    for (const name of Object.keys(this.view.state.collections) as CollectionName[]) {
      const schema = COLLECTION_SCHEMAS[name]
      const map = this.view.state.collections[name] as Map<string, unknown>
      for (const [id, record] of map) {
        const result = schema.safeParse(record)
        if (!result.success) {
          const { file, line } = await this.locate(name, id)
          checkRecord(name, record, file, line)
        } else if (!sameRecord(record, result.data)) {
          map.set(id, result.data)
          const entry = this.view.audit(id).findLast((a) => a.after === record)
          if (entry) entry.after = result.data
        }
      }
    }
  }

  /** The file and line that last wrote a record: looked up only to name a validation error. */
  private async locate(name: CollectionName, id: string): Promise<{ file: string; line: number }> {
    let found = { file: this.segments[0]?.name ?? META_FILE, line: 0 }
    for (const segment of this.segments) {
      const handle = await this.readHandle(segment.name)
      let line = 0
      await scanLines(handle, 0, segment.end, (text) => {
        line++
        const changes = (JSON.parse(text) as { changes: { collection: string; id: string }[] }).changes
        if (changes.some((c) => c.collection === name && c.id === id)) found = { file: segment.name, line }
      })
    }
    return found
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

  transact<T>(change: ChangeInfo, fn: (tx: Transaction) => T): Promise<T> {
    const run = this.queue.then(() => this.commit(change, fn))
    this.queue = run.catch(() => undefined)
    return run
  }

  /**
   * Runs the body against the latest state without the lock: a body that changes nothing (a
   * rejected command) never touches the folder. When there is something to write, takes the lock
   * and, if another process committed in between, runs the body again on the new state so its
   * reads (the next incident number) are never stale.
   */
  private async commit<T>(change: ChangeInfo, fn: (tx: Transaction) => T): Promise<T> {
    if (this.closed) throw new Error('the store is closed')
    await this.readNew(undefined, false)
    let { result, staged } = stage(this.view.state, change, fn, this.view)
    if (isEmpty(staged)) return result
    await this.lock.acquire()
    try {
      if (this.pendingCut) await this.cutPending()
      if (await this.readNew(await this.listSegments(), true)) {
        ;({ result, staged } = stage(this.view.state, change, fn, this.view))
        if (isEmpty(staged)) return result
      }
      await this.append(change, staged)
      return result
    } finally {
      await this.lock.release()
    }
  }

  private async append(change: ChangeInfo, staged: Staged): Promise<void> {
    const at = instantIso(change.at)
    const rev = this.revision + 1
    const header = { at, who: change.who, action: change.action, requestId: change.requestId ?? '' }
    const bytes = Buffer.from(`${encodeLine(rev, header, staged)}\n`, 'utf8')
    let segment: Segment | undefined
    let start = 0
    try {
      await this.lock.verify()
      await this.ensureMeta()
      segment = await this.segmentFor(at.slice(0, 7))
      start = segment.end
      const handle = await this.writeHandle(segment.name)
      let written = 0
      while (written < bytes.length) {
        const { bytesWritten } = await handle.write(bytes, written, bytes.length - written, start + written)
        written += bytesWritten
      }
      await handle.datasync()
    } catch (error) {
      if (segment) {
        this.pendingCut = { segment, end: start, length: bytes.length }
        await this.cutPending().catch(() => undefined)
      }
      throw writeFailure(error)
    }
    segment.end = start + bytes.length
    segment.lines++
    this.view.apply(staged)
    this.revision = rev
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

  private async ensureMeta(): Promise<void> {
    if (this.hasMeta) return
    // Another process may have written it since we loaded; we hold the lock now.
    if (!(await readMeta(this.dir, this.fs))) await writeMeta(this.dir, this.fs)
    if (this.createdDir) await syncDir(this.fs, path.dirname(path.resolve(this.dir)))
    this.hasMeta = true
  }

  refresh(): Promise<void> {
    const run = this.queue.then(async () => {
      if (this.closed) return
      await this.readNew(await this.listSegments(), false)
    })
    this.queue = run.catch(() => undefined)
    return run
  }

  async close(): Promise<void> {
    await this.queue
    this.closed = true
    await this.reader?.handle.close()
    await this.writer?.handle.close()
    this.reader = undefined
    this.writer = undefined
  }

  /** What the folder holds, for `checkJsonStore` and diagnostics. */
  summary(): StoreSummary {
    const records = {} as Record<CollectionName, number>
    for (const name of Object.keys(this.view.state.collections) as CollectionName[]) {
      records[name] = this.view.state.collections[name].size
    }
    return {
      dir: this.dir,
      revision: this.revision,
      files: [...(this.hasMeta ? [META_FILE] : []), ...this.segments.map((s) => s.name)],
      records,
      auditEntries: this.view.state.audit.length,
      tornTailBytes: this.tail,
    }
  }
}

export interface StoreSummary {
  dir: string
  revision: number
  files: string[]
  records: Record<CollectionName, number>
  auditEntries: number
  /** Bytes of an incomplete last journal line (dropped at the next write); 0 normally. */
  tornTailBytes: number
}

/** Whether zod's output equals the raw record, so the raw one (already in old space) is kept. */
function sameRecord(raw: unknown, parsed: unknown): boolean {
  const a = raw as Record<string, unknown>
  const b = parsed as Record<string, unknown>
  const keys = Object.keys(b)
  if (Object.keys(a).length !== keys.length) return false
  for (const key of keys) {
    const x = a[key]
    const y = b[key]
    if (x === y) continue
    if (typeof x !== 'object' || x === null || JSON.stringify(x) !== JSON.stringify(y)) return false
  }
  return true
}

function isEmpty(staged: Staged): boolean {
  return staged.changes.length === 0 && staged.sequences.size === 0
}

/** Opens (and on first use creates) the store in `dir`; throws StoreLoadError if a file is bad. */
export async function openJsonStore(dir: string, options: JsonStoreOptions = {}): Promise<Store> {
  const store = new JsonStore(dir, options)
  try {
    await store.load(true)
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

/**
 * Validates every file of the store in `dir` without creating, locking or writing anything, and
 * says what it holds; throws StoreLoadError naming the file, record and field of the first problem.
 */
export async function checkJsonStore(dir: string, options: JsonStoreOptions = {}): Promise<StoreSummary> {
  const store = new JsonStore(dir, options)
  try {
    await store.load(false)
    return store.summary()
  } catch (error) {
    throw loadFailure(dir, error)
  } finally {
    await store.close()
  }
}
