// Which journal bytes a snapshot covers, as one SHA-256 over them: an equal digest at start means
// they are byte for byte the lines the snapshot was taken from, which were validated then, so
// only the snapshot and the lines after it need parsing. A hand-edited line changes the digest.
// Hashed on a worker thread: a start reads the snapshot meanwhile on the main one, and the 38 MB
// journal of 10,000 vendors cost the main thread about 45 ms (100,000 vendors: ten times more).
// The same worker hashes the snapshot's own bytes after its head line and the running code
// (code-identity.ts), which decide whether its records need checking again (snapshot-trust.ts):
// at 10,000 vendors another 35 MB, still done before the main thread has parsed the snapshot.
import type { Stats } from 'node:fs'
import { Worker } from 'node:worker_threads'

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

export interface StartDigest {
  /** Null when a file is missing or shorter than covered: not the journal the snapshot was taken from. */
  journal: JournalDigest | null
  /** SHA-256 of the snapshot's bytes after its head line; null when not asked for or gone. */
  records: string | null
  /** The running code's identity (code-identity.ts); null when not asked for. */
  code: string | null
}

/** A bundle to hash: its folder, and one of its files with the stamp it had when it was loaded. */
export interface CodeFiles {
  folder: string
  file: string
  stamp: string
}

/** Changes when a file is replaced or rewritten (a rebuild does both). The worker's stampOf is the same. */
export function codeStamp(stats: Stats): string {
  return `${stats.ino}:${stats.mtimeMs}:${stats.size}`
}

/** The worker: plain CommonJS, so it runs the same from the sources and from the bundle. */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads')
const { createHash } = require('node:crypto')
const { openSync, readSync, closeSync, readdirSync, readFileSync, statSync } = require('node:fs')
const { join } = require('node:path')
const { dir, files, snapshot, code } = workerData
const chunk = Buffer.allocUnsafe(1 << 20)
function open(file) {
  try {
    return openSync(file, 'r')
  } catch (error) {
    if (error.code === 'ENOENT') return undefined
    throw error
  }
}
function journal() {
  const hash = createHash('sha256')
  const lines = []
  for (const file of files) {
    const fd = open(join(dir, file.name))
    if (fd === undefined) return null
    try {
      let count = 0
      for (let position = 0; position < file.length; ) {
        const n = readSync(fd, chunk, 0, Math.min(chunk.length, file.length - position), position)
        if (n === 0) return null
        hash.update(chunk.subarray(0, n))
        for (let at = chunk.indexOf(10); at !== -1 && at < n; at = chunk.indexOf(10, at + 1)) count++
        position += n
      }
      lines.push(count)
    } finally {
      closeSync(fd)
    }
  }
  return { sha256: hash.digest('hex'), lines }
}
function afterFirstLine(file) {
  const fd = open(file)
  if (fd === undefined) return null
  try {
    const hash = createHash('sha256')
    let inHead = true
    for (let n; (n = readSync(fd, chunk, 0, chunk.length, null)) > 0; ) {
      let from = 0
      if (inHead) {
        const end = chunk.subarray(0, n).indexOf(10)
        if (end === -1) continue
        inHead = false
        from = end + 1
      }
      hash.update(chunk.subarray(from, n))
    }
    return inHead ? null : hash.digest('hex')
  } finally {
    closeSync(fd)
  }
}
const stampOf = (stats) => stats.ino + ':' + stats.mtimeMs + ':' + stats.size
function identity({ folder, file, stamp }) {
  if (stampOf(statSync(file)) !== stamp) return null
  const hash = createHash('sha256')
  hash.update(JSON.stringify([process.version, process.versions.unicode]) + '\\n')
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.js')).sort()) {
    const bytes = readFileSync(join(folder, name))
    hash.update(name + '\\0' + bytes.length + '\\0')
    hash.update(bytes)
  }
  return stampOf(statSync(file)) === stamp ? hash.digest('hex') : null
}
parentPort.postMessage({
  code: code ? identity(code) : null,
  journal: journal(),
  records: snapshot ? afterFirstLine(snapshot) : null,
})
`

/**
 * The digest of the first `length` bytes of each file in `dir`, in order; with `snapshot` (a
 * path) that of its bytes after the head line; with `code` the identity of that bundle, or null
 * when its stamped file is no longer as it was loaded.
 */
export function digestAtStart(input: {
  dir: string
  files: readonly CoveredFile[]
  snapshot?: string
  code?: CodeFiles
}): Promise<StartDigest> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { eval: true, workerData: input })
    worker.once('message', resolve)
    worker.once('error', reject)
    worker.once('exit', (code) => reject(new Error(`the start digest stopped (exit ${code})`)))
  })
}
