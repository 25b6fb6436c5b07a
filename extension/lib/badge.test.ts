import { describe, expect, it } from 'vitest';
import { keyResult, sampleFeed } from '../test-support/sample-feed.js';
import { BADGE_COLORS, badgeFor, badgeText } from './badge.js';
import { defaults } from './options.js';
import { newOutboxItem } from './outbox.js';
import type { Snapshot, TrackerCache } from './snapshot.js';

const tracker = { id: 't1', name: 'Team', url: 'https://script.google.com/macros/s/x/exec', token: 'tok' };
const feed = sampleFeed([keyResult({ id: 'A', owner: 'Ada', due: true }), keyResult({ id: 'B', owner: 'Grace', due: true }), keyResult({ id: 'C', owner: 'Ada', due: false })]);

function snapshot(patch: { name?: string; cache?: Partial<TrackerCache>; pending?: string[]; failed?: number; trackers?: (typeof tracker)[] } = {}): Snapshot {
  const cache: TrackerCache = { feed, fetchedAt: 0, error: null, ...patch.cache };
  const outbox = [
    ...(patch.pending ?? []).map((id, index) => newOutboxItem({ trackerId: 't1', keyResultId: id, keyResultTitle: id, value: 1, confidence: null, note: null, by: null }, `p${index}`, index)),
    ...Array.from({ length: patch.failed ?? 0 }, (_, index) => ({ ...newOutboxItem({ trackerId: 't1', keyResultId: 'A', keyResultTitle: 'A', value: 1, confidence: null, note: null, by: null }, `f${index}`, index), state: 'failed' as const })),
  ];
  return { options: { ...defaults, trackers: patch.trackers ?? [tracker], name: patch.name ?? '' }, caches: { t1: cache }, outbox };
}

describe('badgeText', () => {
  it.each([
    [0, ''],
    [-1, ''],
    [1, '1'],
    [99, '99'],
    [100, '99+'],
  ])('shows %i as "%s"', (count, text) => expect(badgeText(count)).toBe(text));
});

describe('badgeFor', () => {
  it('counts every due key result when no name is set', () => {
    expect(badgeFor(snapshot())).toMatchObject({ text: '2', color: BADGE_COLORS.due });
  });

  it("counts only the user's own once a name is set, whatever its case", () => {
    expect(badgeFor(snapshot({ name: 'ada' })).text).toBe('1');
    expect(badgeFor(snapshot({ name: 'Linus' })).text).toBe('');
  });

  it('does not count a key result already checked in and waiting in the outbox', () => {
    expect(badgeFor(snapshot({ pending: ['A'] })).text).toBe('1');
  });

  it('is cleared when nothing is due', () => {
    const none = snapshot({ cache: { feed: sampleFeed([keyResult({ due: false })]) } });
    expect(badgeFor(none)).toMatchObject({ text: '', title: expect.stringContaining('No check-ins due') });
  });

  it('shows "!" and the reason when a tracker was never read', () => {
    const broken = snapshot({ cache: { feed: null, error: { kind: 'api', code: 'unauthorized', permanent: true, message: 'The tracker refused the access token', at: 1 } } });
    expect(badgeFor(broken)).toMatchObject({ text: '!', color: BADGE_COLORS.problem, title: expect.stringContaining('Team: The tracker refused the access token') });
  });

  it('keeps counting from the last good feed when only the latest refresh failed', () => {
    const stale = snapshot({ cache: { error: { kind: 'offline', permanent: false, message: 'offline', at: 1 } } });
    expect(badgeFor(stale).text).toBe('2');
  });

  it('asks for attention when a check-in was refused', () => {
    const none = snapshot({ cache: { feed: sampleFeed([]) }, failed: 1 });
    expect(badgeFor(none)).toMatchObject({ text: '!', title: expect.stringContaining('1 check-in was not saved') });
  });

  it('is empty, with a hint, before any tracker is set up', () => {
    expect(badgeFor(snapshot({ trackers: [] }))).toMatchObject({ text: '', title: expect.stringContaining('options') });
  });
});
