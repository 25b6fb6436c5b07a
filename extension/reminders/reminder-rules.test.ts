import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import type { DecisionInput, ReminderCandidate, ReminderSettings, SentRecord } from './reminder-rules.js';
import { reminderDecision } from './reminder-rules.js';
import { DEFAULT_WORKING_HOURS, isWorkingTime } from './working-hours.js';
import { zonedMoment } from '../format/local-date.js';

const settings: ReminderSettings = { enabled: true, hours: DEFAULT_WORKING_HOURS, awayUntil: null };
const candidate: ReminderCandidate = { dueOn: '2025-03-10', lastCheckInOn: '2025-03-03', inOutbox: false, snoozed: false };
/** Monday 2025-03-10 at 10:00 in New York (EDT, the day after spring-forward). */
const MONDAY_10_NY = Date.parse('2025-03-10T14:00:00Z');

const decide = (patch: Partial<DecisionInput> = {}, candidatePatch: Partial<ReminderCandidate> = {}, settingsPatch: Partial<ReminderSettings> = {}) =>
  reminderDecision({
    now: MONDAY_10_NY,
    timeZone: 'America/New_York',
    sent: undefined,
    ...patch,
    settings: { ...settings, ...settingsPatch },
    candidate: { ...candidate, ...candidatePatch },
  });

describe('reminderDecision in different time zones', () => {
  it.each([
    // One instant, Monday 14:00 UTC, read on each zone's clock.
    ['America/New_York', '2025-03-10T14:00:00Z', 'first'],
    ['Europe/Berlin', '2025-03-10T14:00:00Z', 'first'],
    ['America/Los_Angeles', '2025-03-10T14:00:00Z', null],
    ['Asia/Tokyo', '2025-03-10T14:00:00Z', null],
    // 13:30 UTC is 08:30 in New York on Friday (EST) but 09:30 on Monday (EDT).
    ['America/New_York', '2025-03-07T13:30:00Z', 'not-due'],
    ['America/New_York', '2025-03-10T13:30:00Z', 'first'],
    // Berlin moves to CEST on 2025-03-30: 08:30 UTC is 09:30 before and 10:30 after; 06:30 UTC is 08:30 after.
    ['Europe/Berlin', '2025-03-31T06:30:00Z', null],
    ['Europe/Berlin', '2025-03-31T07:00:00Z', 'first'],
    // Tuesday 11:00 in Auckland is still Monday evening in New York.
    ['Pacific/Auckland', '2025-03-10T22:00:00Z', 'first'],
  ])('in %s at %s: %s', (timeZone, iso, expected) => {
    const decision = decide({ timeZone, now: Date.parse(iso) });
    if (expected === 'first') expect(decision).toEqual({ send: 'first' });
    else if (expected === 'not-due') expect(decision).toEqual({ send: null, reason: 'not-due-yet' });
    else expect(decision).toEqual({ send: null, reason: 'outside-working-hours' });
  });

  it('waits for the due date in the user\'s zone, not in UTC', () => {
    // 2025-03-11 01:00 UTC: already Tuesday in Berlin (02:00), still Monday in New York.
    const now = Date.parse('2025-03-11T08:00:00Z');
    expect(decide({ now, timeZone: 'Europe/Berlin' }, { dueOn: '2025-03-11' })).toEqual({ send: 'first' });
    expect(decide({ now: Date.parse('2025-03-11T01:00:00Z'), timeZone: 'America/New_York' }, { dueOn: '2025-03-11' })).toEqual({ send: null, reason: 'not-due-yet' });
  });
});

describe('reminderDecision respects people', () => {
  const yesterday: SentRecord = { first: '2025-03-09' };
  it.each<[string, Parameters<typeof decide>, string]>([
    ['the off switch', [{}, {}, { enabled: false }], 'off'],
    ['a check-in waiting in the outbox', [{}, { inOutbox: true }], 'in-outbox'],
    ['a check-in made on the due date', [{}, { lastCheckInOn: '2025-03-10' }], 'checked-in'],
    ['a check-in made after the due date', [{}, { dueOn: '2025-03-07', lastCheckInOn: '2025-03-08' }], 'checked-in'],
    ['a snooze', [{}, { snoozed: true }], 'snoozed'],
    ['a due date still to come', [{}, { dueOn: '2025-03-11' }], 'not-due-yet'],
    ['being away until today', [{}, {}, { awayUntil: '2025-03-10' }], 'away'],
    ['a weekend', [{ now: Date.parse('2025-03-15T14:00:00Z') }], 'outside-working-hours'],
    ['a reminder already shown today', [{ sent: { first: '2025-03-10' } }], 'follow-up-tomorrow'],
    ['a follow-up already shown', [{ sent: { first: '2025-03-07', followUp: '2025-03-09' } }], 'already-followed-up'],
  ])('stays quiet for %s', (_name, args, reason) => {
    expect(decide(...args)).toEqual({ send: null, reason });
  });

  it.each<[string, Parameters<typeof decide>, string]>([
    ['a key result due today', [], 'first'],
    ['an overdue key result', [{}, { dueOn: '2025-03-03', lastCheckInOn: '2025-02-24' }], 'first'],
    ['a key result never checked in and never scheduled', [{}, { dueOn: null, lastCheckInOn: null }], 'first'],
    ['someone back from being away', [{}, {}, { awayUntil: '2025-03-09' }], 'first'],
    ['a reminder shown yesterday', [{ sent: yesterday }], 'follow-up'],
  ])('reminds of %s', (_name, args, send) => {
    expect(decide(...args)).toEqual({ send });
  });

  it.each([
    ['a due date that is not a date', [{}, { dueOn: 'soon' }], 'dueOn "soon" is not a date: use YYYY-MM-DD'],
    ['a last check-in that is not a date', [{}, { lastCheckInOn: '2025-02-30' }], 'lastCheckInOn "2025-02-30" is not a date'],
    ['an away date that is not a date', [{}, {}, { awayUntil: 'next week' }], 'awayUntil "next week" is not a date'],
    ['an unknown time zone', [{ timeZone: 'Nowhere/Land' }], 'unknown time zone "Nowhere/Land"'],
  ] as [string, Parameters<typeof decide>, string][])('refuses %s with a clear message', (_name, args, message) => {
    expect(() => decide(...args)).toThrow(message);
  });
});

describe('reminderDecision over two weeks of polls', () => {
  const zones = ['America/New_York', 'Europe/Berlin', 'Asia/Kolkata', 'Australia/Sydney', 'Pacific/Auckland', 'UTC'];
  const start = Date.parse('2025-03-06T00:00:00Z');

  test.prop([fc.constantFrom(...zones), fc.array(fc.integer({ min: 0, max: 14 * 24 * 60 }), { minLength: 1, maxLength: 300 })])(
    'reminds at most twice per due date, a day apart, and only in working hours',
    (timeZone, offsets) => {
      let sent: SentRecord | undefined;
      const shown: { kind: string; date: string }[] = [];
      for (const minutes of [...offsets].sort((a, b) => a - b)) {
        const now = start + minutes * 60_000;
        const decision = reminderDecision({ now, timeZone, settings, candidate, sent });
        if (decision.send === null) continue;
        const moment = zonedMoment(now, timeZone);
        expect(isWorkingTime(moment, settings.hours)).toBe(true);
        expect(moment.date >= candidate.dueOn!).toBe(true);
        shown.push({ kind: decision.send, date: moment.date });
        sent = decision.send === 'first' ? { first: moment.date } : { ...sent!, followUp: moment.date };
      }
      expect(shown.length).toBeLessThanOrEqual(2);
      if (shown.length > 0) expect(shown[0].kind).toBe('first');
      if (shown.length === 2) expect(shown[1].date > shown[0].date).toBe(true);
    },
  );
});
