import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { FeedKeyResult, FeedPeriod, KeyResultStatus } from './feed.js';
import type { Frame } from './judgement.js';
import { STATUS_SEVERITY, dayTime, frameOf, guidanceFor, judgeGrade, judgeKeyResult, needsPerWeekAt, successOf, worstStatus } from './judgement.js';
import { OKR_PACE } from '../functions/pace.js';
import { OKR_STATUS } from '../functions/status.js';
import { UTC } from '../zone.js';

const quarter: FeedPeriod = { name: '2026 Q1', start: '2026-01-01', end: '2026-03-31' };
const frame = (today: string, success = 0.7, period = quarter) => frameOf(period, today, success)!;
const kr = (patch: Partial<FeedKeyResult> = {}): FeedKeyResult => ({
  id: 'KR1', objective: 'O1', title: 'Raise NPS from 30 to 45', owner: 'Ada', type: 'increase', unit: 'points', start: 30, target: 45, current: 36,
  weight: 1, grade: 0.4, status: null, forecast: null, cadence: 'weekly', lastCheckIn: null, nextCheckIn: null, due: false, ...patch,
});

describe('judgeGrade', () => {
  // The sheet's own examples of OKR_STATUS (shared/functions/status.ts).
  it.each<[string, number, string, number, KeyResultStatus]>([
    ['halfway, 0.5 is on track', 0.5, '2026-02-15', 0.7, 'on-track'],
    ['halfway, 0.25 is at risk', 0.25, '2026-02-15', 0.7, 'at-risk'],
    ['at the end, 0.1 is off track', 0.1, '2026-03-31', 0.7, 'off-track'],
    ['1 is done whenever', 1, '2026-02-15', 0.7, 'done'],
    ['before the period, not started', 0, '2025-12-20', 0.7, 'not-started'],
    ['a committed OKR at 0.6 at the end is at risk', 0.6, '2026-03-31', 1, 'at-risk'],
  ])('agrees with the sheet: %s', (_name, grade, today, success, status) => {
    expect(judgeGrade(grade, frame(today, success))).toBe(status);
  });

  test.prop([fc.double({ min: 0, max: 1.2, noNaN: true }), fc.integer({ min: -30, max: 120 }), fc.double({ min: 0.05, max: 1, noNaN: true })])(
    "says what the sheet's OKR_STATUS column says on the same day",
    (grade, day, success) => {
      const today = new Date(Date.UTC(2026, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
      const f = frame(today, success);
      const sheet = OKR_STATUS(grade, f.start, f.end, f.today, success, '', () => f.today, UTC) as string;
      expect(judgeGrade(grade, f)).toBe(sheet.toLowerCase().replace(' ', '-'));
    },
  );

  it('has no status without a grade', () => {
    expect(judgeGrade(null, frame('2026-02-15'))).toBeNull();
    expect(judgeGrade(-0.2, frame('2026-02-15'))).toBeNull();
  });
});

describe('frameOf and successOf', () => {
  it('reads the period at today, or has no frame without dates or a usable today', () => {
    expect(frameOf(quarter, 'soon', 0.7)).toBeNull();
    expect(frameOf({ name: 'x', start: '2026-03-31', end: '2026-01-01' }, '2026-02-15', 0.7)).toBeNull();
    expect(frameOf({ name: 'x', start: null, end: null }, '2026-02-15', 0.7)).toBeNull();
  });

  it("uses an older feed's expected grade alone when the period has no dates", () => {
    const noDates = frameOf({ name: 'Now', start: null, end: null }, '2026-02-15', 0.7, 0.35)!;
    expect(judgeGrade(0.36, noDates)).toBe('on-track');
    expect(judgeGrade(0.3, noDates)).toBe('at-risk');
    expect(judgeGrade(0.1, noDates)).toBe('off-track');
  });

  it.each([
    ["the feed's own success", { ...quarter, success: 0.5 }, 1, '2026-03-31', 0.5],
    ['a committed OKR read from expected', quarter, 0.5, '2026-02-15', 1],
    ['the default band read from expected', quarter, 0.35, '2026-02-15', 0.7],
    ['a success above 1: the default', quarter, 0.9, '2026-02-15', 0.7],
    ['too early in the period to tell: the default', quarter, 0.05, '2026-01-05', 0.7],
    ['no build date: the default', quarter, 0.35, null, 0.7],
  ])('takes success from %s', (_name, period, expected, builtOn, success) => {
    expect(successOf(period, [{ expected }], builtOn)).toBe(success);
  });

  it('refuses dates that are not on the calendar', () => {
    expect(dayTime('2026-02-30')).toBeNull();
    expect(dayTime('2026-02-28')).toBe(Date.UTC(2026, 1, 28));
  });
});

describe('guidance', () => {
  it('needs per week as OKR_PACE computes it today', () => {
    const f = frame('2026-03-03');
    expect(needsPerWeekAt(kr(), f)).toBeCloseTo(OKR_PACE(UTC, 30, 45, 36, f.end, f.today) as number, 9);
    expect(needsPerWeekAt(kr({ type: 'threshold' }), f)).toBeNull();
    expect(needsPerWeekAt(kr({ current: 'done' }), f)).toBeNull();
  });

  it('never says "on pace" beside at risk or off track, and nothing beside done', () => {
    expect(guidanceFor('at-risk', 1.5, 0.82, 0.7)).toEqual({ kind: 'needs', perWeek: 1.5 });
    expect(guidanceFor('off-track', null, 0.82, 0.7)).toBeNull();
    expect(guidanceFor('on-track', 1.5, 0.82, 0.7)).toEqual({ kind: 'on-pace', grade: 0.82 });
    expect(guidanceFor('done', 0, 1, 0.7)).toBeNull();
  });

  it('judges a key result at one instant: status and need agree', () => {
    const judged = judgeKeyResult(kr({ grade: 0.4, forecastGrade: 0.82 }), frame('2026-03-10'));
    expect(judged.status).toBe('at-risk');
    expect(judged.guidance).toEqual({ kind: 'needs', perWeek: judged.needsPerWeek });
  });
});

describe('worstStatus', () => {
  it.each<[(KeyResultStatus | null)[], KeyResultStatus | null]>([
    [[], null],
    [[null], null],
    [['done', 'on-track'], 'on-track'],
    [['on-track', 'at-risk', 'done'], 'at-risk'],
    [['at-risk', 'off-track', 'on-track'], 'off-track'],
  ])('of %j is %j', (statuses, worst) => expect(worstStatus(statuses)).toBe(worst));

  test.prop([fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 120 })])(
    'never judges a higher grade worse than a lower one',
    (a, b, day) => {
      const f: Frame = frame(new Date(Date.UTC(2025, 11, 15) + day * 86_400_000).toISOString().slice(0, 10));
      const [low, high] = a < b ? [a, b] : [b, a];
      expect(STATUS_SEVERITY[judgeGrade(high, f)!]).toBeLessThanOrEqual(STATUS_SEVERITY[judgeGrade(low, f)!]);
    },
  );
});
