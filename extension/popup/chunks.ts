/**
 * What the popup loads after its first paint, each in its own chunk: the check-in sprint, and a
 * key result's details (check-in form, history, sparkline, guidance, snooze); and the grading
 * core that applies check-ins made here, loaded before the first paint only when one waits.
 */
import type { ApplyCheckIns } from '../feed/judged-view.js';
import { lazy } from './lazy.js';

export const LazySprintView = lazy(() => import('./SprintView.js').then((module) => module.SprintView));
export const LazyKeyResultDetails = lazy(() => import('./KeyResultDetails.js').then((module) => module.KeyResultDetails));
// Notices show only when something happened (a check-in being sent or refused, check-ins by
// others, the end of the cycle): a frame late is fine, and most openings need none.
export const LazyOutboxNotice = lazy(() => import('./OutboxNotice.js').then((module) => module.OutboxNotice));
export const LazyConflictNotice = lazy(() => import('./ConflictNotice.js').then((module) => module.ConflictNotice));
export const LazyDraftNotice = lazy(() => import('./DraftNotice.js').then((module) => module.DraftNotice));
export const LazyCycleNotices = lazy(() => import('./CycleNotices.js').then((module) => module.CycleNotices));

let checkIns: Promise<ApplyCheckIns> | undefined;

/**
 * local-checkins.ts `withCheckIns` (the sheet's OKR_GRADE and OKR_ROLLUP): needed only while the
 * outbox holds a check-in, so the popup waits for it then, and fetches it after the first paint
 * otherwise, so that a check-in made now shows without a wait.
 */
export function loadCheckIns(): Promise<ApplyCheckIns> {
  checkIns ??= import('../feed/local-checkins.js').then((module) => module.withCheckIns);
  return checkIns;
}

/** The styles of what loads later: the details, the form, the history, the sprint, the notices. */
function loadLaterStyles(): void {
  if (document.querySelector('link[data-later]') !== null) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = 'popup-later.css';
  link.dataset.later = '';
  document.head.append(link);
}

/**
 * The notices' code and styles, for the page that renders the popup's views out of sight
 * (keep-views.ts): nothing there has loaded them, and a view drawn without them (the end of the
 * cycle, check-ins by others) would change at its top when the live one takes its place.
 */
export async function loadNotices(): Promise<void> {
  loadLaterStyles();
  await Promise.all([LazyOutboxNotice, LazyConflictNotice, LazyDraftNotice, LazyCycleNotices].map((component) => component.preload()));
}

/** Starts every download once the list is on screen. */
export function preloadChunks(): void {
  loadLaterStyles();
  void LazyKeyResultDetails.preload();
  void LazySprintView.preload();
  void loadCheckIns();
}
