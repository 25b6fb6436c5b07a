import { describe, expect, it } from 'vitest';
import { MAX_ADVISED_MINUTES, POLL_SLACK_MS, advisedMinutes, isStale, pollMinutes, tooSoonToPoll } from './freshness.js';

const MINUTE = 60_000;

describe('pollMinutes', () => {
  it.each([
    ['no advice', 15, [{}, null, undefined], 15],
    ['advice shorter than the user asks', 15, [{ minRefreshMinutes: 5 }], 15],
    ['advice longer than the user asks', 15, [{ minRefreshMinutes: 5 }, { minRefreshMinutes: 45 }], 45],
    ['advice of a week', 15, [{ minRefreshMinutes: 7 * 24 * 60 }], MAX_ADVISED_MINUTES],
    ['nonsense advice', 15, [{ minRefreshMinutes: -3 }, { minRefreshMinutes: Number.NaN }], 15],
  ])('with %s polls every %s → %s minutes', (_name, user, feeds, minutes) => {
    expect(pollMinutes(user, feeds)).toBe(minutes);
  });

  it('reads only positive, finite advice', () => {
    expect([advisedMinutes({ minRefreshMinutes: 0 }), advisedMinutes(null), advisedMinutes({ minRefreshMinutes: 10 })]).toEqual([null, null, 10]);
  });
});

describe('isStale', () => {
  it.each([
    ['never read', null, 0, true],
    ['read one interval ago', 0, 15 * MINUTE, false],
    ['read exactly two intervals ago', 0, 30 * MINUTE, false],
    ['read just over two intervals ago', 0, 30 * MINUTE + 1, true],
  ])('a copy %s with a 15-minute interval is stale: %s', (_name, fetchedAt, now, stale) => {
    expect(isStale(fetchedAt, now, 15)).toBe(stale);
  });
});

describe('tooSoonToPoll', () => {
  const advice = { minRefreshMinutes: 10 };
  it.each([
    ['without advice', null, 1, {}, false],
    ['never read', null, 1, advice, false],
    ['polled a minute ago', 0, MINUTE, advice, true],
    ['polled just inside the slack of the advised gap', 0, 10 * MINUTE - POLL_SLACK_MS, advice, false],
    ['polled after the advised gap', 0, 11 * MINUTE, advice, false],
  ])('%s', (_name, fetchedAt, now, feed, soon) => expect(tooSoonToPoll(fetchedAt, now, feed)).toBe(soon));
});
