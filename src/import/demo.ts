// The demo register (data/demo/*.csv). Its dates are written as if today were DEMO_BASE_DATE and
// are shifted by whole days at load, so renewals always spread over the next twelve months.
// Loaded only into an empty store; the caller decides where that is allowed (SPEC §7).
import { readdir, readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import type { Temporal } from 'temporal-polyfill'
import { COLLECTION_SCHEMAS, type CollectionName, type Store } from '../store/store.ts'
import { addDays, daysBetween, isCalendarDate } from '../time/calendar-date.ts'
import { localDate } from '../time/zone.ts'
import { type ImportSummary, importFiles } from './importer.ts'

export const DEMO_BASE_DATE = '2026-01-01'
export const DEMO_DIR = fileURLToPath(new URL('../../data/demo/', import.meta.url))

/** Nothing at all stored yet, not even an audit trail of things since removed. */
export function isEmptyStore(store: Store): boolean {
  const names = Object.keys(COLLECTION_SCHEMAS) as CollectionName[]
  return names.every((name) => store.all(name).length === 0) && store.audit().length === 0
}

/** Every ISO date (also the date of a date-time) in the text, moved by `days`. */
export function shiftDates(text: string, days: number): string {
  return text.replace(/(?<!\d)(\d{4}-\d{2}-\d{2})(?!\d)/g, (date) =>
    isCalendarDate(date) ? addDays(date, days) : date,
  )
}

export async function loadDemo(
  store: Store,
  options: { who: string; at: Temporal.Instant; zone: string; maxBytes: number; dir?: string },
): Promise<ImportSummary> {
  const dir = options.dir ?? DEMO_DIR
  const days = daysBetween(DEMO_BASE_DATE, localDate(options.at, options.zone))
  const names = (await readdir(dir)).filter((f) => f.endsWith('.csv')).sort()
  const sources = await Promise.all(
    names.map(async (name) => ({
      name: `demo/${name}`,
      bytes: new TextEncoder().encode(shiftDates(await readFile(`${dir}${name}`, 'utf8'), days)),
    })),
  )
  return importFiles(store, sources, { ...options, action: 'demo' })
}
