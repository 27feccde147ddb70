// The live heap after full collections, for tests that bound what a cache keeps. `gc` is exposed
// at run time (vitest's workers are not started with --expose-gc).
import { setImmediate as turn } from 'node:timers/promises'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

/** Heap in use once the current await has let go of anything it held (a reply, say). */
export async function heapAfterGc(): Promise<number> {
  await turn()
  for (let i = 0; i < 3; i++) gc()
  return process.memoryUsage().heapUsed
}
