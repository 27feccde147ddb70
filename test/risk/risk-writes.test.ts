import { describe, expect, it } from 'vitest'
import { makeContext } from '../support/context.ts'
import { importDemo, items, lines, run } from './register.ts'

const NOW = '2026-11-25T10:00:00Z'

async function demo() {
  const ctx = makeContext(NOW)
  await importDemo(ctx)
  return ctx
}

function checkOf(ctx: Awaited<ReturnType<typeof demo>>, vendorName: string, kind: string) {
  const vendor = ctx.store.all('vendors').find((v) => v.name === vendorName)!
  return ctx.store.all('riskChecks').find((c) => c.vendorId === vendor.id && c.kind === kind)
}

describe('risk done', () => {
  it('records who, the date (default today) and the note as evidence', async () => {
    const ctx = await demo()
    const reply = await run(ctx, 'risk done Contoso SOC 2 Type II report received, no exceptions', 'U0ALICE')
    expect(reply.status).toBe('ok')
    expect(reply.title).toBe('Contoso SOC 2 report: done 2026-11-25')
    expect(lines(reply)).toContain('Next due 2027-05-24 (180 days left), every 180 days.')
    expect(checkOf(ctx, 'Contoso', 'soc2')).toMatchObject({
      lastDone: '2026-11-25',
      doneBy: 'U0ALICE',
      evidence: 'report received, no exceptions',
    })
    const audit = ctx.store.audit().at(-1)!
    expect(audit).toMatchObject({ who: 'U0ALICE', action: 'risk done', collection: 'riskChecks' })
  })

  it.each([
    ['risk done Contoso adverse media on 2026-11-24', 'adverse_media', '2026-11-24'],
    ['risk done Contoso insurance certificate --on 2026-11-20', 'insurance', '2026-11-20'],
    ['risk done "Northwind Traders" adverse-media --on=yesterday', 'adverse_media', '2026-11-24'],
    ['risk done northwind traders adverse_media on November 1', 'adverse_media', '2026-11-01'],
  ])('%s', async (text, kind, date) => {
    const ctx = await demo()
    const reply = await run(ctx, text)
    expect(reply.status).toBe('ok')
    const vendor = text.includes('orthwind') ? 'Northwind Traders' : 'Contoso'
    expect(checkOf(ctx, vendor, kind)!.lastDone).toBe(date)
  })

  it('a check done late counts from the day it was done', async () => {
    const ctx = await demo()
    // Tailspin soc2 was due 2026-11-20; done today it is next due a year from today.
    const reply = await run(ctx, 'risk done Tailspin soc2')
    expect(lines(reply)).toContain('Next due 2027-11-25 (365 days left), every 365 days.')
  })

  it.each([
    ['risk done Nobody soc2', /No vendor named "Nobody soc2"|No vendor named "Nobody"/],
    [
      'risk done Contoso soc1',
      /Contoso has no soc1 check\. Its checks are adverse_media, insurance, questionnaire and soc2\./,
    ],
    [
      'risk done Contoso soc2 on 2026-12-01',
      /The done date 2026-12-01 is in the future \(today is 2026-11-25\)/,
    ],
    ['risk done Contoso soc2 on tomorrow', /in the future/],
    ['risk done Contoso soc2 on 2026-04-01', /already done on 2026-05-01, after 2026-04-01/],
    ['risk done Contoso soc2 on the portal', /"the portal" after on is not a date/],
    ['risk done Contoso', /Name the check/],
  ])('%s is rejected and changes nothing', async (text, message) => {
    const ctx = await demo()
    const revision = ctx.store.revision
    const before = JSON.stringify(ctx.store.all('riskChecks'))
    const reply = await run(ctx, text)
    expect(reply.status).toBe('rejected')
    expect(lines(reply).join('\n')).toMatch(message)
    expect(lines(reply).join('\n')).toContain('Form: risk done <vendor> <check> [on <date>] [note]')
    expect(ctx.store.revision).toBe(revision)
    expect(JSON.stringify(ctx.store.all('riskChecks'))).toBe(before)
  })

  it('a misspelt vendor gets a pick list and stores nothing', async () => {
    const ctx = await demo()
    const revision = ctx.store.revision
    const reply = await run(ctx, 'risk done Contosso soc2')
    expect(ctx.store.revision).toBe(revision)
    expect(JSON.stringify(reply)).toContain('risk done \\"Contoso\\" soc2')
  })
})

describe('risk add', () => {
  it('adds a check, never done, due today, on the tier cadence unless one is given', async () => {
    const ctx = await demo()
    const reply = await run(ctx, 'risk add Contoso pentest every 365 days')
    expect(reply.status).toBe('ok')
    expect(lines(reply)).toEqual([
      'Added: Contoso pentest check',
      'Due every 365 days (tier default 180).',
      'Next due 2026-11-25 (0 days (today)), never done.',
    ])
    expect(checkOf(ctx, 'Contoso', 'pentest')).toMatchObject({
      cadenceDays: 365,
      lastDone: null,
      addedOn: '2026-11-25',
    })
    const plainAdd = await run(ctx, 'risk add Contoso financial')
    expect(lines(plainAdd)[1]).toBe('Due every 180 days (the high tier default).')
    expect(checkOf(ctx, 'Contoso', 'financial')!.cadenceDays).toBeNull()
  })

  it("changes an existing check's cadence, recomputed from the last-done date", async () => {
    const ctx = await demo()
    const reply = await run(ctx, 'risk add Contoso soc2 every 90 days')
    expect(reply.title).toBe('Contoso soc2: cadence changed from every 180 to every 90 days')
    expect(lines(reply)).toContain('Next due 2026-07-30 (118 days ago (overdue)).')
  })

  it.each([
    ['risk add Contoso pentest every 0 days', /every 0 days is not a cadence/],
    ['risk add Contoso soc2', /Contoso already has a soc2 check/],
    ['risk add Nobody pentest', /No vendor named/],
    ['risk add Contoso pentest weekly', /I did not understand "weekly"/],
  ])('%s is rejected and changes nothing', async (text, message) => {
    const ctx = await demo()
    const revision = ctx.store.revision
    const reply = await run(ctx, text)
    expect(reply.status).toBe('rejected')
    expect(lines(reply).join('\n')).toMatch(message)
    expect(ctx.store.revision).toBe(revision)
  })
})

describe('risk remove', () => {
  it('removes the check and names what is left', async () => {
    const ctx = await demo()
    const reply = await run(ctx, 'risk remove Tailspin SOC 2')
    expect(lines(reply)).toEqual(['Removed: Tailspin soc2 check', 'Tailspin still has adverse_media.'])
    expect(checkOf(ctx, 'Tailspin', 'soc2')).toBeUndefined()
    expect(ctx.store.audit().at(-1)).toMatchObject({ action: 'risk remove', after: null })
  })

  it('an unknown check is rejected listing the vendor checks', async () => {
    const ctx = await demo()
    const revision = ctx.store.revision
    const reply = await run(ctx, 'risk remove Tailspin financial')
    expect(reply.status).toBe('rejected')
    expect(lines(reply)[0]).toBe('Tailspin has no financial check. Its checks are adverse_media and soc2.')
    expect(ctx.store.revision).toBe(revision)
  })
})

describe('risk list', () => {
  it('shows every check of the vendor, soonest first, with cadence, who and evidence', async () => {
    const ctx = await demo()
    await run(ctx, 'risk done Contoso adverse media on 2026-11-24 nothing found', 'U0ALICE')
    const reply = await run(ctx, 'risk list contoso')
    expect(reply.status).toBe('ok')
    expect(items(reply)).toEqual([
      'Contoso SOC 2 report (soc2): due 2026-10-28, 28 days ago (overdue), last done 2026-05-01, every 180 days (tier default) · evidence: FY25 report',
      'Contoso Insurance certificate (insurance): due 2026-11-25, 0 days (today), last done 2026-06-08, every 170 days',
      'Contoso Security questionnaire (questionnaire): due 2027-01-10, 46 days left, last done 2026-01-10, every 365 days',
      'Contoso Adverse media review (adverse_media): due 2027-05-23, 179 days left, last done 2026-11-24 by U0ALICE, every 180 days (tier default) · evidence: nothing found',
    ])
  })

  it('rejects an unknown vendor', async () => {
    const ctx = await demo()
    const reply = await run(ctx, 'risk list Nobody')
    expect(reply.status).toBe('rejected')
    expect(lines(reply).join('\n')).toContain('Form: risk list <vendor>')
  })
})
