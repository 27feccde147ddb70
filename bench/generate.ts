// A synthetic register for the benchmark: vendors with two contracts each, SLA targets on the
// first, three years of incidents, risk checks by tier and a few subscribed channels. Everything
// comes from one seeded generator, so a seed and a size always give exactly the same records, and
// timings from different runs describe the same data.
import type { Temporal } from 'temporal-polyfill'
import type { Contract } from '../src/domain/contract.ts'
import type { RiskCheck } from '../src/domain/risk-check.ts'
import type { Incident, Priority, SlaTarget } from '../src/domain/sla.ts'
import type { Subscription } from '../src/domain/subscription.ts'
import type { Tier, Vendor } from '../src/domain/vendor.ts'
import { targetId } from '../src/sla/targets.ts'
import { JsonStore } from '../src/store/json-store.ts'
import type { Store } from '../src/store/store.ts'
import { subscriptionId } from '../src/subscriptions/subscription-commands.ts'
import { addDays, addMonths } from '../src/time/calendar-date.ts'

/** mulberry32: small, fast and the same on every machine. */
export function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export interface Register {
  vendors: Vendor[]
  contracts: Contract[]
  slaTargets: SlaTarget[]
  incidents: Incident[]
  riskChecks: RiskCheck[]
  subscriptions: Subscription[]
}

export interface GenerateOptions {
  vendors: number
  /** Incidents over the three years before `now` (default 3 per vendor: 30,000 at 10,000). */
  incidents?: number
  seed?: number
  /** The benchmark's business "now"; dates are spread around it. */
  now: Temporal.Instant
}

const PREFIX = [
  'North',
  'South',
  'East',
  'West',
  'Blue',
  'Red',
  'Green',
  'Silver',
  'Golden',
  'Iron',
  'Cedar',
  'Maple',
  'Oak',
  'Pine',
  'Harbor',
  'River',
  'Summit',
  'Peak',
  'Bright',
  'Clear',
  'Swift',
  'Quiet',
  'Bold',
  'Prime',
  'Nova',
  'Astra',
  'Vertex',
  'Quantum',
  'Polar',
  'Solar',
  'Lunar',
  'Atlas',
  'Orion',
  'Zenith',
  'Apex',
  'Crimson',
  'Cobalt',
  'Amber',
  'Granite',
  'Copper',
  'Falcon',
  'Eagle',
  'Hawk',
  'Lynx',
  'Otter',
  'Badger',
  'Fox',
  'Wolf',
  'Bear',
  'Stone',
  'Cloud',
  'Storm',
  'Ember',
  'Frost',
  'Meadow',
  'Canyon',
  'Delta',
  'Sigma',
  'Omega',
  'Kappa',
]
const CORE = [
  'Data',
  'Cloud',
  'Net',
  'Soft',
  'Logic',
  'Works',
  'Systems',
  'Labs',
  'Tech',
  'Link',
  'Stack',
  'Wave',
  'Grid',
  'Path',
  'Point',
  'Forge',
  'Craft',
  'Scale',
  'Vault',
  'Gate',
  'Bridge',
  'Core',
  'Sphere',
  'Matrix',
  'Pulse',
  'Signal',
  'Stream',
  'Byte',
  'Bit',
  'Code',
  'Ware',
  'Serve',
  'Host',
  'Secure',
  'Shield',
  'Guard',
  'Sense',
  'Mind',
  'Flow',
  'Port',
  'Hub',
  'Base',
  'Line',
  'Mesh',
  'Cast',
  'Ops',
  'Desk',
  'Care',
  'Trust',
  'Mark',
]
const SUFFIX = [
  'Inc',
  'Ltd',
  'GmbH',
  'LLC',
  'Group',
  'Partners',
  'Solutions',
  'Services',
  'Software',
  'Networks',
  'Consulting',
  'Technologies',
]
const CATEGORIES = [
  'SaaS',
  'Cloud hosting',
  'Networking',
  'Security',
  'Hardware',
  'Telecom',
  'Consulting',
  'Outsourcing',
  'Licensing',
  'Support',
]
const CURRENCIES = ['USD', 'USD', 'USD', 'EUR', 'GBP']
const SUMMARIES = [
  'Login failures',
  'API timeouts',
  'Data sync delayed',
  'Portal down',
  'Slow responses',
  'Backup job failed',
  'VPN outage',
  'Email delivery delayed',
  'License server unreachable',
  'Certificate expired',
  'Disk full on shared host',
  'Report generation stuck',
]
const PRIORITIES: Priority[] = ['P1', 'P2', 'P3', 'P4']
const TARGETS: Record<Priority, [string, string, '24x7' | 'business']> = {
  P1: ['30m', '4h', '24x7'],
  P2: ['1h', '8h', '24x7'],
  P3: ['4h', '2d', 'business'],
  P4: ['1d', '5d', 'business'],
}
const CHECKS: Record<Tier, string[]> = {
  critical: ['soc2', 'questionnaire', 'insurance', 'adverse_media'],
  high: ['soc2', 'questionnaire', 'insurance', 'adverse_media'],
  medium: ['questionnaire', 'adverse_media'],
  low: ['adverse_media'],
}
const CADENCE: Record<Tier, number> = { critical: 90, high: 180, medium: 365, low: 730 }

const pad = (n: number, width = 5) => String(n).padStart(width, '0')

export function generateRegister(options: GenerateOptions): Register {
  const random = rng(options.seed ?? 20261125)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1))
  const nowMs = options.now.epochMilliseconds
  const today = new Date(nowMs).toISOString().slice(0, 10)
  const instant = (ms: number) =>
    new Date(Math.floor(ms / 60_000) * 60_000).toISOString().replace('.000Z', 'Z')

  const vendors: Vendor[] = []
  const names = new Set<string>()
  while (vendors.length < options.vendors) {
    const name = `${pick(PREFIX)}${pick(CORE).toLowerCase()} ${pick(CORE)} ${pick(SUFFIX)}`
    if (names.has(name.toLowerCase())) continue
    names.add(name.toLowerCase())
    const i = vendors.length + 1
    const r = random()
    const tier: Tier = r < 0.05 ? 'critical' : r < 0.2 ? 'high' : r < 0.6 ? 'medium' : 'low'
    const initials = name
      .split(' ')
      .map((w) => w[0])
      .join('')
    vendors.push({
      id: `v${pad(i)}`,
      name,
      // An acronym alias on a few, numbered so aliases stay unique.
      aliases: random() < 0.1 ? [`${initials}${i}`] : [],
      category: pick(CATEGORIES),
      tier,
      owner: `U0OWNER${pad(int(1, 50), 2)}`,
      contactEmail: `vendor${i}@example.com`,
      notes: '',
    })
  }

  const contracts: Contract[] = []
  const slaTargets: SlaTarget[] = []
  for (const v of vendors) {
    for (const n of [1, 2] as const) {
      // Starts up to five years back; terms of one to three years, many of them renewed since.
      const start = addDays(today, -int(30, 5 * 365))
      const years = int(1, 3)
      const withSla = n === 1
      // The SLA contract renews itself (so every vendor has an active one to log against).
      const autoRenew = withSla || random() < 0.5
      const currency = pick(CURRENCIES)
      const value = int(5, 2000) * 1000
      contracts.push({
        id: `c${v.id.slice(1)}-${n}`,
        vendorId: v.id,
        title: withSla ? `${v.name.split(' ')[0]} Platform` : `${v.name.split(' ')[0]} Support`,
        kind: withSla ? 'saas' : pick(['licence', 'support', 'outsourcing', 'hardware'] as const),
        startDate: start,
        endDate: addDays(addMonths(start, 12 * years), -1),
        autoRenew,
        renewalTermMonths: pick([12, 12, 24, 36]),
        noticeDays: pick([0, 30, 60, 90, 90]),
        annualValue: `${value}.00`,
        currency,
        owner: '',
        monthlyFee: withSla ? `${Math.round(value / 12)}.00` : null,
        creditPercentPerBreach: withSla ? '5' : null,
        creditCapPercent: withSla ? '25' : null,
        claimDays: withSla ? 30 : null,
        status: 'active',
        endedOn: null,
        calendar: null,
        decisions: [],
      })
      if (!withSla) continue
      for (const p of PRIORITIES) {
        const [response, resolution, hours] = TARGETS[p]
        slaTargets.push({
          // Ids as the importer makes them: lookups derive a target's id from contract and priority.
          id: targetId(`c${v.id.slice(1)}-1`, p),
          contractId: `c${v.id.slice(1)}-1`,
          priority: p,
          response,
          resolution,
          hours,
        })
      }
    }
  }

  // Incidents: skewed towards a minority of vendors (as in life), spread over three years, most
  // answered and resolved, the last few still open.
  const incidents: Incident[] = []
  const count = options.incidents ?? options.vendors * 3
  const span = 3 * 365 * 86_400_000
  const starts: number[] = []
  for (let i = 0; i < count; i++) starts.push(nowMs - span + Math.floor(random() * (span - 3_600_000)))
  starts.sort((a, b) => a - b)
  for (const [i, started] of starts.entries()) {
    const v = vendors[Math.floor(vendors.length * random() ** 2)]!
    const priority = pick(PRIORITIES)
    const open = i >= count - Math.max(1, Math.floor(count / 500))
    const responded = started + int(5, 300) * 60_000
    const resolved = responded + int(30, 4 * 24 * 60) * 60_000
    incidents.push({
      id: `INC-${pad(i + 1, 4)}`,
      vendorId: v.id,
      contractId: `c${v.id.slice(1)}-1`,
      priority,
      summary: pick(SUMMARIES),
      started: instant(started),
      responded: open && random() < 0.5 ? null : responded < nowMs ? instant(responded) : null,
      resolved: open || resolved >= nowMs ? null : instant(resolved),
      loggedBy: v.owner,
    })
  }

  const riskChecks: RiskCheck[] = []
  for (const v of vendors) {
    for (const kind of CHECKS[v.tier]) {
      const cadence = CADENCE[v.tier]
      const never = random() < 0.05
      riskChecks.push({
        id: `r${v.id.slice(1)}-${kind}`,
        vendorId: v.id,
        kind,
        cadenceDays: null,
        // Done up to 1.2 cadences ago: most current, some overdue.
        lastDone: never ? null : addDays(today, -int(1, Math.round(cadence * 1.2))),
        evidence: never ? '' : 'report on file',
        doneBy: never ? '' : v.owner,
        addedOn: addDays(today, -int(400, 1200)),
      })
    }
  }

  const subscribedAt = instant(nowMs - 400 * 86_400_000)
  const sub = (topic: Subscription['topic'], channel: string, tiers: Tier[] = []): Subscription => ({
    id: subscriptionId(topic, channel),
    topic,
    channel,
    filters: { tiers, owner: '' },
    createdBy: 'U0OWNER01',
    createdAt: subscribedAt,
    broken: null,
  })
  const subscriptions = [
    sub('renewals', 'slack:T1:C1'),
    sub('renewals', 'slack:T1:C2', ['critical', 'high']),
    sub('renewals', 'teams:19:bench@thread.tacv2'),
    sub('incidents', 'slack:T1:C1'),
    sub('risk', 'slack:T1:C1'),
    sub('digest', 'slack:T1:C1'),
  ]

  return { vendors, contracts, slaTargets, incidents, riskChecks, subscriptions }
}

/**
 * Writes the register through the store's own transactions (validated, audited, durable), in
 * batches so no single journal line is enormous, as a series of imports would leave it.
 */
export async function writeRegister(
  store: Store,
  register: Register,
  at: Temporal.Instant,
  options: { batch?: number; subscriptions?: boolean } = {},
): Promise<void> {
  const batch = options.batch ?? 5000
  const write = async <K extends keyof Register>(name: K, records: Register[K]) => {
    for (let i = 0; i < records.length; i += batch) {
      const slice = records.slice(i, i + batch)
      await store.transact({ who: 'bench', at, action: 'import' }, (tx) => {
        for (const record of slice) tx.put(name, record as never)
      })
    }
  }
  await write('vendors', register.vendors)
  await write('contracts', register.contracts)
  await write('slaTargets', register.slaTargets)
  await write('riskChecks', register.riskChecks)
  await write('incidents', register.incidents)
  if (options.subscriptions ?? true) await write('subscriptions', register.subscriptions)
  // Batches committed while a snapshot was being written lie past it; the measured process's
  // first write would then take the register again (0.2 s at 10,000 vendors) and write it during
  // the measurements. `tickler import` is one transaction, whose snapshot covers all of it: so is
  // this last commit's.
  if (store instanceof JsonStore) await store.snapshotWritten()
  // The incident sequence continues after the generated ids, as an import leaves it.
  await store.transact({ who: 'bench', at, action: 'import' }, (tx) => {
    for (let i = 0; i < register.incidents.length; i++) tx.next('incident')
  })
  if (store instanceof JsonStore) await store.snapshotWritten()
}
