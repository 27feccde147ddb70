// A small register "imported" through the real CSV specs (vendors.csv then risk_checks.csv, then
// tier defaults for new vendors, as the importer does), for the command tests.
import { Temporal } from 'temporal-polyfill'
import { dispatch, type Inbound } from '../../src/app/dispatch.ts'
import type { Command, Context } from '../../src/commands/command.ts'
import { createRegistry } from '../../src/commands/registry.ts'
import { type ImportSummary, importFiles } from '../../src/import/importer.ts'
import { vendorsCsv } from '../../src/import/vendors-csv.ts'
import { plain, type Reply } from '../../src/reply/reply.ts'
import { riskAdd } from '../../src/risk/risk-add.ts'
import { riskChecksCsv } from '../../src/risk/risk-checks-csv.ts'
import { riskDone } from '../../src/risk/risk-done.ts'
import { riskList } from '../../src/risk/risk-list.ts'
import { riskRemove } from '../../src/risk/risk-remove.ts'

export const VENDORS = [
  {
    name: 'Contoso',
    tier: 'high',
    owner: 'U0NORTH',
    aliases: '',
    category: 'cloud',
    contact_email: '',
    notes: '',
  },
  {
    name: 'Fabrikam',
    tier: 'critical',
    owner: 'U0FABRI',
    aliases: '',
    category: '',
    contact_email: '',
    notes: '',
  },
  {
    name: 'Northwind Traders',
    tier: 'low',
    owner: 'U0NORTH',
    aliases: '',
    category: '',
    contact_email: '',
    notes: '',
  },
  {
    name: 'Tailspin',
    tier: 'medium',
    owner: 'risk@example.com',
    aliases: '',
    category: '',
    contact_email: '',
    notes: '',
  },
  { name: 'Wide World', tier: 'medium', owner: '', aliases: '', category: '', contact_email: '', notes: '' },
]

// Today is 2026-11-25. Northwind has no rows: it gets the low tier default (adverse_media).
export const CHECKS = [
  { vendor: 'Contoso', check: 'soc2', cadence_days: '', last_done: '2026-05-01', evidence: 'FY25 report' }, // 2026-10-28
  { vendor: 'Contoso', check: 'insurance', cadence_days: '170', last_done: '2026-06-08', evidence: '' }, // 2026-11-25
  { vendor: 'Contoso', check: 'questionnaire', cadence_days: '365', last_done: '2026-01-10', evidence: '' }, // 2027-01-10
  { vendor: 'Contoso', check: 'adverse media', cadence_days: '', last_done: '2026-11-01', evidence: '' }, // 2027-04-30
  { vendor: 'Fabrikam', check: 'SOC 2', cadence_days: '', last_done: '2026-09-10', evidence: '' }, // 2026-12-09
  { vendor: 'Fabrikam', check: 'questionnaire', cadence_days: '', last_done: '', evidence: '' }, // never: today
  { vendor: 'Tailspin', check: 'soc-2', cadence_days: '', last_done: '2025-11-20', evidence: '' }, // 2026-11-20
  { vendor: 'Tailspin', check: 'adverse_media', cadence_days: '', last_done: '2025-12-20', evidence: '' }, // 2026-12-20
  { vendor: 'Wide World', check: 'pentest', cadence_days: '30', last_done: '2026-11-25', evidence: '' }, // 2026-12-25
  {
    vendor: 'Wide World',
    check: 'insurance certificate',
    cadence_days: '',
    last_done: '2025-12-26',
    evidence: '',
  }, // 2026-12-26
]

function toCsv(rows: Record<string, string>[]): string {
  const header = Object.keys(rows[0]!)
  const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v)
  return [header.join(','), ...rows.map((r) => header.map((h) => cell(r[h] ?? '')).join(','))].join('\n')
}

/** Imports CSV files through the real importer (one transaction, dependency order, tier defaults). */
export async function importRegister(
  context: Context,
  files: { name: string; rows: Record<string, string>[] }[],
  today: string,
): Promise<ImportSummary> {
  return importFiles(
    context.store,
    files.map((f) => ({ name: f.name, bytes: new TextEncoder().encode(toCsv(f.rows)) })),
    {
      who: 'terminal',
      at: Temporal.Instant.from(`${today}T08:00:00Z`),
      zone: 'UTC',
      maxBytes: 1_000_000,
      specs: [vendorsCsv, riskChecksCsv],
    },
  )
}

export async function importDemo(context: Context): Promise<void> {
  await importRegister(
    context,
    [
      { name: 'risk_checks.csv', rows: CHECKS },
      { name: 'vendors.csv', rows: VENDORS },
    ],
    '2026-11-25',
  )
}

/** The risk writes and `risk list`; `risk due` tests pass the whole list (it also needs parse/window). */
export const writeCommands: Command[] = [riskDone, riskList, riskAdd, riskRemove]

export function run(
  context: Context,
  text: string,
  user = 'U0ASKER',
  commands = writeCommands,
): Promise<Reply> {
  const inbound: Inbound = { text, user, asAdmin: true, requestId: 'req-1' }
  return dispatch(createRegistry(commands), inbound, { ...context, commands })
}

/** Every line of a reply as plain text, in order (title, text, fields, section headings and items). */
export function lines(reply: Reply): string[] {
  const out: string[] = []
  if (reply.title) out.push(reply.title)
  for (const t of reply.text ?? []) out.push(plain(t))
  for (const f of reply.fields ?? []) out.push(`${f.label}: ${plain(f.value)}`)
  for (const s of reply.sections ?? []) {
    if (s.heading) out.push(`# ${s.heading}`)
    for (const t of s.text ?? []) out.push(plain(t))
    for (const i of s.items ?? []) out.push(`- ${plain(i.text)}`)
    if ((s.items ?? []).length === 0 && s.empty) out.push(s.empty)
  }
  return out
}

export function items(reply: Reply): string[] {
  return (reply.sections ?? []).flatMap((s) => (s.items ?? []).map((i) => plain(i.text)))
}
