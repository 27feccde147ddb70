#!/usr/bin/env node
// Runs the TypeScript sources through tsx so `npx tickler` works straight after `npm ci`.
import { register } from 'tsx/esm/api'

register()
const { main } = await import('../adapters/cli/main.ts')
process.exitCode = await main(process.argv.slice(2))
// main has finished its work and closed the store. A chat SDK's pending retry timer (Socket Mode
// still trying to reach Slack when SIGTERM came) must not keep `serve` alive: after a moment for
// output to drain, exit. Unref'd, so a normal exit is not delayed.
setTimeout(() => process.exit(), 1000).unref()
