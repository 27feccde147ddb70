// What the intent model learns from one declared phrasing: its features as a user line's would be
// read, in a fixed scene (example vendors, a fixed instant, UTC) so the answer depends on the
// phrasing alone. Reading them (under a hundred) runs chrono on each, about 200 ms of a cold process:
// the build reads them once (phrasingTable, written into the bundle by bin/build.mjs as
// built-features.ts) and a run from the sources reads them when the model is first built.
import { Temporal } from 'temporal-polyfill'
import type { Command } from '../commands/command.ts'
import type { Vendor } from '../domain/vendor.ts'
import type { StoreView } from '../store/store.ts'
import { entitiesOf, type Scene } from './entities.ts'
import { featuresOf, learnable } from './features.ts'

/** Names the declared phrasings use for "some vendor" ("tell me about contoso"). */
const EXAMPLE_VENDORS = ['Contoso', 'Fabrikam', 'Acme', 'Northwind']

function exampleView(): StoreView {
  const vendors: Vendor[] = EXAMPLE_VENDORS.map((name, i) => ({
    id: `example-${i}`,
    name,
    aliases: [],
    category: '',
    tier: 'medium',
    owner: '',
    contactEmail: '',
    notes: '',
  }))
  return {
    all: ((name: string) => (name === 'vendors' ? vendors : [])) as StoreView['all'],
    get: () => undefined,
    audit: () => [],
  }
}

let scene: Scene | undefined

/** The features a phrasing may teach (learnable ones), in the order the line gives them. */
export function phrasingFeatures(phrasing: string): string[] {
  scene ??= {
    view: exampleView(),
    now: Temporal.Instant.from('2026-01-01T12:00:00Z'),
    zone: 'UTC',
    user: 'example',
  }
  return featuresOf(entitiesOf(phrasing, scene)).filter(learnable)
}

/** Every declared phrasing of a command table with its features: what the build writes down. */
export function phrasingTable(commands: readonly Command[]): [string, string[]][] {
  const phrasings = new Set(commands.flatMap((c) => c.phrasings ?? []))
  return [...phrasings].map((p) => [p, phrasingFeatures(p)])
}
