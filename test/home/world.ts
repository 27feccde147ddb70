// A small register with two owners, for the Home: U1 owns Contoso and Northwind and one of
// Fabrikam's contracts; U2 owns Fabrikam; U9 is an admin. The clock stands at Wed 2026-11-25.
import { dispatch } from '../../src/app/dispatch.ts'
import type { Context } from '../../src/commands/command.ts'
import { createRegistry } from '../../src/commands/registry.ts'
import type { Reply } from '../../src/reply/reply.ts'
import { contract, riskCheck, vendor } from '../support/factories.ts'

export const NOW = '2026-11-25T10:00:00Z'
export const ADMIN = 'U9'

export const WORLD = {
  vendors: [
    vendor('v1', 'Contoso', { owner: 'U1', tier: 'high' }),
    vendor('v2', 'Fabrikam', { owner: 'U2', tier: 'critical' }),
    vendor('v3', 'Northwind', { owner: 'U1', tier: 'low' }),
  ],
  contracts: [
    // Notice 2026-12-30 (35 days).
    contract({
      id: 'c-a',
      vendorId: 'v1',
      title: 'Office 365',
      startDate: '2026-03-01',
      endDate: '2027-02-28',
      noticeDays: 60,
    }),
    // Past the 90 days: on nobody's Home.
    contract({
      id: 'c-e',
      vendorId: 'v1',
      title: 'Far',
      startDate: '2025-07-01',
      endDate: '2028-06-30',
      noticeDays: 30,
    }),
    // Notice 2027-01-01 (37 days): U2's.
    contract({
      id: 'c-b',
      vendorId: 'v2',
      title: 'Support',
      startDate: '2026-02-01',
      endDate: '2027-01-31',
      noticeDays: 30,
    }),
    // Fabrikam's, but owned by U1 itself: notice 2026-12-31 (36 days).
    contract({
      id: 'c-c',
      vendorId: 'v2',
      title: 'Backup',
      startDate: '2026-04-01',
      endDate: '2027-03-31',
      noticeDays: 90,
      owner: 'U1',
    }),
    // Notice missed 2026-10-17; does not auto-renew, so its end 2027-01-15 is still a reminder deadline.
    contract({
      id: 'c-d',
      vendorId: 'v3',
      title: 'Hosting',
      startDate: '2026-01-16',
      endDate: '2027-01-15',
      noticeDays: 90,
      autoRenew: false,
    }),
  ],
  riskChecks: [
    riskCheck('k1', 'v1', 'soc2', { cadenceDays: 365, lastDone: '2025-10-01' }), // due 2026-10-01: overdue
    riskCheck('k2', 'v1', 'insurance', { cadenceDays: 365, lastDone: '2026-01-10' }), // due 2027-01-10: 46 days
    riskCheck('k3', 'v2', 'soc2', { cadenceDays: 365, lastDone: '2025-12-01' }), // due 2026-12-01: 6 days
    riskCheck('k4', 'v3', 'questionnaire', { cadenceDays: 365, lastDone: '2025-12-20' }), // due 2026-12-20: 25 days
  ],
}

/** Runs a line through the dispatcher as `user`, as any chat surface does. */
export function runAs(context: Context, user: string, text: string): Promise<Reply> {
  return dispatch(createRegistry(context.commands), { text, user, requestId: `test-${text}` }, context)
}

/** One incident per owner: Contoso's (U1), Fabrikam Support's (U2) and Fabrikam Backup's (U1's contract). */
export async function logIncidents(context: Context): Promise<void> {
  for (const line of [
    'sla log Contoso contract "Office 365" P2 Mail slow started 2026-11-25T08:00',
    'sla log Fabrikam contract Support P3 Ticket queue stuck started 2026-11-25T09:00',
    'sla log Fabrikam contract Backup P1 Backups failing started 2026-11-25T07:00',
  ]) {
    const reply = await runAs(context, ADMIN, line)
    if (reply.status !== 'ok') throw new Error(`${line}: ${JSON.stringify(reply)}`)
  }
}
