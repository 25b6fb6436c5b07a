import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { chartPlans, CHART_TITLE_PREFIX, MAX_CHARTS, MAX_LINES, rowRuns } from './progress-charts.js';

const kr = (id: string, objective: string) => ({ id, objective });
const obj = (id: string, title = '', parent = '') => ({ id, title, parent });

describe('chartPlans', () => {
  it('gives each objective a line per key result, from the grade table rows of its key results', () => {
    const plans = chartPlans([kr('KR1', 'O1'), kr('KR2', 'O2'), kr('KR3', 'o1 ')], [obj('O1', 'Delight customers'), obj('O2')]);
    expect(plans).toEqual([
      { objective: 'O1', title: `${CHART_TITLE_PREFIX}O1: Delight customers`, block: 'grades', rows: [3, 5] },
      { objective: 'O2', title: `${CHART_TITLE_PREFIX}O2`, block: 'grades', rows: [4] },
    ]);
  });

  it('gives a parent objective without key results a line per child objective, from the rollup rows', () => {
    const plans = chartPlans([kr('KR1', 'O1')], [obj('CO1', 'Company'), obj('O1', '', 'CO1'), obj('O2', '', 'CO1')]);
    expect(plans[0]).toEqual({ objective: 'CO1', title: `${CHART_TITLE_PREFIX}CO1: Company`, block: 'rollup', rows: [4, 5] });
  });

  it('skips blank rows and objectives with nothing to draw', () => {
    const plans = chartPlans([kr('', 'O1'), kr('KR2', '')], [obj(''), obj('O1'), obj('O9')]);
    expect(plans).toEqual([]);
  });

  it(`draws at most ${MAX_LINES} lines, and says so in the title`, () => {
    const many = Array.from({ length: MAX_LINES + 2 }, (_, i) => kr(`KR${i}`, 'O1'));
    const [plan] = chartPlans(many, [obj('O1')]);
    expect(plan.rows).toHaveLength(MAX_LINES);
    expect(plan.title).toBe(`${CHART_TITLE_PREFIX}O1 (first ${MAX_LINES} of ${MAX_LINES + 2} key results)`);
  });

  it(`makes at most ${MAX_CHARTS} charts`, () => {
    const objectives = Array.from({ length: MAX_CHARTS + 5 }, (_, i) => obj(`O${i}`));
    const keyResults = objectives.map((o) => kr(`K${o.id}`, o.id));
    expect(chartPlans(keyResults, objectives)).toHaveLength(MAX_CHARTS);
  });
});

describe('rowRuns', () => {
  it.each([
    [[], []],
    [[3], [{ start: 3, count: 1 }]],
    [[3, 4, 5, 9, 10, 12], [{ start: 3, count: 3 }, { start: 9, count: 2 }, { start: 12, count: 1 }]],
  ])('groups %j', (rows, runs) => {
    expect(rowRuns(rows)).toEqual(runs);
  });

  test.prop([fc.uniqueArray(fc.integer({ min: 1, max: 200 })).map((rows) => rows.sort((a, b) => a - b))])('covers exactly the rows given, in order', (rows) => {
    const covered = rowRuns(rows).flatMap((run) => Array.from({ length: run.count }, (_, i) => run.start + i));
    expect(covered).toEqual(rows);
  });
});
