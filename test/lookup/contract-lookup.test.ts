import { Temporal } from 'temporal-polyfill'
import { describe, expect, it } from 'vitest'
import { PickListError, UserError } from '../../src/errors/errors.ts'
import { requireContract } from '../../src/lookup/contract-lookup.ts'
import { deal, makeContext } from '../contracts/register-fixture.ts'
import { vendor } from '../support/factories.ts'

const vendors = [vendor('v1', 'Contoso'), vendor('v2', 'Fabrikam'), vendor('v3', 'Northwind')]
const contracts = [
  deal('v1', 'Office 365', {}),
  deal('v1', 'Support', {}),
  deal('v2', 'Support', {}),
  deal('v2', 'Old Deal', { autoRenew: false, endDate: '2026-01-31', startDate: '2025-02-01' }),
  deal('v3', 'Hosting Services', {}),
]
const opts = {
  write: true,
  command: 'contract end',
  form: 'contract end <contract> [on <date>]',
  example: 'contract end "Office 365"',
  today: '2027-01-15',
}

function err(fn: () => unknown): unknown {
  try {
    fn()
  } catch (e) {
    return e
  }
  throw new Error('expected an error')
}

describe('requireContract', async () => {
  const { store } = await makeContext('2027-01-15T09:00:00Z', vendors, contracts)
  const found = (args: string, o = opts) => {
    const r = requireContract(store, args, o)
    return `${r.vendor.name}/${r.contract.title}|${r.rest}`
  }

  it.each([
    ['Office 365 on 2027-02-01', 'Contoso/Office 365|on 2027-02-01'],
    ['"office 365"', 'Contoso/Office 365|'],
    ['hosting services', 'Northwind/Hosting Services|'],
    ['Contoso Support', 'Contoso/Support|'],
    ['"Fabrikam" "Support" on 2027-03-01', 'Fabrikam/Support|on 2027-03-01'],
    // a vendor with exactly one active contract (Fabrikam's other one has ended)
    ['Fabrikam on 2027-03-01', 'Fabrikam/Support|on 2027-03-01'],
    ['Northwind', 'Northwind/Hosting Services|'],
  ])('%s → %s', (args, expected) => {
    expect(found(args)).toBe(expected)
  })

  it('gives a pick list when a title belongs to several vendors, with buttons naming vendor and title', () => {
    const e = err(() => requireContract(store, 'Support on 2027-02-01', opts)) as PickListError
    expect(e).toBeInstanceOf(PickListError)
    expect(e.reply.sections?.[0]?.items?.map((i) => i.actions?.[0]?.command)).toEqual([
      'contract end "Contoso" "Support" on 2027-02-01',
      'contract end "Fabrikam" "Support" on 2027-02-01',
    ])
    // pressing a button resolves exactly
    expect(found('"Fabrikam" "Support" on 2027-02-01')).toBe('Fabrikam/Support|on 2027-02-01')
  })

  it('gives a pick list for a vendor with several active contracts', () => {
    const e = err(() => requireContract(store, 'Contoso', opts)) as PickListError
    expect(e.reply.title).toBe('Contoso has 2 active contracts. Which one?')
  })

  it('never acts on a vendor typo for a write, but names it for a read', () => {
    expect(err(() => requireContract(store, 'Northwnd', opts))).toBeInstanceOf(PickListError)
    const r = requireContract(store, 'Northwnd', { ...opts, write: false })
    expect(r.contract.title).toBe('Hosting Services')
    expect(r.note).toContain('Northwind')
  })

  it('rejects what names no contract', () => {
    const e = err(() => requireContract(store, 'Printers', opts)) as UserError
    expect(e).toBeInstanceOf(UserError)
    expect(e).not.toBeInstanceOf(PickListError)
    expect(e.message).toBe(
      'No contract titled "Printers", and no vendor by that name with one active contract.',
    )
    expect((err(() => requireContract(store, '', opts)) as UserError).message).toBe(
      'Name a contract: contract end needs one.',
    )
  })

  it('finds a contract by its new title right after a retitle, and no longer by the old one', async () => {
    // Titles are compared from a cache per contract record and per change of the contracts.
    const { store } = await makeContext('2027-01-15T09:00:00Z', vendors, contracts)
    expect(requireContract(store, 'hosting services', opts).contract.title).toBe('Hosting Services')
    const hosting = store.all('contracts').find((c) => c.title === 'Hosting Services')!
    await store.transact(
      { who: 'U0TEST', at: Temporal.Instant.from('2027-01-15T09:00:00Z'), action: 'contract edit' },
      (tx) => tx.put('contracts', { ...hosting, title: 'Managed Hosting' }),
    )
    expect(requireContract(store, 'managed hosting', opts).contract.title).toBe('Managed Hosting')
    expect(err(() => requireContract(store, 'hosting services', opts))).toBeInstanceOf(UserError)
  })
})
