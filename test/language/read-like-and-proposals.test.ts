// SPEC §4.1: a line that starts with a read command's word but is no form of it is answered in
// plain words, or else with its own error and the nearest commands, changing nothing. Issue 22:
// a change said in words is proposed with every value said, the contract by vendor and title, and
// an end in words at the end of the current term.
import { beforeEach, describe, expect, it } from 'vitest'
import type { Tickler } from '../../src/app/open-tickler.ts'
import { plain, type Reply } from '../../src/reply/reply.ts'
import type { MemoryStore } from '../support/memory-store.ts'
import { demoTickler, USER } from './fixture.ts'

let tickler: Tickler
let store: MemoryStore

beforeEach(async () => {
  ;({ tickler, store } = await demoTickler())
})

const ask = (text: string) => tickler.run({ text, user: USER, platform: 'terminal' })
const lines = (reply: Reply) => (reply.text ?? []).map(plain)

describe('read-like lines', () => {
  it.each([
    ['sla credits owed by contoso last month', 'sla report "Contoso Cloud Services" last month'],
    ['sla stats for woodgrove for september', 'sla report "Woodgrove Payments" september'],
    ['risk checks coming due next month', 'risk due next month'],
    ['renewals of saas contracts this qtr', 'renewals this quarter kind saas'],
  ])('%s is answered as %s, storing nothing', async (line, command) => {
    const before = store.revision
    const reply = await ask(line)
    expect(reply.status).toBe('ok')
    expect(lines(reply)).toContain(`Understood as ${command}`)
    expect(store.revision).toBe(before)
  })

  it.each([
    ['sla whatever', '"sla whatever" is not an sla command'],
    ['risk overview of zontoso', 'I don\'t know "risk overview"'],
    ['renewals blah blah', 'I don\'t understand the window "blah blah"'],
    // a word nobody knows keeps the command's error; the nearest command is one press away
    // ("sla numbers" is the report since round 5: job sets 4 and 5 ask for it in those words)
    ['sla zorbles on woodgrove for september', '"sla zorbles" is not an sla command'],
  ])('%s keeps its own error and offers the nearest commands', async (line, error) => {
    const before = store.revision
    const reply = await ask(line)
    expect(reply.status).toBe('rejected')
    expect(lines(reply)[0]).toContain(error)
    expect(lines(reply).some((l) => l.startsWith('Form: '))).toBe(true)
    expect(reply.actions?.length).toBeGreaterThan(0)
    expect(reply.confirm).toBeUndefined()
    expect(store.revision).toBe(before)
  })

  it('a write line is still only its own grammar: no fallback, no buttons to guess with', async () => {
    const reply = await ask('risk done whenever you like')
    expect(reply.status).toBe('rejected')
    expect(reply.actions ?? []).toEqual([])
  })
})

describe('changes in words', () => {
  it('proposes every value said, shows them, and stores nothing until confirmed', async () => {
    const before = store.revision
    const reply = await ask(
      'we renewed the woodgrove payment gateway to 2028-03-24 for $160,000 with 90 days notice',
    )
    const command =
      'contract renew "Woodgrove Payments" "Payment gateway" end 2028-03-24 value 160000 USD notice 90 days'
    expect(reply.confirm).toBe(command)
    expect(lines(reply)).toContain(
      'Renewal: new end 2028-03-24, value 160,000.00 USD a year, notice 90 days.',
    )
    expect(store.revision).toBe(before)

    expect((await ask(command)).status).toBe('ok')
    const renewed = store.all('contracts').find((c) => c.title === 'Payment gateway')!
    expect([renewed.endDate, renewed.annualValue, renewed.noticeDays]).toEqual([
      '2028-03-24',
      '160000.00',
      90,
    ])
  })

  it("takes the contract's own currency when none is said, and says so", async () => {
    const reply = await ask('proseware hr and payroll renewed until 2028-03-24 at 80k')
    expect(reply.confirm).toBe(
      'contract renew "Proseware HR" "HR and payroll" end 2028-03-24 value 80000 EUR',
    )
    expect(lines(reply)).toContain(
      "Renewal: new end 2028-03-24, value 80,000.00 EUR a year (the contract's currency).",
    )
  })

  it('ends a contract said in words at the end of its current term, named by vendor and title', async () => {
    const reply = await ask("we're cancelling contoso premier support")
    expect(reply.confirm).toBe('contract end "Contoso Cloud Services" "Premier support" on 2027-05-24')
    expect(lines(reply)).toContain(
      'It ends on 2027-05-24, the end of its current term; give another date if that is wrong.',
    )
  })

  it.each([
    // "incident" and "claims" are words of the titles, not an incident to log or a claim to make
    [
      'notice given to tailspin on the incident response retainer, let it lapse',
      'contract end "Tailspin Security" "Incident response retainer" on 2027-09-24',
    ],
    [
      'humongous renewal signed for the claims platform, runs to 2028-05-24',
      'contract renew "Humongous Insurance Systems" "Claims platform" end 2028-05-24',
    ],
  ])('a contract named by a title with a cue word in it: %s', async (line, command) => {
    const before = store.revision
    expect((await ask(line)).confirm).toBe(command)
    expect(store.revision).toBe(before)
  })

  it.each([
    [
      'adatum soc2 done yesterday, note: type II no exceptions',
      'risk done "Adatum Identity" soc2 on 2026-11-24 type II no exceptions',
    ],
    [
      'adatum soc2 done yesterday, notes: signed copy on file',
      'risk done "Adatum Identity" soc2 on 2026-11-24 signed copy on file',
    ],
  ])('a check done with its evidence keeps the evidence word for word: %s', async (line, command) => {
    const before = store.revision
    expect((await ask(line)).confirm).toBe(command)
    expect(store.revision).toBe(before)
  })

  it.each([
    ["we claimed contoso's october credit", 'sla claim "Contoso Cloud Services" 2026-10'],
    ["mark contoso's october service credit as claimed", 'sla claim "Contoso Cloud Services" 2026-10'],
  ])('a credit said to be claimed is proposed as sla claim: %s', async (line, command) => {
    const before = store.revision
    expect((await ask(line)).confirm).toBe(command)
    expect(store.revision).toBe(before)
  })

  it('with several contracts and none named, proposes the vendor alone so the command asks which', async () => {
    const reply = await ask('we cancelled our contoso contract')
    expect(reply.confirm).toBe('contract end "Contoso Cloud Services"')
    const asked = JSON.stringify(await ask(reply.confirm!))
    expect(asked).toContain('contract end \\"Contoso Cloud Services\\" \\"Cloud hosting\\"')
    expect(asked).toContain('contract end \\"Contoso Cloud Services\\" \\"Premier support\\"')
  })
})
