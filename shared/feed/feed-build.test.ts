// Tests run in America/New_York (vitest.config.ts): daylight saving ends on Sunday 1 November
// 2026, inside the Q4 period used here, so the day arithmetic below crosses it.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { buildFeed, type FeedEnvironment } from './feed-build.js';
import type { Feed, FeedKeyResult } from './feed.js';
import { validateFeed } from './feed-validate.js';
import { OKR_GRADE } from '../functions/grade.js';
import { statusAt } from '../functions/status.js';
import { columnsOf, type Columns, type TrackerColumns, type TrackerSettings } from '../tracker-columns.js';
import { CHECK_IN_COLUMNS, KEY_RESULT_COLUMNS, KPI_COLUMNS, OBJECTIVE_COLUMNS } from '../tracker-layout.js';
import { zoneNamed } from '../zone.js';

// The unit tests run in New York (vitest.config.ts); the core is handed that zone explicitly.
const NY = zoneNamed('America/New_York');

const at = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min);
/** A Monday, mid-morning, in the second half of 2026-Q4. */
const NOW = at(2026, 11, 23, 10).getTime();
const PERIOD_START = at(2026, 10, 1);
const PERIOD_END = at(2026, 12, 31);
const ENV: FeedEnvironment = { now: NOW, zone: NY, trackerName: 'Team OKRs', trackerUrl: 'https://docs.google.com/spreadsheets/d/abc/edit' };

type Row<K extends string> = Partial<Record<K, unknown>>;

/** Columns as `getValues()` on a sheet with the template's header row gives them. */
function table<K extends string>(headers: readonly K[], rows: readonly Row<K>[]): Columns<K> {
  return columnsOf([[...headers], ...rows.map((row) => headers.map((h) => row[h] ?? ''))], headers);
}

interface TrackerRows {
  settings?: Partial<TrackerSettings>;
  objectives?: Row<(typeof OBJECTIVE_COLUMNS)[number]>[];
  keyResults?: Row<(typeof KEY_RESULT_COLUMNS)[number]>[];
  checkIns?: Row<(typeof CHECK_IN_COLUMNS)[number]>[];
  kpis?: Row<(typeof KPI_COLUMNS)[number]>[];
}

function tracker(rows: TrackerRows = {}): TrackerColumns {
  return {
    settings: { periodName: '2026-Q4', periodStart: PERIOD_START, periodEnd: PERIOD_END, success: 0.7, cadence: 'weekly', ...rows.settings },
    objectives: table(OBJECTIVE_COLUMNS, rows.objectives ?? []),
    keyResults: table(KEY_RESULT_COLUMNS, rows.keyResults ?? []),
    checkIns: table(CHECK_IN_COLUMNS, rows.checkIns ?? []),
    kpis: table(KPI_COLUMNS, rows.kpis ?? []),
  };
}

let requests = 0;
const checkIn = (id: string, time: unknown, value: unknown) => ({ Time: time, ID: id, Value: value, 'Request ID': `req-${String(++requests).padStart(6, '0')}` });

const build = (rows: TrackerRows, env: Partial<FeedEnvironment> = {}): Feed => buildFeed(tracker(rows), { ...ENV, ...env });

function keyResult(feed: Feed, id: string): FeedKeyResult {
  const found = feed.keyResults.find((k) => k.id === id);
  if (found === undefined) throw new Error(`${id} is not in the feed`);
  return found;
}

/** The fraction of the period elapsed at `time`, the straight-line way OKR_STATUS measures it. */
const elapsed = (time: number) => (time - PERIOD_START.getTime()) / (PERIOD_END.getTime() - PERIOD_START.getTime());
const START_OF_TODAY = at(2026, 11, 23).getTime();

describe('buildFeed: key results', () => {
  const rows: TrackerRows = {
    keyResults: [{ ID: 'KR1', Objective: 'O1', 'Key result': 'Raise satisfaction from 65% to 75%', Owner: 'Ada', Start: '65%', Target: '75%', Unit: '%', Weight: 2 }],
    checkIns: [checkIn('KR1', at(2026, 11, 16, 9), '70%'), checkIn('KR2', at(2026, 11, 20, 9), 99), checkIn('kr1 ', at(2026, 11, 2, 9), 0.68)],
  };

  it('reads a key result from its row and its check-ins', () => {
    const lineAtEnd = 0.68 + ((0.7 - 0.68) * (PERIOD_END.getTime() - at(2026, 11, 2, 9).getTime())) / (at(2026, 11, 16, 9).getTime() - at(2026, 11, 2, 9).getTime());
    expect(build(rows).keyResults).toEqual([
      {
        id: 'KR1',
        objective: 'O1',
        title: 'Raise satisfaction from 65% to 75%',
        owner: 'Ada',
        type: null,
        unit: '%',
        start: 0.65,
        target: 0.75,
        current: 0.7,
        weight: 2,
        grade: expect.closeTo(0.5, 12),
        status: 'on-track',
        forecast: expect.closeTo(lineAtEnd, 9),
        cadence: 'weekly',
        lastCheckIn: at(2026, 11, 16, 9).toISOString(),
        nextCheckIn: '2026-11-23',
        due: true,
        history: [
          { time: at(2026, 11, 2, 9).toISOString(), value: 0.68, grade: expect.closeTo(0.3, 12), confidence: null, note: null, by: null },
          { time: at(2026, 11, 16, 9).toISOString(), value: 0.7, grade: expect.closeTo(0.5, 12), confidence: null, note: null, by: null },
        ],
        // Weeks end on 8 Oct, 15 Oct, … (every 7 days from 1 Oct); the week of 19–25 Nov holds today
        // and is the last shown. Before the first check-in a week has no grade.
        weekly: [null, null, null, null, 0.3, 0.3, 0.5, 0.5, null, null, null, null, null, null].map((g) => (g === null ? null : expect.closeTo(g, 12))),
        expected: expect.closeTo(0.7 * elapsed(START_OF_TODAY), 12),
        forecastGrade: Math.min(1, (lineAtEnd - 0.65) / 0.1), // graded as OKR_GRADE does: capped at 1
        // 0.65 + 0.7 × 0.10 = 0.72 is the value at grade 0.7; 0.02 more over the 38 days to 31 Dec.
        needsPerWeek: expect.closeTo(0.02 / (38 / 7), 12),
        confidence: null,
        kpi: null,
        link: null,
      },
    ]);
  });

  it('follows the KPI a key result is tied to: its value, history and weeks come from the KPI\u2019s check-ins', () => {
    const feed = build({
      keyResults: [{ ID: 'KR1', Start: 50, Target: 90, KPI: 'KPI1' }],
      checkIns: [checkIn('KR1', at(2026, 11, 2, 9), 60), checkIn('kpi1', at(2026, 11, 16, 9), 70)],
    });
    expect(keyResult(feed, 'KR1')).toMatchObject({ kpi: 'KPI1', current: 70, grade: expect.closeTo(0.5, 12), lastCheckIn: at(2026, 11, 16, 9).toISOString() });
    expect(keyResult(feed, 'KR1').history?.map((p) => p.value)).toEqual([70]);
    expect(keyResult(feed, 'KR1').weekly?.slice(5, 8)).toEqual([null, expect.closeTo(0.5, 12), expect.closeTo(0.5, 12)]);
  });

  it('links each key result to its own row through the adapter', () => {
    const rowLink = (sheet: string, rowIndex: number) => `https://docs.google.com/spreadsheets/d/abc/edit#sheet=${encodeURIComponent(sheet)}&row=${rowIndex + 2}`;
    const feed = build({ keyResults: [{ ID: 'KR1', Start: 0, Target: 1 }, { ID: '' }, { ID: 'KR2', Start: 0, Target: 1 }] }, { rowLink });
    expect(feed.keyResults.map((k) => k.link)).toEqual([rowLink('Key Results', 0), rowLink('Key Results', 2)]);
  });

  it('gives the confidence of the latest check-in that has one', () => {
    const feed = build({
      ...rows,
      checkIns: [
        { ...checkIn('KR1', at(2026, 11, 2, 9), 0.68), Confidence: 8 },
        { ...checkIn('KR1', at(2026, 11, 16, 9), 0.7), Confidence: 6, Note: 'pilot slipped', By: 'ada@example.com' },
        { ...checkIn('KR1', at(2026, 11, 18, 9), 0.71) },
      ],
    });
    expect(keyResult(feed, 'KR1').confidence).toBe(6);
    expect(keyResult(feed, 'KR1').history?.[1]).toMatchObject({ confidence: 6, note: 'pilot slipped', by: 'ada@example.com' });
  });

  it('lists the period\u2019s weeks by their last day, the last one ending with the period', () => {
    const weeks = build(rows).period.weeks ?? [];
    expect(weeks).toHaveLength(14);
    expect(weeks.slice(0, 2)).toEqual(['2026-10-07', '2026-10-14']);
    expect(weeks.at(-1)).toBe('2026-12-31');
  });

  it('takes the latest check-in by time, not by row', () => {
    const feed = build({ ...rows, checkIns: [checkIn('KR1', at(2026, 11, 20, 9), 0.72), checkIn('KR1', at(2026, 11, 2, 9), 0.68)] });
    expect(keyResult(feed, 'KR1').current).toBe(0.72);
    expect(keyResult(feed, 'KR1').lastCheckIn).toBe(at(2026, 11, 20, 9).toISOString());
    expect(keyResult(feed, 'KR1').grade).toBeCloseTo(0.7, 12);
  });

  it('gives a key result with no check-in no current, grade, status, forecast or last check-in, and the first check-in due at the period start', () => {
    expect(build({ keyResults: rows.keyResults }).keyResults[0]).toMatchObject({
      current: null,
      grade: null,
      status: null,
      forecast: null,
      lastCheckIn: null,
      nextCheckIn: '2026-10-01',
      due: true,
    });
  });

  it('skips rows with a blank ID and keeps the others aligned with their check-ins', () => {
    const feed = build({
      keyResults: [
        { ID: 'KR1', Start: 0, Target: 10 },
        { ID: '', 'Key result': 'A draft', Start: 0, Target: 10 },
        { ID: '   ', Start: 0, Target: 10 },
        { ID: 'KR2', Start: 0, Target: 10 },
      ],
      checkIns: [checkIn('KR1', at(2026, 11, 20), 2), checkIn('KR2', at(2026, 11, 20), 8)],
    });
    expect(feed.keyResults.map((k) => [k.id, k.current, k.grade])).toEqual([
      ['KR1', 2, expect.closeTo(0.2, 12)],
      ['KR2', 8, expect.closeTo(0.8, 12)],
    ]);
  });

  it('reads milestones: their type in lower case and their logged text as current', () => {
    const feed = build({
      keyResults: [
        { ID: 'M1', Type: 'Milestone' },
        { ID: 'M2', Type: 'milestone' },
        { ID: 'M3', Type: 'milestone' },
      ],
      checkIns: [checkIn('M1', at(2026, 11, 20), 'not started'), checkIn('M1', at(2026, 11, 21), ' done '), checkIn('M2', at(2026, 11, 20), true), checkIn('M3', at(2026, 11, 20), '40%')],
    });
    expect(feed.keyResults.map((k) => [k.id, k.type, k.current, k.grade, k.status, k.forecast, k.start, k.target])).toEqual([
      ['M1', 'milestone', 'done', 1, 'done', null, null, null],
      ['M2', 'milestone', 'done', 1, 'done', null, null, null],
      ['M3', 'milestone', 0.4, 0.4, 'at-risk', null, null, null],
    ]);
  });

  it('gives null for every optional field left blank', () => {
    const kr = build({ keyResults: [{ ID: 'KR1', Start: 0, Target: 10 }], settings: { cadence: '' } }).keyResults[0];
    expect(kr).toMatchObject({ objective: null, title: '', owner: null, type: null, unit: null, weight: null, cadence: null });
  });
});

describe('buildFeed: status', () => {
  // A grade of exactly what is expected at midnight is behind by 10:00; the feed must judge at
  // the start of the day, as the sheet's OKR_STATUS(..., TODAY()) does.
  const onTheLine = 100 * 0.7 * elapsed(START_OF_TODAY);

  it('is meaningful: the grade on the line at midnight is below it later in the day', () => {
    expect(statusAt(onTheLine / 100, PERIOD_START.getTime(), PERIOD_END.getTime(), START_OF_TODAY)).toBe('On track');
    expect(statusAt(onTheLine / 100, PERIOD_START.getTime(), PERIOD_END.getTime(), NOW)).toBe('At risk');
  });

  it.each([
    ['done', 'done', 100],
    ['above the line', 'on-track', onTheLine + 5],
    ['on the line at the start of today', 'on-track', onTheLine],
    ['below the line, above the risk line', 'at-risk', 30],
    ['below the risk line', 'off-track', 10],
  ])('says a key result %s is %s', (_, status, current) => {
    const feed = build({ keyResults: [{ ID: 'KR1', Start: 0, Target: 100 }], checkIns: [checkIn('KR1', at(2026, 11, 20), current)] });
    expect(keyResult(feed, 'KR1').status).toBe(status);
  });

  it('says not started before the period starts', () => {
    const feed = build({
      keyResults: [{ ID: 'KR1', Start: 0, Target: 100 }],
      checkIns: [checkIn('KR1', at(2026, 11, 20), 10)],
      settings: { periodStart: at(2026, 12, 1), periodEnd: at(2027, 2, 28) },
    });
    expect(keyResult(feed, 'KR1').status).toBe('not-started');
  });

  it.each([
    [0.7, 'on-track'],
    ['', 'on-track'],
    [1, 'at-risk'],
  ])('judges with the success threshold of Settings (%j)', (success, status) => {
    const feed = build({ keyResults: [{ ID: 'KR1', Start: 0, Target: 10 }], checkIns: [checkIn('KR1', at(2026, 11, 20), 5)], settings: { success } });
    expect(keyResult(feed, 'KR1').status).toBe(status);
  });
});

describe('buildFeed: next check-in', () => {
  it.each([
    ['weekly, due later today', 'weekly', at(2026, 11, 16, 18), '2026-11-23', true],
    ['weekly, due tomorrow', 'Weekly', at(2026, 11, 17, 9), '2026-11-24', false],
    ['biweekly, overdue', 'biweekly', at(2026, 11, 2, 9), '2026-11-16', true],
    ['every 3 days', 3, at(2026, 11, 21, 9), '2026-11-24', false],
    ['weekly across the end of daylight saving', 'weekly', at(2026, 10, 31, 23, 30), '2026-11-07', true],
  ])('is one cadence after the last check-in: %s', (_, cadence, last, next, due) => {
    const feed = build({ keyResults: [{ ID: 'KR1', Start: 0, Target: 10, Cadence: cadence }], checkIns: [checkIn('KR1', last, 5)] });
    expect(keyResult(feed, 'KR1')).toMatchObject({ cadence: String(cadence), nextCheckIn: next, due });
  });

  it('takes the Settings default for a blank Cadence', () => {
    const feed = build({
      keyResults: [{ ID: 'KR1', Start: 0, Target: 10 }],
      checkIns: [checkIn('KR1', at(2026, 10, 20, 9), 5)],
      settings: { cadence: 'monthly' },
    });
    expect(keyResult(feed, 'KR1')).toMatchObject({ cadence: 'monthly', nextCheckIn: '2026-11-20', due: true });
  });

  it('is not due before a period that has not started', () => {
    const feed = build({ keyResults: [{ ID: 'KR1', Start: 0, Target: 10 }], settings: { periodStart: at(2026, 12, 1), periodEnd: at(2027, 2, 28) } });
    expect(keyResult(feed, 'KR1')).toMatchObject({ nextCheckIn: '2026-12-01', due: false });
  });

  it('is null and not due for an unknown cadence, which does not touch the other rows', () => {
    const feed = build({
      keyResults: [
        { ID: 'KR1', Start: 0, Target: 10, Cadence: 'quarterly' },
        { ID: 'KR2', Start: 0, Target: 10 },
      ],
      checkIns: [checkIn('KR1', at(2026, 11, 2), 5), checkIn('KR2', at(2026, 11, 2), 5)],
    });
    expect(keyResult(feed, 'KR1')).toMatchObject({ cadence: 'quarterly', nextCheckIn: null, due: false, grade: 0.5 });
    expect(keyResult(feed, 'KR2')).toMatchObject({ cadence: 'weekly', nextCheckIn: '2026-11-09', due: true });
  });
});

describe('buildFeed: objectives', () => {
  const rows: TrackerRows = {
    objectives: [
      { ID: 'O0', Objective: 'Win the market', Owner: 'Grace' },
      { ID: 'O1', Objective: 'Delight customers', Parent: 'O0' },
      { ID: 'O2', Objective: 'Grow revenue', Parent: 'o0 ' },
      { ID: '', Objective: 'A draft' },
      { ID: 'O3', Objective: 'Nothing yet' },
      { ID: 'O4', Objective: 'Half started' },
    ],
    keyResults: [
      { ID: 'KR1', Objective: 'O1', Start: 0, Target: 10, Weight: 3 },
      { ID: 'KR2', Objective: ' o1', Start: 0, Target: 10, Weight: 1 },
      { ID: 'KR3', Objective: 'O2', Start: 0, Target: 100 },
      { ID: 'KR4', Objective: 'O4', Start: 0, Target: 10 },
      { ID: 'KR5', Objective: 'O4', Start: 0, Target: 10 },
    ],
    checkIns: [checkIn('KR1', at(2026, 11, 20), 10), checkIn('KR2', at(2026, 11, 20), 5), checkIn('KR3', at(2026, 11, 20), 25), checkIn('KR4', at(2026, 11, 20), 5)],
  };

  it('grades each objective as the weighted mean of its key results, and a parent without key results from its children', () => {
    const o1 = (3 * 1 + 1 * 0.5) / 4;
    expect(build(rows).objectives.map(({ weekly: _weekly, ...rest }) => rest)).toEqual([
      { id: 'O0', title: 'Win the market', owner: 'Grace', parent: null, grade: expect.closeTo((o1 + 0.25) / 2, 12), status: 'on-track' },
      { id: 'O1', title: 'Delight customers', owner: null, parent: 'O0', grade: expect.closeTo(o1, 12), status: 'on-track' },
      { id: 'O2', title: 'Grow revenue', owner: null, parent: 'o0', grade: expect.closeTo(0.25, 12), status: 'at-risk' },
      { id: 'O3', title: 'Nothing yet', owner: null, parent: null, grade: null, status: null },
      // A key result with no check-in yet counts as 0.
      { id: 'O4', title: 'Half started', owner: null, parent: null, grade: expect.closeTo(0.25, 12), status: 'at-risk' },
    ]);
  });

  it('rolls up each week as it rolls up today, with the weeks not reached yet null', () => {
    const weekly = Object.fromEntries(build(rows).objectives.map((o) => [o.id, o.weekly]));
    const o1 = (3 * 1 + 1 * 0.5) / 4;
    // Every check-in is on 20 Nov, in the eighth week (19–25 Nov), the one holding today.
    const before = [0, 0, 0, 0, 0, 0, 0];
    const after = [null, null, null, null, null, null];
    expect(weekly.O1).toEqual([...before, expect.closeTo(o1, 12), ...after]);
    expect(weekly.O0).toEqual([...before, expect.closeTo((o1 + 0.25) / 2, 12), ...after]);
    expect(weekly.O3).toEqual([...before.map(() => null), null, ...after]);
  });

  it("takes an objective's own key results over its child objectives", () => {
    const feed = build({ ...rows, keyResults: [...rows.keyResults!, { ID: 'KR6', Objective: 'O0', Start: 0, Target: 10 }], checkIns: [...rows.checkIns!, checkIn('KR6', at(2026, 11, 20), 1)] });
    expect(feed.objectives[0]).toMatchObject({ id: 'O0', grade: expect.closeTo(0.1, 12), status: 'off-track' });
  });
});

describe('buildFeed: KPIs', () => {
  it('gives each KPI its latest value, the day of it, and its status against the band', () => {
    const feed = build({
      kpis: [
        { ID: 'K1', KPI: 'Utilisation', Owner: 'Ada', Low: 70, High: 80 },
        { ID: 'K2', KPI: 'Utilisation B', Low: '70', High: '80' },
        { ID: 'K3', KPI: 'Utilisation C', Low: 70, High: 80 },
        { ID: '', KPI: 'A draft', Low: 1 },
        { ID: 'K4', KPI: 'First response (hours)', High: 4 },
        { ID: 'K5', KPI: 'Not measured yet', Low: 1, High: 2 },
      ],
      checkIns: [
        checkIn('K1', at(2026, 11, 20, 15), 75),
        checkIn('K1', at(2026, 11, 2, 9), 60),
        checkIn('K2', at(2026, 11, 21, 9), '84'),
        checkIn('K3', at(2026, 11, 22, 23, 59), 90),
        checkIn('K4', at(2026, 11, 1, 1, 30), 3),
      ],
    });
    expect(feed.kpis.map(({ weekly: _w, weeklyStatus: _s, ...rest }) => rest)).toEqual([
      { id: 'K1', title: 'Utilisation', owner: 'Ada', value: 75, low: 70, high: 80, status: 'healthy', updated: '2026-11-20' },
      { id: 'K2', title: 'Utilisation B', owner: null, value: 84, low: 70, high: 80, status: 'warning', updated: '2026-11-21' },
      { id: 'K3', title: 'Utilisation C', owner: null, value: 90, low: 70, high: 80, status: 'breach', updated: '2026-11-22' },
      { id: 'K4', title: 'First response (hours)', owner: null, value: 3, low: null, high: 4, status: 'healthy', updated: '2026-11-01' },
      { id: 'K5', title: 'Not measured yet', owner: null, value: null, low: 1, high: 2, status: null, updated: null },
    ]);
  });

  it('gives each KPI its value and band at the end of every week reached', () => {
    const feed = build({
      kpis: [{ ID: 'K1', KPI: 'Utilisation', Low: 70, High: 80 }],
      checkIns: [checkIn('K1', at(2026, 10, 2, 9), 60), checkIn('K1', at(2026, 10, 20, 9), 75), checkIn('K1', at(2026, 10, 21, 9), '95')],
    });
    // Weeks end 7, 14, 21 Oct …; the third week's latest value wins; today's week is the eighth.
    expect(feed.kpis[0].weekly).toEqual([60, 60, 95, 95, 95, 95, 95, 95, null, null, null, null, null, null]);
    expect(feed.kpis[0].weeklyStatus?.slice(0, 9)).toEqual(['breach', 'breach', 'breach', 'breach', 'breach', 'breach', 'breach', 'breach', null]);
  });

  it('gives a null status, and still the value, for a KPI without any bound or with a bad one', () => {
    const feed = build({
      kpis: [
        { ID: 'K1', KPI: 'No band' },
        { ID: 'K2', KPI: 'Bad band', Low: 'abc', High: 5 },
        { ID: 'K3', KPI: 'Fine', Low: 1 },
      ],
      checkIns: [checkIn('K1', at(2026, 11, 20), 3), checkIn('K2', at(2026, 11, 20), 3), checkIn('K3', at(2026, 11, 20), 3)],
    });
    expect(feed.kpis.map((k) => [k.id, k.value, k.low, k.status])).toEqual([
      ['K1', 3, null, null],
      ['K2', 3, null, null],
      ['K3', 3, 1, 'healthy'],
    ]);
  });
});

describe('buildFeed: errors stay in their row', () => {
  const rows: TrackerRows = {
    objectives: [
      { ID: 'O0' },
      { ID: 'O1', Parent: 'O0' },
      { ID: 'O2' },
    ],
    keyResults: [
      { ID: 'BAD-TARGET', Objective: 'O1', Start: 0, Target: 'abc' },
      { ID: 'BAD-TYPE', Start: 0, Target: 10, Type: 'grow' },
      { ID: 'SAME', Start: 5, Target: 5 },
      { ID: 'BAD-TIME', Start: 0, Target: 10 },
      { ID: 'BAD-MILESTONE', Type: 'milestone' },
      { ID: 'GOOD', Objective: 'O2', Start: 0, Target: 10 },
    ],
    checkIns: [
      checkIn('BAD-TARGET', at(2026, 11, 20), 5),
      checkIn('BAD-TYPE', at(2026, 11, 20), 5),
      checkIn('SAME', at(2026, 11, 20), 5),
      checkIn('BAD-TIME', 'yesterday', 5),
      checkIn('BAD-MILESTONE', at(2026, 11, 20), 'soon'),
      checkIn('GOOD', at(2026, 11, 10), 4),
      checkIn('GOOD', at(2026, 11, 20), 5),
    ],
  };

  it.each([
    ['BAD-TARGET', { target: null, current: 5, grade: null, status: null, nextCheckIn: '2026-11-27' }],
    ['BAD-TYPE', { type: 'grow', current: 5, grade: null, status: null }],
    ['SAME', { start: 5, target: 5, current: 5, grade: null, status: null }],
    ['BAD-TIME', { current: null, grade: null, status: null, forecast: null, lastCheckIn: null, nextCheckIn: null, due: false }],
    ['BAD-MILESTONE', { current: 'soon', grade: null, status: null }],
  ])('gives %s a null grade', (id, expected) => {
    expect(keyResult(build(rows), id)).toMatchObject(expected);
  });

  it('still computes the other rows', () => {
    const lineAtEnd = 4 + (PERIOD_END.getTime() - at(2026, 11, 10).getTime()) / (at(2026, 11, 20).getTime() - at(2026, 11, 10).getTime());
    expect(keyResult(build(rows), 'GOOD')).toMatchObject({ current: 5, grade: 0.5, status: 'on-track', forecast: expect.closeTo(lineAtEnd, 9), nextCheckIn: '2026-11-27', due: false });
    expect(build(rows).objectives.map((o) => [o.id, o.grade])).toEqual([
      ['O0', null],
      ['O1', null],
      ['O2', 0.5],
    ]);
  });
});

describe('buildFeed: the review at the end of the cycle', () => {
  const keyResults = [{ ID: 'KR1', Start: 0, Target: 1 }, { ID: 'KR2', Start: 0, Target: 1 }, { ID: 'KR3', Start: 0, Target: 1 }];
  const header = ['Kind', 'ID', 'Title', 'What went well', 'What we learned', 'Carry over'];
  const rowLink = (sheet: string, rowIndex: number) => `https://docs.google.com/spreadsheets/d/abc/edit#sheet=${encodeURIComponent(sheet)}&row=${rowIndex}`;

  it('asks for no review while the period runs and none is open', () => {
    expect(build({ keyResults }).period).toMatchObject({ ended: false, reviewPeriod: null, toReview: 0, reviewLink: null });
  });

  it('asks to review every key result once the period has ended and no review sheet exists yet', () => {
    const feed = build({ keyResults }, { now: at(2027, 1, 1, 9).getTime() });
    expect(feed.period).toMatchObject({ ended: true, reviewPeriod: '2026-Q4', toReview: 3, reviewLink: null });
  });

  it('counts the review rows still empty after Close quarter… moved the tracker on, and links to the sheet', () => {
    const review = {
      sheet: 'Review 2026-Q3',
      values: [header, ['Objective', 'O1', 'x', '', '', ''], ['Key result', 'KR1', 'x', 'Shipped early', '', false], ['Key result', 'KR2', 'x', '', '', false], ['Key result', 'KR3', 'x', '', '', true]],
    };
    const feed = build({ keyResults }, { review, rowLink });
    expect(feed.period).toMatchObject({ ended: false, reviewPeriod: '2026-Q3', toReview: 1, reviewLink: rowLink('Review 2026-Q3', 0) });
    expect(validateFeed(feed).ok).toBe(true);
  });
});

describe('buildFeed: OKR checks', () => {
  it('carries the findings of the OKR checks, each linked to the row it is about', () => {
    const rowLink = (sheet: string, rowIndex: number) => `https://docs.google.com/spreadsheets/d/abc/edit#sheet=${encodeURIComponent(sheet)}&row=${rowIndex}`;
    const feed = build(
      {
        objectives: [{ ID: 'O1', Objective: 'Delight customers', Owner: 'Ada' }],
        keyResults: [{ ID: 'KR1', Objective: 'O9', Owner: 'Ada', Start: 0, Target: 10 }],
      },
      { rowLink },
    );
    const unknown = feed.findings?.find((f) => f.kind === 'unknown-objective');
    expect(unknown).toMatchObject({ id: 'KR1', link: rowLink('Key Results', 0) });
    expect(unknown?.message).toContain('O9');
    expect(validateFeed(feed).ok).toBe(true);
  });

  it('finds nothing to say about an empty tracker', () => {
    expect(build({}).findings).toEqual([]);
  });
});

describe('buildFeed: the tracker and its period', () => {
  it('names the tracker, the contract version and the time it was built', () => {
    const feed = build({});
    expect(feed).toMatchObject({ version: 1, tracker: { name: 'Team OKRs', url: 'https://docs.google.com/spreadsheets/d/abc/edit' }, generatedAt: new Date(NOW).toISOString() });
    expect(build({}, { trackerUrl: null }).tracker).toEqual({ name: 'Team OKRs', url: null });
  });

  it.each([
    ['date cells', { periodName: '2026-Q4', periodStart: PERIOD_START, periodEnd: PERIOD_END }, { name: '2026-Q4', start: '2026-10-01', end: '2026-12-31' }],
    ['dates typed as text', { periodName: ' Autumn ', periodStart: '2026-10-01', periodEnd: ' 2026-12-31 ' }, { name: 'Autumn', start: '2026-10-01', end: '2026-12-31' }],
    ['a period name that is a number', { periodName: 2026 }, { name: '2026', start: '2026-10-01', end: '2026-12-31' }],
    ['a blank name and start', { periodName: '', periodStart: '' }, { name: '', start: null, end: '2026-12-31' }],
    ['a start that is not a date', { periodStart: 'soon' }, { name: '2026-Q4', start: null, end: '2026-12-31' }],
  ])('gives the period from %s', (_, settings, period) => {
    const { weeks, success: _s, ended: _e, reviewPeriod: _p, toReview: _t, reviewLink: _l, ...rest } = build({ settings }).period;
    expect(rest).toEqual(period);
    // Weeks only when both dates are usable.
    expect(weeks).toHaveLength(period.start === null ? 0 : 14);
  });

  it('gives empty lists for an empty tracker', () => {
    const feed = build({});
    expect([feed.objectives, feed.keyResults, feed.kpis]).toEqual([[], [], []]);
  });

  it('gives empty lists for a tracker whose rows all have a blank ID', () => {
    const feed = build({ objectives: [{ Objective: 'A draft' }], keyResults: [{ 'Key result': 'A draft', Start: 0, Target: 1 }], kpis: [{ KPI: 'A draft' }], checkIns: [checkIn('', at(2026, 11, 20), 1)] });
    expect([feed.objectives, feed.keyResults, feed.kpis]).toEqual([[], [], []]);
  });
});

describe('buildFeed: bad Settings stay out of the rows they do not concern', () => {
  const rows: TrackerRows = {
    keyResults: [{ ID: 'KR1', Start: 0, Target: 10 }],
    checkIns: [checkIn('KR1', at(2026, 11, 10), 4), checkIn('KR1', at(2026, 11, 20), 5)],
  };

  // The sheet shows an error in the Forecast column only; the feed must still be served.
  it.each([
    ['blank', ''],
    ['not a date', 'soon'],
  ])('gives null forecasts and statuses, and still the grades, when the period end is %s', (_, periodEnd) => {
    const feed = build({ ...rows, settings: { periodEnd } });
    expect(feed.period.end).toBeNull();
    expect(keyResult(feed, 'KR1')).toMatchObject({ grade: 0.5, status: null, forecast: null, nextCheckIn: '2026-11-27' });
  });

  it('gives null statuses, and still the grades, for a success threshold that is not a number', () => {
    expect(keyResult(build({ ...rows, settings: { success: 'abc' } }), 'KR1')).toMatchObject({ grade: 0.5, status: null });
  });

  it('gives no next check-in for a key result with a blank Cadence when the Settings default is unknown', () => {
    expect(keyResult(build({ ...rows, settings: { cadence: 'quarterly' } }), 'KR1')).toMatchObject({ grade: 0.5, cadence: 'quarterly', nextCheckIn: null, due: false });
  });

  it('builds a feed from a tracker whose Settings are all blank', () => {
    const feed = build({ ...rows, settings: { periodName: '', periodStart: '', periodEnd: '', success: '', cadence: '' } });
    expect(feed.period).toEqual({ name: '', start: null, end: null, weeks: [], success: 0.7, ended: false, reviewPeriod: null, toReview: 0, reviewLink: null });
    expect(keyResult(feed, 'KR1')).toMatchObject({ grade: 0.5, status: null, forecast: null, cadence: null, nextCheckIn: '2026-11-27' });
  });
});

describe('buildFeed: grades agree with OKR_GRADE', () => {
  const number = fc.double({ min: -1e6, max: 1e6, noNaN: true });
  test.prop([number, number, number])('gives the grade OKR_GRADE gives for any start, target and current logged once', (start, target, current) => {
    fc.pre(start !== target);
    const feed = build({ keyResults: [{ ID: 'KR1', Start: start, Target: target }], checkIns: [checkIn('KR1', at(2026, 11, 20), current)] });
    expect(keyResult(feed, 'KR1').grade).toBe(OKR_GRADE(start, target, current));
  });
});

describe('buildFeed: the feed keeps its contract', () => {
  const sample: TrackerRows = {
    objectives: [{ ID: 'O0', Objective: 'Win' }, { ID: 'O1', Objective: 'Delight customers', Parent: 'O0', Owner: 'Ada' }, { ID: '' }],
    keyResults: [
      { ID: 'KR1', Objective: 'O1', 'Key result': 'Raise NPS', Owner: 'Ada', Type: 'increase', Start: 30, Target: 45, Unit: 'points', Weight: 2, Cadence: 'biweekly' },
      { ID: 'KR2', Objective: 'O1', Type: 'milestone' },
      { ID: 'KR3', Objective: 'O9', Start: '$1,000', Target: '$2,000' },
      { ID: 'KR4', Type: 'threshold', Start: 70, Target: 80 },
      { ID: 'KR5', Type: 'baseline' },
      { ID: '' },
    ],
    checkIns: [checkIn('KR1', at(2026, 11, 2), 33), checkIn('KR1', at(2026, 11, 16), 36), checkIn('KR2', at(2026, 11, 20), 'done'), checkIn('KR4', at(2026, 11, 20), 75), checkIn('K1', at(2026, 11, 21, 8), 99.95)],
    kpis: [{ ID: 'K1', KPI: 'Uptime', Low: 99.9 }, { ID: 'K2', KPI: 'Latency', High: 200 }],
  };
  const withErrors: TrackerRows = {
    objectives: [{ ID: 'O1' }, { ID: 'O2', Parent: 'O1' }],
    keyResults: [
      { ID: 'KR1', Objective: 'O1', Start: 0, Target: 'abc', Weight: 'heavy', Cadence: 'quarterly' },
      { ID: 'KR2', Objective: 'O2', Start: 5, Target: 5, Type: 'grow' },
      { ID: 'KR3', Type: 'milestone' },
      { ID: 'KR4', Start: 0, Target: 10 },
    ],
    checkIns: [checkIn('KR1', at(2026, 11, 2), 'x'), checkIn('KR3', at(2026, 11, 2), 'soon'), checkIn('KR4', 'yesterday', 5), checkIn('K1', at(2026, 11, 2), 'n/a')],
    kpis: [{ ID: 'K1', Low: 5, High: 1 }, { ID: 'K2' }],
    settings: { success: 1.5, periodStart: 'soon', periodEnd: '' },
  };
  const blanks: TrackerRows = {
    objectives: [{ ID: 'O1' }],
    keyResults: [{ ID: 'KR1' }, { ID: 'KR2', Objective: 'O1' }],
    kpis: [{ ID: 'K1' }],
    settings: { periodName: '', periodStart: '', periodEnd: '', success: '', cadence: '' },
  };

  it.each([
    ['a sample tracker', sample],
    ['a tracker full of errors', withErrors],
    ['a tracker of blanks', blanks],
    ['an empty tracker', {}],
  ])('passes validateFeed and is plain JSON for %s', (_, rows) => {
    const feed = build(rows);
    expect(validateFeed(feed)).toEqual({ ok: true, value: feed });
    expect(JSON.parse(JSON.stringify(feed))).toStrictEqual(feed);
  });

  it('reads a check-in time typed as text, as the sheet does', () => {
    const feed = build({ keyResults: [{ ID: 'KR1', Start: 0, Target: 10 }], checkIns: [checkIn('KR1', '2026-11-20', 5)] });
    expect(feed.keyResults[0].lastCheckIn).toBe(at(2026, 11, 20).toISOString());
  });

  it('passes validateFeed for a key result with a negative weight, carrying null', () => {
    const feed = build({ keyResults: [{ ID: 'KR1', Start: 0, Target: 10, Weight: -1 }], checkIns: [checkIn('KR1', at(2026, 11, 20), 5)] });
    expect(validateFeed(feed).ok).toBe(true);
    expect(feed.keyResults[0].weight).toBeNull();
  });

  // Cells of every kind a user may leave in a tracker: numbers, numeric and other text, blanks,
  // booleans, dates, serial days and another formula's error text.
  const DAY = at(2026, 11, 20, 9);
  const cell = fc.constantFrom<unknown>('', ' ', 0, 10, -5, 2.5, '25%', '1,200', 'abc', true, false, DAY, 46346, 'Error: OKR_GRADE: x');
  const id = fc.constantFrom('KR1', 'kr1 ', 'KR2', 'K1', 'O1', 'O2', '', 7);
  const keyResultRow = fc.record({
    ID: id,
    Objective: fc.constantFrom('', 'O1', 'o2', 'O9'),
    Type: fc.constantFrom('', 'increase', 'decrease', 'milestone', 'threshold', 'baseline', 'grow'),
    Start: cell,
    Target: cell,
    Weight: fc.constantFrom('', 0, 1, 2.5, -1, 'heavy'),
    Cadence: fc.constantFrom('', 'weekly', 'monthly', 3, 'quarterly', -7),
  });
  const checkInRow = fc.record({ Time: fc.constantFrom<unknown>(DAY, at(2026, 11, 2), '', 'yesterday', '2026-11-20', 46346), ID: id, Value: cell });
  const trackerRows = fc.record({
    objectives: fc.array(fc.record({ ID: id, Parent: fc.constantFrom('', 'O1', 'O2', 'O3') }), { maxLength: 4 }),
    keyResults: fc.array(keyResultRow, { maxLength: 6 }),
    checkIns: fc.array(checkInRow, { maxLength: 10 }),
    kpis: fc.array(fc.record({ ID: id, Low: cell, High: cell }), { maxLength: 3 }),
    settings: fc.record({
      periodStart: fc.constantFrom<unknown>(PERIOD_START, '', 'soon', '2026-10-01'),
      periodEnd: fc.constantFrom<unknown>(PERIOD_END, '', 'soon', at(2026, 1, 1)),
      success: fc.constantFrom<unknown>(0.7, '', 1, 'abc', 1.5),
      cadence: fc.constantFrom<unknown>('weekly', '', 'quarterly'),
    }),
  });

  test.prop([trackerRows])('builds a feed that passes validateFeed from any tracker', (rows) => {
    const feed = build(rows);
    expect(validateFeed(feed)).toEqual({ ok: true, value: feed });
  });
});
