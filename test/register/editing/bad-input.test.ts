// The table of bad register input: each gets its own message naming the field and the correct
// form, and the JSON store's files stay byte-identical (nothing stored on a rejected command).
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openJsonStore } from '../../../src/store/json-store.ts'
import type { Store } from '../../../src/store/store.ts'
import { lines, makeContext, NORTHWIND, PRINT_DEAL, type Surface, say, snapshot } from './helpers.ts'

let dir: string
let store: Store
let context: ReturnType<typeof makeContext>

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tickler-register-'))
  store = await openJsonStore(dir)
  context = makeContext({ store })
  const lease = (title: string) =>
    `contract add Globex "${title}" kind hardware start 2026-01-01 end 2026-12-31 notice 0 value 5 USD`
  for (const line of [
    NORTHWIND,
    PRINT_DEAL,
    'vendor add Globex tier low alias GBX',
    lease('Copier lease'),
    lease('Scanner lease'),
  ]) {
    expect((await say(context, line)).status).toBe('ok')
  }
})
afterAll(async () => {
  await store.close()
  await rm(dir, { recursive: true, force: true })
})

const ADD =
  'contract add Globex "Help desk" kind support start 2026-01-01 end 2027-12-31 notice 30 value 1000 USD'

interface Case {
  name: string
  line: string
  message: string
  /** The field a chat form marks (fieldErrors), when the error is about one field. */
  field?: string
  form: RegExp
  platform?: Surface
  user?: string
}

const cases: Case[] = [
  {
    name: 'end before start',
    line: ADD.replace('end 2027-12-31', 'end 2025-12-31'),
    message:
      'Bad end_date: the end date 2025-12-31 must be after the start date 2026-01-01. Nothing was changed.',
    field: 'end_date',
    form: /^contract add <vendor> <title>/,
  },
  {
    name: 'notice below 0',
    line: ADD.replace('notice 30', 'notice -5 days'),
    message: 'Bad notice_days: "-5" is not a whole number 0 or more. Nothing was changed.',
    field: 'notice_days',
    form: /^contract add/,
  },
  {
    name: 'an unknown kind',
    line: ADD.replace('kind support', 'kind lease'),
    message:
      'Bad kind: "lease" is not a contract kind; use one of licence, saas, support, outsourcing, hardware. Nothing was changed.',
    field: 'kind',
    form: /^contract add/,
  },
  {
    name: 'an unknown currency in the value',
    line: ADD.replace('value 1000 USD', 'value 1000 XYZ'),
    message:
      'Bad currency: "XYZ" is not an ISO 4217 currency code such as USD, EUR or GBP. Nothing was changed.',
    field: 'currency',
    form: /^contract add/,
  },
  {
    name: 'an unknown currency on its own',
    line: 'contract edit "Print Fleet" currency dollars',
    message:
      'Bad currency: "dollars" is not an ISO 4217 currency code such as USD, EUR or GBP. Nothing was changed.',
    field: 'currency',
    form: /^contract edit <contract> <field> <value>/,
  },
  {
    name: 'a duplicate vendor name',
    line: 'vendor add "NORTHWIND traders" tier low',
    message: 'Bad name: a vendor named "Northwind Traders" is already in the register. Nothing was changed.',
    field: 'name',
    form: /^vendor add <name> tier <t>/,
  },
  {
    name: "a vendor name that is another vendor's alias",
    line: 'vendor add GBX tier low',
    message: 'Bad name: "GBX" is an alias of vendor "Globex". Nothing was changed.',
    field: 'name',
    form: /^vendor add/,
  },
  {
    name: 'a duplicate contract title',
    line: 'contract add "Northwind Traders" "print  fleet" kind saas start 2026-01-01 end 2026-12-31 notice 0 value 5 USD',
    message: 'Bad title: Northwind Traders already has a contract titled "Print Fleet". Nothing was changed.',
    field: 'title',
    form: /^contract add/,
  },
  {
    name: 'a rename onto another title',
    line: 'contract edit "Copier lease" title "scanner LEASE"',
    message: 'Bad title: Globex already has a contract titled "Scanner lease". Nothing was changed.',
    field: 'title',
    form: /^contract edit/,
  },
  {
    name: 'a date in words that does not parse',
    line: ADD.replace('end 2027-12-31', 'end the twelfth of never'),
    message:
      'Bad end_date: "the twelfth of never" is not a date; use YYYY-MM-DD such as 2027-03-31, or words such as "31 March 2027". Nothing was changed.',
    field: 'end_date',
    form: /^contract add/,
  },
  {
    name: 'an amount with three decimals',
    line: ADD.replace('value 1000 USD', 'value 1000.125 USD'),
    message: 'Bad annual_value: "1000.125" has 3 decimals; USD amounts have at most 2. Nothing was changed.',
    field: 'annual_value',
    form: /^contract add/,
  },
  {
    name: 'a fee in another currency',
    line: 'contract edit "Print Fleet" fee 100 EUR',
    message: 'Bad monthly_fee: "100 EUR" is in EUR but the contract is in USD. Nothing was changed.',
    field: 'monthly_fee',
    form: /^contract edit/,
  },
  {
    name: 'a bad tier',
    line: 'vendor edit Globex tier urgent',
    message: 'Bad tier: "urgent" is not a tier; use one of critical, high, medium, low. Nothing was changed.',
    field: 'tier',
    form: /^vendor edit/,
  },
  {
    name: 'a bad email',
    line: 'vendor edit Globex email nobody',
    message: 'Bad contact_email: "nobody" is not an email address. Nothing was changed.',
    field: 'contact_email',
    form: /^vendor edit/,
  },
  {
    name: 'a start moved past the end',
    line: 'contract edit "Print Fleet" start 2027-06-01',
    message:
      'Bad start_date: the end date 2027-01-31 must be after the start date 2027-06-01. Nothing was changed.',
    field: 'start_date',
    form: /^contract edit/,
  },
  {
    name: 'a renewal ending before the new term starts',
    line: 'contract renew "Print Fleet" end 2027-01-15',
    message:
      "Bad end_date: the new end date 2027-01-15 must be after the new term's start 2027-02-01 (the day after the current end 2027-01-31). Nothing was changed.",
    field: 'end_date',
    form: /^contract renew <contract> end <date>/,
  },
  {
    name: 'a renewal changing another field',
    line: 'contract renew "Print Fleet" end 2028-01-31 kind saas',
    message:
      'Bad kind: a renewal sets end, value, notice and term only; change other fields with contract edit. Nothing was changed.',
    field: 'kind',
    form: /^contract renew/,
  },
  {
    name: 'a field given twice',
    line: 'vendor edit Globex tier low tier high',
    message: 'Bad tier: tier is given twice. Nothing was changed.',
    field: 'tier',
    form: /^vendor edit/,
  },
  {
    name: 'an unknown field',
    line: 'vendor edit Globex colour red',
    message: '"colour" is not a vendor field; use name, tier, category, owner, aliases, email or notes.',
    form: /^vendor edit/,
  },
  {
    name: 'an end date before the start',
    line: 'contract end "Print Fleet" on 2024-12-31',
    message:
      '2024-12-31 is before Print Fleet started (2025-01-01); give the day it ends. Nothing was changed.',
    form: /^contract end <contract> \[on <date>\]/,
  },
  {
    name: 'an unknown vendor for a new contract',
    line: 'contract add Initech "Fax" kind saas start 2026-01-01 end 2026-12-31 notice 0 value 5 USD',
    message: 'No vendor named "Initech".',
    form: /^contract add/,
  },
  {
    name: 'removing a vendor with a running contract',
    line: 'vendor remove "Northwind Traders"',
    message:
      'Northwind Traders still has 1 contract that has not ended: Print Fleet. End it first with contract end. Nothing was changed.',
    form: /^vendor remove <vendor>/,
  },
  {
    name: 'a change by someone who is neither admin nor owner',
    line: 'contract edit "Print Fleet" notice 10',
    message:
      "Only Tickler admins and the owner of Northwind Traders's Print Fleet contract (U0NORTH) may change this contract.",
    form: /.*/,
    platform: 'slack',
    user: 'U0EVE',
  },
]

describe('bad register input', () => {
  it.each(cases)('$name', async (c) => {
    const before = await snapshot(dir)
    const revision = store.revision
    const reply = await say(context, c.line, { platform: c.platform ?? 'terminal', user: c.user })
    expect(reply.status).toBe('rejected')
    const [message, form] = lines(reply)
    expect(message).toContain(c.message)
    if (c.form.source !== '.*') expect(form).toMatch(new RegExp(`^Form: ${c.form.source.slice(1)}`))
    expect(store.revision).toBe(revision)
    expect(await snapshot(dir)).toEqual(before)
  })

  it.each(cases.filter((c) => c.field))('$name marks the field on a chat form', async (c) => {
    const before = await snapshot(dir)
    const reply = await say(context, c.line, { platform: 'slack', user: 'U0ADMIN' })
    expect(reply.status).toBe('rejected')
    expect(Object.keys(reply.fieldErrors ?? {})).toEqual([c.field])
    expect(await snapshot(dir)).toEqual(before)
  })
})
