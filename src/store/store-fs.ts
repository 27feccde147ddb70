// The file-system calls the JSON store makes, as one injectable object: tests swap in a layer that
// fails like a full or read-only disk (we run as root, so chmod cannot simulate that). Also the
// two durability primitives every writer here uses: fsync of a directory, and the translation of
// an I/O failure into a short message a user can act on.
import fs from 'node:fs'
import fsp from 'node:fs/promises'
import { StoreWriteError } from '../errors/errors.ts'

export interface StoreFs {
  open: typeof fsp.open
  readFile: typeof fsp.readFile
  readdir: typeof fsp.readdir
  mkdir: typeof fsp.mkdir
  rename: typeof fsp.rename
  link: typeof fsp.link
  unlink: typeof fsp.unlink
  stat: typeof fsp.stat
  /**
   * The calls a commit makes besides its fdatasync (the lock file's creation and removal, the
   * listing under the lock, the append's write) are made on this thread: each is microseconds of
   * metadata or page-cache work, where a thread-pool round trip costs a worker wake-up and, on a
   * busy machine, the main thread's time slice; seven of them were most of a durable write's
   * tail (issue 19).
   */
  openSync: typeof fs.openSync
  writeSync: typeof fs.writeSync
  closeSync: typeof fs.closeSync
  linkSync: typeof fs.linkSync
  unlinkSync: typeof fs.unlinkSync
  readdirSync: typeof fs.readdirSync
}

export const nodeFs: StoreFs = {
  open: fsp.open,
  readFile: fsp.readFile,
  readdir: fsp.readdir,
  mkdir: fsp.mkdir,
  rename: fsp.rename,
  link: fsp.link,
  unlink: fsp.unlink,
  stat: fsp.stat,
  openSync: fs.openSync,
  writeSync: fs.writeSync,
  closeSync: fs.closeSync,
  linkSync: fs.linkSync,
  unlinkSync: fs.unlinkSync,
  readdirSync: fs.readdirSync,
}

/** Makes a rename or a new file in `dir` durable: the directory entry itself is fsynced. */
export async function syncDir(fs: StoreFs, dir: string): Promise<void> {
  const handle = await fs.open(dir, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : undefined
}

const REASONS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the data folder is read-only',
  EACCES: 'Tickler is not allowed to write to the data folder',
  EPERM: 'Tickler is not allowed to write to the data folder',
  EIO: 'the disk reported an input/output error',
  EMFILE: 'too many files are open',
}

/** Turns an I/O failure during a commit into the StoreWriteError users see; nothing was saved. */
export function writeFailure(error: unknown): StoreWriteError {
  if (error instanceof StoreWriteError) return error
  const code = errorCode(error)
  const reason = (code && REASONS[code]) ?? `the data folder could not be written (${code ?? String(error)})`
  return new StoreWriteError(`Nothing was saved: ${reason}.`, error)
}
