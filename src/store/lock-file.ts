// Lock files on disk. A lock file only ever appears complete: its holder's identity is written to
// a file of its own first and then hard-linked to the lock's name, which fails if that name
// exists. So no reader ever sees an empty or half-written lock of a live holder, however long the
// holder is starved between creating and filling it. The names of the side files end in .lock too,
// since DATA_DIR holds only store files and *.lock files.
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { type Holder, holderSchema, type LockFileSeen } from './lock-holder.ts'
import { errorCode, type StoreFs, writeFailure } from './store-fs.ts'

/** Side files of a lock: `new` holds an identity about to be linked, `break` claims a removal. */
export type SideKind = 'new' | 'break'

export function newToken(): string {
  return randomBytes(8).toString('hex')
}

/** `tickler.lock` → `tickler.<key>.<kind>.lock`, beside it. */
export function sideFile(lock: string, key: string, kind: SideKind): string {
  return path.join(path.dirname(lock), `${stem(lock)}.${key}.${kind}.lock`)
}

/** The side files of `lock` among a folder's names. */
export function sideFiles(lock: string, names: string[]): string[] {
  const prefix = `${stem(lock)}.`
  return names
    .filter((n) => n.startsWith(prefix) && /^[^.]+\.(new|break)\.lock$/.test(n.slice(prefix.length)))
    .map((n) => path.join(path.dirname(lock), n))
}

/**
 * Writes `holder` to its own new side file and returns it open (its descriptor); the caller links
 * and removes it. Synchronous, like the link and the removals: see StoreFs.
 */
export function writeIdentity(fs: StoreFs, lock: string, holder: Holder): { file: string; fd: number } {
  const file = sideFile(lock, holder.token, 'new')
  let fd: number
  try {
    fd = fs.openSync(file, 'wx')
  } catch (error) {
    throw writeFailure(error)
  }
  try {
    const bytes = Buffer.from(JSON.stringify(holder), 'utf8')
    for (let written = 0; written < bytes.length; ) {
      written += fs.writeSync(fd, bytes, written, bytes.length - written, written)
    }
  } catch (error) {
    closeQuietly(fs, fd)
    removeQuietly(fs, file)
    throw writeFailure(error)
  }
  return { file, fd }
}

/** Gives the identity file a second name, `target`; false if `target` exists already. */
export function linkAs(fs: StoreFs, identity: string, target: string): boolean {
  try {
    fs.linkSync(identity, target)
    return true
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false
    throw writeFailure(error)
  }
}

/**
 * Creates `target` holding `holder` (identity file, link, remove the identity file's name);
 * returns its descriptor, or undefined when `target` exists already.
 */
export function createLockFile(fs: StoreFs, target: string, holder: Holder): number | undefined {
  const identity = writeIdentity(fs, target, holder)
  let linked = false
  try {
    linked = linkAs(fs, identity.file, target)
    return linked ? identity.fd : undefined
  } finally {
    removeQuietly(fs, identity.file)
    if (!linked) closeQuietly(fs, identity.fd)
  }
}

/** Removes a name whose removal may fail harmlessly (already gone, or swept later as dead). */
export function removeQuietly(fs: StoreFs, file: string): void {
  try {
    fs.unlinkSync(file)
  } catch {
    // left for the next sweep, which removes a dead holder's side files
  }
}

export function closeQuietly(fs: StoreFs, fd: number): void {
  try {
    fs.closeSync(fd)
  } catch {
    // a descriptor that cannot be closed holds nothing we need
  }
}

/** The lock file at `file` as it is now; null if there is none. */
export async function readLockFile(fs: StoreFs, file: string): Promise<LockFileSeen | null> {
  let handle: Awaited<ReturnType<StoreFs['open']>>
  try {
    handle = await fs.open(file, 'r')
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null
    throw writeFailure(error)
  }
  try {
    const { ino, mtimeMs } = await handle.stat()
    const text = await handle.readFile('utf8')
    return { ino, mtimeMs, holder: parseHolder(text) }
  } finally {
    await handle.close()
  }
}

function parseHolder(text: string): Holder | null {
  try {
    const parsed = holderSchema.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

function stem(lock: string): string {
  return path.basename(lock).replace(/\.lock$/, '')
}
