// The cross-process lock around each commit: a lock file naming its holder (pid, the pid's start
// time, machine, boot, pid namespace and a random token). It is held for milliseconds (catch up,
// append, fsync) and a short lease after (see keepAfterCommit), never while a user types. Only a
// holder that is provably dead (lock-holder.ts) loses its lock; a live one is waited for however
// slow it is, and so is one that cannot be judged from here, until the wait times out with
// "Nothing was saved" and nothing changed.
import { fstatSync } from 'node:fs'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import type { Logger } from 'pino'
import { StoreWriteError } from '../errors/errors.ts'
import {
  closeQuietly,
  createLockFile,
  linkAs,
  newToken,
  readLockFile,
  removeQuietly,
  sideFile,
  sideFiles,
  writeIdentity,
} from './lock-file.ts'
import { judge, type LockFileSeen, ownHolder, type Verdict } from './lock-holder.ts'
import { errorCode, type StoreFs } from './store-fs.ts'

/** Tokens of the lock files this process holds: several stores in one process tell each other apart. */
const heldHere = new Set<string>()

/** Locks kept on a lease: given back when the process exits, not left for a takeover. */
const leased = new Set<DirLock>()
let exitHookSet = false

export interface DirLockOptions {
  /** How long acquire() waits for a live holder before "Nothing was saved" (default 10 s). */
  timeoutMs?: number
  /** See keepAfterCommit; 0, the default, gives the lock back at once. */
  leaseMs?: number
  /** How long a lease may be renewed before the lock is given back regardless (default 1 s). */
  leaseCapMs?: number
}

export class DirLock {
  /** Our lock file, kept open while held: if anyone removed it, its link count drops to 0. */
  private held: { token: string; fd: number; since: number } | undefined
  private swept = false
  private leaseTimer: NodeJS.Timeout | undefined

  private readonly timeoutMs: number
  private readonly leaseMs: number
  private readonly leaseCapMs: number

  constructor(
    readonly file: string,
    private readonly fs: StoreFs,
    private readonly log: Logger,
    options: DirLockOptions = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? 10_000
    this.leaseMs = options.leaseMs ?? 0
    this.leaseCapMs = options.leaseCapMs ?? 1_000
  }

  async acquire(): Promise<void> {
    if (this.renewLease()) return
    if (!this.swept) await this.sweep()
    const started = performance.now()
    const token = newToken()
    heldHere.add(token)
    let identity: { file: string; fd: number }
    try {
      identity = writeIdentity(this.fs, this.file, ownHolder(token))
    } catch (error) {
      heldHere.delete(token)
      throw error
    }
    let delay = 1
    try {
      for (;;) {
        if (linkAs(this.fs, identity.file, this.file)) {
          this.held = { token, fd: identity.fd, since: performance.now() }
          return
        }
        const seen = await readLockFile(this.fs, this.file)
        if (!seen) continue
        const verdict = judge(seen, heldHere)
        if (verdict.dead && (await this.takeOver(this.file, seen, verdict.why))) continue
        if (performance.now() - started > this.timeoutMs) throw this.busy(seen, verdict)
        await sleep(delay + Math.random() * delay)
        delay = Math.min(delay * 2, 16)
      }
    } finally {
      removeQuietly(this.fs, identity.file)
      if (this.held?.token !== token) {
        closeQuietly(this.fs, identity.fd)
        heldHere.delete(token)
      }
    }
  }

  /** Throws if the lock file is no longer ours. Only a wrong verdict of death could cause that. */
  verify(): void {
    if (this.held && linked(this.held.fd)) return
    this.release()
    throw new StoreWriteError("Nothing was saved: the data folder's lock was taken over by another process.")
  }

  /**
   * Keeps the lock for `leaseMs` more after a commit, so that a burst of commits makes the lock's
   * directory changes (identity file, link, removals) once rather than per commit: ext4's
   * fdatasync must commit those along with the journal line, and they were most of a durable
   * write's tail. Another process waits at most the lease for its turn, and a lease renewed for
   * longer than leaseCapMs is given back after the commit, so a steady stream of commits still
   * lets others in between, as it did without a lease.
   */
  keepAfterCommit(): void {
    const held = this.held
    if (!held || this.leaseMs <= 0 || performance.now() - held.since >= this.leaseCapMs) {
      this.release()
      return
    }
    leased.add(this)
    if (!exitHookSet) {
      exitHookSet = true
      process.once('exit', () => {
        for (const lock of leased) lock.release()
      })
    }
    this.leaseTimer = setTimeout(() => this.release(), this.leaseMs)
    this.leaseTimer.unref()
  }

  /** True when a lease is running and the lock file is still ours: the commit needs nothing more. */
  private renewLease(): boolean {
    if (!this.leaseTimer) return false
    clearTimeout(this.leaseTimer)
    this.leaseTimer = undefined
    if (this.held && linked(this.held.fd)) return true
    this.release()
    return false
  }

  release(): void {
    if (this.leaseTimer) {
      clearTimeout(this.leaseTimer)
      this.leaseTimer = undefined
    }
    leased.delete(this)
    const held = this.held
    if (!held) return
    this.held = undefined
    try {
      // Nobody removes a live holder's lock, so the file at this path is still ours (verify checks).
      if (linked(held.fd)) this.fs.unlinkSync(this.file)
    } catch (error) {
      if (errorCode(error) !== 'ENOENT')
        this.log.warn({ err: error, file: this.file }, 'could not remove lock file')
    } finally {
      // Only now: until the file is gone, other stores in this process must see us as alive.
      heldHere.delete(held.token)
      // Its name is gone, so nobody needs the descriptor.
      closeQuietly(this.fs, held.fd)
    }
  }

  /**
   * Removes `file`, whose holder `seen` is dead, under a claim named after that holder's token (or
   * the file's inode if it has none). One claimant at a time removes it, and only if the file at
   * the path is still that holder's: a new lock is never removed in its place, even when another
   * claimant removed the dead one first. A claim whose claimant died is taken over the same way.
   * False while a live claimant is at it: then the caller waits and looks again.
   */
  private async takeOver(file: string, seen: LockFileSeen, why: string): Promise<boolean> {
    const claimFile = sideFile(this.file, seen.holder?.token ?? `ino${seen.ino}`, 'break')
    const token = newToken()
    heldHere.add(token)
    let claim: number | undefined
    try {
      claim = createLockFile(this.fs, claimFile, ownHolder(token))
    } catch (error) {
      heldHere.delete(token)
      throw error
    }
    // A descriptor may be 0 (a daemon started with stdin closed): compare with undefined.
    if (claim === undefined) {
      heldHere.delete(token)
      const other = await readLockFile(this.fs, claimFile)
      const verdict = other && judge(other, heldHere)
      if (other && verdict?.dead) await this.takeOver(claimFile, other, verdict.why)
      return false
    }
    try {
      const now = await readLockFile(this.fs, file)
      if (
        now &&
        (seen.holder
          ? now.holder?.token === seen.holder.token
          : now.ino === seen.ino && judge(now, heldHere).dead)
      ) {
        await this.fs.unlink(file)
        this.log.warn({ file }, `took over the data folder's lock: ${why}`)
      }
      return true
    } finally {
      removeQuietly(this.fs, claimFile)
      closeQuietly(this.fs, claim)
      heldHere.delete(token)
    }
  }

  /** Removes side files that dead processes left (killed between writing and linking, or claiming). */
  private async sweep(): Promise<void> {
    this.swept = true
    const names = await this.fs.readdir(path.dirname(this.file)).catch(() => [])
    for (const file of sideFiles(this.file, names)) {
      const seen = await readLockFile(this.fs, file).catch(() => null)
      const verdict = seen && judge(seen, heldHere)
      if (!seen || !verdict?.dead) continue
      // Nobody else ever links or claims an identity file; a claim is removed like a lock.
      if (file.endsWith('.new.lock')) await this.fs.unlink(file).catch(() => undefined)
      else await this.takeOver(file, seen, verdict.why)
    }
  }

  private busy(seen: LockFileSeen, verdict: Verdict): StoreWriteError {
    const retry = `Try again; if no Tickler is running, delete ${this.file}.`
    if (!seen.holder) {
      return new StoreWriteError(
        `Nothing was saved: the data folder's lock ${this.file} cannot be read, so whether its holder still runs cannot be checked. ${retry}`,
      )
    }
    const { pid, host } = seen.holder
    const unjudged =
      !verdict.dead && !verdict.judged ? ' on another machine or container, which this one cannot check' : ''
    return new StoreWriteError(
      `Nothing was saved: another Tickler process (process ${pid} on ${host}) holds the data folder's lock${unjudged}. ${retry}`,
    )
  }
}

/**
 * Whether our lock file still has a name (removing it drops its link count to 0). An fstat on this
 * thread: microseconds, where each thread-pool round trip on the write path costs a worker wake-up
 * and, on a busy machine, the main thread's time slice.
 */
function linked(fd: number): boolean {
  return fstatSync(fd).nlink > 0
}
