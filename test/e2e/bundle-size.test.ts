// The popup opens on every click of the toolbar button: its script stays small, which rules out
// big UI libraries. Measured on the built, unminified bundle.
// The popup's budget was 20 KB (it stood at 20,415 bytes) until new features took it past:
// sparklines, pace guidance and the check-in history add 2.3 KB gzip, the check-in features
// about 0.8 KB. Their popup side (check-in sprint, drafts, conflicts, snooze,
// deep links, tracker switch) then took it from 23,403 to 27,573 bytes: the budget is 28 KB.
// The cheapest cut left is webextension-polyfill, about 4.5 KB of the popup.
// Regrading in the extension then took the popup from 27,916 to 34,519 bytes and the worker from 20,190 to
// 23,925: both now regrade local check-ins and judge status with the shared core (grade, rollup,
// status, pace: the sheet's own functions, so the popup, the badge and the sheet agree), and the
// popup reads values through shared/value-entry.ts and value-plausibility.ts. The check-in form,
// the question and value parsing are only needed after first paint: code splitting can move them
// out of the first-paint bundle.
// The budget now measures what the popup's first paint loads instead (popup.html, its stylesheets,
// popup.js and the chunks it imports statically; scripts/first-paint.mjs): 30.5 KB before.
// The sprint, a key result's details (form, history, sparkline), the notices and the extras
// now load after the first paint, the popup uses the browser's own API object instead of
// webextension-polyfill, and its whitespace is minified: 23.1 KB. The target is 20 KB;
// what is left is Preact and its hooks (6.3 KB gzip), strings and formatting (2.5 KB) and the
// list itself.
// Merging issue 14 §3-7 took the first paint to 33.7 KB: the popup's list statically imported
// the value parsing and plausibility (through drafts.ts's key), the whole feed validator (through
// the sheet-URL rule), the sprint's steps, and the grading core that applies check-ins made here.
// Each now sits in a module of its own (lib/draft-key.ts, shared/sheet-url.ts, lib/sprint-start.ts,
// shared/value-display.ts), and applying local check-ins (lib/local-checkins.ts: OKR_GRADE and
// OKR_ROLLUP) loads only when the outbox holds one: 28.9 KB (popup.js 9.8 KB). Judging status at
// today stays in the first paint (shared/judgement.ts with status.ts and pace.ts, 2.1 KB, and the
// grade.ts and cell.ts they import, 2.2 KB). Splitting itself costs about 2.7 KB: the first paint
// is 14 files, each gzipped on its own; the same code in one file is 22.8 KB. The budgets below
// are what is measured, rounded up to the next half KB.
// The worker (background.js) went from 23,925 to 24,985 bytes with the same merges: links are
// checked against the sheet-URL rule, and it applies local check-ins with the shared core for
// the badge (lib/local-view.ts). It carries no custom function's description (their specs are
// marked pure and dropped); the rest is webextension-polyfill, which the worker still needs
// (runtime.onMessage answering with a promise). Budget 24.5 KB.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { firstPaintBytes } from '../../scripts/first-paint.mjs';

const bundle = (name: string) => readFileSync(new URL(`../../dist/extension/${name}`, import.meta.url));

describe('extension bundle sizes', () => {
  it.each([
    ['popup.js', 10 * 1024],
    ['options.js', 24 * 1024],
    ['background.js', 24 * 1024 + 512],
  ])('keeps %s within %i bytes gzipped', (name, limit) => {
    expect(gzipSync(bundle(name)).length).toBeLessThanOrEqual(limit);
  });

  it("keeps what the popup's first paint loads within 28.5 KB gzipped", () => {
    expect(firstPaintBytes(fileURLToPath(new URL('../../dist/extension', import.meta.url)))).toBeLessThanOrEqual(28 * 1024 + 512);
  });

  it('ships no test-only code: HyperFormula and the fakes stay out', () => {
    for (const name of ['popup.js', 'options.js', 'background.js']) {
      const text = bundle(name).toString('utf8');
      expect(text).not.toMatch(/hyperformula|createFakeBrowser|fast-check/i);
    }
  });
});
