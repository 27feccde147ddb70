// Which code is running, as one hash, so a snapshot can name the code that validated and wrote
// its records (snapshot-trust.ts). From the built bundle it is a SHA-256 over every .js file of the
// bundle's folder (names and bytes: the record schemas, their refinements and zod itself are
// bundled there, see bin/build.mjs) and Node's version (regular expressions follow its Unicode
// data), hashed on the start's worker thread (journal-digest.ts). From the TypeScript sources
// (tsx, tests) there is none: a source file can change between two runs without any build.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { digestAtStart } from './journal-digest.ts'

/** A fixed identity (a test's, or null for none), or the bundle folder whose files make it. */
export type CodeSource = { identity: string | null } | { folder: string }

/** The running code's source: the folder of the bundle this module was built into, if any. */
export function runningCode(): CodeSource {
  const file = fileURLToPath(import.meta.url)
  return file.endsWith('.js') ? { folder: path.dirname(file) } : { identity: null }
}

/** Identities already hashed, by bundle folder: the files are hashed once per process. */
const known = new Map<string, Promise<string | null>>()

/** Keeps the identity the start's worker hashed, for the snapshots this process writes. */
export function rememberIdentity(folder: string, identity: string | null): void {
  if (identity !== null) known.set(folder, Promise.resolve(identity))
}

/** The identity of `code`; null when there is none or it could not be hashed (never rejects). */
export function identityOf(code: CodeSource): Promise<string | null> {
  if ('identity' in code) return Promise.resolve(code.identity)
  let identity = known.get(code.folder)
  if (!identity) {
    identity = digestAtStart({ dir: code.folder, files: [], codeFolder: code.folder }).then(
      (d) => d.code,
      () => null,
    )
    known.set(code.folder, identity)
  }
  return identity
}
