// The tracker the popup benchmark caches: a valid feed (shared/feed/feed.ts) of N key results, ten per
// objective, and the options that point the extension at it. Made from the index alone, so the
// popup and the static reference page list exactly the same items.

export const KEY_RESULTS_PER_OBJECTIVE = 10;
export const BENCH_TRACKER_ID = 'bench';
// extension/storage/storage-keys.ts: OPTIONS_KEY and cacheKey(trackerId).
export const OPTIONS_KEY = 'options';
export const CACHE_KEY = `cache:${BENCH_TRACKER_ID}`;

const STATUSES = ['on-track', 'at-risk', 'off-track', 'done', 'not-started'];
const OWNERS = ['Ada', 'Grace', 'Edsger', 'Barbara', 'Ken, Dennis'];
const METRICS = [
  ['Raise weekly active teams', 'teams'],
  ['Cut median first response time', 'hours'],
  ['Grow paid conversions', '%'],
  ['Ship the onboarding checklist', null],
  ['Close enterprise pilots', 'deals'],
];

function keyResultAt(index) {
  const [verb, unit] = METRICS[index % METRICS.length];
  const objective = Math.floor(index / KEY_RESULTS_PER_OBJECTIVE);
  const status = STATUSES[index % STATUSES.length];
  const grade = status === 'not-started' ? null : ((index * 37) % 101) / 100;
  const common = {
    id: `KR${index + 1}`,
    objective: `O${objective + 1}`,
    owner: OWNERS[index % OWNERS.length],
    weight: 1,
    grade,
    status,
    forecast: grade === null ? null : Math.min(1, grade + 0.1),
    cadence: 'weekly',
    lastCheckIn: '2025-03-03',
    nextCheckIn: '2025-03-10',
    // One in seven is due, so the popup's "Due check-ins" list is there too, as in real use.
    due: index % 7 === 0,
  };
  if (unit === null) {
    return { ...common, title: `${verb} for team ${objective + 1} (${index + 1})`, type: 'milestone', unit: null, start: null, target: null, current: grade === 1 ? 'done' : 'not done' };
  }
  const start = 10 + (index % 40);
  const target = start + 50;
  return {
    ...common,
    title: `${verb} from ${start} to ${target} ${unit} (${index + 1})`,
    type: 'increase',
    unit,
    start,
    target,
    current: Math.round(start + (grade ?? 0) * 50),
  };
}

/** A feed of `count` key results across ceil(count / 10) objectives. */
export function popupFeed(count) {
  if (!Number.isInteger(count) || count < 1) throw new Error(`popupFeed: count must be a whole number ≥ 1, got ${count}`);
  const objectiveCount = Math.ceil(count / KEY_RESULTS_PER_OBJECTIVE);
  return {
    version: 1,
    tracker: { name: 'Bench OKRs', url: 'https://docs.google.com/spreadsheets/d/bench/edit' },
    generatedAt: '2025-03-10T09:00:00.000Z',
    period: { name: '2025 Q1', start: '2025-01-01', end: '2025-03-31' },
    objectives: Array.from({ length: objectiveCount }, (_, o) => ({
      id: `O${o + 1}`,
      title: `Objective ${o + 1}: make team ${o + 1} the one others copy`,
      owner: OWNERS[o % OWNERS.length],
      parent: null,
      grade: ((o * 13) % 101) / 100,
      status: STATUSES[o % STATUSES.length],
    })),
    keyResults: Array.from({ length: count }, (_, index) => keyResultAt(index)),
    kpis: [],
  };
}

/**
 * The storage.local items (extension/storage/*.ts shapes): one tracker at `feedUrl` with no
 * name set (so the popup shows the Team view, every key result), and its cached feed.
 */
export function benchStorage(feed, feedUrl, fetchedAt) {
  return {
    [OPTIONS_KEY]: {
      trackers: [{ id: BENCH_TRACKER_ID, name: 'Bench', url: feedUrl, token: 'bench-token' }],
      name: '',
      refreshMinutes: 60,
      reminders: false,
    },
    [CACHE_KEY]: { feed, fetchedAt, error: null },
  };
}
