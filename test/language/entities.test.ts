// The entity spotters on their own: vendors in sentences (possessives, typos, never an inner
// word of a name), priorities in words, check kinds, windows, periods and times in the
// organisation's zone.
import { Temporal } from 'temporal-polyfill'
import { beforeAll, describe, expect, it } from 'vitest'
import { entitiesOf, type Scene } from '../../src/language/entities.ts'
import { summaryParts } from '../../src/language/summary.ts'
import { localDateTime } from '../../src/time/zone.ts'
import { demoTickler, NOW, USER, ZONE } from './fixture.ts'

let scene: Scene

beforeAll(async () => {
  const { tickler } = await demoTickler()
  scene = { view: tickler.context.store, now: Temporal.Instant.from(NOW), zone: ZONE, user: USER }
})

const vendorsIn = (line: string) => entitiesOf(line, scene).vendors.map((m) => m.vendors.map((v) => v.name))

describe('vendors in a sentence', () => {
  it.each([
    ["did Contoso's SOC 2 come in", [['Contoso Cloud Services']]],
    ['what about contsoo', [['Contoso Cloud Services']]],
    [
      'Müller and MSR and Mueller',
      [['Müller & Söhne Rechenzentrum'], ['Müller & Söhne Rechenzentrum'], ['Müller & Söhne Rechenzentrum']],
    ],
    ['news from Société Générale today', [['Société Générale Informatique']]],
    ["Margie's travel desk bookings", [["Margie's Travel Desk"]]],
    ['"Coho Backup" please', [['Coho Backup']]],
  ])('%s', (line, expected) => {
    expect(vendorsIn(line)).toEqual(expected)
  })

  it('never takes an ordinary word that is only part of a name', () => {
    expect(vendorsIn('our backup security services are slow')).toEqual([])
    expect(vendorsIn('the blue screen again')).toEqual([])
  })
})

describe('priorities', () => {
  it.each([
    ['log a P2 for Contoso', 'P2', true],
    ['sev 1 at Contoso', 'P1', true],
    ['priority three please', 'P3', true],
    ['Contoso VPN is down', 'P1', false],
    ['urgent: Contoso billing broken', 'P2', false],
    ['Contoso portal slow', 'P3', false],
    ['minor typo on the Contoso portal', 'P4', false],
  ])('%s → %s', (line, value, explicit) => {
    expect(entitiesOf(line, scene).priority).toMatchObject({ value, explicit })
  })
})

describe('check kinds', () => {
  it.each([
    ['the SOC 2 Type II report', 'soc2'],
    ['their soc-2', 'soc2'],
    ['insurance certificate', 'insurance'],
    ['security questionnaire', 'questionnaire'],
    ['adverse media screening', 'adverse_media'],
    ['the pen test report', 'pentest'],
    ['PCI DSS attestation', 'pci_dss'],
  ])('%s → %s', (line, kind) => {
    expect(entitiesOf(line, scene).checks.map((c) => c.kind)).toEqual([kind])
  })

  it('reads "Humongous Insurance Systems" as a vendor, not an insurance check', () => {
    const e = entitiesOf('Humongous Insurance Systems soc2', scene)
    expect(e.checks.map((c) => c.kind)).toEqual(['soc2'])
  })
})

describe('windows, periods and times', () => {
  it.each([
    ['in the next two weeks', 'next 2 weeks'],
    ['within 90 days', 'next 90 days'],
    ['before March 31', 'before 2027-03-31'],
    ['by the end of the quarter', 'this quarter'],
    ['next month', 'next month'],
  ])('window %s → %s', (line, label) => {
    expect(entitiesOf(`renewals ${line}`, scene).window?.label).toBe(label)
  })

  it('does not read a cadence as a window', () => {
    expect(entitiesOf('add soc2 every 90 days', scene).window).toBeUndefined()
    expect(entitiesOf('add soc2 every 90 days', scene).cadenceDays).toBe(90)
  })

  it.each([
    ['how did they do last month', 'October 2026'],
    ['in Q3', 'Q3 2026'],
    ['in December', 'December 2025'],
  ])('period %s → %s', (line, label) => {
    expect(entitiesOf(line, scene).period?.period.label).toBe(label)
  })

  it('reads times in the organisation zone with their role', () => {
    const e = entitiesOf('down since 9:05, responded at 9:40 and fixed 2 hours ago', scene)
    const times = e.times.map((t) => [t.role, localDateTime(t.at, ZONE)])
    expect(times).toEqual([
      ['started', '2026-11-25 09:05'],
      ['responded', '2026-11-25 09:40'],
      ['resolved', '2026-11-25 08:30'],
    ])
  })

  it('keeps "may" a verb', () => {
    expect(entitiesOf('Contoso may be down since 9:05', scene).times).toHaveLength(1)
  })
})

describe('incident summaries', () => {
  it.each([
    ['log a P1 for Contoso: VPN down for all staff since 9:05', 'VPN down for all staff'],
    ['Contoso VPN down since 9:05, please log a P1', 'VPN down'],
    ["Contoso's API is down, log it as a sev 1", 'API is down'],
  ])('%s → %s', (line, summary) => {
    expect(summaryParts(entitiesOf(line, scene)).summary).toBe(summary)
  })
})
