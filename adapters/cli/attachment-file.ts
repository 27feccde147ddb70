// The terminal's way to hand over a reply's file (SPEC §12): written to `--out FILE`, or to a new
// file in a new folder of the system temp folder, and its path printed. Never into DATA_DIR (which
// holds only the store), never through a symbolic link.
import { constants } from 'node:fs'
import { mkdtemp, open, realpath } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, dirname, join, relative, resolve, sep } from 'node:path'
import type { Attachment } from '../../src/reply/reply.ts'

/** A file the terminal could not write: the CLI says why (exit 1). */
export class AttachmentError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'AttachmentError'
  }
}

async function real(path: string): Promise<string> {
  try {
    return await realpath(path)
  } catch {
    return resolve(path)
  }
}

function inside(child: string, parent: string): boolean {
  const rel = relative(parent, child)
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !rel.startsWith(sep))
}

/** Writes the file and returns its path. `out` relative paths are taken from `cwd`. */
export async function saveAttachment(
  attachment: Attachment,
  options: { out?: string; cwd: string; dataDir: string },
): Promise<string> {
  let path: string
  if (options.out) {
    path = resolve(options.cwd, options.out)
    const folder = await real(dirname(path))
    if (inside(folder, await real(resolve(options.cwd, options.dataDir)))) {
      throw new AttachmentError(
        `--out ${options.out} is inside DATA_DIR, which holds only the store; choose another folder`,
      )
    }
    path = join(folder, basename(path))
  } else {
    path = join(await mkdtemp(join(tmpdir(), 'tickler-')), attachment.name)
  }
  // O_NOFOLLOW: a link in place of the file is refused, not written through.
  const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW
  let file: Awaited<ReturnType<typeof open>>
  try {
    file = await open(path, flags, 0o644)
  } catch (error) {
    throw new AttachmentError(`cannot write ${path}: ${(error as Error).message}`)
  }
  try {
    await file.writeFile(attachment.content, 'utf8')
  } finally {
    await file.close()
  }
  return path
}
