import { describe, expect, it } from 'vitest';
import { DEFAULT_WORKING_HOURS, clockMinutes, isWorkingTime } from './working-hours.js';

const at = (weekday: number, clock: string) => ({ date: '2025-03-10', weekday, minutes: clockMinutes(clock) ?? Number.NaN });

describe('clockMinutes', () => {
  it.each([
    ['00:00', 0],
    ['09:30', 570],
    ['23:59', 1439],
    ['24:00', null],
    ['9:30', null],
    ['09:60', null],
    ['nine', null],
  ])('reads %s as %j', (text, minutes) => expect(clockMinutes(text)).toBe(minutes));
});

describe('isWorkingTime', () => {
  it.each([
    [1, '09:00', true],
    [1, '08:59', false],
    [5, '16:59', true],
    [5, '17:00', false],
    [6, '10:00', false],
    [0, '10:00', false],
  ])('by default, weekday %i at %s is working time: %s', (weekday, clock, working) => {
    expect(isWorkingTime(at(weekday, clock), DEFAULT_WORKING_HOURS)).toBe(working);
  });

  it.each([
    ['an end before the start', { days: [1], start: '17:00', end: '09:00' }],
    ['an unreadable start', { days: [1], start: 'noon', end: '17:00' }],
    ['no working day', { days: [], start: '09:00', end: '17:00' }],
  ])('never counts as working time with %s', (_name, hours) => {
    expect(isWorkingTime(at(1, '10:00'), hours)).toBe(false);
  });
});
