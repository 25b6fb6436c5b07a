/**
 * What the browser tests expect of the demo tracker, read from its sheets and feed: a new
 * example tracker for each test, its rows, the due check-ins, and the Check-ins row written
 * for a request the extension sent.
 */
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import type { Feed } from '../../shared/feed/feed.js';
import { SHEETS } from '../../shared/tracker-layout.js';
import { startDemoTracker, type DemoTracker, type SheetRecord } from './demo-tracker.js';

/**
 * Registers a new example tracker for each test that writes to it (`each`), or one for a file
 * whose tests only read (`all`: each new tracker costs seconds of formula evaluation).
 * The getter gives the current one.
 */
export function useDemoTracker(scope: 'each' | 'all' = 'each'): () => DemoTracker {
  let tracker: DemoTracker | undefined;
  const [before, after] = scope === 'each' ? [beforeEach, afterEach] : [beforeAll, afterAll];
  before(async () => {
    tracker = await startDemoTracker();
  });
  after(async () => {
    await tracker?.close();
    tracker = undefined;
  });
  return () => {
    if (tracker === undefined) throw new Error('no demo tracker outside a test');
    return tracker;
  };
}

export const dueOf = (feed: Feed, owner?: string) => feed.keyResults.filter((kr) => kr.due && (owner === undefined || kr.owner === owner));

/** The toolbar badge for a number of due check-ins: nothing at all for none. */
export const badgeFor = (count: number) => (count === 0 ? '' : String(count));

/** A grade cell as the popup writes it (two decimals); anything but a number fails. */
export function asGrade(cell: unknown): string {
  expect(typeof cell, `a grade cell holds ${JSON.stringify(cell)}`).toBe('number');
  return (cell as number).toFixed(2);
}

export function keyResultRow(tracker: DemoTracker, id: string): SheetRecord {
  const found = tracker.records(SHEETS.keyResults).find((row) => row.ID === id);
  if (found === undefined) throw new Error(`the example tracker has no ${id}`);
  return found;
}

export const postsTo = (tracker: DemoTracker) => tracker.requests.filter((request) => request.method === 'POST');

/** The request ID of the one POST the web app received, once it has arrived. */
export async function onlyPostId(tracker: DemoTracker): Promise<string> {
  await expect.poll(() => postsTo(tracker).length).toBe(1);
  await expect.poll(() => postsTo(tracker)[0].requestId).not.toBeNull();
  return postsTo(tracker)[0].requestId!;
}

/** The Check-ins row written for one request ID, once it is there; exactly one must be. */
export async function loggedRow(tracker: DemoTracker, requestId: string): Promise<SheetRecord> {
  const rows = () => tracker.records(SHEETS.checkIns).filter((row) => row['Request ID'] === requestId);
  await expect.poll(() => rows().length).toBe(1);
  return rows()[0];
}
