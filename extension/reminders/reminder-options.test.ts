import { describe, expect, it } from 'vitest';
import { mergeReminderOptions, reminderDefaults, reminderSettings, validateReminderOptions } from './reminder-options.js';

describe('reminder options', () => {
  it('default to reminders on, Monday to Friday, 9:00 to 17:00, not away', () => {
    expect(reminderDefaults).toEqual({ reminders: true, workingDays: [1, 2, 3, 4, 5], workStart: '09:00', workEnd: '17:00', awayUntil: '' });
    expect(reminderSettings(reminderDefaults)).toEqual({ enabled: true, hours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' }, awayUntil: null });
  });

  it('keep stored values, sorting the days', () => {
    const stored = { reminders: false, workingDays: [6, 0, 6], workStart: '07:30', workEnd: '12:00', awayUntil: '2025-04-01' };
    expect(mergeReminderOptions(stored)).toEqual({ ...stored, workingDays: [0, 6] });
  });

  it.each([
    ['days that are not weekdays', { workingDays: [1, 7] }],
    ['days that are not a list', { workingDays: '1-5' }],
    ['hours that end before they start', { workStart: '17:00', workEnd: '09:00' }],
    ['an unreadable start', { workStart: '9am' }],
    ['an impossible away date', { awayUntil: '2025-02-30' }],
    ['a switch that is not a boolean', { reminders: 'off' }],
  ])('fall back to the defaults for %s', (_name, stored) => {
    expect(mergeReminderOptions(stored)).toEqual(reminderDefaults);
  });

  it.each([
    ['no working day', { workingDays: [] }, 'workingDays', 'at least one working day'],
    ['a day that is not a weekday', { workingDays: [1, 9] }, 'workingDays', 'at least one working day'],
    ['a start that is not a time', { workStart: '' }, 'workStart', 'such as 09:00'],
    ['an end that is not a time', { workEnd: '25:00' }, 'workEnd', 'such as 09:00'],
    ['an end before the start', { workStart: '10:00', workEnd: '09:59' }, 'workEnd', 'after its start'],
    ['an end equal to the start', { workStart: '10:00', workEnd: '10:00' }, 'workEnd', 'after its start'],
    ['an away date that is not a date', { awayUntil: 'Friday' }, 'awayUntil', 'Enter a date'],
  ])('refuse %s with a clear message', (_name, patch, field, words) => {
    expect(validateReminderOptions({ ...reminderDefaults, ...patch })).toEqual([{ field, message: expect.stringContaining(words) }]);
  });

  it('accept no working day when reminders are off', () => {
    expect(validateReminderOptions({ ...reminderDefaults, reminders: false, workingDays: [] })).toEqual([]);
  });
});
