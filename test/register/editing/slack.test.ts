// Register editing through the real Slack path: a slash command with missing fields opens a modal
// (views.open), the modal is submitted as Slack posts a view_submission, field errors come back
// inline (response_action: errors), and a valid submission stores the change and confirms in the
// channel. After each change `renewals`, the vendor card and the export show the new state.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { allCommands } from '../../../src/app/command-table.ts'
import {
  type Harness,
  postSlack,
  type Recorded,
  slashBody,
  startHarness,
} from '../../adapters/slack/slack-harness.ts'
import { exported } from './helpers.ts'

interface Element {
  type: string
  initial_value?: string
  initial_date?: string
  initial_option?: { value: string }
  options?: { value: string }[]
}
interface InputBlock {
  type: string
  block_id: string
  optional?: boolean
  element: Element
}
interface ModalView {
  callback_id: string
  private_metadata: string
  title: { text: string }
  blocks: InputBlock[]
}

let h: Harness

beforeEach(async () => {
  h = await startHarness(allCommands, { TICKLER_ADMINS: 'U1' })
})
afterEach(() => h.close())

async function slash(text: string): Promise<{ status: number; json: unknown }> {
  const res = await postSlack(h, slashBody(h, '/tickler', text))
  const raw = await res.text()
  return { status: res.status, json: raw ? JSON.parse(raw) : undefined }
}

/** Runs a slash command that must open a modal; returns the view Slack was asked to open. */
async function opens(text: string): Promise<ModalView> {
  const before = h.recorder.of('/api/views.open').length
  const { status } = await slash(text)
  expect(status).toBe(200)
  const calls = await h.recorder.waitFor('/api/views.open', before + 1)
  return calls[before]!.body.view as ModalView
}

/** The values of the inputs as filled in, shaped as Slack's view.state.values. */
function state(view: ModalView, typed: Record<string, string>) {
  const values: Record<string, Record<string, unknown>> = {}
  for (const block of view.blocks.filter((b) => b.type === 'input')) {
    const e = block.element
    const value =
      typed[block.block_id] ?? e.initial_value ?? e.initial_date ?? e.initial_option?.value ?? undefined
    if (e.type === 'datepicker')
      values[block.block_id] = { value: { type: e.type, selected_date: value ?? null } }
    else if (e.type === 'static_select')
      values[block.block_id] = {
        value: { type: e.type, selected_option: value === undefined ? null : { value } },
      }
    else values[block.block_id] = { value: { type: e.type, value: value ?? null } }
  }
  return values
}

/** Posts a view_submission for `view` with the inputs filled in as `typed`. */
async function submit(
  view: ModalView,
  typed: Record<string, string>,
): Promise<{ status: number; json: unknown }> {
  const payload = {
    type: 'view_submission',
    team: { id: 'T1', domain: 'acme' },
    user: { id: 'U1', username: 'ann', team_id: 'T1' },
    api_app_id: 'A1',
    token: 'x',
    trigger_id: `view-trigger-${Math.random()}`,
    view: { id: 'V1', type: 'modal', ...view, state: { values: state(view, typed) }, hash: 'h1' },
  }
  const res = await postSlack(h, new URLSearchParams({ payload: JSON.stringify(payload) }).toString())
  const raw = await res.text()
  return { status: res.status, json: raw ? JSON.parse(raw) : undefined }
}

/** Waits for the next confirmation posted in the channel and returns its text. */
async function confirmation(count: number): Promise<string> {
  const calls: Recorded[] = await h.recorder.waitFor('/api/chat.postMessage', count)
  const post = calls[count - 1]!
  expect(post.body.channel).toBe('C1')
  return JSON.stringify(post.body.blocks)
}

async function renewalsLines(): Promise<string> {
  return JSON.stringify((await slash('renewals 500 days')).json)
}

async function cardText(): Promise<string> {
  return JSON.stringify((await slash('vendor "Northwind Traders"')).json)
}

describe('register editing in Slack', () => {
  it('adds, edits, renews and ends through modals, with inline errors', async () => {
    // vendor add with nothing: a modal with the vendor's fields.
    const vendorModal = await opens('vendor add')
    expect(vendorModal.callback_id).toBe('tickler_form')
    expect(JSON.parse(vendorModal.private_metadata)).toEqual({
      command: 'vendor add',
      channel: 'slack:T1:C1',
    })
    expect(vendorModal.blocks.map((b) => `${b.block_id}${b.optional ? '' : '*'}`)).toEqual([
      'name*',
      'tier*',
      'category',
      'owner',
      'aliases',
      'contact_email',
      'notes',
    ])
    const badEmail = await submit(vendorModal, {
      name: 'Northwind Traders',
      tier: 'high',
      contact_email: 'not-an-email',
    })
    expect(badEmail.json).toEqual({
      response_action: 'errors',
      errors: { contact_email: '"not-an-email" is not an email address' },
    })
    expect(h.store.all('vendors')).toEqual([])
    expect(
      (await submit(vendorModal, { name: 'Northwind Traders', tier: 'high', owner: 'U0NORTH' })).json,
    ).toBeUndefined()
    expect(await confirmation(1)).toContain('Vendor added: Northwind Traders')
    expect(h.store.all('riskChecks')).toHaveLength(4)

    // contract add: the vendor is a choice; a bad end date is marked on its field.
    const contractModal = await opens('contract add')
    const vendorBlock = contractModal.blocks.find((b) => b.block_id === 'vendor')!
    expect(vendorBlock.element.options!.map((o) => o.value)).toEqual(['Northwind Traders'])
    const fields = {
      vendor: 'Northwind Traders',
      title: 'Print Fleet',
      kind: 'outsourcing',
      start_date: '2025-01-01',
      end_date: '2024-12-31',
      notice_days: '30',
      annual_value: '84000',
      currency: 'usd',
      auto_renew: 'yes',
    }
    expect((await submit(contractModal, fields)).json).toEqual({
      response_action: 'errors',
      errors: { end_date: 'the end date 2024-12-31 must be after the start date 2025-01-01' },
    })
    expect(
      (await submit(contractModal, { ...fields, end_date: '2027-01-31', annual_value: '84000.125' })).json,
    ).toEqual({
      response_action: 'errors',
      errors: { annual_value: '"84000.125" has 3 decimals; USD amounts have at most 2' },
    })
    // Every wrong field is marked at once.
    expect((await submit(contractModal, { ...fields, kind: 'lease', notice_days: 'sixty' })).json).toEqual({
      response_action: 'errors',
      errors: {
        kind: '"lease" is not a contract kind; use one of licence, saas, support, outsourcing, hardware',
        notice_days: '"sixty" is not a whole number 0 or more',
      },
    })
    expect(h.store.all('contracts')).toEqual([])
    expect((await submit(contractModal, { ...fields, end_date: '2027-01-31' })).json).toBeUndefined()
    expect(await confirmation(2)).toContain('Contract added: Northwind Traders — Print Fleet')
    expect(await renewalsLines()).toContain('notice deadline 2027-01-01, 37 days')
    expect(await cardText()).toContain('end 2027-01-31 · notice deadline 2027-01-01')

    // contract edit: the modal comes filled in; only the changed field changes.
    const editModal = await opens('contract edit "Print Fleet"')
    expect(JSON.parse(editModal.private_metadata).command).toBe(
      'contract edit "Northwind Traders" "Print Fleet" notice_shift "" owner "" monthly_fee "" credit_percent_per_breach "" credit_cap_percent ""',
    )
    const notice = editModal.blocks.find((b) => b.block_id === 'notice_days')!
    expect(notice.element.initial_value).toBe('30')
    expect((await submit(editModal, { notice_days: '45' })).json).toBeUndefined()
    expect(await confirmation(3)).toContain('notice_days 30 → 45')
    expect(await renewalsLines()).toContain('notice deadline 2026-12-17, 22 days')

    // A field emptied in the form is cleared (Slack leaves empty inputs out of the submission).
    expect(
      (await submit(await opens('contract edit "Print Fleet"'), { monthly_fee: '7000' })).json,
    ).toBeUndefined()
    expect(h.store.all('contracts')[0]!.monthlyFee).toBe('7000.00')
    expect(
      (await submit(await opens('contract edit "Print Fleet"'), { monthly_fee: '' })).json,
    ).toBeUndefined()
    expect(h.store.all('contracts')[0]!.monthlyFee).toBeNull()
    expect(await confirmation(5)).toContain('monthly_fee 7000.00 → (empty)')
    expect((await exported(h.store))['contracts.csv']).toContain(
      'Northwind Traders,Print Fleet,outsourcing,2025-01-01,2027-01-31,yes,12,45,,,,84000.00,USD,,,,,',
    )

    // contract renew: asks for the new end date, value filled in.
    const renewModal = await opens('contract renew "Print Fleet"')
    expect(renewModal.title.text).toBe('Record a renewal')
    expect(renewModal.blocks.find((b) => b.block_id === 'annual_value')!.element.initial_value).toBe(
      '84000.00',
    )
    expect((await submit(renewModal, { end_date: '2027-01-15' })).json).toMatchObject({
      response_action: 'errors',
      errors: { end_date: expect.stringContaining("must be after the new term's start 2027-02-01") },
    })
    expect((await submit(renewModal, { end_date: '2028-01-31', annual_value: '90000' })).json).toBeUndefined()
    expect(await confirmation(6)).toContain('Renewal recorded: Northwind Traders — Print Fleet')
    expect(await renewalsLines()).toContain('notice deadline 2027-12-17, 387 days')
    expect(await cardText()).toContain('end 2028-01-31 · notice deadline 2027-12-17')
    expect((await exported(h.store))['contracts.csv']).toContain(
      'Northwind Traders,Print Fleet,outsourcing,2025-01-01,2028-01-31,yes,12,45,,,,90000.00,USD,,,,,',
    )

    // contract end needs no form: the answer comes in the ack and is posted for the channel.
    const ended = await slash('contract end "Print Fleet"')
    expect(JSON.stringify(ended.json)).toContain('Contract ended: Northwind Traders — Print Fleet')
    expect((ended.json as { response_type: string }).response_type).toBe('in_channel')
    expect(await renewalsLines()).not.toContain('Print Fleet')
    expect(await cardText()).toContain('Print Fleet (outsourcing): ended 2026-11-25')
    expect((await exported(h.store))['contracts.csv']).toContain(',ended,2026-11-25\n')
  })

  it('a submitted modal still missing a field is shown again with its prompt, not the grammar', async () => {
    const vendorModal = await opens('vendor add')
    const { json } = await submit(vendorModal, { tier: 'high' })
    const update = json as {
      response_action: string
      view: { blocks: { type: string; text?: { text: string } }[] }
    }
    expect(update.response_action).toBe('update')
    const [notice] = update.view.blocks
    expect(notice).toMatchObject({ type: 'section', text: { text: 'Fill in name (name).' } })
    expect(h.store.all('vendors')).toEqual([])
  })

  it('a typed register command with every field stores it at once, no modal', async () => {
    const { json } = await slash('vendor add Globex tier low')
    expect(JSON.stringify(json)).toContain('Vendor added: Globex')
    expect(h.recorder.of('/api/views.open')).toEqual([])
    expect(h.store.all('vendors').map((v) => v.name)).toEqual(['Globex'])
  })
})
