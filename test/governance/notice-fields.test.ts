// notice_months and notice_shift through the real paths (SPEC §11): contracts.csv import and
// export, `contract add|edit … notice 3 months`, and every deadline they feed (renewals, card).
import { Temporal } from 'temporal-polyfill'
import { describe, expect, it } from 'vitest'
import { ImportError } from '../../src/import/import-error.ts'
import { exported, importInto, makeContext, say, textOf } from '../register/editing/helpers.ts'

const at = Temporal.Instant.from('2027-01-04T10:00:00Z')

const VENDORS = 'name,tier,owner\nContoso,critical,U0NORTH\nFabrikam,low,U0SOUTH\n'
const CONTRACTS = `vendor,title,kind,start_date,end_date,auto_renew,notice_days,notice_months,notice_shift,annual_value,currency
Contoso,Hosting,saas,2026-06-01,2027-05-31,yes,,3,business_day,1000,USD
Fabrikam,Printers,hardware,2026-01-01,2027-03-31,no,30,,,500,EUR
`

async function withRegister(contracts = CONTRACTS) {
  const context = makeContext({ now: at.toString(), env: { HOLIDAYS: '2027-02-25' } })
  await importInto(context.store, { 'vendors.csv': VENDORS, 'contracts.csv': contracts }, at)
  return context
}

describe('contracts.csv notice_months and notice_shift', () => {
  it('imports both, feeds the deadline into renewals and the card, and exports them back unchanged', async () => {
    const context = await withRegister()
    // 2027-05-31 − 3 months = Sunday 2027-02-28 → Friday 26th; Thursday 25th is a holiday, Friday is not.
    const renewals = textOf(await say(context, 'renewals 90 days'))
    expect(renewals).toContain('Contoso — Hosting: notice deadline 2027-02-26, 53 days')
    expect(renewals).toContain('Fabrikam — Printers: notice deadline 2027-03-01, 56 days')
    const card = textOf(await say(context, 'vendor Contoso'))
    expect(card).toContain('notice deadline 2027-02-26')

    const files = await exported(context.store)
    const lines = files['contracts.csv']!.split(/\r?\n/)
    expect(lines[0]).toContain('notice_days,notice_months,notice_shift,claim_days,')
    expect(lines.find((l) => l.startsWith('Contoso'))).toContain(',,3,business_day,')
    expect(lines.find((l) => l.startsWith('Fabrikam'))).toContain(',30,,,,500.00,')
    const again = await importInto(context.store, files, at)
    expect(again.files.every((f) => f.added === 0 && f.updated === 0)).toBe(true)
  })

  it.each([
    [
      'both set',
      'Contoso,Hosting,saas,2026-06-01,2027-05-31,yes,90,3,,1000,USD',
      'notice_months',
      'not both',
    ],
    [
      'neither set',
      'Contoso,Hosting,saas,2026-06-01,2027-05-31,yes,,,,1000,USD',
      'notice_days',
      'notice period is empty',
    ],
    ['zero months', 'Contoso,Hosting,saas,2026-06-01,2027-05-31,yes,,0,,1000,USD', 'notice_months', ''],
    [
      'an unknown shift',
      'Contoso,Hosting,saas,2026-06-01,2027-05-31,yes,,3,weekend,1000,USD',
      'notice_shift',
      'none or business_day',
    ],
  ])('rejects %s, naming the column, and stores nothing', async (_name, row, column, words) => {
    const context = makeContext({ now: at.toString() })
    await importInto(context.store, { 'vendors.csv': VENDORS }, at)
    const before = context.store.revision
    const header = CONTRACTS.split('\n')[0]!
    const error = await importInto(context.store, { 'contracts.csv': `${header}\n${row}\n` }, at).then(
      () => undefined,
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(ImportError)
    expect((error as Error).message).toContain(column)
    expect((error as Error).message).toContain(words)
    expect(context.store.revision).toBe(before)
  })
})

describe('contract add and edit with a notice in months and a business-day shift', () => {
  it('adds "notice 3 months", edits the shift, and shows the moved deadline', async () => {
    const context = await withRegister()
    const added = await say(
      context,
      'contract add Contoso "Support" kind support start 2026-06-01 end 2027-05-31 notice 3 months value 200 USD auto-renew yes',
    )
    expect(added.status).toBe('ok')
    expect(textOf(added)).toContain('Notice deadline: 2027-02-28, 55 days')
    expect(textOf(added)).toContain('Notice period: 3 months')
    const stored = context.store.all('contracts').find((c) => c.title === 'Support')!
    expect([stored.noticeMonths, stored.noticeDays]).toEqual([3, 0])

    const edited = await say(context, 'contract edit Contoso Support notice_shift business_day')
    expect(edited.status).toBe('ok')
    expect(textOf(edited)).toContain('Notice deadline: 2027-02-26, 53 days')
    expect(textOf(edited)).toContain('Notice period: 3 months, moved to a business day')

    const back = await say(context, 'contract edit Contoso Support notice 60 days')
    expect(back.status).toBe('ok')
    const after = context.store.all('contracts').find((c) => c.title === 'Support')!
    expect([after.noticeMonths, after.noticeDays, after.noticeShift]).toEqual([undefined, 60, 'business_day'])
  })

  it.each([
    ['days and months at once', 'contract edit Contoso Hosting notice 90 days notice_months 3', 'not both'],
    [
      'a shift that is no shift',
      'contract edit Contoso Hosting notice_shift sometimes',
      'none or business_day',
    ],
    ['zero months', 'contract edit Contoso Hosting notice 0 months', 'notice'],
  ])('rejects %s with the correct form and stores nothing', async (_name, line, words) => {
    const context = await withRegister()
    const before = context.store.revision
    const reply = await say(context, line)
    expect(reply.status).toBe('rejected')
    expect(textOf(reply)).toContain(words)
    expect(textOf(reply)).toContain('Form: contract edit')
    expect(context.store.revision).toBe(before)
  })
})
