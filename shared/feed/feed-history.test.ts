import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { historiesOf, latestConfidence } from './feed-history.js';
import { columnsOf, type Columns } from '../tracker-columns.js';
import { CHECK_IN_COLUMNS, KEY_RESULT_COLUMNS } from '../tracker-layout.js';
import { zoneNamed } from '../zone.js';

// The unit tests run in New York (vitest.config.ts); the core is handed that zone explicitly.
const NY = zoneNamed('America/New_York');

type Row<K extends string> = Partial<Record<K, unknown>>;
const table = <K extends string>(headers: readonly K[], rows: readonly Row<K>[]): Columns<K> =>
  columnsOf([[...headers], ...rows.map((row) => headers.map((h) => row[h] ?? ''))], headers);

const at = (m: number, d: number, h = 12) => new Date(2026, m - 1, d, h);
const START = at(10, 1, 0);
const END = at(12, 31, 0);
const KRS = table(KEY_RESULT_COLUMNS, [
  { ID: 'KR1', Start: 0, Target: 100, Type: 'increase' },
  { ID: '' },
  { ID: 'KR2', Type: 'milestone' },
]);
const log = (rows: Row<(typeof CHECK_IN_COLUMNS)[number]>[]) => table(CHECK_IN_COLUMNS, rows);

describe('historiesOf', () => {
  it('lists this period\u2019s check-ins oldest first, graded with today\u2019s targets', () => {
    const [kr1, blank, kr2] = historiesOf(
      KRS,
      KRS.ID,
      log([
        { Time: at(11, 9), ID: 'KR1', Value: 40, Confidence: 6, Note: 'slow week', By: 'ada@example.com' },
        { Time: at(11, 2), ID: 'kr1 ', Value: '20', Confidence: '' },
        { Time: at(11, 3), ID: 'KR2', Value: 'done', Confidence: 9 },
      ]),
      START,
      END, NY,
    );
    expect(kr1).toEqual([
      { time: at(11, 2).toISOString(), value: 20, grade: 0.2, confidence: null, note: null, by: null },
      { time: at(11, 9).toISOString(), value: 40, grade: 0.4, confidence: 6, note: 'slow week', by: 'ada@example.com' },
    ]);
    expect(blank).toEqual([]);
    expect(kr2).toEqual([{ time: at(11, 3).toISOString(), value: 'done', grade: 1, confidence: 9, note: null, by: null }]);
  });

  it.each([
    ['before the period', { Time: at(9, 30, 23), Value: 10 }],
    ['after the period\u2019s last day', { Time: new Date(2027, 0, 1, 0, 0, 1), Value: 10 }],
    ['with a blank value', { Time: at(11, 2), Value: '  ' }],
    ['with a time that is not a date', { Time: 'yesterday', Value: 10 }],
    ['of another key result', { Time: at(11, 2), Value: 10, ID: 'KR9' }],
    ['with a date as its value', { Time: at(11, 2), Value: at(11, 2) }],
  ])('leaves out a check-in %s', (_name, row) => {
    const [kr1] = historiesOf(KRS, KRS.ID, log([{ ID: 'KR1', ...row }]), START, END, NY);
    expect(kr1).toEqual([]);
  });

  it('keeps a check-in late on the period\u2019s last day and one at its first instant', () => {
    const [kr1] = historiesOf(KRS, KRS.ID, log([{ Time: at(12, 31, 23), ID: 'KR1', Value: 90 }, { Time: START, ID: 'KR1', Value: 5 }]), START, END, NY);
    expect(kr1.map((p) => p.value)).toEqual([5, 90]);
  });

  it.each([[0], [11], ['high'], [-3]])('drops a confidence of %s, which the contract does not allow', (confidence) => {
    const [kr1] = historiesOf(KRS, KRS.ID, log([{ Time: at(11, 2), ID: 'KR1', Value: 10, Confidence: confidence }]), START, END, NY);
    expect(kr1[0].confidence).toBeNull();
  });

  it('grades null when the key result itself is broken, and keeps the check-in', () => {
    const broken = table(KEY_RESULT_COLUMNS, [{ ID: 'KR1', Start: 'abc', Target: 100 }]);
    const [kr1] = historiesOf(broken, broken.ID, log([{ Time: at(11, 2), ID: 'KR1', Value: 10 }]), START, END, NY);
    expect(kr1).toMatchObject([{ value: 10, grade: null }]);
  });

  it.each([
    ['a blank start', '', END],
    ['an end before the start', END, START],
    ['a start that is text', 'soon', END],
  ])('gives empty histories for %s of the period', (_name, start, end) => {
    const histories = historiesOf(KRS, KRS.ID, log([{ Time: at(11, 2), ID: 'KR1', Value: 10 }]), start, end, NY);
    expect(histories).toEqual([[], [], []]);
  });

  test.prop([fc.array(fc.tuple(fc.integer({ min: 0, max: 90 }), fc.integer({ min: 0, max: 100 })), { maxLength: 30 })])(
    'orders any log by time, keeps every in-period check-in and ties in log order',
    (rows) => {
      const [kr1] = historiesOf(KRS, KRS.ID, log(rows.map(([day, value]) => ({ Time: new Date(2026, 9, 1 + day, 9), ID: 'KR1', Value: value }))), START, END, NY);
      expect(kr1).toHaveLength(rows.length);
      const expected = rows.map(([day, value], row) => ({ day, value, row })).sort((a, b) => a.day - b.day || a.row - b.row);
      expect(kr1.map((p) => p.value)).toEqual(expected.map((e) => e.value));
    },
  );
});

describe('latestConfidence', () => {
  const point = (confidence: number | null) => ({ time: '2026-11-02T10:00:00.000Z', value: 1, grade: 0, confidence, note: null, by: null });
  it.each([
    [[], null],
    [[point(5), point(null)], 5],
    [[point(5), point(8)], 8],
    [[point(null)], null],
  ])('reads %j as %s', (history, expected) => {
    expect(latestConfidence(history)).toBe(expected);
  });
});
