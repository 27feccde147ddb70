#!/usr/bin/env node
// Runs the compiled CLI that `npm ci` built (npm's prepare: bin/build.mjs). While developing,
// when any source file is newer than that build, or there is none, it runs the TypeScript
// sources through tsx instead, so `npx tickler` never runs stale code.
import { existsSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { newestSourceMs } from './newest-source.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const built = join(root, 'dist', 'cli', 'main.js')

let main
if (existsSync(built) && statSync(built).mtimeMs >= newestSourceMs()) {
  ;({ main } = await import(built))
} else {
  const { register } = await import('tsx/esm/api')
  register()
  ;({ main } = await import('../adapters/cli/main.ts'))
}
process.exitCode = await main(process.argv.slice(2))
// main has finished its work and closed the store. A chat SDK's pending retry timer (Socket Mode
// still trying to reach Slack when SIGTERM came) must not keep `serve` alive: after a moment for
// output to drain, exit. Unref'd, so a normal exit is not delayed.
setTimeout(() => process.exit(), 1000).unref()
