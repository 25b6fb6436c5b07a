import { defineConfig } from 'vitest/config';

// Date arithmetic must hold across daylight-saving changes, so every test runs in a zone
// that has them. Workers inherit this before any Date is made.
process.env.TZ = 'America/New_York';

const shared = { testTimeout: 20_000, hookTimeout: 60_000, pool: 'forks' as const };

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          ...shared,
          name: 'unit',
          include: ['shared/**/*.test.ts', 'apps-script/**/*.test.ts', 'extension/**/*.test.{ts,tsx}', 'test/**/*.test.ts', 'demo/**/*.test.ts'],
          exclude: ['test/runtime/**', 'test/add-on/**', '**/node_modules/**'],
        },
      },
      {
        test: {
          ...shared,
          name: 'workbook',
          include: ['test/runtime/**/*.test.ts', 'test/add-on/**/*.test.ts'],
          // These files share no global state (each runtime is its own object), so HyperFormula
          // is imported once per worker instead of once per file: a minute saved per run.
          isolate: false,
        },
      },
    ],
  },
});
