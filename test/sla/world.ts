// A small register for the SLA command tests, loaded through the real importer and CSV specs
// (vendors, contracts, sla_targets, incidents), and a dispatcher over the sla commands.
import { Temporal } from 'temporal-polyfill'
import { dispatch } from '../../src/app/dispatch.ts'
import type { Context } from '../../src/commands/command.ts'
import { createRegistry } from '../../src/commands/registry.ts'
import { contractsCsv } from '../../src/import/contracts-csv.ts'
import { importFiles } from '../../src/import/importer.ts'
import { vendorsCsv } from '../../src/import/vendors-csv.ts'
import { plain, type Reply } from '../../src/reply/reply.ts'
import { slaCommands } from '../../src/sla/commands.ts'
import { incidentsCsv } from '../../src/sla/incidents-csv.ts'
import { slaTargetsCsv } from '../../src/sla/sla-targets-csv.ts'
import { MemoryStore } from '../../src/store/memory-store.ts'
import { ManualClock } from '../../src/time/clock.ts'
import { makeContext } from '../support/context.ts'

export const ZONE = 'Europe/London'
/** Wednesday 2026-11-25 10:00 in London (GMT, so UTC too). */
export const NOW = '2026-11-25T10:00:00Z'
export const SPECS = [vendorsCsv, contractsCsv, slaTargetsCsv, incidentsCsv]

export const VENDORS = `name,aliases,category,tier,owner,contact_email,notes
Contoso,,network,high,U0NORTH,,
Globex,,support,medium,U0GLOB,,
Initech,,,low,,,
`

// Contoso: one active contract with targets (Old helpdesk has ended). Globex: two in two currencies.
export const CONTRACTS = `vendor,title,kind,start_date,end_date,auto_renew,renewal_term_months,notice_days,annual_value,currency,owner,monthly_fee,credit_percent_per_breach,credit_cap_percent,status
Contoso,Managed network,outsourcing,2025-01-01,2027-12-31,no,,90,240000.00,USD,,20000.00,5,10,
Contoso,Old helpdesk,support,2020-01-01,2021-12-31,no,,30,1000.00,USD,,,,,
Globex,Support EU,support,2026-01-01,2027-12-31,yes,12,60,12000.00,EUR,,1000.00,2.5,20,
Globex,Support US,support,2026-01-01,2027-12-31,yes,12,60,36000.00,USD,,3000.00,10,,
Initech,Printers,hardware,2026-01-01,2027-12-31,no,,30,500.00,USD,,,,,
`

export const TARGETS = `vendor,contract,priority,response,resolution,hours
Contoso,Managed network,P1,1h,4h,business
Contoso,Managed network,P2,4h,1d,24x7
Contoso,Old helpdesk,P1,1h,1d,business
Globex,Support EU,P2,1h,4h,24x7
Globex,Support US,P2,1h,4h,24x7
Globex,Support US,P1,30m,2h,24x7
`

export interface World {
  context: Context
  store: MemoryStore
  clock: ManualClock
  run(text: string, user?: string): Promise<Reply>
  importCsv(files: Record<string, string>): Promise<{ changed: boolean }>
}

export async function makeWorld(now = NOW, extra: Record<string, string> = {}): Promise<World> {
  const clock = new ManualClock(Temporal.Instant.from(now))
  const store = new MemoryStore()
  const env = { TICKLER_TIMEZONE: ZONE, DATA_DIR: '/nonexistent/tickler' }
  const context = makeContext(clock, { env, store, commands: slaCommands })
  const registry = createRegistry(slaCommands)
  let n = 0
  const importCsv = (files: Record<string, string>) =>
    importFiles(
      store,
      Object.entries(files).map(([name, text]) => ({ name, bytes: new TextEncoder().encode(text) })),
      { who: 'terminal', at: clock.now(), zone: ZONE, maxBytes: 50_000_000, specs: SPECS },
    )
  await importCsv({
    'vendors.csv': VENDORS,
    'contracts.csv': CONTRACTS,
    'sla_targets.csv': TARGETS,
    ...extra,
  })
  return {
    context,
    store,
    clock,
    importCsv,
    run: (text, user = 'U0TEST') =>
      dispatch(registry, { text, user, asAdmin: true, requestId: `req-${++n}` }, context),
  }
}

/** Every line of a reply as plain text, in reading order. */
export function lines(reply: Reply): string[] {
  const out: string[] = []
  if (reply.title) out.push(reply.title)
  for (const t of reply.text ?? []) out.push(plain(t))
  for (const f of reply.fields ?? []) out.push(`${f.label}: ${plain(f.value)}`)
  for (const s of reply.sections ?? []) {
    if (s.heading) out.push(s.heading)
    for (const t of s.text ?? []) out.push(plain(t))
    for (const i of s.items ?? []) out.push(plain(i.text))
    if ((s.items ?? []).length === 0 && s.empty && !s.text) out.push(s.empty)
  }
  for (const t of reply.footer ?? []) out.push(plain(t))
  return out
}

export function text(reply: Reply): string {
  return lines(reply).join('\n')
}
