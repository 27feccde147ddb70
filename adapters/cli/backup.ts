// `tickler backup FILE` and `tickler restore FILE` (SPEC §10), for either store: the way to keep
// a copy outside DATA_DIR, and to move from files to PostgreSQL and back.
import { open as openFile, readFile } from 'node:fs/promises'
import { basename, dirname, resolve } from 'node:path'
import { UserError } from '../../src/errors/errors.ts'
import { checkExportTarget, ExportError } from '../../src/import/export-target.ts'
import { type Backup, backupOf, parseBackup } from '../../src/store/backup/backup-file.ts'
import { restoreJsonFolder } from '../../src/store/backup/restore-json.ts'
import { openConfiguredStore } from '../../src/store/open-store.ts'
import { type CliIo, write } from './io.ts'
import { type Started, startupFailure } from './startup.ts'

async function openStore(started: Started) {
  try {
    return await openConfiguredStore(started.config, started.log)
  } catch (error) {
    throw startupFailure(started.config, error)
  }
}

function storeName(started: Started): string {
  return started.config.DATABASE_URL ? 'the PostgreSQL store' : `the store in ${started.config.dataDir}`
}

function counts(backup: Backup): string {
  const records = Object.values(backup.collections).reduce((n, list) => n + list.length, 0)
  return `${records} ${records === 1 ? 'record' : 'records'}, ${backup.audit.length} audit ${backup.audit.length === 1 ? 'entry' : 'entries'}`
}

export async function backupCommand(started: Started, io: CliIo, file: string): Promise<number> {
  const path = resolve(io.cwd, file)
  try {
    await checkExportTarget(dirname(path), [basename(path)], {
      force: false,
      dataDir: resolve(io.cwd, started.config.dataDir),
    })
  } catch (error) {
    if (!(error instanceof ExportError)) throw error
    await write(io.stderr, `Backup refused: ${error.message}\nNothing was written.\n`)
    return 1
  }
  const store = await openStore(started)
  let backup: Backup
  try {
    await store.refresh()
    backup = backupOf(store.committed(), store.audit())
  } finally {
    await store.close()
  }
  // Durable before it is reported: a backup that a crash can lose is no backup.
  const handle = await openFile(path, 'wx')
  try {
    await handle.writeFile(JSON.stringify(backup), 'utf8')
    await handle.datasync()
  } finally {
    await handle.close()
  }
  await write(io.stdout, `Backed up ${storeName(started)} to ${file}: ${counts(backup)}.\n`)
  return 0
}

export async function restoreCommand(started: Started, io: CliIo, file: string): Promise<number> {
  try {
    let text: string
    try {
      text = await readFile(resolve(io.cwd, file), 'utf8')
    } catch (error) {
      throw new UserError(
        `Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`,
        'tickler restore FILE',
        'tickler restore backups/tickler-2026-11-25.json',
      )
    }
    const backup = parseBackup(text, file)
    const url = started.config.DATABASE_URL
    if (url) {
      const { openPostgresStore } = await import('../../src/store/postgres/postgres-store.ts')
      const store = await openPostgresStore(url, { log: started.log }).catch((error: unknown) => {
        throw startupFailure(started.config, error)
      })
      try {
        await store.restore(backup)
      } finally {
        await store.close()
      }
    } else {
      await restoreJsonFolder(started.config.dataDir, backup, started.clock.now(), started.log)
      // Opened once as Tickler will open it: every restored record validated again.
      await (await openStore(started)).close()
    }
    await write(io.stdout, `Restored ${file} into ${storeName(started)}: ${counts(backup)}.\n`)
    return 0
  } catch (error) {
    if (!(error instanceof UserError)) throw error
    const hint = [error.form && `Form: ${error.form}`, error.example && `Example: ${error.example}`]
    await write(io.stderr, `Restore refused: ${error.message}\n${hint.filter(Boolean).join('\n')}\n`)
    return 1
  }
}
