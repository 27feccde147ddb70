// Long work a step at a time, with the event loop free between the steps: the work is a generator
// that yields where a step ends (the snapshot's audit index, sharing the register's strings).
import { setImmediate as turn } from 'node:timers/promises'

/** Runs `steps` to its end, letting the event loop turn at each yield; resolves to what it returns. */
export async function inTurns<T>(steps: Generator<void, T>): Promise<T> {
  let step = steps.next()
  while (!step.done) {
    await turn()
    step = steps.next()
  }
  return step.value
}
