// Vitest global setup: builds the CLI once, so the tests that spawn `tickler` run the compiled
// JavaScript a user runs (bin/tickler.mjs picks the build when it is newer than every source).
import { buildCli } from '../../bin/build.mjs'

export default async function setup(): Promise<void> {
  await buildCli()
}
