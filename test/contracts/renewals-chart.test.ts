// `renewals chart [window] [filters]` (SPEC §13) on the demo register: a PNG that decodes, at least
// 800 px wide, one bar per contract the `renewals` list shows (filters included), the same facts in
// words beside it; a window with no contracts answers in words; a long list is capped and counted.
import { beforeAll, describe, expect, it } from 'vitest'
import { coreCommands } from '../../src/app/core-commands.ts'
import type { Context } from '../../src/commands/command.ts'
import { MAX_BARS } from '../../src/contracts/renewals-chart-bars.ts'
import { loadDemo } from '../../src/import/demo.ts'
import { type ImageAttachment, plain, type Reply } from '../../src/reply/reply.ts'
import { makeContext as testContext } from '../support/context.ts'
import { vendor } from '../support/factories.ts'
import { countColour, decodePng } from '../support/png.ts'
import { deal, makeContext, run, runCommand } from './register-fixture.ts'

const NOW = '2026-12-07T10:00:00Z'
const MISSED_RED = '#b71c1c'

function items(reply: Reply): string[] {
  return (reply.sections ?? []).flatMap((s) => (s.items ?? []).map((i) => plain(i.text)))
}

/** "Vendor — Title" of each listed row, in order. */
function names(reply: Reply): string[] {
  return items(reply).map((line) => line.split(': ')[0]!)
}

function image(reply: Reply): ImageAttachment {
  expect(reply.attachment?.mediaType).toBe('image/png')
  return reply.attachment as ImageAttachment
}

describe('renewals chart on the demo register', { timeout: 60_000 }, () => {
  let context: Context
  beforeAll(async () => {
    context = testContext(NOW, { commands: coreCommands })
    await loadDemo(context.store, { who: 'demo', at: context.clock.now(), zone: 'UTC', maxBytes: 5_000_000 })
  })

  it('draws a PNG at least 800 px wide with one bar per contract the renewals list shows', async () => {
    const chart = await run(context, 'renewals chart')
    const list = await run(context, 'renewals')
    expect(chart.status).toBe('ok')
    expect(chart.title).toMatch(/^Renewals chart: next 90 days \(2026-12-07 to 2027-03-07\)$/)
    expect(names(chart)).toEqual(names(list))
    expect(names(chart).length).toBeGreaterThan(5)

    const file = image(chart)
    expect(file.name).toBe('renewals-chart-2026-12-07.png')
    const png = await decodePng(file.content)
    expect(png.width).toBeGreaterThanOrEqual(800)
    expect([png.width, png.height]).toEqual([file.width, file.height])
    // A row per contract: the picture grows with the list.
    expect(png.height).toBeGreaterThan(names(chart).length * 40)
    // The demo has missed notices: their bars are drawn in the "missed" colour.
    expect(items(chart).some((l) => l.includes('notice missed'))).toBe(true)
    expect(countColour(png, MISSED_RED)).toBeGreaterThan(500)
    expect(file.alt).toContain('Bar chart, Renewals chart: next 90 days')
    expect(file.alt).toMatch(/notice missed: \d+/)
  })

  it('follows the filters: only the filtered contracts, a shorter picture', async () => {
    const all = await run(context, 'renewals chart next 365 days')
    const critical = await run(context, 'renewals chart next 365 days tier critical')
    const list = await run(context, 'renewals next 365 days tier critical')
    expect(critical.title).toContain('tier critical')
    expect(names(critical)).toEqual(names(list))
    expect(names(critical).length).toBeLessThan(names(all).length)
    const left = names(all).filter((n) => !names(critical).includes(n))
    for (const name of left) expect(image(critical).alt).not.toContain(name)
    const [big, small] = await Promise.all([
      decodePng(image(all).content),
      decodePng(image(critical).content),
    ])
    expect(small.height).toBeLessThan(big.height)
    expect(small.width).toBe(big.width)
  })

  it('rejects a window it cannot read with the chart form and an example', async () => {
    const reply = await runCommand(context, 'renewals chart', 'next fortnight-ish')
    expect(reply.status).toBe('rejected')
    const text = (reply.text ?? []).map(plain).join('\n')
    expect(text).toContain('renewals chart [N days')
    expect(text).toContain('Example: renewals chart next quarter tier critical')
    expect(reply.attachment).toBeUndefined()
  })
})

describe('renewals chart with nothing, or too much, to draw', { timeout: 60_000 }, () => {
  it('answers a window with no contracts in words, with no picture', async () => {
    const context = await makeContext(
      NOW,
      [vendor('v1', 'Contoso')],
      [deal('v1', 'Hosting', { endDate: '2029-06-30', noticeDays: 90 })],
    )
    const reply = await run(context, 'renewals chart next 30 days')
    expect(reply.status).toBe('ok')
    expect(reply.attachment).toBeUndefined()
    expect((reply.text ?? []).map(plain)).toEqual([
      'No contracts have a notice deadline from 2026-12-07 to 2027-01-06, so there is no chart.',
    ])
  })

  it(`draws the ${MAX_BARS} nearest deadlines and says how many more there are`, async () => {
    const contracts = Array.from({ length: MAX_BARS + 5 }, (_, i) =>
      deal('v1', `Service ${String(i + 1).padStart(2, '0')}`, {
        endDate: `2027-${String(2 + Math.floor(i / 28)).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
        noticeDays: 30,
      }),
    )
    const context = await makeContext(NOW, [vendor('v1', 'Contoso')], contracts)
    const reply = await run(context, 'renewals chart 120 days')
    expect(items(reply)).toHaveLength(MAX_BARS)
    expect(names(reply)[0]).toBe('Contoso — Service 01')
    expect((reply.footer ?? []).map(plain)).toEqual([
      `5 more not drawn: the chart shows the ${MAX_BARS} nearest deadlines.`,
    ])
    const png = await decodePng(image(reply).content)
    expect(png.width).toBeGreaterThanOrEqual(800)
    expect(png.height).toBeGreaterThan(MAX_BARS * 40)
  })
})
