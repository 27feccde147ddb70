// `tickler export --ics FILE`: the whole calendar feed (every contract and check, SPEC §11) as one
// iCalendar file, with the same safety as a CSV export: never inside DATA_DIR, never through a
// link, never over an existing file without --force.
import { writeFile } from 'node:fs/promises'
import { basename, dirname, resolve } from 'node:path'
import type { Tickler } from '../../src/app/open-tickler.ts'
import { wholeFeed } from '../../src/calendar/feed.ts'
import { checkExportTarget, ExportError } from '../../src/import/export-target.ts'
import { type CliIo, write } from './io.ts'

export async function exportIcsCommand(
  app: Tickler,
  io: CliIo,
  file: string,
  options: { force: boolean },
): Promise<number> {
  const path = resolve(io.cwd, file)
  try {
    await checkExportTarget(dirname(path), [basename(path)], {
      force: options.force,
      dataDir: resolve(io.cwd, app.context.config.dataDir),
    })
  } catch (error) {
    if (!(error instanceof ExportError)) throw error
    await write(io.stderr, `Export refused: ${error.message}\nNothing was written.\n`)
    return 1
  }
  const ics = wholeFeed(app.context)
  await writeFile(path, ics, { flag: options.force ? 'w' : 'wx' })
  const events = ics.split('\r\n').filter((l) => l === 'BEGIN:VEVENT').length
  await write(
    io.stdout,
    `Exported the calendar feed to ${file}: ${events} ${events === 1 ? 'event' : 'events'}\n`,
  )
  return 0
}
