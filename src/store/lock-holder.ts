// Who holds a lock file, and whether that holder is provably dead. Only proof counts: a holder is
// dead when its process is gone, is a zombie, or its pid now belongs to a process that started
// later, judged through /proc on the same kernel and pid namespace; or when the machine has
// restarted since the file was written. How long a lock has been held proves nothing (a live
// holder's event loop can be starved for seconds), and a holder on another machine or in another
// container cannot be judged at all.
import { readFileSync, readlinkSync } from 'node:fs'
import os from 'node:os'
import { threadId } from 'node:worker_threads'
import { z } from 'zod'

export const holderSchema = z.object({
  pid: z.number().int().positive(),
  /** Start time of the pid in clock ticks since boot (/proc/PID/stat field 22); '' if unknown. */
  start: z.string(),
  host: z.string(),
  token: z.string().min(1),
  /** /proc/sys/kernel/random/boot_id: tells a restarted machine from the same boot. */
  boot: z.string().optional(),
  /** The pid namespace: pids are only comparable inside one (containers share a kernel). */
  pidns: z.string().optional(),
  /** Worker threads share the pid but not `heldHere`: one cannot judge another's locks. */
  thread: z.number().int().optional(),
})
export type Holder = z.infer<typeof holderSchema>

/** A lock file as read: its inode, when it was written, and its holder if the content parses. */
export interface LockFileSeen {
  ino: number
  mtimeMs: number
  holder: Holder | null
}

export type Verdict = { dead: true; why: string } | { dead: false; judged: boolean }

const ownProc = {
  start: procStat(process.pid)?.start ?? '',
  boot: readProc(() => readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim()),
  pidns: readProc(() => readlinkSync('/proc/self/ns/pid')),
}

export function ownHolder(token: string): Holder {
  return {
    pid: process.pid,
    start: ownProc.start,
    host: os.hostname(),
    token,
    boot: ownProc.boot,
    pidns: ownProc.pidns,
    thread: threadId,
  }
}

/**
 * Judges the holder of a lock file. `heldHere` lists the tokens of files this process holds, so
 * several stores in one thread tell each other apart. `judged: false` means the holder could
 * not be checked from here (another machine or container, or a file that cannot be read).
 */
export function judge(seen: LockFileSeen, heldHere: ReadonlySet<string>): Verdict {
  const { holder } = seen
  // Files are created complete (written elsewhere, then linked into place), so an unreadable one
  // is a machine crash before its bytes reached the disk, or not ours at all.
  if (!holder)
    return writtenBeforeBoot(seen)
      ? { dead: true, why: 'it was left damaged before this machine restarted' }
      : { dead: false, judged: false }
  const sameBoot = holder.boot && ownProc.boot ? holder.boot === ownProc.boot : holder.host === os.hostname()
  if (!sameBoot) {
    return holder.host === os.hostname() && writtenBeforeBoot(seen)
      ? { dead: true, why: 'this machine has restarted since' }
      : { dead: false, judged: false }
  }
  if (holder.pidns && ownProc.pidns && holder.pidns !== ownProc.pidns) return { dead: false, judged: false }
  if (holder.pid === process.pid) {
    if ((holder.thread ?? 0) !== threadId) return { dead: false, judged: false }
    return heldHere.has(holder.token)
      ? { dead: false, judged: true }
      : { dead: true, why: 'this process no longer holds it' }
  }
  try {
    process.kill(holder.pid, 0)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH')
      return { dead: true, why: `process ${holder.pid} is no longer running` }
  }
  const now = procStat(holder.pid)
  if (!now) return { dead: false, judged: true }
  if (now.state === 'Z' || now.state === 'X') return { dead: true, why: `process ${holder.pid} has exited` }
  if (holder.start !== '' && now.start !== '' && now.start !== holder.start) {
    return { dead: true, why: `process ${holder.pid} has ended and its pid was reused` }
  }
  return { dead: false, judged: true }
}

/** The file's last write predates this machine's boot (/proc/stat btime): no writer can be alive. */
function writtenBeforeBoot(seen: LockFileSeen): boolean {
  const btime = readProc(() => /^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'))?.[1] ?? '')
  return btime !== '' && seen.mtimeMs < Number(btime) * 1000
}

/** State (R, S, Z…) and start time of a pid from /proc/PID/stat; undefined where unreadable. */
function procStat(pid: number): { state: string; start: string } | undefined {
  const stat = readProc(() => readFileSync(`/proc/${pid}/stat`, 'utf8'))
  if (stat === '') return undefined
  // The command name (field 2) may hold spaces and parentheses: count fields after its last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return { state: fields[0] ?? '', start: fields[19] ?? '' }
}

/** '' where /proc is not there (macOS) or the entry has gone. */
function readProc(read: () => string): string {
  try {
    return read()
  } catch {
    return ''
  }
}
