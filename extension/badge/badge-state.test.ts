import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import type { Feed, FeedKeyResult } from '../../shared/feed/feed.js';
import { keyResult, sampleFeed } from '../test-support/sample-feed.js';
import { BADGE_COLORS } from './badge.js';
import type { BadgeInput } from './badge-state.js';
import { MAX_NAMED_BEHIND, badgeState } from './badge-state.js';
import { defaults } from '../storage/options.js';
import type { Tracker } from '../storage/options.js';
import { newOutboxItem } from '../check-in/outbox.js';
import type { Snapshot, TrackerCache, TrackerError } from '../feed/snapshot.js';

/** Monday 2025-03-10, 10:00 in New York; the quarter is 76 % gone (0.53 expected, 0.31 the risk line). */
const NOW = Date.parse('2025-03-10T14:00:00Z');
const MINUTE = 60_000;
const team: Tracker = { id: 't1', name: 'Team', url: 'https://script.google.com/macros/s/x/exec', token: 'tok' };
const company: Tracker = { id: 't2', name: 'Company', url: 'https://script.google.com/macros/s/y/exec', token: 'tok' };

const kr = (id: string, patch: Partial<FeedKeyResult> = {}) => keyResult({ id, title: `Title ${id}`, owner: 'Ada', grade: 0.6, due: false, nextCheckIn: '2025-03-17', ...patch });
const feedOf = (keyResults: FeedKeyResult[], patch: Partial<Feed> = {}): Feed => ({ ...sampleFeed(keyResults), ...patch });
const fresh = (feed: Feed | null, patch: Partial<TrackerCache> = {}): TrackerCache => ({ feed, fetchedAt: NOW - MINUTE, error: null, ...patch });
const refused: TrackerError = { kind: 'api', code: 'unauthorized', permanent: true, message: 'The tracker refused the access token: copy the current one', at: NOW };
const offline: TrackerError = { kind: 'offline', permanent: false, message: "Can't reach script.google.com", at: NOW };

function input(caches: Record<string, TrackerCache>, patch: { name?: string; trackers?: Tracker[]; outbox?: Snapshot['outbox'] } & Partial<Omit<BadgeInput, 'snapshot'>> = {}): BadgeInput {
  const { name = '', trackers = [team], outbox = [], ...rest } = patch;
  return { snapshot: { options: { ...defaults, name, trackers }, caches, outbox }, now: NOW, timeZone: 'America/New_York', online: true, ...rest };
}

const checkIn = (keyResultId: string, state: 'pending' | 'failed' = 'pending') => ({
  ...newOutboxItem({ trackerId: 't1', keyResultId, keyResultTitle: keyResultId, value: 1, confidence: null, note: null, by: null }, `r-${keyResultId}`, 1),
  state,
});

describe('the count: check-ins due for me across all trackers', () => {
  const feed = feedOf([kr('A', { due: true }), kr('B', { owner: 'Grace', due: true }), kr('C', { nextCheckIn: '2025-03-10' }), kr('D', { nextCheckIn: '2025-03-03' }), kr('E')]);

  it("counts the feed's due key results and those whose next check-in has come since it was built", () => {
    expect(badgeState(input({ t1: fresh(feed) }))).toMatchObject({ kind: 'count', text: '4', title: expect.stringContaining('4 check-ins due') });
  });

  it('counts only mine once a name is set, whatever its case', () => {
    expect(badgeState(input({ t1: fresh(feed) }, { name: 'ada' })).text).toBe('3');
    expect(badgeState(input({ t1: fresh(feed) }, { name: 'Linus' })).text).toBe('');
  });

  it('does not count a key result checked in here and still being sent', () => {
    expect(badgeState(input({ t1: fresh(feed) }, { outbox: [checkIn('A'), checkIn('C')] })).text).toBe('2');
  });

  it('sums every tracker', () => {
    const other = feedOf([kr('X', { due: true }), kr('Y', { due: true })]);
    expect(badgeState(input({ t1: fresh(feed), t2: fresh(other) }, { trackers: [team, company] })).text).toBe('6');
  });

  it('reads "today" in the user\'s zone', () => {
    const tomorrow = feedOf([kr('A', { nextCheckIn: '2025-03-11' })]);
    // 16:00 UTC: noon in New York, already 01:00 on the 11th in Tokyo.
    const at = NOW + 2 * 60 * MINUTE;
    expect(badgeState(input({ t1: fresh(tomorrow, { fetchedAt: at }) }, { now: at })).text).toBe('');
    expect(badgeState(input({ t1: fresh(tomorrow, { fetchedAt: at }) }, { now: at, timeZone: 'Asia/Tokyo' })).text).toBe('1');
  });

  it('shows more than 99 as 99+', () => {
    const many = feedOf(Array.from({ length: 120 }, (_, index) => kr(`K${index}`, { due: true })));
    expect(badgeState(input({ t1: fresh(many) })).text).toBe('99+');
  });
});

describe('the colour: the status of my worst key result', () => {
  it.each([
    ['all on track', [0.6, 0.9], BADGE_COLORS['on-track']],
    ['one below the expected grade', [0.6, 0.4], BADGE_COLORS['at-risk']],
    ['one below the risk line', [0.4, 0.2, 0.9], BADGE_COLORS['off-track']],
    ['no grades yet', [null], BADGE_COLORS.neutral],
  ])('with %s', (_name, grades, color) => {
    const feed = feedOf(grades.map((grade, index) => kr(`K${index}`, { grade, due: true })));
    expect(badgeState(input({ t1: fresh(feed) })).color).toBe(color);
  });

  it("judges only my key results once a name is set", () => {
    const feed = feedOf([kr('A', { grade: 0.6, due: true }), kr('B', { owner: 'Grace', grade: 0.1 })]);
    expect(badgeState(input({ t1: fresh(feed) }, { name: 'Ada' })).color).toBe(BADGE_COLORS['on-track']);
    expect(badgeState(input({ t1: fresh(feed) })).color).toBe(BADGE_COLORS['off-track']);
  });

  it('names the key results at risk or off track in the tooltip, in the popup label\'s words, off track first', () => {
    const feed = feedOf([kr('A', { grade: 0.4 }), kr('B', { grade: 0.1 }), kr('C', { grade: 0.9 })]);
    const lines = badgeState(input({ t1: fresh(feed) })).title.split('\n');
    expect(lines.slice(-3)).toEqual(['At risk or off track:', '• Title B (Team) — off track', '• Title A (Team) — at risk']);
    expect(lines.join('\n')).not.toContain('Title C');
  });

  it(`names at most ${MAX_NAMED_BEHIND} and counts the rest`, () => {
    const feed = feedOf(Array.from({ length: MAX_NAMED_BEHIND + 2 }, (_, index) => kr(`K${index}`, { grade: 0.1 })));
    expect(badgeState(input({ t1: fresh(feed) })).title).toContain('• and 2 more');
  });

  it('says so when everything is on track', () => {
    expect(badgeState(input({ t1: fresh(feedOf([kr('A')])) })).title).toContain('on track');
  });
});

describe('the states that replace the count', () => {
  const feed = feedOf([kr('A', { due: true })]);

  it('is empty, with a hint, before any tracker is set up', () => {
    expect(badgeState(input({}, { trackers: [] }))).toMatchObject({ kind: 'setup', text: '', title: expect.stringContaining('options') });
  });

  it('shows "!" and says what to do when a tracker refuses the token, even with a last good copy', () => {
    const badge = badgeState(input({ t1: fresh(feed, { error: refused }), t2: fresh(feed) }, { trackers: [team, company] }));
    expect(badge).toMatchObject({ kind: 'needs-you', text: '!', color: BADGE_COLORS.problem });
    expect(badge.title).toContain("fix it in the extension's options");
    expect(badge.title).toContain('Team: The tracker refused the access token');
  });

  it.each<[string, TrackerError]>([
    ['a web page instead of the feed', { kind: 'html', permanent: false, message: 'answered with a web page', at: NOW }],
    ['an address with no web app', { kind: 'http', status: 404, permanent: true, message: 'no such page (404)', at: NOW }],
  ])('shows "!" for %s', (_name, error) => {
    expect(badgeState(input({ t1: fresh(feed, { error }) })).text).toBe('!');
  });

  it('shows "!" when a check-in was refused', () => {
    expect(badgeState(input({ t1: fresh(feed) }, { outbox: [checkIn('A', 'failed')] }))).toMatchObject({ text: '!', title: expect.stringContaining('1 check-in was not saved') });
  });

  it('shows "off" when the tracker cannot be reached, or the browser knows it is offline', () => {
    expect(badgeState(input({ t1: fresh(feed, { error: offline }) }))).toMatchObject({ kind: 'offline', text: 'off', title: expect.stringContaining('Check your internet connection') });
    expect(badgeState(input({ t1: fresh(feed, { error: { ...offline, kind: 'timeout' } }) })).text).toBe('off');
    expect(badgeState(input({ t1: fresh(feed) }, { online: false })).text).toBe('off');
  });

  it('shows "off" when the tracker did not answer while online, without blaming the network', () => {
    const down = { ...offline, kind: 'unreachable' as const, message: 'script.google.com did not answer' };
    const badge = badgeState(input({ t1: fresh(feed, { error: down }) }));
    expect(badge).toMatchObject({ kind: 'offline', text: 'off', title: expect.stringContaining('the tracker did not answer') });
    expect(badge.title).not.toContain('Check your internet connection');
  });

  it('shows "…" once the copy is older than two poll intervals, and says how to refresh', () => {
    const interval = defaults.refreshMinutes * MINUTE;
    expect(badgeState(input({ t1: fresh(feed, { fetchedAt: NOW - 2 * interval }) })).text).toBe('1');
    expect(badgeState(input({ t1: fresh(feed, { fetchedAt: NOW - 2 * interval - 1 }) }))).toMatchObject({ kind: 'stale', text: '…', title: expect.stringContaining('open the popup to refresh') });
  });

  it("allows the longer interval a feed advises before calling it stale", () => {
    const advised = feedOf([kr('A', { due: true })], { minRefreshMinutes: 60 });
    expect(badgeState(input({ t1: fresh(advised, { fetchedAt: NOW - 90 * MINUTE }) })).text).toBe('1');
  });

  it('shows "…" while a tracker is read for the first time', () => {
    expect(badgeState(input({}))).toMatchObject({ text: '…', title: expect.stringContaining('for the first time') });
  });

  it('puts "!" before "off", and "off" before "…"', () => {
    const old = NOW - 24 * 60 * MINUTE;
    const caches = { t1: fresh(feed, { error: refused, fetchedAt: old }), t2: fresh(feed, { error: offline, fetchedAt: old }) };
    expect(badgeState(input(caches, { trackers: [team, company] })).text).toBe('!');
    expect(badgeState(input({ t2: caches.t2 }, { trackers: [company] })).text).toBe('off');
  });

  test.prop([
    fc.array(fc.record({ due: fc.boolean(), grade: fc.option(fc.double({ min: 0, max: 1, noNaN: true })), owner: fc.constantFrom('Ada', 'Grace', null) }), { maxLength: 150 }),
    fc.option(fc.constantFrom(refused, offline)),
    fc.integer({ min: 0, max: 3 * 60 }),
    fc.boolean(),
  ])('always shows a number, a glyph or nothing, in at most four characters', (rows, error, minutesOld, online) => {
    const feed = feedOf(rows.map((row, index) => kr(`K${index}`, row)));
    const badge = badgeState(input({ t1: fresh(feed, { error, fetchedAt: NOW - minutesOld * MINUTE }) }, { online }));
    expect(badge.text).toMatch(/^(|\d{1,2}|99\+|!|off|…)$/);
    expect(badge.title.startsWith('OKR Sheets')).toBe(true);
  });
});
