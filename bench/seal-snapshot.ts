// A kept register's snapshot as a deployed `serve` finds it: written and sealed by the build it
// runs (the first change saved after an upgrade writes one: snapshot-writer.ts), so a cold start
// takes its records unchecked (snapshot-trust.ts). A register generated from the TypeScript
// sources, or sealed by an earlier build, gets one change and its removal through the built CLI
// (an admin added and removed: the register ends as it was, two journal lines longer).
import { spawn } from 'node:child_process'
import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { buildCliIfStale, OUT_DIR } from '../bin/build.mjs'
import { codeStamp, digestAtStart } from '../src/store/journal-digest.ts'
import { SNAPSHOT_FILE } from '../src/store/snapshot-file.ts'
import { BIN } from './serve.ts'

const ADMIN = 'U0BENCHSEAL'

/** The identity the built CLI hashes for itself (code-identity.ts). */
async function buildIdentity(): Promise<string | null> {
  const file = join(OUT_DIR, 'main.js')
  const code = { folder: OUT_DIR, file, stamp: codeStamp(await stat(file)) }
  return (await digestAtStart({ dir: OUT_DIR, files: [], code })).code
}

/** Who the head says wrote the snapshot: '' for nobody, null when there is no snapshot. */
async function writer(dataDir: string): Promise<string | null> {
  const text = await readFile(join(dataDir, SNAPSHOT_FILE), 'utf8').catch(() => '')
  if (!text) return null
  const head = JSON.parse(text.slice(1, text.indexOf('\n'))) as { written?: { by: string } }
  return head.written?.by ?? ''
}

function ask(dataDir: string, now: string, command: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'ask', '--now', now, command], {
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        DATA_DIR: dataDir,
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    })
    child.once('error', reject)
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`tickler ask ${command}: exit ${code}`)),
    )
  })
}

/**
 * Whether the register's snapshot is now sealed by the built CLI (false: a small register without
 * one). The CLI is built first when a source is newer than dist/: bin/tickler.mjs would run the
 * sources, which seal nothing.
 */
export async function sealWithBuild(dataDir: string, now: string): Promise<boolean> {
  await buildCliIfStale()
  const identity = await buildIdentity().catch(() => null)
  const before = await writer(dataDir)
  if (identity === null || before === null) return false
  if (before === identity) return true
  await ask(dataDir, now, `admins add ${ADMIN}`)
  await ask(dataDir, now, `admins remove ${ADMIN}`)
  return (await writer(dataDir)) === identity
}
