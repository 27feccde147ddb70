import { Temporal } from 'temporal-polyfill'
import { describe, expect, it } from 'vitest'
import { isLogStopWord, parseLogTail } from '../../src/sla/sla-log-grammar.ts'

// A stand-in for parseWhen: "HH:MM" today, anything else unreadable.
const readWhen = (text: string) =>
  /^\d{1,2}:\d{2}$/.test(text) ? Temporal.Instant.from(`2026-11-25T${text.padStart(5, '0')}:00Z`) : null

describe('parseLogTail', () => {
  it.each([
    ['P1 VPN down', { contractTitle: null, priority: 'P1', summary: 'VPN down', started: null }],
    ['p3 lower-case priority', { priority: 'P3', summary: 'lower-case priority' }],
    [
      'contract Managed network P2 Slow',
      { contractTitle: 'Managed network', priority: 'P2', summary: 'Slow' },
    ],
    [
      'contract "Support P1 Plus" P1 Down',
      { contractTitle: 'Support P1 Plus', priority: 'P1', summary: 'Down' },
    ],
    [
      'P1 Down Started 9:05 RESOLVED 10:00',
      { summary: 'Down', started: '2026-11-25T09:05:00Z', resolved: '2026-11-25T10:00:00Z' },
    ],
    [
      'P1 the job started failing resolved 10:00',
      { summary: 'the job started failing', resolved: '2026-11-25T10:00:00Z' },
    ],
    ['P1 "started 9:05"', { summary: 'started 9:05', started: null }],
  ])('%s', (line, expected) => {
    const parsed = parseLogTail(line, readWhen)
    expect({
      ...parsed,
      started: parsed.started?.toString() ?? null,
      resolved: parsed.resolved?.toString() ?? null,
    }).toMatchObject(expected)
  })

  it.each([
    ['P7 Down', /P7 is not a priority/],
    ['Down P1', /Expected a priority, got "Down"/],
    ['contract Managed network Down', /A priority .* must follow the contract title/],
    ['contract P1 Down', /contract title is missing/],
    ['P1 Down started 9:00 started 9:05', /"started" is given twice/],
    ['P1 started 9:00', /summary is missing/],
  ])('rejects %s', (line, message) => {
    expect(() => parseLogTail(line, readWhen)).toThrow(message)
  })

  it('stops the vendor argument at priorities and keywords', () => {
    for (const w of ['P1', 'p4', 'P7', 'contract', 'Started', 'responded', 'resolved'])
      expect(isLogStopWord(w)).toBe(true)
    for (const w of ['Contoso', 'Pizza', 'contracts']) expect(isLogStopWord(w)).toBe(false)
  })
})
