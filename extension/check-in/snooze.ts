/**
 * "Snooze until next check-in", per key result. A snooze remembers the due date it silenced
 * (the key result's `nextCheckIn`, '' when it has none), so it ends by itself as soon as the
 * key result moves on to a new due date: nothing has to wake up to lift it. Snoozing silences
 * reminders only; the badge and the popup keep counting the check-in as due.
 * Stored in storage.local under SNOOZED_KEY as { "<tracker>|<key result>": "<due date>" }.
 */
import type { FeedKeyResult } from '../../shared/feed/feed.js';

export type Snoozes = Record<string, string>;

type Due = Pick<FeedKeyResult, 'id' | 'nextCheckIn'>;

/** Both parts encoded, so IDs containing "|" stay apart. */
export function snoozeKey(trackerId: string, keyResultId: string): string {
  return `${encodeURIComponent(trackerId)}|${encodeURIComponent(keyResultId)}`;
}

const dueMarker = (keyResult: Due): string => keyResult.nextCheckIn ?? '';

export function readSnoozes(value: unknown): Snoozes {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

export function isSnoozed(snoozes: Snoozes, trackerId: string, keyResult: Due): boolean {
  return snoozes[snoozeKey(trackerId, keyResult.id)] === dueMarker(keyResult);
}

/** Snoozes (or, with `snoozed` false, wakes) one key result at its current due date. */
export function withSnooze(snoozes: Snoozes, trackerId: string, keyResult: Due, snoozed: boolean): Snoozes {
  const key = snoozeKey(trackerId, keyResult.id);
  const { [key]: _dropped, ...rest } = snoozes;
  return snoozed ? { ...rest, [key]: dueMarker(keyResult) } : rest;
}

/**
 * Keeps only the snoozes that still hold for the key results we know (`current`): the others
 * have moved on to a new due date, or left the tracker.
 */
export function liveSnoozes(snoozes: Snoozes, current: readonly { trackerId: string; keyResult: Due }[]): Snoozes {
  return Object.fromEntries(current.filter(({ trackerId, keyResult }) => isSnoozed(snoozes, trackerId, keyResult)).map(({ trackerId, keyResult }) => [snoozeKey(trackerId, keyResult.id), dueMarker(keyResult)]));
}
