import { describe, expect, it } from 'vitest'
import { nameKey } from '../../src/domain/normalize.ts'
import { findVendor, type VendorMatch } from '../../src/lookup/vendor-lookup.ts'
import { storeWithVendors } from '../register/make-vendors.ts'

function describeMatch(m: VendorMatch): string {
  switch (m.kind) {
    case 'exact':
    case 'fuzzy':
      return `${m.kind}:${m.vendor.name}`
    case 'ambiguous':
      return `ambiguous:${m.candidates.map((v) => v.name).join('|')}`
    case 'none':
      return `none:${m.nearest.map((v) => v.name).join('|')}`
  }
}

const register = [
  { name: 'Microsoft', aliases: ['MSFT'] },
  'Micro Focus',
  'Contoso Ltd',
  'Contoso Retail',
  'Fabrikam',
  { name: 'Hewlett-Packard Enterprise', aliases: ['HPE'] },
  "Lloyd's Register",
  'Zürich Versicherung',
  'Oracle',
  'Oraclex',
  'Adatum Corporation',
  'Northwind Traders',
  { name: 'Litware', aliases: ['Contoso'] },
]

describe('findVendor', async () => {
  const store = await storeWithVendors(register)
  it.each([
    ['microsoft', 'exact:Microsoft'],
    ['MICROSOFT', 'exact:Microsoft'],
    ["Microsoft's", 'exact:Microsoft'],
    ['Microsoft’s', 'exact:Microsoft'],
    ['msft', 'exact:Microsoft'],
    ['hewlett packard enterprise', 'exact:Hewlett-Packard Enterprise'],
    ['HewlettPackard Enterprise', 'exact:Hewlett-Packard Enterprise'],
    ['hpe', 'exact:Hewlett-Packard Enterprise'],
    ['zurich versicherung', 'exact:Zürich Versicherung'],
    ['ZÜRICH VERSICHERUNG.', 'exact:Zürich Versicherung'],
    ["lloyd's register", "exact:Lloyd's Register"],
    ['lloyds register', "exact:Lloyd's Register"],
    ['lloyd register', "exact:Lloyd's Register"],
    // an exact alias wins over two names that start with it
    ['contoso', 'exact:Litware'],
    ['oracle', 'exact:Oracle'],
  ])('%s is an exact match (%s)', (query, expected) => {
    expect(describeMatch(findVendor(store, query))).toBe(expected)
  })

  it.each([
    ['microsfot', 'fuzzy:Microsoft'],
    ['mircosoft', 'fuzzy:Microsoft'],
    ['fabrikan', 'fuzzy:Fabrikam'],
    ['northwind', 'fuzzy:Northwind Traders'],
    ['adatum', 'fuzzy:Adatum Corporation'],
    ['contosso retail', 'fuzzy:Contoso Retail'],
    ['focus', 'fuzzy:Micro Focus'],
  ])('%s is one clear fuzzy match (%s)', (query, expected) => {
    expect(describeMatch(findVendor(store, query))).toBe(expected)
  })

  it.each([
    ['contosso', 'ambiguous:Litware|Contoso Ltd|Contoso Retail'],
    ['micro', 'ambiguous:Micro Focus|Microsoft'],
  ])('%s has several close matches (%s)', (query, expected) => {
    expect(describeMatch(findVendor(store, query))).toBe(expected)
  })

  it('gives the nearest names when nothing matches', async () => {
    expect(describeMatch(findVendor(store, 'Initech'))).toBe('none:')
    const m = findVendor(store, 'Nrothwand')
    expect(m.kind).toBe('none')
    expect(describeMatch(m)).toContain('Northwind Traders')
    expect(describeMatch(findVendor(store, ''))).toBe('none:')
  })

  it('finds "contosso" for Contoso when it is the only Contoso', async () => {
    const small = await storeWithVendors(['Contoso', 'Fabrikam', 'Microsoft'])
    expect(describeMatch(findVendor(small, 'contosso'))).toBe('fuzzy:Contoso')
    expect(describeMatch(findVendor(small, 'microsfot'))).toBe('fuzzy:Microsoft')
  })

  it('sees a change as soon as the store revision moves', async () => {
    const s = await storeWithVendors(['Fabrikam'])
    expect(findVendor(s, 'Tailspin').kind).toBe('none')
    await s.transact(
      { who: 't', at: (await import('temporal-polyfill')).Temporal.Now.instant(), action: 'x' },
      (tx) => tx.put('vendors', { ...s.all('vendors')[0]!, id: 'v9', name: 'Tailspin Toys' }),
    )
    expect(describeMatch(findVendor(s, 'Tailspin'))).toBe('fuzzy:Tailspin Toys')
  })

  it('keys names case-, accent- and punctuation-insensitively', () => {
    expect(nameKey('Zürich Versicherung')).toBe(nameKey('zurich-versicherung'))
    expect(nameKey('AT&T')).toBe(nameKey('at & t'))
    expect(nameKey('Contoso Ltd.')).toBe('contosoltd')
    expect(nameKey('東京 エレクトロン')).toBe('東京エレクトロン')
    expect(nameKey('Ørsted A/S')).toBe(nameKey('orsted as'))
  })
})

describe('findVendor at 10,000 vendors', async () => {
  const names: string[] = []
  const syllables = ['tor', 'ven', 'ka', 'lio', 'mar', 'sun', 'dex', 'pra', 'ql', 'zen', 'ox', 'bri']
  for (let i = 0; names.length < 10_000; i++) {
    const a = syllables[i % 12]! + syllables[Math.floor(i / 12) % 12]! + syllables[Math.floor(i / 144) % 12]!
    names.push(
      `${a[0]!.toUpperCase()}${a.slice(1)} ${['Systems', 'Labs', 'Group', 'Ltd'][Math.floor(i / 1728) % 4]} ${i}`,
    )
  }
  names.push('Microsoft', 'Contoso')
  const store = await storeWithVendors(names)
  it('still finds exact and typo matches', () => {
    expect(describeMatch(findVendor(store, 'microsfot'))).toBe('fuzzy:Microsoft')
    expect(describeMatch(findVendor(store, 'contosso'))).toBe('fuzzy:Contoso')
    expect(describeMatch(findVendor(store, names[1234]!))).toBe(`exact:${names[1234]}`)
  })
})
