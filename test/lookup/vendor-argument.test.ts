import { describe, expect, it } from 'vitest'
import { PickListError, UserError } from '../../src/errors/errors.ts'
import { requireVendor, takeVendor } from '../../src/lookup/vendor-argument.ts'
import { plain } from '../../src/reply/reply.ts'
import { storeWithVendors } from '../register/make-vendors.ts'

const isPriority = (w: string) => /^p[1-4]$/i.test(w)

describe('takeVendor', async () => {
  const store = await storeWithVendors(['Contoso', 'Contoso Ltd', 'Contoso Retail', 'Microsoft', 'Fabrikam'])

  it('takes the longest run of words that names a vendor', () => {
    const r = takeVendor(store, 'Contoso Ltd P1 printer down', isPriority)
    expect(r.match).toMatchObject({ kind: 'exact', vendor: { name: 'Contoso Ltd' } })
    expect(r.typed).toBe('Contoso Ltd')
    expect(r.rest).toBe('P1 printer down')
  })

  it('prefers a shorter exact name over a longer guess', () => {
    const r = takeVendor(store, 'contoso retial P2 x', isPriority)
    expect(r.match).toMatchObject({ kind: 'exact', vendor: { name: 'Contoso' } })
    expect(r.rest).toBe('retial P2 x')
  })

  it('names, for words that match no vendor, the nearest names of its longest runs first, three at most', async () => {
    const many = await storeWithVendors(['Kontor', 'Kontiki', 'Fabrikam', 'Fabricom', 'Faber', 'Fabrik Ag'])
    const nearest = (args: string) => {
      const { match } = takeVendor(many, args)
      return match.kind === 'none' ? match.nearest.map((v) => v.name) : match.kind
    }
    // "contox xabrikam" suggests Fabrikam before "contox" alone suggests Kontor.
    expect(nearest('contox xabrikam weekly')).toEqual(['Fabrikam', 'Kontor'])
    expect(nearest('contor ontiki xabric')).toEqual(['Kontiki', 'Kontor'])
    expect(nearest('xabrikam zzzz')).toEqual(['Fabrikam', 'Fabrik Ag', 'Fabricom'])
  })

  it('takes a quoted name and leaves the rest as typed', () => {
    const r = takeVendor(store, '“Contoso Retail” P3 "email slow"', isPriority)
    expect(r.match).toMatchObject({ kind: 'exact', vendor: { name: 'Contoso Retail' } })
    expect(r.rest).toBe('P3 "email slow"')
  })

  it('drops a possessive and matches case-insensitively', () => {
    expect(takeVendor(store, "MICROSOFT's").match).toMatchObject({
      kind: 'exact',
      vendor: { name: 'Microsoft' },
    })
  })

  it('keeps the longer run when it names the same vendor as a shorter exact alias', async () => {
    const s = await storeWithVendors([{ name: 'Alpine Ski Hardware', aliases: ['Alpine'] }, 'Fabrikam'])
    expect(takeVendor(s, 'alpine ski P1 down', isPriority)).toMatchObject({
      match: { kind: 'exact', vendor: { name: 'Alpine Ski Hardware' } },
      typed: 'alpine ski',
      rest: 'P1 down',
    })
    expect(takeVendor(s, 'alpine fabrikam')).toMatchObject({
      match: { kind: 'exact', vendor: { name: 'Alpine Ski Hardware' } },
      rest: 'fabrikam',
    })
  })

  it('falls back to a typo match of the longest run', () => {
    const r = takeVendor(store, 'microsfot P1 down', isPriority)
    expect(r.match).toMatchObject({ kind: 'fuzzy', vendor: { name: 'Microsoft' } })
    expect(r.rest).toBe('P1 down')
  })

  it('reports nothing typed when the arguments start with a grammar word', () => {
    expect(takeVendor(store, 'P1 down', isPriority)).toMatchObject({
      typed: '',
      rest: 'P1 down',
      match: { kind: 'none' },
    })
  })
})

describe('requireVendor', async () => {
  const store = await storeWithVendors(['Contoso Ltd', 'Contoso Retail', 'Microsoft'])
  const read = { write: false, command: 'vendor', form: 'vendor <name>', example: 'vendor Microsoft' }
  const write = {
    write: true,
    command: 'sla log',
    form: 'sla log <vendor> <P1-P4> <summary>',
    example: 'sla log Microsoft P1 down',
    isStop: isPriority,
  }

  it('returns an exact vendor with no note', () => {
    expect(requireVendor(store, 'microsoft', read)).toEqual({
      vendor: expect.objectContaining({ name: 'Microsoft' }),
      rest: '',
    })
  })

  it('names a fuzzy match for a read', () => {
    const r = requireVendor(store, 'microsfot', read)
    expect(r.vendor.name).toBe('Microsoft')
    expect(r.note).toContain('Microsoft')
    expect(r.note).toContain('microsfot')
  })

  it('turns a fuzzy match for a write into a one-choice pick list carrying the exact command', () => {
    const error = catchError(() => requireVendor(store, 'microsfot P1 mail down', write))
    expect(error).toBeInstanceOf(PickListError)
    const reply = (error as PickListError).reply
    expect(reply.status).toBe('ok')
    expect(reply.sections?.[0]?.items?.map((i) => i.actions?.[0]?.command)).toEqual([
      'sla log "Microsoft" P1 mail down',
    ])
  })

  it('gives a pick list for several close matches, read or write', () => {
    for (const opts of [read, write]) {
      const error = catchError(() => requireVendor(store, 'contoso P1 x', opts)) as PickListError
      expect(error).toBeInstanceOf(PickListError)
      const commands = error.reply.sections?.[0]?.items?.map((i) => i.actions?.[0]?.command)
      expect(commands).toEqual([
        `${opts.command} "Contoso Ltd" P1 x`,
        `${opts.command} "Contoso Retail" P1 x`,
      ])
    }
  })

  it('rejects an unknown vendor with the nearest names and the form', () => {
    const error = catchError(() => requireVendor(store, 'Kontoso Ltd', read))
    expect(error).toBeInstanceOf(UserError)
    expect(error).not.toBeInstanceOf(PickListError)
    expect((error as UserError).message).toMatch(
      /^No vendor named "Kontoso Ltd"\. Nearest names: Contoso Ltd/,
    )
    expect((error as UserError).form).toBe('vendor <name>')
  })

  it('asks for a vendor when none was typed', () => {
    const error = catchError(() => requireVendor(store, '', read)) as UserError
    expect(error.message).toBe('Name a vendor: vendor needs one.')
  })

  it('says so when the register is empty', async () => {
    const empty = await storeWithVendors([])
    expect((catchError(() => requireVendor(empty, 'Acme', read)) as UserError).message).toBe(
      'No vendor named "Acme". The register has no vendors yet.',
    )
  })

  it('pick list replies render their choices as lines', () => {
    const error = catchError(() => requireVendor(store, 'contoso', read)) as PickListError
    expect(error.reply.sections?.[0]?.items?.map((i) => plain(i.text))).toEqual([
      'Contoso Ltd (medium)',
      'Contoso Retail (medium)',
    ])
  })
})

function catchError(fn: () => unknown): unknown {
  try {
    fn()
  } catch (error) {
    return error
  }
  throw new Error('expected an error')
}
