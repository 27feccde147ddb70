// `tickler import FILE...` and `tickler export DIR`: thin wrappers over src/import that read the
// files, report per file, and turn a rejected import or export into exit 1 saying why.
import { closeSync, openSync, readSync } from 'node:fs'
import { stat } from 'node:fs/promises'
import { basename, resolve } from 'node:path'
import type { Tickler } from '../../src/app/open-tickler.ts'
import { StoreWriteError } from '../../src/errors/errors.ts'
import { ExportError } from '../../src/import/export-target.ts'
import { exportFiles } from '../../src/import/exporter.ts'
import { ImportError } from '../../src/import/import-error.ts'
import { type ImportSource, type ImportSummary, importFiles } from '../../src/import/importer.ts'
import { answer, type Reply } from '../../src/reply/reply.ts'
import { renderReply } from '../console/render.ts'
import { type CliIo, write, writeRendered } from './io.ts'
import { TERMINAL_USER } from './terminal-request.ts'

export async function importCommand(app: Tickler, io: CliIo, paths: string[]): Promise<number> {
  const { config, clock, store } = app.context
  const maxBytes = Math.floor(config.CSV_MAX_MB * 1024 * 1024)
  try {
    const sources: ImportSource[] = []
    for (const path of paths) {
      const full = resolve(io.cwd, path)
      const size = await stat(full).then(
        (s) => (s.isFile() ? s.size : -1),
        () => undefined,
      )
      if (size === undefined) throw new ImportError(path, 'no such file')
      if (size < 0) throw new ImportError(path, 'not a file')
      // Refuse before reading, so a huge file costs nothing.
      if (size > maxBytes)
        throw new ImportError(
          path,
          `the file is larger than the limit of ${config.CSV_MAX_MB} MB (CSV_MAX_MB)`,
        )
      sources.push(fileSource(path, full))
    }
    const summary = await importFiles(store, sources, {
      who: TERMINAL_USER,
      at: clock.now(),
      zone: config.TICKLER_TIMEZONE,
      calendar: config.businessCalendar,
      maxBytes,
    })
    await writeRendered(
      io.stdout,
      `${renderReply(importReply(summary), { color: io.stdout.isTTY === true })}\n`,
    )
    return 0
  } catch (error) {
    if (error instanceof ImportError || error instanceof StoreWriteError) {
      await write(io.stderr, `Import rejected: ${error.message}\nNothing was imported.\n`)
      return 1
    }
    throw error
  }
}

const CHUNK_BYTES = 64 * 1024

/**
 * A file read in chunks each time its rows are asked for: the import holds one chunk, never the
 * file. Synchronous because the store runs an import's rows inside one synchronous transaction.
 */
function fileSource(name: string, full: string): ImportSource {
  return {
    name,
    *chunks() {
      const fd = openSync(full, 'r')
      try {
        for (;;) {
          const chunk = Buffer.allocUnsafe(CHUNK_BYTES)
          const read = readSync(fd, chunk, 0, CHUNK_BYTES, null)
          if (read === 0) return
          yield chunk.subarray(0, read)
        }
      } finally {
        closeSync(fd)
      }
    },
  }
}

export function importReply(summary: ImportSummary): Reply {
  const items = summary.files.map((f) => ({
    text: `${f.name} (${f.kind}): ${f.rows} ${f.rows === 1 ? 'row' : 'rows'}: ${f.added} added, ${f.updated} updated, ${f.unchanged} unchanged`,
  }))
  const footer =
    summary.defaultChecks > 0 ? [`${summary.defaultChecks} default risk checks given to new vendors.`] : []
  return answer({
    title: summary.changed ? 'Import applied' : 'Nothing to change: the register already matches these files',
    sections: [{ items }],
    footer,
  })
}

export async function exportCommand(
  app: Tickler,
  io: CliIo,
  dir: string,
  options: { force: boolean },
): Promise<number> {
  const { config, store } = app.context
  let files: Awaited<ReturnType<typeof exportFiles>>
  try {
    files = await exportFiles(store, resolve(io.cwd, dir), {
      force: options.force,
      dataDir: resolve(io.cwd, config.dataDir),
      zone: config.TICKLER_TIMEZONE,
    })
  } catch (error) {
    if (!(error instanceof ExportError)) throw error
    await write(io.stderr, `Export refused: ${error.message}\nNothing was written.\n`)
    return 1
  }
  const items = files.map((f) => ({
    text: `${basename(f.path)}: ${f.rows} ${f.rows === 1 ? 'row' : 'rows'}`,
  }))
  const reply = answer({ title: `Exported the register to ${dir}`, sections: [{ items }] })
  await writeRendered(io.stdout, `${renderReply(reply, { color: io.stdout.isTTY === true })}\n`)
  return 0
}
