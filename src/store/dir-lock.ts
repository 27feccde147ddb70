// The cross-process lock around each commit: a file created with O_EXCL holding the holder's
// pid, the pid's start time and a random token. It is held for milliseconds (catch up, append,
// fsync), never while a user types. A lock whose holder has died (or whose pid now belongs to
// another process) is taken over; a lock from another host cannot be judged and is waited for.
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import os from 'node:os'
import { setTimeout as sleep } from 'node:timers/promises'
import type { Logger } from 'pino'
import { StoreWriteError } from '../errors/errors.ts'
import { errorCode, type StoreFs, writeFailure } from './store-fs.ts'

interface Holder {
  pid: number
  start: string
  host: string
  token: string
}

/** Tokens of locks held by this process: several stores in one process tell each other apart. */
const heldHere = new Set<string>()

const ownStart = startTime(process.pid)

/** An empty or unreadable lock file older than this is a holder that died while creating it. */
const UNREADABLE_GRACE_MS = 2_000

export class DirLock {
  private readonly token = randomBytes(8).toString('hex')
  private held = false
  /** Our lock file, kept open while held: if anyone removed it, its link count drops to 0. */
  private handle: Awaited<ReturnType<StoreFs['open']>> | undefined
  /** Lock files seen empty or unreadable: path → inode and since when (monotonic ms). */
  private readonly unreadable = new Map<string, { ino: number; since: number }>()

  constructor(
    readonly file: string,
    private readonly fs: StoreFs,
    private readonly log: Logger,
    private readonly timeoutMs = 10_000,
  ) {}

  /** Held only for microseconds while a dead holder's lock is removed. */
  private get breaker(): string {
    return this.file.replace(/\.lock$/, '.break.lock')
  }

  async acquire(): Promise<void> {
    const started = performance.now()
    let delay = 1
    for (;;) {
      const handle = await this.tryCreate(this.file)
      if (handle) {
        this.held = true
        this.handle = handle
        return
      }
      const seen = await this.readHolder(this.file)
      if (seen && this.isStale(this.file, seen)) await this.breakStale(seen.ino)
      else if (performance.now() - started > this.timeoutMs) {
        const who = seen?.holder ? ` (process ${seen.holder.pid} on ${seen.holder.host})` : ''
        throw new StoreWriteError(
          `Nothing was saved: another Tickler process${who} holds the data folder's lock. ` +
            `Try again; if no Tickler is running, delete ${this.file}.`,
        )
      } else {
        await sleep(delay + Math.random() * delay)
        delay = Math.min(delay * 2, 16)
      }
    }
  }

  /** Throws if the lock file is no longer ours (removed after a pause longer than a crash). */
  async verify(): Promise<void> {
    if (this.handle && (await this.handle.stat()).nlink > 0) return
    await this.release()
    throw new StoreWriteError("Nothing was saved: the data folder's lock was taken over by another process.")
  }

  async release(): Promise<void> {
    if (!this.held) return
    this.held = false
    const handle = this.handle
    this.handle = undefined
    try {
      // Nobody removes a live holder's lock, so the file at this path is still ours (verify checks).
      if (handle && (await handle.stat()).nlink > 0) await this.fs.unlink(this.file)
    } catch (error) {
      if (errorCode(error) !== 'ENOENT')
        this.log.warn({ err: error, file: this.file }, 'could not remove lock file')
    } finally {
      await handle?.close().catch(() => undefined)
      // Only now: until the file is gone, other stores in this process must see us as alive.
      heldHere.delete(this.token)
    }
  }

  /** Creates `file` holding our identity and returns its open handle; undefined if it exists. */
  private async tryCreate(file: string): Promise<Awaited<ReturnType<StoreFs['open']>> | undefined> {
    const holder: Holder = { pid: process.pid, start: ownStart, host: os.hostname(), token: this.token }
    heldHere.add(this.token)
    let handle: Awaited<ReturnType<StoreFs['open']>>
    try {
      handle = await this.fs.open(file, 'wx')
    } catch (error) {
      if (!this.held) heldHere.delete(this.token)
      if (errorCode(error) === 'EEXIST') return undefined
      throw writeFailure(error)
    }
    try {
      await handle.writeFile(JSON.stringify(holder), 'utf8')
    } catch (error) {
      // We made the file but could not fill it (disk full): remove it rather than leave an
      // empty lock that others would wait on.
      await handle.close().catch(() => undefined)
      await this.fs.unlink(file).catch(() => undefined)
      if (!this.held) heldHere.delete(this.token)
      throw writeFailure(error)
    }
    return handle
  }

  private async readHolder(file: string): Promise<{ ino: number; holder: Holder | null } | null> {
    let handle: Awaited<ReturnType<StoreFs['open']>>
    try {
      handle = await this.fs.open(file, 'r')
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null
      throw writeFailure(error)
    }
    try {
      const { ino } = await handle.stat()
      const text = await handle.readFile('utf8')
      try {
        const value = JSON.parse(text) as Holder
        return {
          ino,
          holder: typeof value.pid === 'number' && typeof value.token === 'string' ? value : null,
        }
      } catch {
        return { ino, holder: null }
      }
    } finally {
      await handle.close()
    }
  }

  /** A dead holder, or a file that has stayed empty past the grace period (died creating it). */
  private isStale(file: string, seen: { ino: number; holder: Holder | null }): boolean {
    if (seen.holder) return isDead(seen.holder)
    const first = this.unreadable.get(file)
    if (first?.ino !== seen.ino) {
      this.unreadable.set(file, { ino: seen.ino, since: performance.now() })
      return false
    }
    return performance.now() - first.since > UNREADABLE_GRACE_MS
  }

  /**
   * Removes a dead holder's lock under the breaker lock, after checking it is still the same file
   * (inode) and still stale: nobody can create a new lock while the dead one exists, and only the
   * breaker's holder removes one, so a live lock is never removed by mistake.
   */
  private async breakStale(ino: number): Promise<void> {
    const breaker = await this.tryCreate(this.breaker)
    if (!breaker) {
      // Someone else is breaking it right now, or died doing so (then clear their breaker).
      const other = await this.readHolder(this.breaker)
      if (other && this.isStale(this.breaker, other))
        await this.fs.unlink(this.breaker).catch(() => undefined)
      else await sleep(1)
      return
    }
    try {
      const seen = await this.readHolder(this.file)
      if (seen?.ino === ino && (seen.holder ? isDead(seen.holder) : true)) {
        await this.fs.unlink(this.file)
        this.unreadable.delete(this.file)
        const why = seen.holder ? `process ${seen.holder.pid} is no longer running` : 'it was left empty'
        this.log.warn({ file: this.file }, `took over the data folder's lock: ${why}`)
      }
    } finally {
      await this.fs.unlink(this.breaker).catch(() => undefined)
      await breaker.close().catch(() => undefined)
    }
  }
}
function isDead(holder: Holder): boolean {
  if (holder.host !== os.hostname()) return false
  if (holder.pid === process.pid) return !heldHere.has(holder.token)
  try {
    process.kill(holder.pid, 0)
  } catch (error) {
    if (errorCode(error) === 'ESRCH') return true
  }
  // Alive, unless the pid was recycled for another process since the lock was written.
  const start = startTime(holder.pid)
  return holder.start !== '' && start !== '' && start !== holder.start
}

/** The process's start time in clock ticks since boot (Linux); '' where /proc is not available. */
function startTime(pid: number): string {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? ''
  } catch {
    return ''
  }
}
