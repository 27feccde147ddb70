// Register editing through the terminal path (the real dispatcher and command table): each change
// shows at once in `renewals`, the vendor card and the export, and the export imports back unchanged.
import { describe, expect, it } from 'vitest'
import { renderReply } from '../../../adapters/console/render.ts'
import { MemoryStore } from '../../support/memory-store.ts'
import { exported, importInto, lines, makeContext, NORTHWIND, PRINT_DEAL, say, textOf } from './helpers.ts'

async function ok(context: ReturnType<typeof makeContext>, line: string, as = {}) {
  const reply = await say(context, line, as)
  expect(reply.status, `${line}\n${textOf(reply)}`).toBe('ok')
  return reply
}

const card = async (context: ReturnType<typeof makeContext>) =>
  lines(await say(context, 'vendor "Northwind Traders"')).filter((l) =>
    l.startsWith('- Northwind Traders — '),
  )
const renewals = async (context: ReturnType<typeof makeContext>) =>
  lines(await say(context, 'renewals 500 days')).filter((l) => l.startsWith('- '))

describe('register editing in the terminal', () => {
  it('adds, edits, renews and ends, and every view follows at once', async () => {
    const context = makeContext()

    const added = await ok(context, NORTHWIND)
    expect(added.title).toBe('Vendor added: Northwind Traders')
    expect(textOf(added)).toContain(
      'Risk checks for tier high: soc2, questionnaire, insurance, adverse_media',
    )
    expect(context.store.all('riskChecks').map((c) => c.kind)).toEqual([
      'soc2',
      'questionnaire',
      'insurance',
      'adverse_media',
    ])
    expect((await exported(context.store))['vendors.csv']).toBe(
      'name,aliases,category,tier,owner,contact_email,notes\n' +
        'Northwind Traders,NWT,Managed print,high,U0NORTH,ap@northwind.example,\n',
    )

    await ok(context, PRINT_DEAL)
    expect(await card(context)).toEqual([
      '- Northwind Traders — Print Fleet (outsourcing): end 2027-01-31 · notice deadline 2027-01-01, 37 days · auto-renew yes · 84,000.00 USD a year',
    ])
    expect(await renewals(context)).toEqual([
      '- Northwind Traders — Print Fleet: notice deadline 2027-01-01, 37 days · auto-renew yes · 84,000.00 USD a year · evidence lapsed: Adverse media review never done (+3 more)',
    ])
    const contracts = () => exported(context.store).then((f) => f['contracts.csv']!.split('\n')[1])
    expect(await contracts()).toBe(
      'Northwind Traders,Print Fleet,outsourcing,2025-01-01,2027-01-31,yes,12,30,,,,84000.00,USD,,7000.00,,,,',
    )

    const edited = await ok(context, 'contract edit "Print Fleet" notice 45 days owner U0PRINT')
    expect(edited.text).toEqual(['Changed: notice_days 30 → 45; owner (empty) → U0PRINT.'])
    expect(await renewals(context)).toEqual([
      '- Northwind Traders — Print Fleet: notice deadline 2026-12-17, 22 days · auto-renew yes · 84,000.00 USD a year · evidence lapsed: Adverse media review never done (+3 more)',
    ])
    expect(await contracts()).toBe(
      'Northwind Traders,Print Fleet,outsourcing,2025-01-01,2027-01-31,yes,12,45,,,,84000.00,USD,U0PRINT,7000.00,,,,',
    )

    const renewed = await ok(
      context,
      'contract renew Northwind Traders end 2028-01-31 value 90,000 USD notice 60 days term 12 months',
    )
    expect(renewed.title).toBe('Renewal recorded: Northwind Traders — Print Fleet')
    expect(renewed.text![0]).toBe('New term 2027-02-01 to 2028-01-31 (the current one ends 2027-01-31).')
    expect(await card(context)).toEqual([
      '- Northwind Traders — Print Fleet (outsourcing): end 2028-01-31 · notice deadline 2027-12-02, 372 days · auto-renew yes · 90,000.00 USD a year · owner U0PRINT',
    ])
    expect(await renewals(context)).toEqual([
      '- Northwind Traders — Print Fleet: notice deadline 2027-12-02, 372 days · auto-renew yes · 90,000.00 USD a year · evidence lapsed: Adverse media review never done (+3 more)',
    ])
    expect(await contracts()).toBe(
      'Northwind Traders,Print Fleet,outsourcing,2025-01-01,2028-01-31,yes,12,60,,,,90000.00,USD,U0PRINT,7000.00,,,,',
    )

    const ended = await ok(context, 'contract end "Print Fleet" on 2028-01-31')
    expect(ended.title).toBe('Contract ended: Northwind Traders — Print Fleet')
    expect(await card(context)).toEqual([
      '- Northwind Traders — Print Fleet (outsourcing): ended 2028-01-31 · 90,000.00 USD a year',
    ])
    expect(await renewals(context)).toEqual([])
    expect(await contracts()).toBe(
      'Northwind Traders,Print Fleet,outsourcing,2025-01-01,2028-01-31,yes,12,60,,,,90000.00,USD,U0PRINT,7000.00,,,ended,2028-01-31',
    )

    // The edited register imports back unchanged: into the same store nothing changes, and a fresh
    // store exports the same files.
    const files = await exported(context.store)
    const revision = context.store.revision
    const again = await importInto(context.store, files, context.clock.now())
    expect(again.changed).toBe(false)
    expect(context.store.revision).toBe(revision)
    const fresh = new MemoryStore()
    await importInto(fresh, files, context.clock.now())
    expect(await exported(fresh)).toEqual(files)
  })

  it('audits each change with an action that reads as the command', async () => {
    const context = makeContext()
    await ok(context, NORTHWIND)
    await ok(context, PRINT_DEAL)
    await ok(context, 'vendor edit "Northwind Traders" tier critical notes "Key supplier"')
    await ok(context, 'contract renew "Print Fleet" end 2028-01-31')
    await ok(context, 'contract end "Print Fleet"')
    const actions = context.store.audit().map((e) => `${e.action} ${e.collection}`)
    expect(new Set(actions)).toEqual(
      new Set([
        'vendor add vendors',
        'vendor add riskChecks',
        'contract add contracts',
        'vendor edit vendors',
        'contract renew contracts',
        'contract end contracts',
      ]),
    )
    const renew = context.store.audit().find((e) => e.action === 'contract renew')!
    expect(renew.before).toMatchObject({ endDate: '2027-01-31' })
    expect(renew.after).toMatchObject({ endDate: '2028-01-31' })
    const history = textOf(await say(context, 'history "Print Fleet"'))
    expect(history).toContain('contract renew')
    expect(history).toContain('endDate 2027-01-31 → 2028-01-31')
  })

  it('takes fields in any order, with keywords in - or _ form and CSV column names', async () => {
    const context = makeContext()
    await ok(context, 'vendor add tier low name Fabrikam contact-email it@fabrikam.example')
    await ok(
      context,
      'contract add vendor Fabrikam title "Laptop lease" annual_value 12000 currency EUR notice_days 30 end_date 31 March 2027 start_date 2026-04-01 kind hardware auto_renew no',
    )
    const c = context.store.all('contracts')[0]!
    expect(c).toMatchObject({
      title: 'Laptop lease',
      kind: 'hardware',
      startDate: '2026-04-01',
      endDate: '2027-03-31',
      noticeDays: 30,
      annualValue: '12000.00',
      currency: 'EUR',
      autoRenew: false,
    })
    // A vendor with exactly one active contract names it.
    await ok(context, 'contract edit Fabrikam credit 5% cap 20% fee 1000 EUR')
    expect(context.store.all('contracts')[0]).toMatchObject({
      creditPercentPerBreach: '5',
      creditCapPercent: '20',
      monthlyFee: '1000.00',
    })
  })

  it('in the terminal a missing field is a rejection with the grammar, not a form, and nothing is stored', async () => {
    const context = makeContext()
    await ok(context, NORTHWIND)
    const revision = context.store.revision
    const reply = await say(context, 'contract add "Northwind Traders" "Print Fleet" kind saas')
    expect(reply.status).toBe('rejected')
    // The reply carries the form for chat surfaces; the terminal renderer shows only the rejection.
    expect(reply.form?.command).toBe('contract add')
    const shown = renderReply(reply).split('\n')
    expect(shown).toHaveLength(3)
    expect(shown[0]).toBe(
      'contract add needs start date (start_date), end date (end_date), notice (days) (notice_days), annual value (annual_value), currency (currency). Nothing was changed.',
    )
    expect(shown[1]).toMatch(/^Form: contract add <vendor> <title> kind <k>/)
    expect(shown[2]).toMatch(/^Example: contract add /)
    const edit = await say(context, 'vendor edit "Northwind Traders"')
    expect(edit.status).toBe('rejected')
    expect(edit.form?.fields.find((f) => f.name === 'tier')?.value).toBe('high')
    expect(renderReply(edit).split('\n')).toEqual([
      'Name the field to change and its new value after Northwind Traders. Nothing was changed.',
      'Form: vendor edit <vendor> <field> <value>',
      'Example: vendor edit Northwind tier critical',
    ])
    expect(context.store.revision).toBe(revision)
  })

  it('refuses to remove a vendor with a contract that has not ended, then removes it with its records', async () => {
    const context = makeContext()
    await ok(context, NORTHWIND)
    await ok(context, PRINT_DEAL)
    const refused = await say(context, 'vendor remove "Northwind Traders"')
    expect(refused.status).toBe('rejected')
    expect(lines(refused)[0]).toContain('still has 1 contract that has not ended: Print Fleet')
    expect(context.store.all('vendors')).toHaveLength(1)
    await ok(context, 'contract end "Print Fleet"')
    const removed = await ok(context, 'vendor remove "Northwind Traders"')
    expect(removed.text![0]).toBe('Removed with it: 1 ended contracts, 4 risk checks.')
    expect(context.store.all('vendors')).toEqual([])
    expect(context.store.all('contracts')).toEqual([])
    expect(context.store.all('riskChecks')).toEqual([])
    expect(await exported(context.store)).toMatchObject({
      'vendors.csv': 'name,aliases,category,tier,owner,contact_email,notes\n',
    })
  })

  it('lets admins and the vendor owner edit, and nobody else', async () => {
    const context = makeContext()
    await ok(context, NORTHWIND)
    await ok(context, PRINT_DEAL)
    const revision = context.store.revision
    const stranger = await say(context, 'contract edit "Print Fleet" notice 10', {
      platform: 'slack',
      user: 'U0EVE',
    })
    expect(stranger.status).toBe('rejected')
    expect(lines(stranger)[0]).toContain(
      "Only Tickler admins and the owner of Northwind Traders's Print Fleet contract (U0NORTH) may change",
    )
    const add = await say(context, 'vendor add Globex tier low', { platform: 'slack', user: 'U0NORTH' })
    expect(add.status).toBe('rejected')
    expect(context.store.revision).toBe(revision)
    await ok(context, 'contract edit "Print Fleet" notice 10', { platform: 'slack', user: 'U0NORTH' })
    await ok(context, 'vendor add Globex tier low', { platform: 'slack', user: 'U0ADMIN' })
  })

  it('a write never acts on a guess: an ambiguous contract gives a pick list and stores nothing', async () => {
    const context = makeContext()
    await ok(context, NORTHWIND)
    await ok(context, 'vendor add Globex tier low')
    await ok(context, PRINT_DEAL)
    await ok(
      context,
      'contract add Globex "Print Fleet" kind saas start 2026-01-01 end 2026-12-31 notice 30 value 1000 USD',
    )
    const revision = context.store.revision
    const reply = await say(context, 'contract renew "Print Fleet" end 2028-01-31')
    expect(reply.status).toBe('ok')
    expect(reply.title).toBe('Several contracts have that title. Which one?')
    expect(reply.sections![0]!.items!.map((i) => i.actions![0]!.command)).toEqual([
      'contract renew "Northwind Traders" "Print Fleet" end 2028-01-31',
      'contract renew "Globex" "Print Fleet" end 2028-01-31',
    ])
    expect(context.store.revision).toBe(revision)
    await ok(context, reply.sections![0]!.items![1]!.actions![0]!.command)
    expect(
      context.store.all('contracts').find((c) => c.vendorId !== context.store.all('vendors')[0]!.id)?.endDate,
    ).toBe('2028-01-31')
  })

  it('an edit that changes nothing writes nothing', async () => {
    const context = makeContext()
    await ok(context, NORTHWIND)
    await ok(context, PRINT_DEAL)
    const revision = context.store.revision
    const reply = await ok(context, 'contract edit "Print Fleet" notice 30 value 84000 USD')
    expect(reply.text).toEqual([
      'Northwind Traders Print Fleet already has those values. Nothing was changed.',
    ])
    expect(context.store.revision).toBe(revision)
  })
})
