import { describe, expect, it } from 'vitest';
import type { FeedCheckIn } from '../../shared/feed/feed.js';
import { conflictKey, conflictsFrom, readConflict } from './check-ins-since.js';

const theirs: FeedCheckIn = { time: '2025-03-10T14:05:00.000Z', id: 'KR1', value: 41, confidence: 6, note: null, by: 'Grace', requestId: 'r-1' };

describe('conflicts', () => {
  it('read a stored conflict back', () => {
    const stored = { trackerId: 't1', keyResultId: 'KR1', since: [theirs] };
    expect(readConflict(stored)).toEqual(stored);
  });

  it.each([
    ['nothing', undefined],
    ['no tracker', { keyResultId: 'KR1', since: [theirs] }],
    ['since not a list', { trackerId: 't1', keyResultId: 'KR1', since: theirs }],
    ['an empty list', { trackerId: 't1', keyResultId: 'KR1', since: [] }],
    ['only malformed check-ins', { trackerId: 't1', keyResultId: 'KR1', since: [{ value: 1 }] }],
  ])('read %s as no conflict', (_name, stored) => {
    expect(readConflict(stored)).toBeNull();
  });

  it('find the conflicts among everything storage holds', () => {
    const key = conflictKey('t1', 'KR1');
    const all = { options: {}, [key]: { trackerId: 't1', keyResultId: 'KR1', since: [theirs] }, [conflictKey('t1', 'KR2')]: 'junk', 'draft:t1|KR1': {} };
    expect(Object.keys(conflictsFrom(all))).toEqual([key]);
  });
});
