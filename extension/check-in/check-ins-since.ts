/**
 * Check-ins others made after the one the user saw: the web app records ours anyway (its log is
 * append-only) and lists theirs in the answer's `since`. The worker keeps that list in
 * storage.local under "conflict:<tracker>|<key result>" until the user dismisses it, so the popup
 * can say who checked in since, even if it was closed while the check-in was sent.
 */
import type { FeedCheckIn } from '../../shared/feed/feed.js';

const CONFLICT_PREFIX = 'conflict:';

export interface Conflict {
  trackerId: string;
  keyResultId: string;
  /** The other check-ins, oldest first. */
  since: FeedCheckIn[];
}

export function conflictKey(trackerId: string, keyResultId: string): string {
  return `${CONFLICT_PREFIX}${encodeURIComponent(trackerId)}|${encodeURIComponent(keyResultId)}`;
}

const isCheckIn = (value: unknown): value is FeedCheckIn =>
  typeof value === 'object' && value !== null && typeof (value as FeedCheckIn).time === 'string' && ['number', 'string'].includes(typeof (value as FeedCheckIn).value);

export function readConflict(value: unknown): Conflict | null {
  if (typeof value !== 'object' || value === null) return null;
  const { trackerId, keyResultId, since } = value as Partial<Conflict>;
  if (typeof trackerId !== 'string' || typeof keyResultId !== 'string' || !Array.isArray(since)) return null;
  const valid = since.filter(isCheckIn);
  return valid.length === 0 ? null : { trackerId, keyResultId, since: valid };
}

/** Every conflict in a `storage.local.get(null)`, by conflictKey. */
export function conflictsFrom(all: Record<string, unknown>): Record<string, Conflict> {
  const found: Record<string, Conflict> = {};
  for (const [key, value] of Object.entries(all)) {
    const conflict = key.startsWith(CONFLICT_PREFIX) ? readConflict(value) : null;
    if (conflict !== null) found[key] = conflict;
  }
  return found;
}
