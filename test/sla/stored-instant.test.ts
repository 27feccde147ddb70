import { Temporal } from 'temporal-polyfill'
import { describe, expect, it } from 'vitest'
import { storedInstant } from '../../src/sla/incident-times.ts'

describe('storedInstant', () => {
  // The stored form must not change with the formatter: Temporal's to-the-second string is the reference.
  it.each([
    '2026-11-25T09:05:00Z',
    '2026-11-25T09:05:59.999Z',
    '2026-03-08T07:00:00.001Z',
    '2026-11-01T05:59:59.5Z',
    '1970-01-01T00:00:00Z',
    '1969-12-31T23:59:59.250Z',
    '1900-02-28T12:00:00.999999999Z',
    '2099-12-31T23:59:59.999999999Z',
  ])('%s is stored as Temporal writes it to the second', (text) => {
    const instant = Temporal.Instant.from(text)
    expect(storedInstant(instant)).toBe(instant.toString({ smallestUnit: 'second' }))
  })
})
