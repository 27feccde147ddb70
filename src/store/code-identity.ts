// Which code is running, as one hash, so a snapshot can name the code that validated and wrote
// its records (snapshot-trust.ts). From the built bundle it is a SHA-256 over every .js file of the
// bundle's folder (names and bytes: the record schemas, their refinements and zod itself are
// bundled there, see bin/build.mjs) and Node's version (regular expressions follow its Unicode
// data), hashed on the start's worker thread (journal-digest.ts). From the TypeScript sources
// (tsx, tests) there is none: a source file can change between two runs without any build.
import { statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { type CodeFiles, codeStamp, digestAtStart } from './journal-digest.ts'

/** A fixed identity (a test's, or null for none), or the bundle files whose hash makes it. */
export type CodeSource = { identity: string | null } | CodeFiles

/**
 * This module's bundle file as the process loaded it. The files are hashed later (at the first
 * snapshot read or written); a rebuild meanwhile replaces this file too, and the worker then
 * finds it changed and names no identity, never the new build's for the old code still running.
 */
const loaded: CodeFiles | null = (() => {
  const file = fileURLToPath(import.meta.url)
  if (!file.endsWith('.js')) return null
  return { folder: path.dirname(file), file, stamp: codeStamp(statSync(file)) }
})()

/** The running code's source: the bundle this module was built into, if any. */
export function runningCode(): CodeSource {
  return loaded ?? { identity: null }
}

/** Identities already hashed, by bundle folder: the files are hashed once per process. */
const known = new Map<string, Promise<string | null>>()

/** Keeps the identity the start's worker hashed, for the snapshots this process writes. */
export function rememberIdentity(code: CodeFiles, identity: string | null): void {
  known.set(code.folder, Promise.resolve(identity))
}

/** The identity of `code`; null when there is none or it could not be hashed (never rejects). */
export function identityOf(code: CodeSource): Promise<string | null> {
  if ('identity' in code) return Promise.resolve(code.identity)
  let identity = known.get(code.folder)
  if (!identity) {
    identity = digestAtStart({ dir: code.folder, files: [], code }).then(
      (d) => d.code,
      () => null,
    )
    known.set(code.folder, identity)
  }
  return identity
}
