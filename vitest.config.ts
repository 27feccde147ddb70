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
  // Spawned CLIs run the compiled build, as users do; it is rebuilt from the sources first.
  globalSetup: ['test/support/build-cli.ts'],
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
        },
      },
      { test: { ...shared, name: 'soak', include: ['test/**/*.soak.test.ts'] } },
    ],
  },
})
