import { describe, expect, it } from 'vitest'
import { CONTRACT_FIELDS, VENDOR_FIELDS } from '../../../src/register/editing/field-names.ts'
import { leadName, parsePairs } from '../../../src/register/editing/field-pairs.ts'
import { makeContext, NORTHWIND, PRINT_DEAL, say, textOf } from './helpers.ts'

const pairs = (args: string, table: Record<string, string> = CONTRACT_FIELDS) => {
  const { lead, fields } = parsePairs(args, table)
  return { lead, fields: Object.fromEntries([...fields].map(([k, v]) => [k, v.text])) }
}

describe('keyword–value pairs', () => {
  it('reads values up to the next keyword, in any order, with - or _ and short forms', () => {
    expect(
      pairs(
        'Contoso "Office 365" Notice 60 days value 207,000.00 USD Auto-Renew yes end March 31 2027 start_date 2026-04-01',
      ),
    ).toEqual({
      lead: 'Contoso "Office 365"',
      fields: {
        notice_days: '60 days',
        annual_value: '207,000.00 USD',
        auto_renew: 'yes',
        end_date: 'March 31 2027',
        start_date: '2026-04-01',
      },
    })
  })

  it('takes a quoted value exactly, keywords and empty values included', () => {
    expect(pairs('Globex notes "end of term review" category ""', VENDOR_FIELDS)).toEqual({
      lead: 'Globex',
      fields: { notes: 'end of term review', category: '' },
    })
  })

  it('names a field given twice', () => {
    expect(() => parsePairs('tier low tier high', VENDOR_FIELDS)).toThrow('tier is given twice')
  })

  it('a lone quoted name loses its quotes', () => {
    expect(leadName('"Northwind Traders"')).toBe('Northwind Traders')
    expect(leadName('Northwind Traders')).toBe('Northwind Traders')
  })
})

describe('editing details', () => {
  it('a contract ended by command comes back with status active', async () => {
    const context = makeContext()
    for (const line of [NORTHWIND, PRINT_DEAL, 'contract end "Print Fleet"'])
      expect((await say(context, line)).status).toBe('ok')
    const back = await say(context, 'contract edit "Print Fleet" status active')
    expect(back.status).toBe('ok')
    expect(textOf(back)).toContain('status ended → active; ended_on 2026-11-25 → (empty)')
    expect(textOf(await say(context, 'renewals'))).toContain('Print Fleet')
  })

  it('a partly filled add carries the form with what was typed and the missing fields marked', async () => {
    const context = makeContext()
    expect((await say(context, NORTHWIND)).status).toBe('ok')
    const reply = await say(context, 'contract add "Northwind Traders" "Print Fleet" kind saas', {
      platform: 'slack',
    })
    expect(reply.status).toBe('rejected')
    expect(reply.form?.command).toBe('contract add')
    const byName = Object.fromEntries(reply.form!.fields.map((f) => [f.name, f]))
    expect(byName.vendor?.value).toBe('Northwind Traders')
    expect(byName.title?.value).toBe('Print Fleet')
    expect(byName.kind?.value).toBe('saas')
    expect(byName.auto_renew?.value).toBe('no')
    expect(byName.start_date?.error).toBe('Required.')
    expect(byName.kind?.error).toBeUndefined()
    expect(context.store.all('contracts')).toEqual([])
  })

  it('renaming a vendor keeps its contracts and checks, and the new name is unique', async () => {
    const context = makeContext()
    for (const line of [NORTHWIND, PRINT_DEAL]) expect((await say(context, line)).status).toBe('ok')
    expect((await say(context, 'vendor edit "Northwind Traders" name "Northwind Print"')).status).toBe('ok')
    const card = textOf(await say(context, 'vendor "Northwind Print"'))
    expect(card).toContain('Northwind Print — Print Fleet')
    expect(card).toContain('Northwind Print SOC 2 report')
  })
})

describe('values that are keywords', () => {
  it('a one-word value right after its keyword is a value, as forms send them unquoted', () => {
    expect(pairs('title Fee kind saas notes end', { ...CONTRACT_FIELDS, notes: 'notes' })).toEqual({
      lead: '',
      fields: { title: 'Fee', kind: 'saas', notes: 'end' },
    })
  })
})
