// The agenda's SLA section judges open incidents in epoch milliseconds (incident-clock.ts). Its
// lines must be the ones the Temporal path gives (openIncidents, the near-or-past test on their
// facts, incidentLine): for 24x7 and business-hours targets, on the configured calendar and on a
// contract's own (with a holiday), responded or not, with whole-second and sub-second starts, at a
// minute before, on and a minute after each due time and each near-or-past threshold, and a
// fraction of a millisecond past a due time.
import { Temporal } from 'temporal-polyfill'
import { describe, expect, it } from 'vitest'
import { slaAgendaSection } from '../../src/agenda/sla-section.ts'
import type { Incident, SlaTarget } from '../../src/domain/sla.ts'
import { clockMinutes, dueAt, targetMinutes } from '../../src/sla/deadlines.ts'
import { type IncidentFacts, incidentLine } from '../../src/sla/incident-view.ts'
import { openIncidents, runningTarget } from '../../src/sla/open-incidents.ts'
import { calendarFor } from '../../src/sla/targets.ts'
import { makeContext, seed } from '../support/context.ts'
import { contract, vendor } from '../support/factories.ts'
import { ManualClock } from '../support/manual-clock.ts'

const ZONE = 'Europe/London'
const OWN_CALENDAR = { weekdays: [1, 2, 3, 4, 5], opens: '08:30', closes: '17:15', holidays: ['2026-10-26'] }
const TARGETS: SlaTarget[] = [
  { id: 'c1:P1', contractId: 'c1', priority: 'P1', response: '30m', resolution: '4h', hours: '24x7' },
  { id: 'c1:P2', contractId: 'c1', priority: 'P2', response: '1d', resolution: '2d', hours: '24x7' },
  { id: 'c1:P3', contractId: 'c1', priority: 'P3', response: '4h', resolution: '2d', hours: 'business' },
  { id: 'c2:P1', contractId: 'c2', priority: 'P1', response: '1h', resolution: '1d', hours: 'business' },
]
// A Friday evening before the clocks go back, a Monday morning, and a sub-second start.
const STARTS = ['2026-10-23T16:45:00Z', '2026-10-26T08:59:00Z', '2026-10-26T09:00:00.500Z']

/** The near-or-past test as the agenda made it on the Temporal path, before incident-clock.ts. */
function nearOrPastByTemporal(facts: IncidentFacts, now: Temporal.Instant): boolean {
  const running = runningTarget(facts)
  if (!running || !facts.target) return false
  if (running.state.outcome === 'breached') return true
  if (facts.state!.response.outcome === 'breached') return true
  const hours = facts.target.hours
  const left = clockMinutes(now, running.state.due, hours, facts.calendar, ZONE)
  const duration = running.kind === 'response' ? facts.target.response : facts.target.resolution
  return left < 60 || left * 4 < targetMinutes(duration, hours, facts.calendar)
}

async function world() {
  const clock = new ManualClock(Temporal.Instant.from(STARTS[0]!))
  const context = makeContext(clock, { env: { TICKLER_TIMEZONE: ZONE } })
  const incidents: Incident[] = []
  const dues: Temporal.Instant[] = []
  let n = 0
  for (const target of TARGETS) {
    const calendar = calendarFor(
      target.contractId === 'c2' ? contract({ calendar: OWN_CALENDAR }) : undefined,
      context.config,
    )
    for (const started of STARTS) {
      const start = Temporal.Instant.from(started)
      const response = dueAt(start, target.response, target.hours, calendar, ZONE)
      const resolution = dueAt(start, target.resolution, target.hours, calendar, ZONE)
      dues.push(response, resolution)
      const base = {
        vendorId: target.contractId === 'c2' ? 'v2' : 'v1',
        contractId: target.contractId,
        priority: target.priority,
        summary: `${target.priority} ${target.hours}`,
        loggedBy: 'U1',
        started,
        resolved: null,
      }
      const id = () => `INC-${String(++n).padStart(4, '0')}`
      incidents.push({ ...base, id: id(), responded: null })
      for (const shift of [-1, 0, 1]) {
        incidents.push({ ...base, id: id(), responded: response.add({ minutes: shift }).toString() })
      }
    }
  }
  // A priority without a target, and a resolved incident: never on the agenda.
  incidents.push({ ...incidents[0]!, id: 'INC-0900', priority: 'P4' })
  incidents.push({ ...incidents[1]!, id: 'INC-0901', resolved: '2026-10-23T17:00:00Z' })
  await seed(
    context.store,
    {
      vendors: [vendor('v1', 'Contoso'), vendor('v2', 'Globex')],
      contracts: [
        contract({ id: 'c1', vendorId: 'v1', title: 'Managed network' }),
        contract({ id: 'c2', vendorId: 'v2', title: 'Support EU', calendar: OWN_CALENDAR }),
      ],
      slaTargets: TARGETS,
      incidents,
    },
    STARTS[0]!,
  )
  return { clock, context, dues }
}

/** A minute before, on and after each due time, an hour and a quarter of a target before it. */
function moments(dues: Temporal.Instant[]): Temporal.Instant[] {
  const out: Temporal.Instant[] = []
  for (const due of dues) {
    for (const before of [0, 60, 7.5 * 60, 12 * 60]) {
      for (const shift of [-1, 0, 1]) out.push(due.subtract({ minutes: before - shift }))
    }
    out.push(due.add({ nanoseconds: 500 }), due.add({ nanoseconds: 1_000_500 }))
  }
  return out
}

function temporalLines(context: Awaited<ReturnType<typeof world>>['context'], now: Temporal.Instant) {
  return openIncidents(context.store, context.config, now)
    .filter((f) => nearOrPastByTemporal(f, now))
    .map((f) => incidentLine(f, ZONE, now))
}

const WINDOW = { today: '2026-10-26', weekStart: '2026-10-26', weekEnd: '2026-11-01' }

describe('the agenda SLA section judged in milliseconds', () => {
  it('lists the lines the Temporal path lists, in its order, around every due time', async () => {
    const { clock, context, dues } = await world()
    const open = openIncidents(context.store, context.config, clock.now()).length
    let listed = 0
    let left = 0
    for (const now of moments(dues)) {
      clock.set(now)
      const expected = temporalLines(context, now)
      const items = slaAgendaSection(WINDOW, context).items!
      expect(
        items.map((i) => i.text),
        now.toString(),
      ).toEqual(expected)
      listed += expected.length
      left += open - expected.length
    }
    // The table reaches both sides of the test: incidents listed and incidents left out.
    expect(listed).toBeGreaterThan(0)
    expect(left).toBeGreaterThan(0)
  })

  it("follows a response, a changed target and a contract's own calendar as the Temporal path does", async () => {
    const { clock, context } = await world()
    const now = Temporal.Instant.from('2026-10-26T10:30:00Z')
    clock.set(now)
    const store = context.store
    const lines = () => slaAgendaSection(WINDOW, context).items!.map((i) => i.text)
    const writes = [
      { incidents: [{ ...store.get('incidents', 'INC-0013')!, responded: '2026-10-26T10:00:00Z' }] },
      { slaTargets: [{ ...store.get('slaTargets', 'c1:P3')!, response: '8h' }] },
      { contracts: [{ ...store.get('contracts', 'c2')!, calendar: { ...OWN_CALENDAR, holidays: [] } }] },
    ]
    for (const records of writes) {
      const before = lines()
      expect(before).toEqual(temporalLines(context, now))
      await seed(store, records, now)
      const after = lines()
      expect(after).toEqual(temporalLines(context, now))
      expect(after, Object.keys(records)[0]).not.toEqual(before)
    }
  })
})
