// Vitest global setup: builds the CLI once, so the tests that spawn `tickler` run the compiled
// JavaScript a user runs (bin/tickler.mjs picks the build when it is newer than every source).
// A build already newer than every source is kept: it is exactly what a rebuild would give.
import { buildCliIfStale } from '../../bin/build.mjs'

export default async function setup(): Promise<void> {
  await buildCliIfStale()
}
