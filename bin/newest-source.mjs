// The modification time of the newest TypeScript source under src/ and adapters/: a build older
// than it is stale. Shared by bin/tickler.mjs (run the build or the sources) and bin/build.mjs
// (build only when stale); fs only, so the CLI's start pays nothing more.
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export function newestSourceMs() {
  let newest = 0
  for (const dir of ['src', 'adapters']) {
    const root = fileURLToPath(new URL(`../${dir}/`, import.meta.url))
    for (const entry of readdirSync(root, { withFileTypes: true, recursive: true })) {
      if (entry.isFile() && entry.name.endsWith('.ts')) {
        newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs)
      }
    }
  }
  return newest
}
