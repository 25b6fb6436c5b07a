/** Feeds for unit tests: a small valid tracker, and builders to vary one key result. */
import type { Feed, FeedKeyResult } from '../../shared/feed.js';

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

export function sampleFeed(keyResults: FeedKeyResult[] = [keyResult(), keyResult({ id: 'KR2', title: 'Ship the new onboarding', owner: 'Grace', type: 'milestone', current: 'not done', grade: 0, due: true, start: null, target: null, unit: null })]): Feed {
  return {
    version: 1,
    tracker: { name: 'Team OKRs', url: 'https://docs.google.com/spreadsheets/d/sheet/edit' },
    generatedAt: '2025-03-10T09:00:00.000Z',
    period: { name: '2025 Q1', start: '2025-01-01', end: '2025-03-31' },
    objectives: [{ id: 'O1', title: 'Delight customers', owner: 'Ada', parent: null, grade: 0.2, status: 'at-risk' }],
    keyResults,
    kpis: [],
  };
}
