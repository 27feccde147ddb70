import { defineConfig } from 'vitest/config'

// Two projects: `fast` is the inner loop (`npm test`); `soak` holds the long kill, soak and
// multi-process stress tests (`npm run test:soak`), which CI runs as well. A soak file is named
// `*.soak.test.ts`, so moving a test between the two is a rename.
const shared = {
  // Server and store tests bind ports and files; forks keep them isolated.
  pool: 'forks' as const,
  testTimeout: 30_000,
  hookTimeout: 30_000,
  env: { TZ: 'UTC' },
  // Spawned CLIs run the compiled build, as users do; it is rebuilt first when a source is newer.
  // One embedded PostgreSQL serves the run; each test file makes its own database on it. Its
  // set-up comes first because it returns at once and starts the server in the background, so
  // initdb runs while the CLI builds instead of after.
  globalSetup: ['test/support/postgres-server.ts', 'test/support/build-cli.ts'],
}

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          ...shared,
          name: 'fast',
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.soak.test.ts'],
          // Worker threads that keep their module cache between files: with forks the suite
          // re-imported zod, chrono and the SDKs for each of its 144 files (265 s idle, 102 s
          // like this). Tests must therefore leave no module state behind.
          pool: 'threads',
          isolate: false,
          // Vitest's default is one worker fewer than the cores: a single worker on this 2-core
          // machine, idle while each of the ~60 spawned CLIs and servers starts. Two keep both busy.
          maxWorkers: 2,
        },
      },
      { test: { ...shared, name: 'soak', include: ['test/**/*.soak.test.ts'] } },
    ],
  },
})
