// The cross-process lock around each commit: a file created with O_EXCL holding the holder's
// pid, the pid's start time and a random token. It is held for milliseconds (catch up, append,
// fsync), never while a user types. A lock whose holder has died (or whose pid now belongs to
// another process) is taken over; a lock from another host cannot be judged and is waited for.
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
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

  constructor(
    readonly file: string,
    private readonly fs: StoreFs,
    private readonly log: Logger,
    private readonly timeoutMs = 10_000,
  ) {}

  async acquire(): Promise<void> {
    const started = performance.now()
    let delay = 1
    let unreadable: { ino: number; since: number } | undefined
    for (;;) {
      if (await this.tryCreate()) return
      const seen = await this.readHolder()
      if (seen) {
        if (seen.holder && isDead(seen.holder)) {
          await this.breakStale(seen.ino, `process ${seen.holder.pid} is no longer running`)
          continue
        }
        if (!seen.holder) {
          if (unreadable?.ino !== seen.ino) unreadable = { ino: seen.ino, since: performance.now() }
          else if (performance.now() - unreadable.since > UNREADABLE_GRACE_MS) {
            await this.breakStale(seen.ino, 'its holder died while creating it')
            continue
          }
        }
      }
      if (performance.now() - started > this.timeoutMs) {
        const who = seen?.holder ? ` (process ${seen.holder.pid} on ${seen.holder.host})` : ''
        throw new StoreWriteError(
          `Nothing was saved: another Tickler process${who} holds the data folder's lock. ` +
            `Try again; if no Tickler is running, delete ${this.file}.`,
        )
      }
      await sleep(delay + Math.random() * delay)
      delay = Math.min(delay * 2, 16)
    }
  }

  /** Throws if the lock file is no longer ours (taken over after a pause longer than a crash). */
  async verify(): Promise<void> {
    const seen = await this.readHolder()
    if (seen?.holder?.token !== this.token) {
      this.held = false
      heldHere.delete(this.token)
      throw new StoreWriteError(
        "Nothing was saved: the data folder's lock was taken over by another process.",
      )
    }
  }

  async release(): Promise<void> {
    if (!this.held) return
    this.held = false
    heldHere.delete(this.token)
    try {
      const seen = await this.readHolder()
      if (seen?.holder?.token === this.token) await this.fs.unlink(this.file)
    } catch (error) {
      if (errorCode(error) !== 'ENOENT')
        this.log.warn({ err: error, file: this.file }, 'could not remove lock file')
    }
  }

  private async tryCreate(): Promise<boolean> {
    const holder: Holder = { pid: process.pid, start: ownStart, host: os.hostname(), token: this.token }
    let handle: Awaited<ReturnType<StoreFs['open']>>
    try {
      handle = await this.fs.open(this.file, 'wx')
    } catch (error) {
      if (errorCode(error) === 'EEXIST') return false
      throw writeFailure(error)
    }
    this.held = true
    heldHere.add(this.token)
    try {
      await handle.writeFile(JSON.stringify(holder), 'utf8')
    } catch (error) {
      // We made the file but could not fill it (disk full): remove it rather than leave an
      // empty lock that others would wait on.
      await handle.close().catch(() => undefined)
      this.held = false
      heldHere.delete(this.token)
      await this.fs.unlink(this.file).catch(() => undefined)
      throw writeFailure(error)
    }
    await handle.close()
    return true
  }

  private async readHolder(): Promise<{ ino: number; holder: Holder | null } | null> {
    let handle: Awaited<ReturnType<StoreFs['open']>>
    try {
      handle = await this.fs.open(this.file, 'r')
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

  /**
   * Moves the dead holder's file aside, then checks it really was that file (same inode): if a
   * live process took the lock in between, its file is put back.
   */
  private async breakStale(ino: number, why: string): Promise<void> {
    const aside = path.join(
      path.dirname(this.file),
      `${path.basename(this.file, '.lock')}.${this.token}.stale.lock`,
    )
    try {
      await this.fs.rename(this.file, aside)
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return
      throw writeFailure(error)
    }
    const moved = await this.fs.stat(aside)
    if (moved.ino === ino) {
      await this.fs.unlink(aside)
      this.log.warn({ file: this.file }, `took over the data folder's lock: ${why}`)
    } else {
      await this.fs.rename(aside, this.file)
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
