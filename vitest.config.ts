import { defineConfig } from 'vitest/config';

// Date arithmetic must hold across daylight-saving changes, so every test runs in a zone
// that has them. Workers inherit this before any Date is made.
process.env.TZ = 'America/New_York';

export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'apps-script/**/*.test.ts', 'extension/**/*.test.{ts,tsx}', 'test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
