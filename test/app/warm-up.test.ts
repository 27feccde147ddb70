// serve's warm-up after /healthz: each step in a turn of its own, so a request arriving meanwhile
// waits for one step at most, and the store's own warm-up (Store.warm) reached through the store
// commands see.
import { describe, expect, it } from 'vitest'
import { warmUp } from '../../src/app/open-tickler.ts'
import { demoTickler } from '../language/fixture.ts'
import { turnsDuring } from '../support/turns.ts'

describe('warmUp', () => {
  it('yields between its steps and runs the store warm-up through the commands store', async () => {
    const { tickler, store } = await demoTickler()
    const warmed: string[] = []
    Object.assign(store, {
      warm: async () => {
        warmed.push('store')
      },
    })
    const turns = await turnsDuring(() => warmUp(tickler.context))
    expect(warmed).toEqual(['store'])
    expect(turns).toBeGreaterThanOrEqual(3)
    // Still answers as before.
    const reply = await tickler.run({
      text: 'vendor contoso',
      user: 'U0NORTH',
      platform: 'terminal',
      channel: 'terminal',
    })
    expect(reply.status).toBe('ok')
  })
})
