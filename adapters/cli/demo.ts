// Demo data is loaded only into the default data folder (DATA_DIR unset), only when that store is
// empty, and only by `tickler chat` / `npm start` or `tickler demo` (SPEC §7).
import type { Tickler } from '../../src/app/open-tickler.ts'
import { isEmptyStore, loadDemo } from '../../src/import/demo.ts'
import { type CliIo, write } from './io.ts'

const GREETING =
  'Tickler: vendor lookups, renewals, SLA incidents and risk checks. Type help to see the commands, exit to leave.'

async function load(app: Tickler): Promise<string> {
  const { store, clock, config } = app.context
  const summary = await loadDemo(store, {
    who: 'demo',
    at: clock.now(),
    zone: config.TICKLER_TIMEZONE,
    maxBytes: config.CSV_MAX_MB * 1024 * 1024,
  })
  const counts = summary.files.map((f) => `${f.added} from ${f.kind}`).join(', ')
  return `Loaded the demo register into ${config.dataDir}: ${counts}.`
}

/** For chat and start: loads the demo when allowed; returns the greeting lines for a TTY. */
export async function loadDemoIfAllowed(app: Tickler, io: CliIo): Promise<string[]> {
  const { config, store, log } = app.context
  if (!config.usesDefaultDataDir || !isEmptyStore(store)) return [GREETING]
  const note = await load(app)
  // On a terminal the greeting says it; piped output stays answers only, so the log says it.
  if (io.stdout.isTTY !== true) log.info({ dataDir: config.dataDir }, 'demo register loaded')
  return [GREETING, note]
}

export async function demoCommand(app: Tickler, io: CliIo): Promise<number> {
  const { config, store } = app.context
  if (!config.usesDefaultDataDir) {
    await write(
      io.stderr,
      `Demo data is loaded only into the default data folder; ${config.DATABASE_URL ? 'DATABASE_URL is set' : `DATA_DIR is set (${config.dataDir})`}. Nothing was loaded.\n`,
    )
    return 1
  }
  if (!isEmptyStore(store)) {
    await write(
      io.stderr,
      `The store in ${config.dataDir} is not empty; demo data is loaded only into an empty one. Nothing was loaded.\n`,
    )
    return 1
  }
  await write(io.stdout, `${await load(app)}\n`)
  return 0
}
