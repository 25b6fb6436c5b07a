import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { keyResult } from '../test-support/sample-feed.js';
import { checkInPath } from '../check-in/check-in-link.js';
import type { DueItem } from '../check-in/due.js';
import type { History, PlanInput } from './notify-rules.js';
import { FORGET_AFTER_DAYS, MAX_SEPARATE_REMINDERS, planReminders, readHistory, reminderKey, reminderTarget } from './notify-rules.js';
import { DEFAULT_WORKING_HOURS } from './working-hours.js';
import { snoozeKey } from '../check-in/snooze.js';

const due = (id: string, nextCheckIn: string | null = '2025-03-10', trackerId = 't1'): DueItem => ({
  trackerId,
  trackerName: 'Team OKRs',
  keyResult: keyResult({ id, title: `Title ${id}`, nextCheckIn, lastCheckIn: '2025-03-03T15:00:00.000Z' }),
});

/** Monday 2025-03-10, 10:00 and the next day at 10:00, in New York. */
const MONDAY = Date.parse('2025-03-10T14:00:00Z');
const TUESDAY = MONDAY + 86_400_000;

const plan = (items: DueItem[], patch: Partial<PlanInput> = {}) =>
  planReminders({
    due: items,
    history: {},
    settings: { enabled: true, hours: DEFAULT_WORKING_HOURS, awayUntil: null },
    outbox: [],
    snoozes: {},
    now: MONDAY,
    timeZone: 'America/New_York',
    ...patch,
  });

describe('planReminders', () => {
  it('reminds once per key result per due date, follows up once a day later, then stays quiet', () => {
    const first = plan([due('A')]);
    expect(first.reminders).toEqual([{ id: expect.stringMatching(/^due\|/), title: 'Check-in due', message: 'Title A (Team OKRs)', target: { trackerId: 't1', keyResultId: 'A' } }]);
    expect(plan([due('A')], { history: first.history }).reminders).toEqual([]);
    const followUp = plan([due('A')], { history: first.history, now: TUESDAY });
    expect(followUp.reminders).toEqual([expect.objectContaining({ id: first.reminders[0].id, title: 'Check-in still due' })]);
    expect(plan([due('A')], { history: followUp.history, now: TUESDAY + 86_400_000 }).reminders).toEqual([]);
    const nextWeek = plan([due('A', '2025-03-17')], { history: followUp.history, now: MONDAY + 7 * 86_400_000 });
    expect(nextWeek.reminders).toHaveLength(1);
  });

  test.prop([fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { maxLength: 10 }), fc.integer({ min: 0, max: 7 * 60 - 1 })])(
    'never reminds twice on one day, however often it refreshes',
    (ids, minutes) => {
      const items = ids.map((id) => due(id));
      const once = plan(items, { now: MONDAY + minutes * 60_000 });
      expect(plan(items, { history: once.history, now: MONDAY + minutes * 60_000 }).reminders).toEqual([]);
      expect(Object.keys(once.history)).toHaveLength(ids.length);
    },
  );

  it('skips a key result waiting in the outbox or snoozed, and reminds of the others', () => {
    const result = plan([due('A'), due('B'), due('C')], { outbox: [{ trackerId: 't1', keyResultId: 'A' }], snoozes: { [snoozeKey('t1', 'B')]: '2025-03-10' } });
    expect(result.reminders.map((reminder) => reminder.target?.keyResultId)).toEqual(['C']);
    expect(Object.keys(result.history)).toEqual([reminderKey(due('C'))]);
  });

  it('skips a key result checked in since it became due', () => {
    const checkedIn = { ...due('A'), keyResult: { ...due('A').keyResult, lastCheckIn: '2025-03-10T13:00:00.000Z' } };
    expect(plan([checkedIn]).reminders).toEqual([]);
  });

  it('says nothing outside working hours and remembers nothing either', () => {
    const evening = plan([due('A')], { now: Date.parse('2025-03-10T23:00:00Z') });
    expect(evening).toEqual({ reminders: [], history: {} });
  });

  it('keeps key results with the same ID in different trackers apart', () => {
    expect(reminderKey(due('A', '2025-03-10', 't1'))).not.toBe(reminderKey(due('A', '2025-03-10', 't2')));
    expect(reminderKey(due('a|b', '2025-03-10', 't'))).not.toBe(reminderKey(due('b', '2025-03-10', 't|a')));
  });

  it(`sends one summary instead of more than ${MAX_SEPARATE_REMINDERS} toasts`, () => {
    const result = plan(['A', 'B', 'C', 'D'].map((id) => due(id)));
    expect(result.reminders).toEqual([expect.objectContaining({ title: '4 check-ins are due', target: null })]);
    expect(Object.keys(result.history)).toHaveLength(4);
  });

  it(`forgets what it showed after ${FORGET_AFTER_DAYS} days`, () => {
    const history: History = { old: { first: '2024-12-01' }, recent: { first: '2025-03-01', followUp: '2025-03-02' } };
    expect(plan([], { history }).history).toEqual({ recent: { first: '2025-03-01', followUp: '2025-03-02' } });
  });
});

describe('readHistory', () => {
  it('keeps what it can read and drops the rest', () => {
    expect(readHistory({ a: '2025-03-01', b: { first: '2025-03-02', followUp: '2025-03-03' }, c: null, d: { first: 3 }, e: { first: '2025-03-02', followUp: 'x' } })).toEqual({
      b: { first: '2025-03-02', followUp: '2025-03-03' },
      e: { first: '2025-03-02' },
    });
  });

  it.each([[null], ['text'], [42]])('reads %j as no history', (value) => expect(readHistory(value)).toEqual({}));
});

describe('where a click on a reminder leads', () => {
  it('opens the check-in view of the key result, with IDs that survive any character', () => {
    const [reminder] = plan([due('KR 1&2|x', '2025-03-10', 'team/one')]).reminders;
    const target = reminderTarget(reminder.id);
    expect(target).toEqual({ trackerId: 'team/one', keyResultId: 'KR 1&2|x' });
    const url = new URL(checkInPath(target), 'chrome-extension://id/');
    expect([url.pathname, url.searchParams.get('view'), url.searchParams.get('tracker'), url.searchParams.get('kr')]).toEqual(['/popup.html', 'checkin', 'team/one', 'KR 1&2|x']);
  });

  it('opens the check-in view on the first due key result for the summary', () => {
    const [summary] = plan(['A', 'B', 'C', 'D'].map((id) => due(id))).reminders;
    expect(reminderTarget(summary.id)).toBeNull();
    expect(checkInPath(null)).toBe('popup.html?view=checkin');
  });

  it.each(['test|1', 'due|only|two', 'due|%E0%A4%A|x|2025-03-10', 'other'])('finds no key result behind %s', (id) => expect(reminderTarget(id)).toBeNull());
});
