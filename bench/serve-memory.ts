// Where `tickler serve`'s resident memory is, at ready, after the bench's 43 Slack commands and
// after settling: VmRSS split into V8 heap used, heap committed (per space), malloc and the rest,
// with the longest event-loop stall in each phase. bench/memory-probe.mjs is preloaded and asked
// by signal; the run is serve-rss.ts's (a copy of the register, the same commands):
//   node bin/run-ts.mjs bench/serve-memory.ts --dir /tmp/tickler-mem19-10k [--settle 5]
import { readFile } from 'node:fs/promises'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { coldStartWithStub, keptRegister } from './kept-register.ts'
import { askProbe } from './probe-answer.ts'

const { values } = parseArgs({
  options: {
    dir: { type: 'string' },
    settle: { type: 'string', default: '5' },
    'node-flag': { type: 'string', multiple: true, default: [] },
  },
})
const { source, vendors, commands } = await keptRegister(values.dir)

let asked = 0
async function probe(pid: number, phase: string): Promise<void> {
  // biome-ignore lint/suspicious/noExplicitAny: the probe's JSON
  const p = (await askProbe(pid, join(tmpdir(), `tickler-probe-${pid}-${asked++}.json`))) as any
  console.log(`${phase}: ${describe(p)}; longest stall ${p.maxStallMs} ms`)
  console.log(`${phase} mappings (MB): ${p.files}`)
  if (p.afterGc) console.log(`${phase} after gc(): ${describe(p.afterGc)}`)
}

// biome-ignore lint/suspicious/noExplicitAny: the probe's JSON
function describe(p: any): string {
  const spaces = Object.entries(p.spaces as Record<string, { used: number; committed: number }>)
    .filter(([, s]) => s.committed > 0)
    .map(([name, s]) => `${name.replace('_space', '')} ${s.used}/${s.committed}`)
    .join(', ')
  return `RSS ${p.rss} MB = anonymous ${p.anonymous} + file ${p.fileBacked}; heap used ${p.heapUsed}, committed ${p.heapCommitted} (${spaces}); malloc ${p.malloced}, external ${p.external}; other anonymous ${p.anonymous - p.heapCommitted}`
}

/** VmRSS each second while settling: when the idle compaction runs, and what it gives back. */
function sample(pid: number): void {
  const started = Date.now()
  const timer = setInterval(async () => {
    const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '')
    const kb = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1]
    if (!kb) return clearInterval(timer)
    console.log(`  +${((Date.now() - started) / 1000).toFixed(0)} s: RSS ${Math.round(Number(kb) / 1024)} MB`)
  }, 1000)
  timer.unref()
}

const run = await coldStartWithStub(source, {
  commands,
  settleMs: Number(values.settle) * 1000,
  nodeFlags: ['--import', join(import.meta.dirname, 'memory-probe.mjs'), ...values['node-flag']],
  atPhase: async (pid, phase) => {
    await probe(pid, phase)
    if (phase === 'after') sample(pid)
  },
})
console.log(
  `${vendors} vendors: ready ${run.readyMs.toFixed(0)} ms, RSS ${run.rssMb.toFixed(0)} MB at ready, ${run.rssAfterMb.toFixed(0)} MB after ${run.commands} commands, ${run.rssSettledMb?.toFixed(0)} MB ${values.settle} s later (load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')})`,
)
