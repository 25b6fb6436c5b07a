import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { keyResult } from '../test-support/sample-feed.js';
import type { DueItem } from './due.js';
import { FORGET_AFTER_DAYS, MAX_SEPARATE_REMINDERS, planReminders, reminderKey } from './notify-rules.js';

const due = (id: string, nextCheckIn: string | null = '2025-03-10', trackerId = 't1'): DueItem => ({
  trackerId,
  trackerName: 'Team OKRs',
  keyResult: keyResult({ id, title: `Title ${id}`, nextCheckIn }),
});

describe('planReminders', () => {
  it('reminds once per key result per due date', () => {
    const first = planReminders([due('A')], {}, '2025-03-10');
    expect(first.reminders).toEqual([{ id: expect.stringMatching(/^due\|/), title: 'Check-in due', message: 'Title A (Team OKRs)' }]);
    const second = planReminders([due('A')], first.notified, '2025-03-10');
    expect(second.reminders).toEqual([]);
    const nextWeek = planReminders([due('A', '2025-03-17')], second.notified, '2025-03-17');
    expect(nextWeek.reminders).toHaveLength(1);
  });

  test.prop([fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { maxLength: 10 }), fc.constantFrom('2025-03-10', '2025-03-11')])(
    'never reminds twice of the same due date, however often it refreshes',
    (ids, today) => {
      const items = ids.map((id) => due(id));
      const once = planReminders(items, {}, today);
      expect(planReminders(items, once.notified, today).reminders).toEqual([]);
      expect(Object.keys(once.notified)).toHaveLength(ids.length);
    },
  );

  it('keeps key results with the same ID in different trackers apart', () => {
    expect(reminderKey(due('A', '2025-03-10', 't1'))).not.toBe(reminderKey(due('A', '2025-03-10', 't2')));
    expect(reminderKey(due('a|b', '2025-03-10', 't'))).not.toBe(reminderKey(due('b', '2025-03-10', 't|a')));
  });

  it(`sends one summary instead of more than ${MAX_SEPARATE_REMINDERS} toasts`, () => {
    const plan = planReminders(['A', 'B', 'C', 'D'].map((id) => due(id)), {}, '2025-03-10');
    expect(plan.reminders).toEqual([expect.objectContaining({ title: '4 check-ins are due' })]);
    expect(Object.keys(plan.notified)).toHaveLength(4);
  });

  it(`forgets what it notified after ${FORGET_AFTER_DAYS} days, and drops unreadable entries`, () => {
    const plan = planReminders([], { old: '2024-12-01', recent: '2025-03-01', broken: 'yesterday' }, '2025-03-10');
    expect(plan.notified).toEqual({ recent: '2025-03-01' });
  });
});
