// Key results and KPIs the OKR articles give as examples, graded the way a team would grade
// them: the numbers a reader can check by hand.
import { describe, expect, it } from 'vitest';
import { OKR_FORECAST } from './forecast.js';
import { OKR_GRADE } from './grade.js';
import { KPI_STATUS } from './kpi-status.js';
import { OKR_ROLLUP } from './rollup.js';
import { OKR_STATUS } from './status.js';
import { zoneNamed } from '../zone.js';

// The unit tests run in New York (vitest.config.ts); the core is handed that zone explicitly.
const NY = zoneNamed('America/New_York');

const col = (...values: unknown[]) => values.map((v) => [v]);

describe('key results from the articles', () => {
  it.each([
    ['increase customer satisfaction scores from 65% to 75%, now 70%', '65%', '75%', '70%', '', 0.5],
    ['reduce the time to onboard a new employee from 30 to 25 days, now 27', 30, 25, 27, '', 0.6],
    ['maintain the utilisation rate between 70% and 80%, now 75%', '70%', '80%', '75%', 'threshold', 1],
    ['maintain utilisation between 70% and 80%, now 83%', '70%', '80%', '83%', 'threshold', 0],
    ['deliver the project by November 30, delivered', '', '', 'done', 'milestone', 1],
    ['deliver the project by November 30, not yet', '', '', 'not done', 'milestone', 0],
    ['establish a baseline for monthly customer attrition, measured at 2.1%', '', '', '2.1%', 'baseline', 1],
    ['establish a baseline for monthly customer attrition, not measured yet', '', '', '', 'baseline', 0],
    ['increase social media engagement by 10% (2,000 to 2,200), now 2,150', '2,000', '2,200', '2,150', '', 0.75],
    ['acquire 1,000 new users, 750 so far', 0, '1,000', 750, '', 0.75],
    ['achieve 100 weekly active users, now 70', 0, 100, 70, '', 0.7],
    ['obtain 5 paid customers, 3 so far', 0, 5, 3, '', 0.6],
    ['increase monthly active users by 25% (40,000 to 50,000), now 47,000', '40,000', '50,000', '47,000', '', 0.7],
    ['reduce customer churn by 15% (20% to 17%), now 18.5%', '20%', '17%', '18.5%', '', 0.5],
    ['raise test coverage from 70% to 90%, now 84%', '70%', '90%', '84%', 'increase', 0.7],
    ['improve the sales conversion rate from 5% to 8%, now 7.1%', '5%', '8%', '7.1%', '', 0.7],
    ['launch two new product features, one launched', 0, 2, 1, '', 0.5],
    ['halve workplace accidents (12 to 6 a year), now 9', 12, 6, 9, 'decrease', 0.5],
  ])('grades "%s" at %d', (_, start, target, current, type, grade) => {
    expect(OKR_GRADE(start, target, current, type)).toBeCloseTo(grade as number, 12);
  });
});

describe('statuses on Google’s grading scale', () => {
  const q1 = [new Date(2026, 0, 1), new Date(2026, 2, 31)] as const;
  const end = q1[1];
  const noClock = (): number => {
    throw new Error('read the clock');
  };

  it.each([
    [0.7, 'On track', 'green: 0.7 and above is success'],
    [0.6, 'At risk', 'yellow: progress, short of success'],
    [0.3, 'Off track', 'red: below 0.4 at period end'],
    [1, 'Done', 'the key result is met'],
  ])('calls a grade of %d at period end %s (%s)', (grade, status) => {
    expect(OKR_STATUS(grade, q1[0], q1[1], end, '', '', noClock, NY)).toBe(status);
  });

  it('holds a committed OKR (like an MBO target) to a full grade', () => {
    expect(OKR_STATUS(0.8, q1[0], q1[1], end, 1, '', noClock, NY)).toBe('At risk');
  });
});

describe('an objective from its key results', () => {
  it('rolls up "build a successful MVP" from 100 weekly users (70), NPS above 40 (met) and 5 paid customers (3)', () => {
    const grades = OKR_GRADE(col(0, 40, 0), col(100, 100, 5), col(70, 45, 3), col('', 'threshold', ''));
    expect(OKR_ROLLUP('MVP', col('MVP', 'MVP', 'MVP'), grades)).toBeCloseTo((0.7 + 1 + 0.6) / 3, 12);
  });
});

describe('KPIs from the articles', () => {
  it.each([
    ['utilisation between 70% and 80% at 75%', '75%', '70%', '80%', 'Healthy'],
    ['utilisation between 70% and 80% at 86%', '86%', '70%', '80%', 'Warning'],
    ['NPS above 40 at 45', 45, 40, '', 'Healthy'],
    ['NPS above 40 at 30', 30, 40, '', 'Breach'],
    ['first response time within 4 hours at 4.3', 4.3, '', 4, 'Warning'],
    ['customer acquisition cost at most $120 at $150', '$150', '', '$120', 'Breach'],
  ])('calls %s %s', (_, value, low, high, status) => {
    expect(KPI_STATUS(value, low, high)).toBe(status);
  });
});

describe('a forecast from weekly check-ins', () => {
  it('projects 25% DAU growth over a 12-week quarter from the first six weeks', () => {
    const weeks = [0, 1, 2, 3, 4, 5, 6];
    const week = (n: number) => new Date(2026, 0, 5 + 7 * n);
    // Daily active users from 10,000, growing by 2,500 over the 12 weeks.
    const dau = (n: number) => 10_000 + (2_500 * (week(n).getTime() - week(0).getTime())) / (week(12).getTime() - week(0).getTime());
    const result = OKR_FORECAST(NY, 'DAU', col(...weeks.map(() => 'DAU')), col(...weeks.map(week)), col(...weeks.map(dau)), week(12));
    expect(result).toBeCloseTo(12_500, 6);
  });
});
