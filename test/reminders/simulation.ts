// Scaffolding the simulated-time sweep tests share (reminders/sweep-simulation, governance/
// owner-messages-simulation): a seeded random source, a JSON store on real files without fsync,
// temporary data folders, and events scheduled at given hours. Each test keeps its own model.
import fsp, { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach } from 'vitest'
import { rng } from '../../bench/generate.ts'
import { openJsonStore } from '../../src/store/json-store.ts'
import type { Store } from '../../src/store/store.ts'
import { nodeFs, type StoreFs } from '../../src/store/store-fs.ts'

/** The bench's seeded generator with the draws a scenario makes: a seed replays a run exactly. */
export function random(seed: number) {
  const next = rng(seed)
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!,
  }
}

/**
 * The real files without fsync: a simulated crash loses no OS buffers, and a year of fsyncs on a
 * shared build machine would make the test slow without testing anything more.
 */
const unsyncedFs: StoreFs = {
  ...nodeFs,
  open: (async (...args: Parameters<typeof fsp.open>) => {
    const handle = await fsp.open(...args)
    return new Proxy(handle, {
      get(target, property) {
        if (property === 'sync' || property === 'datasync') return async () => {}
        const value = Reflect.get(target, property)
        return typeof value === 'function' ? value.bind(target) : value
      },
    })
  }) as typeof fsp.open,
}

export const openUnsyncedStore = (dir: string): Promise<Store> => openJsonStore(dir, { fs: unsyncedFs })

/**
 * Makes data folders that are removed after each test. Call it in the test file: modules are
 * shared between files, so an `afterEach` made here at import would hook only the first file.
 */
export function dataFolders(prefix: string): () => Promise<string> {
  const dirs: string[] = []
  afterEach(async () => {
    for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true })
  })
  return async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), prefix))
    dirs.push(dir)
    return dir
  }
}

/** Things that happen at given hours, before that hour's sweep, in the order they were scheduled. */
export class HourlyEvents {
  private readonly events = new Map<number, Array<() => Promise<void>>>()

  at(hour: number, fn: () => Promise<void>): void {
    this.events.set(hour, [...(this.events.get(hour) ?? []), fn])
  }

  async run(hour: number): Promise<void> {
    for (const event of this.events.get(hour) ?? []) await event()
  }
}
