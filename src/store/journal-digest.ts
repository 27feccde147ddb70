// Which journal bytes a snapshot covers, as one SHA-256 over them: an equal digest at start means
// they are byte for byte the lines the snapshot was taken from, which were validated then, so
// only the snapshot and the lines after it need parsing. A hand-edited line changes the digest.
import { createHash } from 'node:crypto'
import path from 'node:path'
import { errorCode, type StoreFs } from './store-fs.ts'

/** A journal file and how many of its bytes (whole lines) a snapshot covers. */
export interface CoveredFile {
  name: string
  length: number
}

export interface JournalDigest {
  sha256: string
  /** Complete lines in each file's covered bytes, for line numbers in later errors. */
  lines: number[]
}

const CHUNK = 1 << 20

/**
 * The digest of the first `length` bytes of each file, in order. Null when a file is missing or
 * shorter than that: the journal is not the one the snapshot was taken from.
 */
export async function digestJournal(
  dir: string,
  fs: StoreFs,
  files: readonly CoveredFile[],
): Promise<JournalDigest | null> {
  const hash = createHash('sha256')
  const lines: number[] = []
  const chunk = Buffer.allocUnsafe(CHUNK)
  for (const file of files) {
    let handle: Awaited<ReturnType<StoreFs['open']>>
    try {
      handle = await fs.open(path.join(dir, file.name), 'r')
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null
      throw error
    }
    try {
      let count = 0
      for (let position = 0; position < file.length; ) {
        const want = Math.min(CHUNK, file.length - position)
        const { bytesRead } = await handle.read(chunk, 0, want, position)
        if (bytesRead === 0) return null
        hash.update(chunk.subarray(0, bytesRead))
        for (let at = chunk.indexOf(10, 0); at !== -1 && at < bytesRead; at = chunk.indexOf(10, at + 1))
          count++
        position += bytesRead
      }
      lines.push(count)
    } finally {
      await handle.close()
    }
  }
  return { sha256: hash.digest('hex'), lines }
}
