// `tickler serve`'s resident memory at ready and after the bench's 43 Slack commands (the list
// bench/harness.ts sends: 40 vendor cards, renewals, risk due, agenda), on a copy of a register
// folder so every run starts from the same files (serve's start-up sweep records its posts):
//   node bin/run-ts.mjs bench/serve-rss.ts --dir /tmp/tickler-mem19-100k [--runs 1]
// The folder holds `store/`, as bench/retained.ts leaves it.
import { loadavg } from 'node:os'
import { parseArgs } from 'node:util'
import { coldStartOnCopy, keptRegister } from './kept-register.ts'
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
    const run = await coldStartOnCopy(source, {
      apiUrl: stub.url,
      commands,
      settleMs: Number(values.settle) * 1000,
      nodeFlags: values['node-flag'],
    })
    const settled =
      run.rssSettledMb === undefined ? '' : `, ${run.rssSettledMb.toFixed(0)} MB ${values.settle} s later`
    console.log(
      `${vendors} vendors: ready ${run.readyMs.toFixed(0)} ms, RSS ${run.rssMb.toFixed(0)} MB at ready (peak ${run.hwmMb.toFixed(0)}), ${run.rssAfterMb.toFixed(0)} MB after ${run.commands} commands (peak ${run.hwmAfterMb.toFixed(0)})${settled} (load ${load()})`,
    )
  }
} finally {
  await stub.close()
}
