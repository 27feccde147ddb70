// Restore into the JSON store: the backup's history written as journal lines into an empty data
// folder, under the folder's lock. The journal files come first and tickler.json last: a restore
// cut short leaves journals without tickler.json, which the store refuses to open (exit 2) rather
// than showing half a register.
import path from 'node:path'
import type { Logger } from 'pino'
import type { Temporal } from 'temporal-polyfill'
import { UserError } from '../../errors/errors.ts'
import { DirLock } from '../dir-lock.ts'
import { Journal } from '../journal.ts'
import { encodeLine } from '../journal-format.ts'
import { LOCK_FILE } from '../json-store.ts'
import { instantIso } from '../state.ts'
import { errorCode, nodeFs, writeFailure } from '../store-fs.ts'
import { readMeta, writeMeta } from '../store-meta.ts'
import type { Backup } from './backup-file.ts'
import { historyLines } from './history-lines.ts'

const quiet = { warn() {}, error() {} } as unknown as Logger

export async function restoreJsonFolder(
  dir: string,
  backup: Backup,
  restoredAt: Temporal.Instant,
  log: Logger = quiet,
): Promise<void> {
  const lines = historyLines(backup, restoredAt)
  await nodeFs.mkdir(dir, { recursive: true })
  const lock = new DirLock(path.join(dir, LOCK_FILE), nodeFs, log)
  const journal = new Journal(dir, nodeFs, log)
  await lock.acquire()
  try {
    if ((await journal.list()).length > 0 || (await readMeta(dir, nodeFs))) {
      throw new UserError(
        `The store in ${dir} is not empty; restore only goes into an empty store. Nothing was restored.`,
        'DATA_DIR=<empty folder> tickler restore FILE',
        'DATA_DIR=data/restored tickler restore backups/tickler-2026-11-25.json',
      )
    }
    // One append (and one fsync) per month of history, not per line.
    let month = ''
    let pending: string[] = []
    const flush = async () => {
      if (pending.length > 0) await journal.append(Buffer.from(pending.join(''), 'utf8'), month)
      pending = []
    }
    for (const [index, line] of lines.entries()) {
      const at = instantIso(line.change.at)
      const lineMonth = at.slice(0, 7) > month ? at.slice(0, 7) : month
      if (lineMonth !== month) await flush()
      month = lineMonth
      const header = {
        at,
        who: line.change.who,
        action: line.change.action,
        requestId: line.change.requestId ?? '',
      }
      pending.push(`${encodeLine(index + 1, header, line.staged)}\n`)
    }
    await flush()
    await writeMeta(dir, nodeFs)
  } catch (error) {
    throw errorCode(error) ? writeFailure(error) : error
  } finally {
    await journal.close()
    lock.release()
  }
}
