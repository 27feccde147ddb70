// A lowdb Adapter for small whole-document JSON files (the store's meta file) that makes every
// write durable: temp file, fsync, rename over the old file, fsync the directory. A crash at any
// instant leaves either the old or the new file, never a mix. lowdb's own JSONFile (steno) renames
// without fsync, which is not enough for "acknowledged means on disk".
import { randomBytes } from 'node:crypto'
import type { FileHandle } from 'node:fs/promises'
import path from 'node:path'
import type { Adapter } from 'lowdb'
import { StoreLoadError } from '../errors/errors.ts'
import { errorCode, type StoreFs, syncDir } from './store-fs.ts'

/** Temp files end in .tmp.json so DATA_DIR only ever holds *.json, *.jsonl and *.lock files. */
export const TEMP_SUFFIX = '.tmp.json'

export class DurableJsonFile<T> implements Adapter<T> {
  constructor(
    private readonly file: string,
    private readonly fs: StoreFs,
  ) {}

  async read(): Promise<T | null> {
    let text: string
    try {
      text = await this.fs.readFile(this.file, 'utf8')
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null
      throw error
    }
    try {
      return JSON.parse(text) as T
    } catch (error) {
      const name = path.basename(this.file)
      throw new StoreLoadError(`${name} is not valid JSON (${(error as Error).message})`, name)
    }
  }

  async write(data: T): Promise<void> {
    await this.writeText([`${JSON.stringify(data, null, 2)}\n`])
  }

  /**
   * Writes JSON text already serialised, piece by piece as `pieces` makes them: the store
   * snapshot, a part a line, is never one string (hundreds of MB at 100,000 vendors).
   * `beforeSync` may then write over bytes already written (the snapshot's digest of itself).
   */
  async writeText(
    pieces: Iterable<string>,
    beforeSync?: (handle: FileHandle) => Promise<void>,
  ): Promise<void> {
    const dir = path.dirname(this.file)
    const temp = path.join(
      dir,
      `.${path.basename(this.file)}.${randomBytes(4).toString('hex')}${TEMP_SUFFIX}`,
    )
    const handle = await this.fs.open(temp, 'wx')
    try {
      try {
        // A file handle's writeFile writes on from where the last one stopped.
        for (const piece of pieces) await handle.writeFile(piece, 'utf8')
        await beforeSync?.(handle)
        await handle.sync()
      } finally {
        await handle.close()
      }
      await this.fs.rename(temp, this.file)
    } catch (error) {
      await this.fs.unlink(temp).catch(() => undefined)
      throw error
    }
    await syncDir(this.fs, dir)
  }
}
