import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { REVIEW_COLUMNS } from './cycle-layout.js';
import { carriedId, planCarryOver, type CarryOverInput, type CarryOverPlan } from './carry-over.js';

const KR_HEADERS = ['ID', 'Objective', 'Key result', 'Owner', 'Type', 'Start', 'Target', 'Current', 'Unit', 'Weight', 'Cadence', 'Grade'];
const krRow = (id: string, objective = 'O1') => [id, objective, `Title ${id}`, 'Ana', 'increase', 0, 10, 6, '%', 2, 'weekly', 0.6];

type Row = Partial<Record<(typeof REVIEW_COLUMNS)[number], unknown>>;
const reviewRow = (ID: string, extra: Row = {}): Row => ({ Kind: 'Key result', ID, 'Final value': 6, 'Carry over': false, ...extra });
const review = (...rows: Row[]) => [[...REVIEW_COLUMNS], ...rows.map((row) => REVIEW_COLUMNS.map((h) => row[h] ?? ''))];

function input(reviewValues: unknown[][], keyResults: unknown[][] = [KR_HEADERS, krRow('KR1'), krRow('KR2', 'O2')], nextPeriod = '2027-Q1'): CarryOverInput {
  return { review: { sheet: 'Review 2026-Q4', period: '2026-Q4', values: reviewValues }, keyResults, nextPeriod };
}

function planned(result: ReturnType<typeof planCarryOver>): CarryOverPlan {
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('carriedId', () => {
  it.each([
    ['KR1', 'KR1-2027-Q1'],
    ['KR1-2026-Q4', 'KR1-2027-Q1'],
    ['kr1-2026-q4', 'kr1-2027-Q1'],
    ['-2026-Q4', '-2026-Q4-2027-Q1'],
    ['KR1-2026-Q3', 'KR1-2026-Q3-2027-Q1'],
  ])('carries %j from 2026-Q4 into 2027-Q1 as %j', (id, expected) => {
    expect(carriedId(id, '2026-Q4', '2027-Q1')).toBe(expected);
  });

  const word = fc.stringMatching(/^[A-Za-z0-9-]{1,10}$/);
  test.prop([word, word, word, word])('does not grow when carried again: a→b→c is a→c', (id, a, b, c) => {
    expect(carriedId(carriedId(id, a, b), b, c)).toBe(carriedId(id, a, c));
  });
});

describe('planCarryOver', () => {
  it('creates the ticked key results at their final value, keeping objective, target and the rest', () => {
    const plan = planned(planCarryOver(input(review({ Kind: 'Objective', ID: 'O1', 'Carry over': true }, reviewRow('KR1', { 'Carry over': true, 'Final value': 7 }), reviewRow('KR2')))));
    expect(plan.ticked).toBe(1);
    expect(plan.create).toEqual([
      {
        from: 'KR1',
        id: 'KR1-2027-Q1',
        previousStart: 0,
        record: { ID: 'KR1-2027-Q1', Start: 7, Objective: 'O1', 'Key result': 'Title KR1', Owner: 'Ana', Type: 'increase', Target: 10, Unit: '%', Weight: 2, Cadence: 'weekly' },
      },
    ]);
    expect(plan.carriedTo).toEqual(['', 'KR1-2027-Q1', '']);
    expect(plan.carriedToChanged).toBe(true);
  });

  it('creates nothing for a row carried before, or whose new key result exists already', () => {
    const plan = planned(
      planCarryOver(
        input(review(reviewRow('KR1', { 'Carry over': true, 'Carried to': 'KR1-2027-Q1' }), reviewRow('KR2', { 'Carry over': 'TRUE' })), [KR_HEADERS, krRow('KR1'), krRow('KR2'), krRow('KR2-2027-Q1')]),
      ),
    );
    expect(plan.create).toEqual([]);
    expect(plan.already).toEqual([
      { from: 'KR1', id: 'KR1-2027-Q1' },
      { from: 'KR2', id: 'KR2-2027-Q1' },
    ]);
    expect(plan.carriedTo).toEqual(['KR1-2027-Q1', 'KR2-2027-Q1']);
    expect(plan.carriedToChanged).toBe(true);
  });

  it('creates a key result ticked twice once', () => {
    const plan = planned(planCarryOver(input(review(reviewRow('KR1', { 'Carry over': true }), reviewRow('KR1', { 'Carry over': true })))));
    expect(plan.create.map((c) => c.id)).toEqual(['KR1-2027-Q1']);
    expect(plan.carriedTo).toEqual(['KR1-2027-Q1', 'KR1-2027-Q1']);
  });

  it('finds columns by header in a reordered review and Key Results', () => {
    const reorder = (values: unknown[][]) => values.map((row) => [...row].reverse());
    const plan = planned(planCarryOver(input(reorder(review(reviewRow('KR2', { 'Carry over': true }))), reorder([KR_HEADERS, krRow('KR1'), krRow('KR2', 'O2')]))));
    expect(plan.create[0].record).toMatchObject({ ID: 'KR2-2027-Q1', Objective: 'O2', Start: 6, Target: 10 });
  });

  it.each([
    ['the review lacks Carried to', () => input(review(reviewRow('KR1')).map((row) => row.slice(0, -1))), 'missing-column', '"Review 2026-Q4" sheet has no "Carried to" column'],
    ['Key Results lacks Target', () => input(review(reviewRow('KR1')), [KR_HEADERS.map((h) => (h === 'Target' ? 'Goal' : h)), krRow('KR1')]), 'missing-column', '"Key Results" sheet has no "Target" column'],
    ['the ticked key result was deleted', () => input(review(reviewRow('KR7', { 'Carry over': true }))), 'missing-key-result', 'Key Results has no key result KR7 any more'],
    ['Settings still runs the reviewed period', () => input(review(reviewRow('KR1')), undefined, '2026-q4'), 'same-period', 'Settings still runs 2026-q4'],
  ])('refuses when %s', (_, make, code, message) => {
    const result = planCarryOver(make());
    expect(result.ok).toBe(false);
    expect(result).toMatchObject({ code });
    if (!result.ok) expect(result.message).toContain(message);
  });

  const ticks = fc.array(fc.boolean(), { minLength: 1, maxLength: 6 });
  test.prop([ticks])('plans nothing more once its plan is applied', (ticked) => {
    const ids = ticked.map((_, i) => `KR${i + 1}`);
    const reviewValues = review(...ids.map((id, i) => reviewRow(id, { 'Carry over': ticked[i] })));
    const keyResults = [KR_HEADERS, ...ids.map((id) => krRow(id))];
    const first = planned(planCarryOver(input(reviewValues, keyResults)));
    expect(first.create).toHaveLength(ticked.filter(Boolean).length);
    const carried = REVIEW_COLUMNS.indexOf('Carried to');
    const applied = reviewValues.map((row, r) => (r === 0 ? row : row.map((v, c) => (c === carried ? first.carriedTo[r - 1] : v))));
    const grown = [...keyResults, ...first.create.map((c) => KR_HEADERS.map((h) => c.record[h] ?? ''))];
    const second = planned(planCarryOver(input(applied, grown)));
    expect(second.create).toEqual([]);
    expect(second.carriedToChanged).toBe(false);
  });
});
