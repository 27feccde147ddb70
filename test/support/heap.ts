// The live heap after full collections, for tests that bound what a cache keeps. `gc` is exposed
// at run time (vitest's workers are not started with --expose-gc).
import { setImmediate as turn } from 'node:timers/promises'
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

/**
 * Heap in use by data once the current await has let go of anything it held (a reply, say). The
 * code spaces are left out: optimised code that V8's compiler threads finish at their own pace
 * lands there, and made a bound on a cache fail one run in three.
 */
export async function heapAfterGc(): Promise<number> {
  await turn()
  for (let i = 0; i < 3; i++) gc()
  let used = 0
  for (const space of getHeapSpaceStatistics()) {
    if (!space.space_name.startsWith('code_')) used += space.space_used_size
  }
  return used
}
