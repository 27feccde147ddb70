import { describe, expect, it } from 'vitest'
import { createSweepRunner, startScheduler } from '../../src/reminders/scheduler.ts'
import type { SweepResult } from '../../src/reminders/sweep.ts'
import { vendor } from '../support/factories.ts'
import type { ManualClock } from '../support/manual-clock.ts'
import { silentLogger } from '../support/silent-logger.ts'
import { contract, FakeNotifier, makeContext, say, seed } from './helpers.ts'

function gate() {
  let open!: () => void
  const opened = new Promise<void>((resolve) => {
    open = resolve
  })
  return { open, opened }
}

describe('createSweepRunner', () => {
  it('never runs two sweeps at once and folds triggers that arrive meanwhile into one more sweep', async () => {
    let running = 0
    let most = 0
    let runs = 0
    const gates = [gate(), gate()]
    const runner = createSweepRunner(async () => {
      running++
      most = Math.max(most, running)
      await gates[runs++]?.opened
      running--
    }, silentLogger)
    const first = runner.trigger('a')
    const second = runner.trigger('b')
    const third = runner.trigger('c')
    expect(second).toBe(third)
    gates[0]!.open()
    await first
    gates[1]!.open()
    await second
    await runner.idle()
    expect(runs).toBe(2)
    expect(most).toBe(1)
  })

  it('survives a failing sweep: the next trigger runs again', async () => {
    let calls = 0
    const runner = createSweepRunner(async () => {
      calls++
      if (calls === 1) throw new Error('boom')
    }, silentLogger)
    await runner.trigger('a')
    await runner.trigger('b')
    expect(calls).toBe(2)
  })
})

describe('startScheduler', () => {
  it('sweeps at start-up and stops cleanly', async () => {
    const context = makeContext({ now: '2027-01-30T09:00:00Z' })
    await seed(
      context,
      [vendor('v1', 'Contoso', { tier: 'high' })],
      [contract('c1', 'v1', { endDate: '2027-05-31', noticeDays: 60 })],
    )
    await say(context, 'subscribe renewals', { channel: 'slack:T1:C1' })
    ;(context.clock as ManualClock).set('2027-01-31T09:00:00Z')
    const slack = new FakeNotifier('slack')
    const results: SweepResult[] = []
    const scheduler = startScheduler({
      context,
      notifiers: [slack],
      log: silentLogger,
      onSweep: (r) => results.push(r),
    })
    await scheduler.sweepNow()
    await scheduler.stop()
    expect(results.length).toBeGreaterThanOrEqual(1)
    expect(results.flatMap((r) => r.posts.map((p) => p.outcome))).toEqual(['posted'])
    expect(slack.posts).toHaveLength(1)
  })
})
