/**
 * The outbox: check-ins waiting for the tracker to acknowledge them, one record per check-in in
 * storage.local. A record keeps its request ID for life, so however often it is sent the tracker
 * writes it once. The next attempt time is saved *before* each send, so a worker killed
 * mid-request cannot retry in a tight loop (Chromodoro's pattern, https://github.com/haileiyu/chromodoro).
 */
import type { CheckInRequest } from '../../shared/feed/feed.js';

export interface OutboxItem {
  requestId: string;
  trackerId: string;
  keyResultId: string;
  keyResultTitle: string;
  value: number | string;
  confidence: number | null;
  note: string | null;
  by: string | null;
  /** ms since the epoch; with the request ID it fixes the sending order. */
  createdAt: number;
  attempts: number;
  nextAttemptAt: number;
  state: 'pending' | 'failed';
  lastError: string | null;
  /** The key result's `lastCheckIn` as the popup showed it, so check-ins by others since show as a conflict. */
  seenLastCheckIn?: string | null;
}

export const BACKOFF = { firstMs: 60_000, maxMs: 30 * 60_000, jitter: 0.2 } as const;

export type NewCheckIn = Pick<OutboxItem, 'trackerId' | 'keyResultId' | 'keyResultTitle' | 'value' | 'confidence' | 'note' | 'by' | 'seenLastCheckIn'>;

export function newOutboxItem(checkIn: NewCheckIn, requestId: string, now: number): OutboxItem {
  return { ...checkIn, requestId, createdAt: now, attempts: 0, nextAttemptAt: now, state: 'pending', lastError: null };
}

/**
 * Wait before attempt `attempts + 1`: 1 min, 2, 4, … capped at 30 min, spread by ±20 % so many
 * browsers coming back online do not hit Apps Script's ~30 concurrent executions at once.
 * `random` is a number in [0, 1).
 */
export function backoffMs(attempts: number, random: number): number {
  const base = Math.min(BACKOFF.maxMs, BACKOFF.firstMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(base * (1 + BACKOFF.jitter * (2 * random - 1)));
}

/** Oldest first; the request ID breaks ties so the order is the same in every context. */
export function inSendingOrder(items: readonly OutboxItem[]): OutboxItem[] {
  return [...items].sort((a, b) => a.createdAt - b.createdAt || (a.requestId < b.requestId ? -1 : a.requestId > b.requestId ? 1 : 0));
}

/** A user's "send now" ignores the backoff; the alarm respects it. */
export function isReady(item: OutboxItem, now: number, force: boolean): boolean {
  return item.state === 'pending' && (force || item.nextAttemptAt <= now);
}

export function beforeAttempt(item: OutboxItem, now: number, random: number): OutboxItem {
  const attempts = item.attempts + 1;
  return { ...item, attempts, nextAttemptAt: now + backoffMs(attempts, random) };
}

export function afterTransientFailure(item: OutboxItem, message: string): OutboxItem {
  return { ...item, lastError: message };
}

export function afterPermanentFailure(item: OutboxItem, message: string): OutboxItem {
  return { ...item, state: 'failed', lastError: message };
}

/** When the retry alarm should fire: the earliest pending attempt, or null when nothing waits. */
export function nextRetryAt(items: readonly OutboxItem[]): number | null {
  const times = items.filter((item) => item.state === 'pending').map((item) => item.nextAttemptAt);
  return times.length === 0 ? null : Math.min(...times);
}

export function toRequest(item: OutboxItem, token: string): CheckInRequest {
  const request: CheckInRequest = { token, id: item.keyResultId, value: item.value, confidence: item.confidence, note: item.note, by: item.by, requestId: item.requestId };
  // Records queued by older versions lack it: the web app then reports no conflict.
  return item.seenLastCheckIn === undefined ? request : { ...request, seenLastCheckIn: item.seenLastCheckIn };
}

export function isOutboxItem(value: unknown): value is OutboxItem {
  if (typeof value !== 'object' || value === null) return false;
  const item = value as Partial<OutboxItem>;
  return (
    typeof item.requestId === 'string' &&
    typeof item.trackerId === 'string' &&
    typeof item.keyResultId === 'string' &&
    (typeof item.value === 'number' || typeof item.value === 'string') &&
    typeof item.createdAt === 'number' &&
    typeof item.attempts === 'number' &&
    typeof item.nextAttemptAt === 'number' &&
    (item.state === 'pending' || item.state === 'failed')
  );
}
