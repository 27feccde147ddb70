// Vitest global setup: builds the CLI once, so the tests that spawn `tickler` run the compiled
// JavaScript a user runs (bin/tickler.mjs picks the build when it is newer than every source).
// A build already newer than every source is kept: it is exactly what a rebuild would give, and
// bin/tickler.mjs would run it as it is.
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildCli, OUT_DIR } from '../../bin/build.mjs'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))

/** The test bin/tickler.mjs makes before it runs the build, and the build script itself. */
function buildIsCurrent(): boolean {
  const built = join(OUT_DIR, 'main.js')
  if (!existsSync(built)) return false
  const builtMs = statSync(built).mtimeMs
  if (statSync(join(ROOT, 'bin', 'build.mjs')).mtimeMs > builtMs) return false
  for (const dir of ['src', 'adapters']) {
    for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.ts')) continue
      if (statSync(join(entry.parentPath, entry.name)).mtimeMs > builtMs) return false
    }
  }
  return true
}

export default async function setup(): Promise<void> {
  if (!buildIsCurrent()) await buildCli()
}
