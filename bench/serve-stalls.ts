// Where `tickler serve` holds its event loop from spawn to a quiet server: every stretch of 40 ms
// or more without a turn (bench/stall-probe.mjs, preloaded), during start-up (to /healthz), while
// the memory bench's 43 Slack commands run (sent at once, or --wait seconds after ready, when the
// warm-up has run), and while the start-up reminder sweep finishes (--settle seconds). A request
// that arrives during a stretch waits for it. On a copy of a kept register (bench/kept-register.ts):
//   node bin/run-ts.mjs bench/serve-stalls.ts --dir /tmp/tickler-mem19-10k [--wait 0] [--settle 5]
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { BENCH_NOW } from './harness.ts'
import { coldStartWithStub, keptRegister } from './kept-register.ts'
import { askProbe } from './probe-answer.ts'
import { sealWithBuild } from './seal-snapshot.ts'

const { values } = parseArgs({
  options: {
    dir: { type: 'string' },
    wait: { type: 'string', default: '0' },
    settle: { type: 'string', default: '5' },
  },
})
const { source, vendors, commands } = await keptRegister(values.dir)
// As a deployed serve finds its register: a snapshot its own build sealed.
const sealed = await sealWithBuild(source, BENCH_NOW)

interface Block {
  atMs: number
  ms: number
}

let asked = 0
const blocksSoFar = (pid: number) =>
  askProbe(pid, join(tmpdir(), `tickler-stalls-${pid}-${asked++}.json`)) as Promise<Block[]>

const PHASES = {
  ready: 'start-up, to /healthz',
  after: `${commands.length} commands, sent ${values.wait} s after ready`,
  settled: `the next ${values.settle} s`,
} as const

function report(phase: keyof typeof PHASES, blocks: Block[]): void {
  const longest = blocks.reduce((m, b) => Math.max(m, b.ms), 0)
  const list = blocks.map((b) => `${b.ms} ms at ${(b.atMs / 1000).toFixed(2)} s`).join(', ')
  console.log(`${PHASES[phase]}: ${blocks.length} stretches, longest ${longest} ms${list ? `: ${list}` : ''}`)
}

const run = await coldStartWithStub(source, {
  commands,
  settleMs: Number(values.settle) * 1000,
  nodeFlags: ['--import', join(import.meta.dirname, 'stall-probe.mjs')],
  atPhase: async (pid, phase) => {
    report(phase, await blocksSoFar(pid))
    if (phase === 'ready') await new Promise((resolve) => setTimeout(resolve, Number(values.wait) * 1000))
  },
})
console.log(
  `${vendors} vendors (snapshot ${sealed ? 'sealed by this build' : 'not sealed'}): ready ${run.readyMs.toFixed(0)} ms (load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')})`,
)
