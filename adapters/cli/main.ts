// The `tickler` command line (commander). Each subcommand prepares configuration, clock and store
// the same way, then runs; exit codes: 0 done or answered, 1 rejected, 2 could not start. The chat
// platform SDKs are loaded only by the subcommands that use them, so `ask` starts quickly.
import { CommanderError, Option, Command as Program } from 'commander'
import type { Tickler } from '../../src/app/open-tickler.ts'
import type { Config } from '../../src/config/config.ts'
import { ConfigError, StoreLoadError, StoreWriteError } from '../../src/errors/errors.ts'
import { ImportError } from '../../src/import/import-error.ts'
import { askHint } from '../console/confirm.ts'
import { renderReply } from '../console/render.ts'
import { stripTerminalControls } from '../console/terminal-text.ts'
import { teamsEnabled } from '../teams/enabled.ts'
import { writeAttachment } from './attachment-output.ts'
import { chat } from './chat.ts'
import { demoCommand, loadDemoIfAllowed } from './demo.ts'
import { keepYoungGenerationSmall } from './heap-compaction.ts'
import { type CliIo, processIo, write, writeRendered } from './io.ts'
import { exportCommand, importCommand } from './register-files.ts'
import { open, prepare, StartupError } from './startup.ts'
import { terminalRequest } from './terminal-request.ts'

interface NowOption {
  now?: string
}

const NOW_HELP =
  'run as if it were this instant: YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS], optionally with Z or ±HH:MM (default: the real time)'

/** Whether `npm start` should serve chat platforms rather than open the terminal chat. */
function hasPlatformCredentials(config: Config): boolean {
  return config.slackEnabled || teamsEnabled(config)
}

export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  let exitCode = 0
  const program = new Program('tickler')
    .description('Tickler: IT vendor and contract assistant (renewals, SLA incidents, risk checks)')
    .exitOverride()
    .configureOutput({
      // Commander quotes unknown arguments back: stripped like every other terminal line.
      writeOut: (s) => io.stdout.write(stripTerminalControls(s)),
      writeErr: (s) => io.stderr.write(stripTerminalControls(s)),
    })
    .showHelpAfterError('(run tickler --help for the commands)')

  /** Runs a subcommand body with an open Tickler; startup problems become exit 2. */
  const withTickler = async (options: NowOption, body: (app: Tickler) => Promise<number>) => {
    const app = await open(prepare(io, options.now))
    try {
      exitCode = await body(app)
    } finally {
      await app.close()
    }
  }
  const now = () => new Option('--now <instant>', NOW_HELP)

  program
    .command('start')
    .description(
      'what `npm start` runs: serve Slack/Teams when credentials are set, else chat on the demo register',
    )
    .addOption(now())
    .action((options: NowOption) =>
      withTickler(options, async (app) =>
        hasPlatformCredentials(app.context.config)
          ? (await import('./serve.ts')).serveCommand(app)
          : chat(app, io, await loadDemoIfAllowed(app, io)),
      ),
    )

  program
    .command('chat')
    .description('talk to Tickler in the terminal (reads lines from a pipe too)')
    .addOption(now())
    .action(async (options: NowOption) =>
      withTickler(options, async (app) => chat(app, io, await loadDemoIfAllowed(app, io))),
    )

  program
    .command('ask')
    .description('answer one command and exit: 0 answered, 1 rejected, 2 could not start')
    .argument('<text...>', 'the command, e.g. "renewals 90 days"')
    .addOption(now())
    .option('--out <file>', 'where to write a file the answer comes with (default: a new temp file)')
    // `ask risk done Contoso soc2 --on 2026-11-20`: options Tickler's grammar knows stay in the text.
    .allowUnknownOption()
    .action(async (words: string[], options: NowOption & { out?: string }) =>
      withTickler(options, async (app) => {
        const reply = await app.run(terminalRequest(words.join(' ')))
        await writeRendered(io.stdout, `${renderReply(reply, { color: io.stdout.isTTY === true })}\n`)
        const hint = askHint(reply)
        if (hint) await write(io.stdout, `${hint}\n`)
        const saved = await writeAttachment(reply, app, io, options.out)
        return reply.status === 'ok' && saved ? 0 : 1
      }),
    )

  program
    .command('import')
    .description('import register CSV files (recognised by their header), all or nothing')
    .argument('<files...>', 'vendors.csv, contracts.csv, sla_targets.csv, risk_checks.csv, incidents.csv')
    .addOption(now())
    .action(async (files: string[], options: NowOption) =>
      withTickler(options, (app) => importCommand(app, io, files)),
    )

  program
    .command('export')
    .description('write every register file, every column, to a folder; or the calendar feed with --ics')
    .argument('[dir]', 'the folder to write (made if missing; not inside DATA_DIR, not a link)')
    .addOption(now())
    .option('--force', 'overwrite register files already in the folder (never through a link)')
    .option('--ics <file>', 'write the whole calendar feed (.ics) to this file instead')
    .action(async (dir: string | undefined, options: NowOption & { force?: boolean; ics?: string }) => {
      const force = options.force === true
      if (options.ics !== undefined && dir === undefined) {
        const file = options.ics
        return withTickler(options, async (app) =>
          (await import('./export-ics.ts')).exportIcsCommand(app, io, file, { force }),
        )
      }
      if (dir === undefined || options.ics !== undefined) {
        await write(
          io.stderr,
          'tickler export needs a folder (tickler export ./backup) or --ics FILE (tickler export --ics deadlines.ics), not both.\n',
        )
        exitCode = 1
        return
      }
      return withTickler(options, (app) => exportCommand(app, io, dir, { force }))
    })

  program
    .command('remind')
    .description('run one reminder sweep and print what it posted (or would post)')
    .addOption(now())
    .option('--dry-run', 'only print what would be posted; store nothing, post nothing')
    .action(async (options: NowOption & { dryRun?: boolean }) =>
      withTickler(options, async (app) =>
        (await import('./remind.ts')).remindCommand(app, io, options.dryRun === true),
      ),
    )

  program
    .command('serve')
    .description('run the HTTP server for Slack and Teams, and the reminder scheduler')
    .addOption(now())
    .action(async (options: NowOption) => {
      keepYoungGenerationSmall()
      // The server's modules (Bolt among them) load while the store is read, not after it.
      const serving = import('./serve.ts')
      serving.catch(() => undefined)
      await withTickler(options, async (app) => (await serving).serveCommand(app))
    })

  program
    .command('backup')
    .description('write every collection of the store (audit, deliveries, dedupe keys included) to one file')
    .argument('<file>', 'the backup file to write (not inside DATA_DIR; never overwritten)')
    .action(async (file: string) => {
      exitCode = await (await import('./backup.ts')).backupCommand(prepare(io, undefined), io, file)
    })

  program
    .command('restore')
    .description('load a backup into an empty store (files, or PostgreSQL with DATABASE_URL)')
    .argument('<file>', 'a file written by tickler backup')
    .action(async (file: string) => {
      exitCode = await (await import('./backup.ts')).restoreCommand(prepare(io, undefined), io, file)
    })

  program
    .command('demo')
    .description('load the demo register into the default data folder (only when it is empty)')
    .addOption(now())
    .action(async (options: NowOption) => withTickler(options, (app) => demoCommand(app, io)))

  try {
    if (argv.length === 0) {
      program.outputHelp()
      return 0
    }
    await program.parseAsync(argv, { from: 'user' })
    return exitCode
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2
    if (error instanceof StartupError || error instanceof ConfigError) {
      await write(io.stderr, `tickler: cannot start: ${error.message}\n`)
      return 2
    }
    if (error instanceof StoreLoadError) {
      // Another process left a file this one cannot read: stop, never repair.
      await write(io.stderr, `tickler: the store is damaged: ${error.message}\n`)
      return 2
    }
    if (error instanceof ImportError || error instanceof StoreWriteError) {
      await write(io.stderr, `tickler: ${error.message}\n`)
      return 1
    }
    await write(io.stderr, `tickler: unexpected error: ${(error as Error).stack ?? String(error)}\n`)
    return 2
  }
}
