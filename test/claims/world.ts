// A register for the claim tests, loaded through the real importer and every CSV spec (credit
// bands and claim_days included), and a dispatcher over the real command table.
import { Temporal } from 'temporal-polyfill'
import { allCommands } from '../../src/app/command-table.ts'
import { dispatch } from '../../src/app/dispatch.ts'
import type { Context } from '../../src/commands/command.ts'
import { createRegistry } from '../../src/commands/registry.ts'
import { importFiles } from '../../src/import/importer.ts'
import type { Reply } from '../../src/reply/reply.ts'
import { makeContext } from '../support/context.ts'
import { ManualClock } from '../support/manual-clock.ts'
import { MemoryStore } from '../support/memory-store.ts'

export const ZONE = 'Europe/London'
/** Wednesday 2026-11-25 10:00 in London (GMT). */
export const NOW = '2026-11-25T10:00:00Z'

export const VENDORS = `name,aliases,category,tier,owner,contact_email,notes
Contoso,,network,high,U0NORTH,,
Globex,,support,medium,U0GLOB,,
`

// Contoso pays 20,000.00 USD a month: 5% per breach and availability bands, capped at 30%, claimed
// within 30 days of month end. Globex: Support US 10% per breach, claimed within 10 days; Support EU
// has no claim window.
export const CONTRACTS = `vendor,title,kind,start_date,end_date,auto_renew,renewal_term_months,notice_days,claim_days,annual_value,currency,owner,monthly_fee,credit_percent_per_breach,credit_cap_percent,status
Contoso,Managed network,outsourcing,2025-01-01,2027-12-31,no,,90,30,240000.00,USD,,20000.00,5,30,
Globex,Support EU,support,2026-01-01,2027-12-31,yes,12,60,,12000.00,EUR,,1000.00,2.5,20,
Globex,Support US,support,2026-01-01,2027-12-31,yes,12,60,10,36000.00,USD,U0DEAL,3000.00,10,,
`

export const TARGETS = `vendor,contract,priority,response,resolution,hours
Contoso,Managed network,P1,1h,4h,24x7
Globex,Support EU,P2,1h,4h,24x7
Globex,Support US,P2,1h,4h,24x7
`

export const BANDS = `vendor,contract,below_percent,credit_percent
Contoso,Managed network,99.9,10
Contoso,Managed network,99.0,25
Contoso,Managed network,95.0,100
`

// October (BST until the 25th): A breaches twice, B meets both, C breaches its resolution: 3 breaches.
// Globex: Support US one late response in September, Support EU one in August.
export const INCIDENTS = `id,vendor,contract,priority,summary,started,responded,resolved
,Contoso,Managed network,P1,A VPN down,2026-10-05T10:00,2026-10-05T11:30,2026-10-05T16:00
,Contoso,Managed network,P1,B Wi-Fi slow,2026-10-12T10:00,2026-10-12T10:30,2026-10-12T12:00
,Contoso,Managed network,P1,"=C ""core"" switch",2026-10-20T09:00,2026-10-20T09:45,2026-10-20T14:00
,Globex,Support US,P2,Late answer,2026-09-15T10:00Z,2026-09-15T11:30Z,2026-09-15T12:00Z
,Globex,Support EU,P2,Late answer,2026-08-03T10:00Z,2026-08-03T11:30Z,2026-08-03T12:00Z
`

export interface World {
  context: Context
  store: MemoryStore
  clock: ManualClock
  run(text: string, where?: { user?: string; channel?: string }): Promise<Reply>
}

export async function makeWorld(now = NOW, files: Record<string, string> = {}): Promise<World> {
  const clock = new ManualClock(Temporal.Instant.from(now))
  const store = new MemoryStore()
  const env = { TICKLER_TIMEZONE: ZONE, DATA_DIR: '/nonexistent/tickler' }
  const context = makeContext(clock, { env, store, commands: allCommands })
  const registry = createRegistry(allCommands)
  const all = {
    'vendors.csv': VENDORS,
    'contracts.csv': CONTRACTS,
    'sla_targets.csv': TARGETS,
    'credit_bands.csv': BANDS,
    'incidents.csv': INCIDENTS,
    ...files,
  }
  await importFiles(
    store,
    Object.entries(all).map(([name, text]) => ({ name, bytes: new TextEncoder().encode(text) })),
    { who: 'terminal', at: clock.now(), zone: ZONE, maxBytes: 50_000_000 },
  )
  let n = 0
  return {
    context,
    store,
    clock,
    run: (text, where = {}) =>
      dispatch(
        registry,
        {
          text,
          user: where.user ?? 'terminal',
          // The terminal is a local administrator; a named user is not (SPEC §6).
          ...(where.user ? {} : { asAdmin: true }),
          ...(where.channel ? { channel: where.channel } : {}),
          requestId: `req-${++n}`,
        },
        context,
      ),
  }
}
