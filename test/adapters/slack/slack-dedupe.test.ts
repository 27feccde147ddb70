// Slack's retries over real HTTP against the JSON store, with real time injected so ten minutes can
// pass: a delivery carried out is not run again for ten minutes, runs again after, and expired
// keys are pruned from the folder.
import { Temporal } from 'temporal-polyfill'
import { afterEach, describe, expect, it } from 'vitest'
import { openJsonStore } from '../../../src/store/json-store.ts'
import type { Store } from '../../../src/store/store.ts'
import { tempDir } from '../../store/helpers.ts'
import { ManualClock } from '../../support/manual-clock.ts'
import { type Controls, deferred, fakeCommands } from './fake-commands.ts'
import { type Harness, postSlack, slashBody, startHarness } from './slack-harness.ts'

let h: Harness | undefined
const reopened: Store[] = []

afterEach(async () => {
  await h?.close()
  for (const s of reopened.splice(0)) await s.close()
})

describe('Slack deliveries in the store', () => {
  it('does not run a retry for ten minutes, runs it after, and prunes expired keys', async () => {
    const dir = await tempDir()
    const realClock = new ManualClock(Temporal.Instant.from('2031-05-05T08:00:00Z'))
    const controls: Controls = { slow: deferred<void>(), writes: [] }
    h = await startHarness(fakeCommands(controls), {}, { store: await openJsonStore(dir), realClock })
    const send = async (body: string) => expect((await postSlack(h!, body)).status).toBe(200)
    const keys = () =>
      h!.store
        .all('requestKeys')
        .map((k) => k.id)
        .sort()
    const x = slashBody(h, '/sla', 'log Acme P1 first')
    const y = slashBody(h, '/sla', 'log Acme P1 second')
    const keyOf = (body: string) => `slack:command:${new URLSearchParams(body).get('trigger_id')}`

    await send(x)
    realClock.advance({ minutes: 1 })
    await send(y)
    realClock.advance({ minutes: 8, seconds: 59 })
    await send(x)
    await send(y)
    expect(controls.writes).toEqual(['sla log Acme P1 first', 'sla log Acme P1 second'])

    realClock.advance({ seconds: 1 })
    await send(x)
    await send(y)
    expect(controls.writes).toEqual([
      'sla log Acme P1 first',
      'sla log Acme P1 second',
      'sla log Acme P1 first',
    ])
    expect(keys()).toEqual([keyOf(x), keyOf(y)].sort())

    realClock.advance({ minutes: 10 })
    const z = slashBody(h, '/sla', 'log Acme P1 third')
    await send(z)
    expect(keys()).toEqual([keyOf(z)])
    const store = await openJsonStore(dir)
    reopened.push(store)
    expect(store.all('requestKeys').map((k) => [k.id, k.at])).toEqual([
      [keyOf(z), '2031-05-05T08:20:00.000Z'],
    ])
  })
})
