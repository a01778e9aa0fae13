import { defineConfig } from 'vitest/config';

// Two suites: fast unit tests, and loopback integration tests (real HTTP servers, real libSQL files,
// the compiled SuiteApp). `npm test` runs both after the type-check and lint.
export default defineConfig({
  test: {
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
