/**
 * Feeds for unit tests: a small valid tracker, and builders to vary one key result.
 * `keyResult()` is what a web app older than the progress fields sends; `progressKeyResult()` adds the
 * progress fields (history, weekly grades, pace) as the current web app computes them.
 */
import type { Feed, FeedHistoryPoint, FeedKeyResult } from '../../shared/feed/feed.js';

export function keyResult(overrides: Partial<FeedKeyResult> = {}): FeedKeyResult {
  return {
    id: 'KR1',
    objective: 'O1',
    title: 'Raise NPS from 30 to 45',
    owner: 'Ada',
    type: 'increase',
    unit: 'points',
    start: 30,
    target: 45,
    current: 36,
    weight: 1,
    grade: 0.4,
    status: 'at-risk',
    forecast: null,
    cadence: 'weekly',
    lastCheckIn: '2025-03-03',
    nextCheckIn: '2025-03-10',
    due: true,
    ...overrides,
  };
}

/** 2025 Q1 (Jan 1 – Mar 31): week k ends on Jan 1 + 7k days, the 13th on the period's end. */
export const SAMPLE_WEEKS = [
  '2025-01-08', '2025-01-15', '2025-01-22', '2025-01-29', '2025-02-05', '2025-02-12', '2025-02-19',
  '2025-02-26', '2025-03-05', '2025-03-12', '2025-03-19', '2025-03-26', '2025-03-31',
];

/** NPS 30 → 45, graded linearly, as OKR_GRADE grades an increase key result. */
const npsGrade = (value: number) => (value - 30) / 15;

function checkIn(time: string, value: number, confidence: number | null, note: string | null): FeedHistoryPoint {
  return { time, value, grade: npsGrade(value), confidence, note, by: 'Ada' };
}

/**
 * The progress fields of the NPS key result as of Mar 10 (generatedAt): check-ins on Jan 13,
 * Feb 3 and Mar 3 carried forward week by week; weeks 11–13 not reached yet. 40.5 (grade 0.7)
 * is 4.5 points away with three weeks left: 1.5 a week.
 */
function progressFields(): Required<Pick<FeedKeyResult, 'history' | 'weekly' | 'expected' | 'forecastGrade' | 'needsPerWeek' | 'confidence'>> {
  const history = [
    checkIn('2025-01-13T15:00:00.000Z', 31, 5, 'First survey wave'),
    checkIn('2025-02-03T15:00:00.000Z', 33, null, null),
    checkIn('2025-03-03T15:00:00.000Z', 36, 6, 'Support replies faster'),
  ];
  const [jan, feb, mar] = history.map((point) => point.grade);
  return {
    history,
    weekly: [null, jan, jan, jan, feb, feb, feb, feb, mar, mar, null, null, null],
    expected: (0.7 * 68) / 89,
    forecastGrade: 0.55,
    needsPerWeek: 1.5,
    confidence: 6,
  };
}

export function progressKeyResult(overrides: Partial<FeedKeyResult> = {}): FeedKeyResult {
  return keyResult({ ...progressFields(), ...overrides });
}

export function sampleFeed(keyResults: FeedKeyResult[] = [progressKeyResult(), keyResult({ id: 'KR2', title: 'Ship the new onboarding', owner: 'Grace', type: 'milestone', current: 'not done', grade: 0, due: true, start: null, target: null, unit: null })]): Feed {
  return {
    version: 1,
    tracker: { name: 'Team OKRs', url: 'https://docs.google.com/spreadsheets/d/sheet/edit' },
    generatedAt: '2025-03-10T09:00:00.000Z',
    period: { name: '2025 Q1', start: '2025-01-01', end: '2025-03-31', weeks: SAMPLE_WEEKS },
    objectives: [{ id: 'O1', title: 'Delight customers', owner: 'Ada', parent: null, grade: 0.2, status: 'at-risk' }],
    keyResults,
    kpis: [],
  };
}
