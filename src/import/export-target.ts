// Where `tickler export DIR` may write (SPEC §7): never inside DATA_DIR (resolved through links),
// never through a symbolic link, never over an existing file unless forced. Everything is checked
// before the first byte is written, so a refused export writes nothing.
import { lstat, readlink, realpath } from 'node:fs/promises'
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path'

export class ExportError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ExportError'
  }
}

export interface ExportTarget {
  /** Overwrite files that are already there (never a link). */
  force?: boolean
  /** The store folder, which must not receive an export. */
  dataDir?: string
}

export async function checkExportTarget(dir: string, files: readonly string[], target: ExportTarget) {
  const folder = await lstatOrNothing(dir)
  if (folder?.isSymbolicLink()) {
    throw new ExportError(
      `${dir} is a symbolic link; export never writes through a link, so name the real folder`,
    )
  }
  if (folder && !folder.isDirectory()) throw new ExportError(`${dir} exists and is not a folder`)
  if (target.dataDir !== undefined) {
    const data = await resolvedPath(target.dataDir)
    const rel = relative(data, await resolvedPath(dir))
    if (rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))) {
      throw new ExportError(
        `${dir} is inside DATA_DIR (${data}), which holds only the store; choose another folder`,
      )
    }
  }
  if (!folder) return
  for (const file of files) {
    const path = join(dir, file)
    const found = await lstatOrNothing(path)
    if (!found) continue
    if (found.isSymbolicLink()) {
      throw new ExportError(
        `${path} is a symbolic link; export never writes through a link, so remove it first`,
      )
    }
    if (!found.isFile()) throw new ExportError(`${path} exists and is not a file`)
    if (!target.force) {
      throw new ExportError(`${path} already exists; add --force to overwrite it, or choose an empty folder`)
    }
  }
}

async function lstatOrNothing(path: string) {
  try {
    return await lstat(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}

/** The real path, also of a folder not made yet: its nearest existing ancestor resolved, even a dangling link. */
async function resolvedPath(path: string): Promise<string> {
  const full = resolve(path)
  try {
    return await realpath(full)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  const link = await readlink(full).catch(() => undefined)
  if (link !== undefined) return resolvedPath(resolve(dirname(full), link))
  const parent = dirname(full)
  return parent === full ? full : join(await resolvedPath(parent), basename(full))
}
