// SPEC §9: an alias names one vendor. `vendor add … alias` and `vendor edit … aliases|name` refuse
// an alias or name another vendor already has (as vendor names compare: case, accents and
// punctuation aside), name the field, and store nothing.
import { beforeAll, describe, expect, it } from 'vitest'
import { lines, makeContext, say } from './helpers.ts'

const context = makeContext()

beforeAll(async () => {
  for (const line of [
    'vendor add Globex tier low alias "GBX; Globex Corp"',
    'vendor add Initech tier low alias INI',
  ]) {
    expect((await say(context, line)).status).toBe('ok')
  }
})

describe('vendor aliases are unique across vendors', () => {
  it.each([
    {
      line: 'vendor add Hooli tier low alias "globex-corp"',
      message:
        'Bad aliases: "globex-corp" is already an alias of vendor "Globex"; an alias names one vendor only.',
    },
    {
      line: 'vendor edit Initech aliases "INI; G.B.X."',
      message:
        'Bad aliases: "G.B.X." is already an alias of vendor "Globex"; an alias names one vendor only.',
    },
    {
      line: 'vendor add Hooli tier low alias GLÖBEX',
      message: 'Bad aliases: "GLÖBEX" is the name of vendor "Globex".',
    },
    { line: 'vendor edit Initech name gbx', message: 'Bad name: "gbx" is an alias of vendor "Globex".' },
  ])('refuses "$line" naming the field, and stores nothing', async ({ line, message }) => {
    const revision = context.store.revision
    const before = JSON.stringify(context.store.all('vendors'))
    const reply = await say(context, line, { platform: 'slack', user: 'U0ADMIN' })
    expect(reply.status).toBe('rejected')
    expect(lines(reply)[0]).toContain(message)
    expect(Object.keys(reply.fieldErrors ?? {})).toEqual([
      message.startsWith('Bad name') ? 'name' : 'aliases',
    ])
    expect(context.store.revision).toBe(revision)
    expect(JSON.stringify(context.store.all('vendors'))).toBe(before)
  })

  it('lets a vendor keep and reorder its own aliases', async () => {
    expect((await say(context, 'vendor edit Globex aliases "Globex Corp; gbx"')).status).toBe('ok')
    expect(context.store.all('vendors').find((v) => v.name === 'Globex')!.aliases).toEqual([
      'Globex Corp',
      'gbx',
    ])
  })
})
