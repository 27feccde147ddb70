// `tickler serve`'s resident memory at ready and after the bench's 43 Slack commands (the list
// bench/harness.ts sends: 40 vendor cards, renewals, risk due, agenda), on a copy of a register
// folder so every run starts from the same files (serve's start-up sweep records its posts):
//   node bin/run-ts.mjs bench/serve-rss.ts --dir /tmp/tickler-mem19-100k [--runs 1]
// The folder holds `store/`, as bench/retained.ts leaves it.
import { cp, mkdtemp, rm } from 'node:fs/promises'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { BENCH_NOW } from './harness.ts'
import { keptRegister } from './kept-register.ts'
import { coldStart } from './serve.ts'
import { SlackApiStub } from './slack-api.ts'

const { values } = parseArgs({
  options: {
    dir: { type: 'string' },
    runs: { type: 'string', default: '1' },
    // Seconds to wait after the commands before reading VmRSS once more.
    settle: { type: 'string', default: '0' },
    'node-flag': { type: 'string', multiple: true, default: [] },
  },
})
const { source, vendors, commands } = await keptRegister(values.dir)

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')
const stub = new SlackApiStub()
await stub.start()
try {
  for (let i = 0; i < Number(values.runs); i++) {
    const copy = await mkdtemp(join(tmpdir(), 'tickler-serve-rss-'))
    try {
      await cp(source, join(copy, 'store'), { recursive: true })
      const run = await coldStart({
        dataDir: join(copy, 'store'),
        now: BENCH_NOW,
        apiUrl: stub.url,
        commands,
        // A loaded machine opens 100,000 vendors in well over coldStart's default minute.
        timeoutMs: 600_000,
        settleMs: Number(values.settle) * 1000,
        nodeFlags: values['node-flag'],
      })
      const settled =
        run.rssSettledMb === undefined ? '' : `, ${run.rssSettledMb.toFixed(0)} MB ${values.settle} s later`
      console.log(
        `${vendors} vendors: ready ${run.readyMs.toFixed(0)} ms, RSS ${run.rssMb.toFixed(0)} MB at ready (peak ${run.hwmMb.toFixed(0)}), ${run.rssAfterMb.toFixed(0)} MB after ${run.commands} commands (peak ${run.hwmAfterMb.toFixed(0)})${settled} (load ${load()})`,
      )
    } finally {
      await rm(copy, { recursive: true, force: true })
    }
  }
} finally {
  await stub.close()
}
