// The JSON store: DATA_DIR holds tickler.json (format version, written through lowdb) and
// append-only journals journal-YYYY-MM.jsonl, one line per committed transaction. Memory holds
// the replayed state; a commit appends one line and fdatasyncs it (no file is ever rewritten on
// the write path), so a write costs one small append whatever the register's size. Each commit
// runs under a cross-process lock after catching up with lines other processes appended.
import path from 'node:path'
import type { Logger } from 'pino'
import { StoreLoadError } from '../errors/errors.ts'
import { DirLock } from './dir-lock.ts'
import { Journal } from './journal.ts'
import { decodeLine, encodeLine } from './journal-format.ts'
import { instantIso, type Staged, stage } from './state.ts'
import { StateBackedStore } from './state-view.ts'
import type { ChangeInfo, CollectionName, Store, Transaction } from './store.ts'
import { errorCode, nodeFs, type StoreFs, syncDir, writeFailure } from './store-fs.ts'
import { FORMAT_VERSION, META_FILE, migrate, readMeta, writeMeta } from './store-meta.ts'
import { validateCurrent } from './validate-current.ts'

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

export class JsonStore extends StateBackedStore implements Store {
  private readonly fs: StoreFs
  private readonly log: Logger
  private readonly lock: DirLock
  private readonly journal: Journal
  private queue: Promise<unknown> = Promise.resolve()
  private hasMeta = false
  private createdDir = false
  private closed = false
  /** True during a cold open: records are validated once at the end, not per version. */
  private loading = false
  revision = 0

  constructor(
    readonly dir: string,
    options: JsonStoreOptions = {},
  ) {
    super()
    this.fs = options.fs ?? nodeFs
    this.log = options.log ?? quiet
    this.lock = new DirLock(path.join(dir, LOCK_FILE), this.fs, this.log, options.lockTimeoutMs)
    this.journal = new Journal(dir, this.fs, this.log)
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
    const names = await this.journal.list()
    if (!meta && names.length > 0) {
      throw new StoreLoadError(
        `${META_FILE} is missing but the folder holds journal files; restore it from a backup`,
        META_FILE,
      )
    }
    if (meta && meta.version < FORMAT_VERSION) {
      if (!create) {
        throw new StoreLoadError(`${META_FILE}: store format ${meta.version} needs migrating`, META_FILE)
      }
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
      await this.journal.readNew(names, false, this.applyLine)
    } finally {
      this.loading = false
    }
    await validateCurrent(this.view, this.journal)
    if (this.journal.tail > 0) {
      this.log.warn(
        { file: this.journal.files.at(-1), bytes: this.journal.tail },
        'the last journal line is incomplete (an interrupted write, or another process writing now); it is ignored',
      )
    }
  }

  /** Applies one journal line (ours or another process's) to memory. */
  private readonly applyLine = (text: string, file: string, line: number): void => {
    const { rev, staged } = decodeLine(text, file, line, this.view.state, !this.loading)
    if (rev !== this.revision + 1) {
      throw new StoreLoadError(
        `${file} line ${line}: revision ${rev} follows revision ${this.revision}; lines are missing or repeated`,
        file,
        `line ${line}`,
        'rev',
      )
    }
    this.view.apply(staged)
    this.revision = rev
  }

  /** Reads on; returns whether anything new was applied. */
  private async catchUp(locked: boolean): Promise<boolean> {
    const before = this.revision
    await this.journal.readNew(locked ? await this.journal.list() : undefined, locked, this.applyLine)
    return this.revision !== before
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
    await this.catchUp(false)
    let { result, staged } = stage(this.view.state, change, fn, this.view)
    if (isEmpty(staged)) return result
    await this.lock.acquire()
    try {
      if (await this.catchUp(true)) {
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
    try {
      await this.lock.verify()
      await this.ensureMeta()
      await this.journal.append(bytes, at.slice(0, 7))
    } catch (error) {
      throw writeFailure(error)
    }
    this.view.apply(staged)
    this.revision = rev
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
      if (!this.closed) await this.journal.readNew(await this.journal.list(), false, this.applyLine)
    })
    this.queue = run.catch(() => undefined)
    return run
  }

  async close(): Promise<void> {
    await this.queue
    this.closed = true
    await this.journal.close()
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
      files: [...(this.hasMeta ? [META_FILE] : []), ...this.journal.files],
      records,
      auditEntries: this.view.state.audit.length,
      tornTailBytes: this.journal.tail,
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
