import { describe, expect, it } from 'vitest';
import { isSnoozeMessage } from './snooze-message.js';
import { isSnoozed, liveSnoozes, readSnoozes, snoozeKey, withSnooze } from './snooze.js';

const kr = (id: string, nextCheckIn: string | null) => ({ id, nextCheckIn });

describe('snooze until next check-in', () => {
  it('holds for the due date it was set on, and ends when the key result moves on', () => {
    const snoozes = withSnooze({}, 't1', kr('A', '2025-03-10'), true);
    expect(isSnoozed(snoozes, 't1', kr('A', '2025-03-10'))).toBe(true);
    expect(isSnoozed(snoozes, 't1', kr('A', '2025-03-17'))).toBe(false);
    expect(isSnoozed(snoozes, 't2', kr('A', '2025-03-10'))).toBe(false);
  });

  it('snoozes a key result with no scheduled check-in until it gets one', () => {
    const snoozes = withSnooze({}, 't1', kr('A', null), true);
    expect(isSnoozed(snoozes, 't1', kr('A', null))).toBe(true);
    expect(isSnoozed(snoozes, 't1', kr('A', '2025-03-10'))).toBe(false);
  });

  it('wakes a snoozed key result', () => {
    const snoozed = withSnooze({}, 't1', kr('A', '2025-03-10'), true);
    expect(withSnooze(snoozed, 't1', kr('A', '2025-03-10'), false)).toEqual({});
  });

  it('keeps IDs containing "|" apart', () => {
    expect(snoozeKey('a|b', 'c')).not.toBe(snoozeKey('a', 'b|c'));
  });

  it('drops snoozes whose key result moved on or left', () => {
    const snoozes = { [snoozeKey('t1', 'A')]: '2025-03-10', [snoozeKey('t1', 'B')]: '2025-03-10', [snoozeKey('t1', 'gone')]: '2025-03-10' };
    const current = [
      { trackerId: 't1', keyResult: kr('A', '2025-03-10') },
      { trackerId: 't1', keyResult: kr('B', '2025-03-17') },
    ];
    expect(liveSnoozes(snoozes, current)).toEqual({ [snoozeKey('t1', 'A')]: '2025-03-10' });
  });

  it.each([[null], ['x'], [[1, 2]], [{ a: 1, b: '2025-03-10' }]])('reads stored %j, keeping only text entries', (value) => {
    expect(readSnoozes(value)).toEqual(typeof value === 'object' && value !== null && !Array.isArray(value) ? { b: '2025-03-10' } : {});
  });
});

describe('isSnoozeMessage', () => {
  it('accepts the popup\'s message', () => {
    expect(isSnoozeMessage({ type: 'snooze', trackerId: 't1', keyResultId: 'KR1', snoozed: true })).toBe(true);
  });

  it.each([
    ['no tracker', { type: 'snooze', keyResultId: 'KR1', snoozed: true }],
    ['an empty key result', { type: 'snooze', trackerId: 't1', keyResultId: '', snoozed: true }],
    ['no snoozed flag', { type: 'snooze', trackerId: 't1', keyResultId: 'KR1' }],
    ['a text flag', { type: 'snooze', trackerId: 't1', keyResultId: 'KR1', snoozed: 'yes' }],
    ['another type', { type: 'refresh', trackerId: 't1', keyResultId: 'KR1', snoozed: true }],
    ['null', null],
  ])('refuses a message with %s', (_name, message) => expect(isSnoozeMessage(message)).toBe(false));
});
