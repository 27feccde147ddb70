// Register editing through the real Teams path: a command with missing fields answers with an
// Adaptive Card form, the card is submitted as Teams posts it (a message whose value carries the
// form and its inputs), a refused submission shows the card again with the error on the field, and
// a valid one stores the change. After each change `renewals`, the vendor card and the export show it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { allCommands } from '../../../src/app/command-table.ts'
import {
  type Bot,
  cardOf,
  cardSubmit,
  JANE,
  personalMessage,
  type Recorder,
  startBot,
  startRecorder,
  texts,
} from '../../adapters/teams/helpers.ts'
import { exported } from './helpers.ts'

type Card = Record<string, unknown>
interface Input {
  id?: string
  type: string
  value?: string
}

let recorder: Recorder
let bot: Bot

beforeEach(async () => {
  recorder = await startRecorder()
  bot = await startBot({ commands: allCommands, env: { TICKLER_ADMINS: JANE.aadObjectId } })
})
afterEach(async () => {
  await bot.close()
  await recorder.close()
})

/** Sends a personal message and returns the card of the answer. */
async function ask(text: string): Promise<Card> {
  const before = recorder.posts().length
  expect((await bot.post(personalMessage(recorder.url, text))).status).toBe(200)
  return cardOf(recorder.posts()[before]!)
}

function inputs(card: Card): Input[] {
  return (card.body as Input[]).filter((e) => e.type.startsWith('Input.'))
}

/** Presses the form's submit with its inputs as filled in (prefilled values kept, `typed` over them). */
async function submit(card: Card, typed: Record<string, string>): Promise<Card> {
  const action = (card.actions as { data: Record<string, unknown> }[])[0]!
  const value: Record<string, unknown> = { ...action.data }
  for (const input of inputs(card)) {
    const name = input.id!.replace(/^field:/, '')
    const v = typed[name] ?? input.value
    if (v !== undefined) value[input.id!] = v
  }
  const before = recorder.posts().length
  expect((await bot.post(cardSubmit(recorder.url, value, 'form-card'))).status).toBe(200)
  return cardOf(recorder.posts()[before]!)
}

const all = (card: Card) => texts(card).join('\n')

describe('register editing in Teams', () => {
  it('adds, edits, renews and ends through card forms, with errors on the card', async () => {
    const vendorForm = await ask('vendor add')
    expect(inputs(vendorForm).map((i) => i.id)).toEqual([
      'field:name',
      'field:tier',
      'field:category',
      'field:owner',
      'field:aliases',
      'field:contact_email',
      'field:notes',
    ])
    const refused = await submit(vendorForm, { name: 'Northwind Traders', tier: 'urgent' })
    expect(all(refused)).toContain('"urgent" is not a tier; use one of critical, high, medium, low')
    expect(bot.store.all('vendors')).toEqual([])
    expect(all(await submit(vendorForm, { name: 'Northwind Traders', tier: 'high' }))).toContain(
      'Vendor added: Northwind Traders',
    )

    const contractForm = await ask('contract add Northwind Traders')
    expect(inputs(contractForm).find((i) => i.id === 'field:vendor')?.value).toBe('Northwind Traders')
    const fields = {
      title: 'Print Fleet',
      kind: 'outsourcing',
      start_date: '2026-01-01',
      end_date: '2027-03-31',
      notice_days: '-1',
      annual_value: '84000',
      currency: 'USD',
      auto_renew: 'yes',
    }
    const badNotice = await submit(contractForm, fields)
    expect(all(badNotice)).toContain('"-1" is not a whole number 0 or more')
    expect(bot.store.all('contracts')).toEqual([])
    expect(all(await submit(contractForm, { ...fields, notice_days: '30' }))).toContain(
      'Contract added: Northwind Traders — Print Fleet',
    )
    expect(all(await ask('renewals 500 days'))).toContain('notice deadline 2027-03-01, 45 days')

    const editForm = await ask('contract edit "Print Fleet"')
    expect(inputs(editForm).find((i) => i.id === 'field:annual_value')?.value).toBe('84000.00')
    expect(all(await submit(editForm, { annual_value: '86000', currency: 'EUR' }))).toContain(
      'annual_value 84000.00 → 86000.00; currency USD → EUR',
    )
    expect(all(await ask('vendor Northwind Traders'))).toContain('86,000.00 EUR a year')

    const renewForm = await ask('contract renew "Print Fleet"')
    expect(inputs(renewForm).map((i) => `${i.id}=${i.value ?? ''}`)).toEqual([
      'field:end_date=',
      'field:annual_value=86000.00',
      'field:currency=EUR',
      'field:notice_days=30',
      'field:renewal_term_months=12',
    ])
    expect(all(await submit(renewForm, { end_date: '2028-03-31', notice_days: '60' }))).toContain(
      'New term 2027-04-01 to 2028-03-31',
    )
    expect(all(await ask('renewals 500 days'))).toContain('notice deadline 2028-01-31')
    expect((await exported(bot.store))['contracts.csv']).toContain(
      'Northwind Traders,Print Fleet,outsourcing,2026-01-01,2028-03-31,yes,12,60,,,,86000.00,EUR,,,,,',
    )

    expect(all(await ask('contract end "Print Fleet" on 2028-03-31'))).toContain('Contract ended')
    expect(all(await ask('renewals 500 days'))).not.toContain('Print Fleet')
    expect(all(await ask('vendor Northwind Traders'))).toContain(
      'Print Fleet (outsourcing): ended 2028-03-31',
    )
    expect((await exported(bot.store))['contracts.csv']).toContain(',ended,2028-03-31\n')
  })

  it('a pressed button that needs fields becomes the form, with its prompt and not the grammar', async () => {
    const press = cardSubmit(recorder.url, { command: 'vendor add' }, 'card-9')
    expect((await bot.post(press)).status).toBe(200)
    const [post] = recorder.posts()
    // Like an answered press, the form takes the pressed card's place.
    expect(post?.method).toBe('PUT')
    expect(post?.path).toMatch(/\/activities\/card-9$/)
    const form = cardOf(post!)
    expect(inputs(form).map((i) => i.id)).toContain('field:name')
    const blocks = (form.body as { type: string; text?: string; color?: string }[]).filter(
      (e) => e.type === 'TextBlock',
    )
    expect(blocks.map((b) => b.text)).toEqual(['Add a vendor', 'Fill in name (name), tier (tier).'])
    expect(blocks.some((b) => b.color === 'Attention')).toBe(false)
    expect(bot.store.all('vendors')).toEqual([])
  })
})
