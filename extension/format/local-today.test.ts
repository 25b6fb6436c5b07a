import { describe, expect, it } from 'vitest';
import { localToday } from './local-date.js';

describe('localToday', () => {
  it.each([
    ['Pacific/Kiritimati', '2026-11-24'],
    ['America/St_Johns', '2026-11-23'],
    ['Etc/UTC', '2026-11-23'],
  ])('gives the calendar day of the user’s zone (%s)', (zone, day) => {
    expect(localToday(Date.UTC(2026, 10, 23, 12), zone)).toBe(day);
  });

  it('reads the browser’s zone by default', () => {
    // The unit tests run in New York (vitest.config.ts): 02:00 UTC is still the evening before there.
    expect(localToday(Date.UTC(2026, 10, 24, 2))).toBe('2026-11-23');
  });
});
