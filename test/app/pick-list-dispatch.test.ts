import { describe, expect, it } from 'vitest'
import type { Command } from '../../src/commands/command.ts'
import { requireVendor } from '../../src/lookup/vendor-argument.ts'
import { answer } from '../../src/reply/reply.ts'
import { lines, makeContext, run } from '../contracts/register-fixture.ts'
import { vendor } from '../support/factories.ts'

// A write that renames a vendor's notes, to show that a pick list stores nothing.
const note: Command = {
  name: 'note',
  usage: 'note <vendor> <text>',
  summary: 'test write',
  examples: ['note Contoso hello'],
  writes: true,
  async handler(request, context) {
    const { vendor: v, rest } = requireVendor(context.store, request.args, {
      write: true,
      command: 'note',
      form: 'note <vendor> <text>',
      example: 'note Contoso hello',
      isStop: (w) => w === 'says',
    })
    await context.store.transact({ who: request.user, at: context.clock.now(), action: 'note' }, (tx) =>
      tx.put('vendors', { ...v, notes: rest }),
    )
    return answer({ title: `Noted for ${v.name}` })
  },
}

describe('pick lists through dispatch', async () => {
  const base = await makeContext(
    '2027-01-15T09:00:00Z',
    [vendor('v1', 'Contoso Ltd'), vendor('v2', 'Contoso Retail'), vendor('v3', 'Microsoft')],
    [],
  )
  const context = { ...base, commands: [note] }

  it('answers an ambiguous write with a pick list (status ok) and stores nothing', async () => {
    const revision = context.store.revision
    const reply = await run(context, 'note contoso says hello')
    expect(reply.status).toBe('ok')
    expect(lines(reply)).toEqual([
      '"contoso" matches 2 vendors. Which one did you mean?',
      'Nothing was changed.',
      '- Contoso Ltd (medium)',
      '- Contoso Retail (medium)',
    ])
    expect(context.store.revision).toBe(revision)
    const button = reply.sections?.[0]?.items?.[1]?.actions?.[0]?.command
    expect(button).toBe('note "Contoso Retail" says hello')
    expect((await run(context, button!)).title).toBe('Noted for Contoso Retail')
    expect(context.store.get('vendors', 'v2')?.notes).toBe('says hello')
  })

  it('does not act on a typo for a write: one-choice pick list, nothing stored', async () => {
    const revision = context.store.revision
    const reply = await run(context, 'note microsfot says hi')
    expect(reply.status).toBe('ok')
    expect(reply.title).toBe('No vendor is named exactly "microsfot". Did you mean Microsoft?')
    expect(reply.sections?.[0]?.items?.map((i) => i.actions?.[0]?.command)).toEqual([
      'note "Microsoft" says hi',
    ])
    expect(context.store.revision).toBe(revision)
  })

  it('rejects an unknown vendor (status rejected)', async () => {
    expect((await run(context, 'note Initech says hi')).status).toBe('rejected')
  })
})
