// `tickler ask help` against `node -e 0`, whole process, five runs each, medians: issue 19's
// cold-start goal (within 4x). Wall time, and CPU time (user + system, via /usr/bin/time), which
// says more on a machine other work is loading. Run: node bin/run-ts.mjs bench/cli-start.ts [runs]
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { buildCliIfStale } from '../bin/build.mjs'
import { BIN } from './serve.ts'

const runs = Number(process.argv[2] ?? 5)
// The compiled CLI, as users run it: with a source newer than dist/, bin/tickler.mjs runs tsx.
await buildCliIfStale()
const dataDir = mkdtempSync(join(tmpdir(), 'tickler-cli-start-'))

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

function time(args: string[]): number {
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    const result = spawnSync(process.execPath, args, {
      env: { ...process.env, DATA_DIR: dataDir },
      stdio: 'ignore',
    })
    if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}`)
    samples.push(performance.now() - started)
  }
  return median(samples)
}

try {
  const floor = time(['-e', '0'])
  const help = time([BIN, 'ask', 'help'])
  console.log(
    `node -e 0: ${floor.toFixed(0)} ms; tickler ask help: ${help.toFixed(0)} ms; ratio ${(help / floor).toFixed(1)}x (medians of ${runs})`,
  )
} finally {
  rmSync(dataDir, { recursive: true, force: true })
}
