import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { validateFeed } from '../../shared/feed/feed-validate.js';
import { guidanceFor } from '../../shared/feed/judgement.js';
import { keyResult, progressKeyResult, sampleFeed } from '../test-support/sample-feed.js';
import { formatGrade } from './format.js';
import { confidenceText, paceText, roundForGuidance, signedAmount, trendText } from './progress-text.js';

const percentKr = keyResult({ unit: '%', start: 0.6, target: 0.75, current: 0.65 });

describe('the sample feed', () => {
  it('is a valid feed with the progress fields, so the popup is developed against the contract', () => {
    const checked = validateFeed(sampleFeed());
    expect(checked).toEqual({ ok: true, value: sampleFeed() });
    expect(sampleFeed().keyResults[0]!.weekly).toHaveLength(sampleFeed().period.weeks!.length);
  });
});

describe('confidenceText', () => {
  it.each([
    [7, 'confidence 7/10'],
    [10, 'confidence 10/10'],
    [null, null],
    [undefined, null],
  ])('says %s as %s', (confidence, text) => expect(confidenceText(keyResult({ confidence }))).toBe(text));
});

describe('roundForGuidance', () => {
  it.each([
    [1.4872, 1.5],
    [0.01234, 0.012],
    [9.96, 10],
    [12.6, 13],
    [1234.4, 1234],
    [-2.345, -2.3],
    [0, 0],
  ])('rounds %f to %f', (value, rounded) => expect(roundForGuidance(value)).toBe(rounded));
});

describe('signedAmount', () => {
  it.each([
    ['points, up', keyResult({ unit: 'points' }), 1.5, '+1.5 points'],
    ['ms, down (U+2212 minus)', keyResult({ unit: 'ms', type: 'decrease', start: 800, target: 400 }), -25, '−25 ms'],
    ['no unit', keyResult({ unit: null }), 3, '+3'],
    ['thousands', keyResult({ unit: 'users', start: 0, target: 50_000 }), 1234.4, '+1,234 users'],
    ['percent stored as fractions', percentKr, 0.015, '+1.5%'],
    ['percent stored as fractions, down', percentKr, -0.00333, '−0.33%'],
    ['percent typed as whole numbers', keyResult({ unit: '%', start: 60, target: 75, current: 65 }), 1.5, '+1.5 %'],
  ])('writes %s', (_, kr, change, text) => expect(signedAmount(kr, change)).toBe(text));
});

describe('paceText', () => {
  it.each([
    ['a need per week, in the unit', progressKeyResult(), 0.7, 'needs +1.5 points/week to reach 0.70'],
    ['a need for a committed OKR', progressKeyResult({ needsPerWeek: 3, forecastGrade: 0.9 }), 1, 'needs +3 points/week to reach 1.00'],
    ['on pace when the forecast reaches success', progressKeyResult({ forecastGrade: 0.82, status: 'on-track' }), 0.7, 'on pace for 0.82'],
    ['what it needs, never "on pace", when at risk', progressKeyResult({ forecastGrade: 0.82, status: 'at-risk' }), 0.7, 'needs +1.5 points/week to reach 0.70'],
    ['on pace exactly at success', progressKeyResult({ forecastGrade: 0.7, status: 'on-track' }), 0.7, 'on pace for 0.70'],
    ['on pace when nothing more is needed', progressKeyResult({ needsPerWeek: 0, forecastGrade: 0.65, status: 'on-track' }), 0.7, 'on pace for 0.65'],
    ['a percent key result in percent', { ...percentKr, needsPerWeek: 0.015, forecastGrade: 0.5 }, 0.7, 'needs +1.5%/week to reach 0.70'],
    ['a decrease key result with a minus', keyResult({ unit: 'ms', needsPerWeek: -12.5, forecastGrade: null }), 0.7, 'needs −13 ms/week to reach 0.70'],
  ])('gives %s', (_, kr, success, text) => expect(paceText(kr, success)).toBe(text));

  it.each([
    ['an older feed without the fields', keyResult()],
    ['no forecast and no need (a milestone)', progressKeyResult({ needsPerWeek: null, forecastGrade: null })],
    ['already there but no forecast', progressKeyResult({ needsPerWeek: 0, forecastGrade: null })],
    ['a forecast short of success and no pace (a threshold, an ended period)', progressKeyResult({ needsPerWeek: null, forecastGrade: 0 })],
  ])('says nothing for %s', (_, kr) => expect(paceText(kr, 0.7)).toBeNull());

  const grade = fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null });
  const needs = fc.option(fc.oneof(fc.constant(0), fc.double({ min: -1e6, max: 1e6, noNaN: true })), { nil: null });
  const status = fc.constantFrom('done', 'on-track', 'at-risk', 'off-track', 'not-started', null);
  test.prop([needs, grade, fc.double({ min: 0.05, max: 1, noNaN: true }), status])(
    "words the shared judgement (guidanceFor) and nothing else",
    (needsPerWeek, forecastGrade, success, status) => {
      const decision = guidanceFor(status, needsPerWeek, forecastGrade, success);
      const text = paceText(keyResult({ needsPerWeek, forecastGrade, status }), success);
      if (status === 'at-risk' || status === 'off-track') expect(text ?? '').not.toContain('on pace');
      if (decision === null) expect(text).toBeNull();
      else if (decision.kind === 'on-pace') expect(text).toBe(`on pace for ${formatGrade(decision.grade)}`);
      else expect(text).toMatch(new RegExp(`^needs ${decision.perWeek > 0 ? '\\+' : '−'}[0-9.,]+ points/week to reach ${formatGrade(success)}$`));
    },
  );
});

describe('trendText', () => {
  it.each([
    ['the sample: from the first check-in week to the current one', progressKeyResult(), 'grade 0.07 → 0.40 over 9 weeks, expected 0.53'],
    ['one week', keyResult({ weekly: [0.2, null, null] }), 'grade 0.20 → 0.20 over 1 week'],
    ['a gap inside', keyResult({ weekly: [0.1, null, 0.3], expected: 0.25 }), 'grade 0.10 → 0.30 over 3 weeks, expected 0.25'],
  ])('describes %s', (_, kr, text) => expect(trendText(kr)).toBe(text));

  it.each([
    ['an older feed', keyResult()],
    ['no week reached', keyResult({ weekly: [null, null] })],
    ['an empty period', keyResult({ weekly: [] })],
  ])('is null for %s', (_, kr) => expect(trendText(kr)).toBeNull());

  test.prop([fc.array(fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }), { maxLength: 60 })])(
    'names the first and last grades the feed has, and the weeks between them',
    (weekly) => {
      const reached = weekly.flatMap((grade, week) => (grade === null ? [] : [{ grade, week }]));
      const text = trendText(keyResult({ weekly }));
      if (reached.length === 0) {
        expect(text).toBeNull();
        return;
      }
      const [first, last] = [reached[0]!, reached[reached.length - 1]!];
      const weeks = last.week - first.week + 1;
      expect(text).toBe(`grade ${formatGrade(first.grade)} → ${formatGrade(last.grade)} over ${weeks} ${weeks === 1 ? 'week' : 'weeks'}`);
    },
  );
});
