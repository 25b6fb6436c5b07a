import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import type { OutboxItem } from './outbox.js';
import { BACKOFF, afterPermanentFailure, backoffMs, beforeAttempt, inSendingOrder, isOutboxItem, isReady, newOutboxItem, nextRetryAt, toRequest } from './outbox.js';

const checkIn = { trackerId: 't1', keyResultId: 'KR1', keyResultTitle: 'NPS', value: 40, confidence: 7, note: 'good week', by: 'Ada' };
const item = (requestId: string, createdAt: number, patch: Partial<OutboxItem> = {}): OutboxItem => ({ ...newOutboxItem(checkIn, requestId, createdAt), ...patch });

describe('backoff', () => {
  it.each([
    [1, 60_000],
    [2, 120_000],
    [3, 240_000],
    [5, 960_000],
    [6, BACKOFF.maxMs],
    [40, BACKOFF.maxMs],
  ])('waits, without jitter, before attempt %i + 1 for %i ms', (attempts, ms) => {
    expect(backoffMs(attempts, 0.5)).toBe(ms);
  });

  test.prop([fc.integer({ min: 1, max: 60 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true })])(
    'never grows shorter with more attempts and stays within the jitter of the cap',
    (attempts, random) => {
      expect(backoffMs(attempts + 1, random)).toBeGreaterThanOrEqual(backoffMs(attempts, random));
      expect(backoffMs(attempts, random)).toBeLessThanOrEqual(BACKOFF.maxMs * (1 + BACKOFF.jitter));
      expect(backoffMs(attempts, random)).toBeGreaterThanOrEqual(BACKOFF.firstMs * (1 - BACKOFF.jitter));
    },
  );
});

describe('outbox records', () => {
  it('start pending, ready at once, with no attempts', () => {
    const fresh = item('r1', 1000);
    expect(fresh).toMatchObject({ state: 'pending', attempts: 0, nextAttemptAt: 1000, lastError: null });
    expect(isReady(fresh, 1000, false)).toBe(true);
  });

  it('count an attempt and push the next one out before it is made', () => {
    const attempted = beforeAttempt(item('r1', 0), 5000, 0.5);
    expect(attempted).toMatchObject({ attempts: 1, nextAttemptAt: 5000 + 60_000 });
    expect(isReady(attempted, 5001, false)).toBe(false);
    expect(isReady(attempted, 5001, true)).toBe(true);
  });

  it('are never ready again once refused', () => {
    const refused = afterPermanentFailure(item('r1', 0), 'no');
    expect(isReady(refused, Number.MAX_SAFE_INTEGER, true)).toBe(false);
    expect(nextRetryAt([refused])).toBeNull();
  });

  test.prop([fc.array(fc.record({ id: fc.uuid(), at: fc.integer({ min: 0, max: 10 }) }), { maxLength: 8 })])(
    'are sent oldest first, in the same order whatever order storage returns them',
    (specs) => {
      const items = specs.map((spec) => item(spec.id, spec.at));
      const ordered = inSendingOrder(items);
      expect(inSendingOrder([...items].reverse())).toEqual(ordered);
      ordered.slice(1).forEach((next, index) => expect(next.createdAt).toBeGreaterThanOrEqual(ordered[index].createdAt));
    },
  );

  it('carry the same request ID into every request', () => {
    const record = item('req-42', 0);
    const first = toRequest(beforeAttempt(record, 1, 0.1), 'tok');
    const second = toRequest(beforeAttempt(beforeAttempt(record, 1, 0.1), 2, 0.9), 'tok');
    expect(first).toEqual({ token: 'tok', id: 'KR1', value: 40, confidence: 7, note: 'good week', by: 'Ada', requestId: 'req-42' });
    expect(second).toEqual(first);
  });

  it.each([
    ['the last check-in the user saw', '2025-03-03', { seenLastCheckIn: '2025-03-03' }],
    ['that the user saw none', null, { seenLastCheckIn: null }],
  ])('carry %s into the request', (_name, seen, expected) => {
    const request = toRequest(newOutboxItem({ ...checkIn, seenLastCheckIn: seen }, 'req-7', 0), 'tok');
    expect(request).toEqual({ token: 'tok', id: 'KR1', value: 40, confidence: 7, note: 'good week', by: 'Ada', requestId: 'req-7', ...expected });
  });

  it('leave seenLastCheckIn out for a record queued before it existed', () => {
    expect(toRequest(item('req-8', 0), 'tok')).not.toHaveProperty('seenLastCheckIn');
  });

  it('retry at the earliest pending attempt', () => {
    expect(nextRetryAt([item('a', 0, { nextAttemptAt: 900 }), item('b', 0, { nextAttemptAt: 300 }), item('c', 0, { nextAttemptAt: 100, state: 'failed' })])).toBe(300);
    expect(nextRetryAt([])).toBeNull();
  });

  it.each([
    ['a record', item('r', 0), true],
    ['nothing', null, false],
    ['a record without a value', { ...item('r', 0), value: undefined }, false],
    ['a record in an unknown state', { ...item('r', 0), state: 'sent' }, false],
  ])('recognise %s', (_name, value, ok) => {
    expect(isOutboxItem(value)).toBe(ok);
  });
});
