import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

// Date arithmetic must hold across daylight-saving changes, so the unit tests run in a zone
// that has them (and the core, which takes its zone as an argument, is tested in others).
// Workers inherit this before any Date is made.
process.env.TZ = 'America/New_York';

// The workbook tests run the add-on as Apps Script does: its local-time Date methods in the
// script's zone, the manifest's (apps-script/appsscript.json). The runtime refuses a script zone
// other than the process's; the spreadsheets' zones vary freely.
const SCRIPT_TIME_ZONE = (JSON.parse(readFileSync(new URL('./apps-script/appsscript.json', import.meta.url), 'utf8')) as { timeZone: string }).timeZone;

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
          env: { TZ: SCRIPT_TIME_ZONE },
          include: ['test/runtime/**/*.test.ts', 'test/add-on/**/*.test.ts'],
          // These files share no global state (each runtime is its own object), so HyperFormula
          // is imported once per worker instead of once per file: a minute saved per run.
          isolate: false,
        },
      },
    ],
  },
});
