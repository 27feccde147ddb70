// The store's meta file (tickler.json): which format the folder is in. Read through lowdb with the
// durable adapter. A folder written by a newer Tickler is refused rather than misread.
import path from 'node:path'
import { Low } from 'lowdb'
import { z } from 'zod'
import { StoreLoadError } from '../errors/errors.ts'
import { DurableJsonFile } from './durable-json-file.ts'
import type { StoreFs } from './store-fs.ts'

export const META_FILE = 'tickler.json'
export const STORE_FORMAT = 'tickler-store'
/** Bump when the files change shape, and add the step from the old version to MIGRATIONS. */
export const FORMAT_VERSION = 1

const MetaSchema = z.object({
  format: z.literal(STORE_FORMAT, { message: `must be "${STORE_FORMAT}"` }),
  version: z.number().int().min(1, { message: 'must be a whole number from 1' }),
})
export type StoreMeta = z.infer<typeof MetaSchema>

/**
 * Migration hook: MIGRATIONS[v] turns a folder in format v into format v + 1. It runs under the
 * folder's lock, before anything is loaded, and must itself be crash-safe (write new files
 * durably, then switch by renaming); openJsonStore writes the new version into tickler.json only
 * after the last step succeeded. Format 1 is the first, so there is nothing to migrate yet.
 */
export const MIGRATIONS: Record<number, (dir: string, fs: StoreFs) => Promise<void>> = {}

function metaDb(dir: string, fs: StoreFs): Low<unknown> {
  return new Low<unknown>(new DurableJsonFile<unknown>(path.join(dir, META_FILE), fs), null)
}

/** The folder's meta, or null when the folder has never been written. */
export async function readMeta(dir: string, fs: StoreFs): Promise<StoreMeta | null> {
  const db = metaDb(dir, fs)
  await db.read()
  if (db.data === null) return null
  const result = MetaSchema.safeParse(db.data)
  if (!result.success) {
    const issue = result.error.issues[0]!
    const field = issue.path.join('.') || '(file)'
    throw new StoreLoadError(`${META_FILE}: field "${field}" ${issue.message}`, META_FILE, undefined, field)
  }
  const meta = result.data
  if (meta.version > FORMAT_VERSION) {
    throw new StoreLoadError(
      `${META_FILE}: the data folder is in store format ${meta.version}, written by a newer Tickler; ` +
        `this version reads format ${FORMAT_VERSION} and older; upgrade Tickler to open it`,
      META_FILE,
      undefined,
      'version',
    )
  }
  return meta
}

export async function writeMeta(dir: string, fs: StoreFs, version = FORMAT_VERSION): Promise<void> {
  const db = metaDb(dir, fs)
  db.data = { format: STORE_FORMAT, version } satisfies StoreMeta
  await db.write()
}

/** Brings an older folder up to FORMAT_VERSION; the caller holds the folder's lock. */
export async function migrate(dir: string, fs: StoreFs, meta: StoreMeta): Promise<void> {
  for (let version = meta.version; version < FORMAT_VERSION; version++) {
    const step = MIGRATIONS[version]
    if (!step) {
      throw new StoreLoadError(
        `${META_FILE}: no migration from store format ${version} to ${version + 1}`,
        META_FILE,
        undefined,
        'version',
      )
    }
    await step(dir, fs)
    await writeMeta(dir, fs, version + 1)
  }
}
