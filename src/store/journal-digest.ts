// Which journal bytes a snapshot covers, as one SHA-256 over them: an equal digest at start means
// they are byte for byte the lines the snapshot was taken from, which were validated then, so
// only the snapshot and the lines after it need parsing. A hand-edited line changes the digest.
// Hashed on a worker thread: a start reads the snapshot meanwhile on the main one, and the 38 MB
// journal of 10,000 vendors cost the main thread about 45 ms (100,000 vendors: ten times more).
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

/** The worker: plain CommonJS, so it runs the same from the sources and from the bundle. */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads')
const { createHash } = require('node:crypto')
const { openSync, readSync, closeSync } = require('node:fs')
const { join } = require('node:path')
const { dir, files } = workerData
const hash = createHash('sha256')
const chunk = Buffer.allocUnsafe(1 << 20)
const lines = []
function digest() {
  for (const file of files) {
    let fd
    try {
      fd = openSync(join(dir, file.name), 'r')
    } catch (error) {
      if (error.code === 'ENOENT') return null
      throw error
    }
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
parentPort.postMessage(digest())
`

/**
 * The digest of the first `length` bytes of each file in `dir`, in order. Null when a file is
 * missing or shorter than that: the journal is not the one the snapshot was taken from.
 */
export function digestJournal(dir: string, files: readonly CoveredFile[]): Promise<JournalDigest | null> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { eval: true, workerData: { dir, files } })
    worker.once('message', resolve)
    worker.once('error', reject)
    worker.once('exit', (code) => reject(new Error(`the journal digest stopped (exit ${code})`)))
  })
}
