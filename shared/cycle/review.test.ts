import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { REVIEW_COLUMNS } from './cycle-layout.js';
import { reviewGrid, reviewRecords, type ReviewInput } from './review.js';
import { zoneNamed } from '../zone.js';

// The unit tests run in New York (vitest.config.ts); the core is handed that zone explicitly.
const NY = zoneNamed('America/New_York');

const Q4 = { start: new Date(2026, 9, 1).getTime(), end: new Date(2026, 11, 31).getTime() };

type Kr = { ID: string; Objective: string; Current?: unknown; Grade?: unknown; Status?: unknown };

function input(objectives: string[], keyResults: Kr[], log: [string, Date, unknown, unknown?][] = []): ReviewInput {
  const col = <T,>(items: T[], pick: (item: T) => unknown) => items.map(pick);
  return {
    zone: NY,
    objectives: { ID: objectives, Objective: objectives.map((id) => `Objective ${id}`), Grade: objectives.map(() => 0.5), Status: objectives.map(() => 'On track'), rows: objectives.length },
    keyResults: {
      ID: col(keyResults, (k) => k.ID),
      Objective: col(keyResults, (k) => k.Objective),
      'Key result': col(keyResults, (k) => `Title ${k.ID}`),
      Start: col(keyResults, () => 0),
      Target: col(keyResults, () => 10),
      Type: col(keyResults, () => 'increase'),
      Current: col(keyResults, (k) => k.Current ?? ''),
      Grade: col(keyResults, (k) => k.Grade ?? ''),
      Status: col(keyResults, (k) => k.Status ?? ''),
      rows: keyResults.length,
    },
    checkIns: { ID: log.map((r) => r[0]), Time: log.map((r) => r[1]), Value: log.map((r) => r[2]), Confidence: log.map((r) => r[3] ?? ''), rows: log.length },
    period: Q4,
  };
}

describe('reviewRecords', () => {
  it('lists each objective followed by its key results, and key results without a known objective last', () => {
    const records = reviewRecords(
      input(
        ['O1', '', 'O2'],
        [
          { ID: 'KR3', Objective: 'O2' },
          { ID: 'KR1', Objective: 'o1' },
          { ID: '', Objective: 'O1' },
          { ID: 'KR9', Objective: 'O404' },
          { ID: 'KR2', Objective: 'O1' },
        ],
      ),
    );
    expect(records.map((r) => `${r.Kind} ${r.ID}`)).toEqual(['Objective O1', 'Key result KR1', 'Key result KR2', 'Objective O2', 'Key result KR3', 'Key result KR9']);
  });

  it('copies where each key result ended, and leaves the reflection to the team', () => {
    const [objective, kr] = reviewRecords(input(['O1'], [{ ID: 'KR1', Objective: 'O1', Current: 7, Grade: 0.7, Status: 'On track' }], [['KR1', new Date(2026, 9, 5), 3, 6]]));
    expect(objective).toMatchObject({ Title: 'Objective O1', 'Final grade': 0.5, 'Final status': 'On track', 'Carry over': '', 'Check-ins': '' });
    expect(kr).toMatchObject({
      Objective: 'O1',
      Title: 'Title KR1',
      'Final value': 7,
      'Final grade': 0.7,
      'Final status': 'On track',
      'Mid-period forecast grade': '',
      'Check-ins': 1,
      'Last confidence': 6,
      'What went well': '',
      'What we learned': '',
      'Carry over': false,
      'Carried to': '',
    });
  });

  it('counts the check-ins of the KPI a key result follows, as the sheet reads them', () => {
    const tied = input(['O1'], [{ ID: 'KR1', Objective: 'O1' }], [['KPI1', new Date(2026, 9, 5), 3, 8], ['KR1', new Date(2026, 9, 6), 4]]);
    const [, kr] = reviewRecords({ ...tied, keyResults: { ...tied.keyResults, KPI: ['KPI1'] } });
    expect(kr).toMatchObject({ ID: 'KR1', 'Check-ins': 1, 'Last confidence': 8 });
  });

  const logRow = fc.tuple(fc.constantFrom('KR1', 'KR2', 'KR3'), fc.integer({ min: -20, max: 110 }), fc.oneof(fc.integer({ min: 0, max: 9 }), fc.constant('')));
  test.prop([fc.array(logRow, { maxLength: 30 })])('counts every check-in of the period with a value exactly once', (rows) => {
    const log = rows.map(([id, days, value]) => [id, new Date(2026, 9, 1 + days, 12), value] as [string, Date, unknown]);
    const counted = reviewRecords(input(['O1'], [{ ID: 'KR1', Objective: 'O1' }, { ID: 'KR2', Objective: 'O1' }], log));
    const expected = log.filter(([id, time, value]) => id !== 'KR3' && value !== '' && time.getTime() >= Q4.start && time < new Date(2027, 0, 1)).length;
    expect(counted.reduce((sum, r) => sum + (typeof r['Check-ins'] === 'number' ? r['Check-ins'] : 0), 0)).toBe(expected);
  });
});

describe('reviewGrid', () => {
  it('is the header row, then one full row per record', () => {
    const grid = reviewGrid(reviewRecords(input(['O1'], [{ ID: 'KR1', Objective: 'O1' }])));
    expect(grid[0]).toEqual([...REVIEW_COLUMNS]);
    expect(grid).toHaveLength(3);
    for (const row of grid) expect(row).toHaveLength(REVIEW_COLUMNS.length);
    expect(grid[2][REVIEW_COLUMNS.indexOf('ID')]).toBe('KR1');
  });
});
