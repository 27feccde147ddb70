#!/usr/bin/env node
// Builds the CLI into plain JavaScript (npm's `prepare`, so `npm ci` leaves a ready build):
// one esbuild bundle of adapters/cli/main.ts with lazy chunks for `serve` and `remind`, so the
// terminal path never loads a chat SDK. Packages stay external (node_modules is there at run
// time). The output sits two folders below the root, like src/import/, so paths that modules
// resolve from import.meta.url (the demo register) mean the same in the bundle.
import { rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

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
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'warning',
  })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli()
