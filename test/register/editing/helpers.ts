// A Tickler over a store (memory or JSON files) with every command, a ManualClock, and helpers to
// run lines through the real dispatcher as the terminal or a chat user.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Temporal } from 'temporal-polyfill'
import { allCommands } from '../../../src/app/command-table.ts'
import { dispatch } from '../../../src/app/dispatch.ts'
import type { Context } from '../../../src/commands/command.ts'
import { createRegistry } from '../../../src/commands/registry.ts'
import { loadConfig } from '../../../src/config/config.ts'
import { exportFiles } from '../../../src/import/exporter.ts'
import { importFiles } from '../../../src/import/importer.ts'
import { silentLogger } from '../../../src/log/logger.ts'
import { plain, type Reply } from '../../../src/reply/reply.ts'
import { MemoryStore } from '../../../src/store/memory-store.ts'
import type { Store, StoreView } from '../../../src/store/store.ts'
import { ManualClock } from '../../../src/time/clock.ts'

export function makeContext(
  options: { now?: string; store?: Store; env?: Record<string, string> } = {},
): Context & { clock: ManualClock } {
  return {
    store: options.store ?? new MemoryStore(),
    clock: new ManualClock(Temporal.Instant.from(options.now ?? '2026-11-25T10:00:00Z')),
    config: loadConfig({ TICKLER_ADMINS: 'U0ADMIN', ...(options.env ?? {}) }),
    log: silentLogger,
    commands: allCommands,
  }
}

const registry = createRegistry(allCommands)

/** Where a line is typed: the terminal (a local admin, as its adapter says) or a Slack channel. */
export type Surface = 'terminal' | 'slack'

export function say(
  context: Context,
  text: string,
  as: { platform?: Surface; user?: string } = {},
): Promise<Reply> {
  const platform = as.platform ?? 'terminal'
  const user = as.user ?? (platform === 'terminal' ? 'terminal' : 'U0ADMIN')
  const where = platform === 'slack' ? { channel: 'slack:T1:C1', workspace: 'T1' } : { asAdmin: true }
  return dispatch(registry, { text, user, requestId: 'test', ...where }, context)
}

/** Every line of a reply as the terminal would show its parts. */
export function lines(reply: Reply): string[] {
  const out: string[] = []
  if (reply.title) out.push(reply.title)
  for (const t of reply.text ?? []) out.push(plain(t))
  for (const f of reply.fields ?? []) out.push(`${f.label}: ${plain(f.value)}`)
  for (const s of reply.sections ?? []) {
    if (s.heading) out.push(`## ${s.heading}`)
    for (const t of s.text ?? []) out.push(plain(t))
    for (const i of s.items ?? []) out.push(`- ${plain(i.text)}`)
    if ((s.items ?? []).length === 0 && s.empty) out.push(s.empty)
  }
  for (const t of reply.footer ?? []) out.push(plain(t))
  return out
}

export function textOf(reply: Reply): string {
  return lines(reply).join('\n')
}

/** Every store file's bytes (locks left out), to prove a rejected command wrote nothing. */
export async function snapshot(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  for (const name of (await readdir(dir)).sort()) {
    if (name.endsWith('.lock')) continue
    out.set(name, (await readFile(join(dir, name))).toString('base64'))
  }
  return out
}

export const NORTHWIND =
  'vendor add "Northwind Traders" tier high category "Managed print" owner U0NORTH alias NWT email ap@northwind.example'
export const PRINT_DEAL =
  'contract add Northwind Traders "Print Fleet" kind outsourcing start 2025-01-01 end 2027-01-31 notice 30 days value 84,000.00 USD auto-renew yes term 12 months fee 7000'

/** Exports the register to a temp folder: file name → CSV text. */
export async function exported(view: StoreView): Promise<Record<string, string>> {
  const dir = await mkdtemp(join(tmpdir(), 'tickler-export-'))
  try {
    const files = await exportFiles(view, dir)
    const out: Record<string, string> = {}
    for (const f of files) out[f.file] = await readFile(f.path, 'utf8')
    return out
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** Imports exported CSV text into `store` as the terminal would. */
export function importInto(store: Store, files: Record<string, string>, at: Temporal.Instant) {
  return importFiles(
    store,
    Object.entries(files).map(([name, text]) => ({ name, bytes: new TextEncoder().encode(text) })),
    { who: 'terminal', at, zone: 'UTC', maxBytes: 50_000_000 },
  )
}
