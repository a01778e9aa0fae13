import { defineConfig } from 'vitest/config';

// Two suites: fast unit tests, and loopback integration tests (real HTTP servers, real libSQL files,
// the compiled SuiteApp). `npm test` runs both after the type-check and lint.
export default defineConfig({
  test: {
    // Two files at a time, even on two cores (vitest's default there is one): the integration tests
    // mostly wait on loopback HTTP, child relays and timers, so a second file roughly halves the run.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
          exclude: ['test/**/*.int.test.ts', 'test/**/*.int.test.tsx', 'node_modules/**'],
          testTimeout: 10_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/**/*.int.test.ts', 'test/**/*.int.test.tsx'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
