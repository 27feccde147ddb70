// Plain language through the one dispatcher: reads answered at once, writes only proposed
// (nothing stored until the exact command is run), unsure and out-of-scope answers, and exact
// grammar still winning.
import { beforeEach, describe, expect, it } from 'vitest'
import type { Tickler } from '../../src/app/open-tickler.ts'
import { CANCEL_COMMAND } from '../../src/language/cancel-command.ts'
import { plain, type Reply } from '../../src/reply/reply.ts'
import type { MemoryStore } from '../../src/store/memory-store.ts'
import { demoTickler, USER } from './fixture.ts'

let tickler: Tickler
let store: MemoryStore

beforeEach(async () => {
  ;({ tickler, store } = await demoTickler())
})

const ask = (text: string) => tickler.run({ text, user: USER, platform: 'terminal' })
const lines = (reply: Reply) => (reply.text ?? []).map(plain)

describe('plain-language reads', () => {
  it('answers at once and says which command it ran', async () => {
    const reply = await ask('what renews in the next 30 days?')
    expect(reply.status).toBe('ok')
    expect(lines(reply)[0]).toBe('Understood as renewals next 30 days')
    expect(reply.confirm).toBeUndefined()
  })

  it('finds a vendor through a possessive and a typo', async () => {
    const reply = await ask("what's contsoo's risk status?")
    expect(lines(reply)[0]).toBe('Understood as risk list "Contoso Cloud Services"')
    expect(JSON.stringify(reply)).toContain('soc2')
  })

  it('leaves exact grammar alone', async () => {
    const reply = await ask('renewals next 60 days')
    expect(lines(reply).some((l) => l.startsWith('Understood as'))).toBe(false)
  })

  it('answers a read command that did not parse in plain language, unless a word or data was not understood', async () => {
    const reply = await ask("help me find contoso's contact")
    expect(reply.status).toBe('ok')
    // A one-fact question: the fact first (SPEC §13), then what was run.
    expect(lines(reply).slice(0, 2)).toEqual([
      'Contact at Contoso Cloud Services: accounts@contoso.example.',
      'Understood as vendor "Contoso Cloud Services"',
    ])
    const unknownWord = await ask('risk due whenever')
    expect(lines(unknownWord)[0]).toContain('"whenever"')
    const badData = await ask('sla report Contoso 2031')
    expect(lines(badData)[0]).toContain('"2031"')
    expect([unknownWord.status, badData.status]).toEqual(['rejected', 'rejected'])
  })

  it('takes a read command wrapped in courtesy words as the exact command, one list for line and arguments', async () => {
    const exact = await ask('vendors')
    for (const text of ['vendors?', 'show me vendors thx', 'could you list vendors, pls!']) {
      expect(await ask(text), text).toEqual(exact)
    }
    const window = await ask('renewals next 60 days')
    expect(await ask('renewals show me next 60 days thx')).toEqual(window)
  })

  it('reads a read command whose arguments did not parse as plain language', async () => {
    const reply = await ask('renewals coming up soon please')
    expect(reply.status).toBe('ok')
    expect(lines(reply)[0]).toBe('Understood as renewals')
  })
})

describe('plain-language writes', () => {
  it('proposes the exact command with Confirm and Cancel, and stores nothing', async () => {
    const before = store.revision
    const reply = await ask('log a P1 for Contoso: VPN down for all staff since 9:05')
    const command = 'sla log "Contoso Cloud Services" P1 VPN down for all staff started 2026-11-25 09:05'
    expect(reply.status).toBe('ok')
    expect(reply.confirm).toBe(command)
    expect(reply.actions).toEqual([
      { label: 'Confirm', command, style: 'primary' },
      { label: 'Cancel', command: CANCEL_COMMAND },
    ])
    expect(store.revision).toBe(before)
    expect(store.all('incidents')).toHaveLength(10)

    const cancelled = await tickler.run({ text: CANCEL_COMMAND, user: USER, platform: 'terminal' })
    expect(lines(cancelled)).toEqual(['Cancelled. Nothing was changed.'])
    expect(store.revision).toBe(before)

    const done = await tickler.run({ text: command, user: USER, platform: 'terminal' })
    expect(done.status).toBe('ok')
    const logged = store.all('incidents').find((i) => i.summary === 'VPN down for all staff')
    expect(logged?.priority).toBe('P1')
    expect(logged?.started).toBe('2026-11-25T14:05:00Z')
  })

  it('names an implied priority so the user can correct it before confirming', async () => {
    const reply = await ask('Fabrikam core switch is down')
    expect(reply.confirm).toBe('sla log "Fabrikam Networks" P1 core switch is down')
    expect(lines(reply).join('\n')).toContain('Priority P1 because of "down"')
  })

  it('asks for what is missing instead of guessing', async () => {
    const before = store.revision
    const reply = await ask('log an incident')
    expect(reply.status).toBe('rejected')
    expect(lines(reply)[0]).toContain('the vendor, the priority (P1–P4), a short summary')
    expect(store.revision).toBe(before)
  })

  it('never proposes a change in answer to a question', async () => {
    for (const question of [
      'is INC-0009 resolved?',
      'who resolved INC-0003',
      'did Contoso log the incident?',
    ]) {
      const reply = await ask(question)
      expect(reply.confirm, question).toBeUndefined()
    }
    const request = await ask('can you log a P1 for Contoso: portal down?')
    expect(request.confirm).toBe('sla log "Contoso Cloud Services" P1 portal down')
  })

  it('never falls back from a write command that does not parse', async () => {
    const reply = await ask('sla log Contoso VPN down')
    expect(reply.status).toBe('rejected')
    expect(reply.confirm).toBeUndefined()
    expect(lines(reply)[0]).toContain('priority')
  })
})

describe('when it cannot tell', () => {
  it('offers the two nearest commands and an example', async () => {
    const reply = await ask('contracts and checks')
    expect(reply.status).toBe('rejected')
    expect(lines(reply)[0]).toBe("I'm not sure what you mean.")
    expect(reply.actions).toHaveLength(2)
    expect(lines(reply).some((l) => l.startsWith('Example: '))).toBe(true)
  })

  it('names a word it does not know rather than answer for the whole register', async () => {
    const reply = await ask('Zontoso checks')
    expect(reply.status).toBe('rejected')
    expect(lines(reply)[0]).toBe('I\'m not sure what you mean. I don\'t know "Zontoso".')
    const write = await ask('log a P1 for Zontoso: portal down')
    expect(lines(write)[0]).toContain('I need the vendor. I don\'t know "Zontoso".')
  })

  it('says honestly what it does not know', async () => {
    const reply = await ask("what's the weather in Paris tomorrow?")
    expect(reply.status).toBe('rejected')
    expect(lines(reply)[0]).toContain("Sorry, I can't help with that.")
    expect(reply.actions).toEqual([{ label: 'Help', command: 'help' }])
  })
})
