import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { actionAdjustment, adjustmentsForEdit, editedFields, sameValue, type EditedBlock } from './adjustments.js';

const HEADERS = ['ID', 'Objective', 'Key result', 'Owner', 'Type', 'Start', 'Target', 'Current', 'Unit', 'Weight'];
const TIME = new Date(2026, 10, 23, 10);

function edit(block: Partial<EditedBlock>): EditedBlock {
  return { firstRow: 2, firstColumn: 7, headers: HEADERS, ids: ['KR1'], values: [[24]], single: true, oldValue: '25', time: TIME, by: '', ...block };
}

describe('editedFields', () => {
  it.each([
    ['one Target cell', 7, 1, ['Target']],
    ['Type to Target', 5, 3, ['Type', 'Start', 'Target']],
    ['the whole row', 1, 10, ['Type', 'Start', 'Target', 'Weight']],
    ['the title', 3, 1, []],
    ['columns past the table', 11, 3, []],
  ])('finds the adjusted fields in %s', (_, first, columns, expected) => {
    expect(editedFields(HEADERS, first, columns).map((f) => f.field)).toEqual(expected);
  });

  it('goes by header text when the user reorders the columns', () => {
    expect(editedFields(['Target', 'ID', ' start '], 1, 1)).toEqual([{ field: 'Target', offset: 0 }]);
    expect(editedFields(['Target', 'ID', ' start '], 2, 2)).toEqual([{ field: 'Start', offset: 1 }]);
  });
});

describe('adjustmentsForEdit', () => {
  it('logs a single edit with its old value as a number', () => {
    expect(adjustmentsForEdit(edit({ by: 'ana@example.com' }))).toEqual([{ Time: TIME, ID: 'KR1', Field: 'Target', 'Old value': 25, 'New value': 24, By: 'ana@example.com', Reason: '' }]);
  });

  it.each([
    ['a cell that was empty', { oldValue: undefined, values: [[5]] }, '', 5],
    ['a cleared cell', { oldValue: '2', values: [['']], firstColumn: 10 }, 2, ''],
    ['a type, kept as text', { oldValue: 'increase', values: [['threshold']], firstColumn: 5 }, 'increase', 'threshold'],
  ])('logs %s', (_, block, old, now) => {
    expect(adjustmentsForEdit(edit(block))).toMatchObject([{ 'Old value': old, 'New value': now }]);
  });

  it.each([
    ['retyping the same number', { oldValue: '25', values: [[25]] }],
    ['a change of case in a type', { oldValue: 'increase', values: [['Increase']], firstColumn: 5 }],
    ['a row without an ID', { ids: [''] }],
    ['an edit outside the adjusted columns', { firstColumn: 3, values: [['New title']] }],
  ])('logs nothing for %s', (_, block) => {
    expect(adjustmentsForEdit(edit(block))).toEqual([]);
  });

  it('logs a pasted block with its old values unknown, and skips rows without an ID', () => {
    const rows = adjustmentsForEdit(edit({ single: false, oldValue: undefined, firstColumn: 6, ids: ['KR1', '', 'KR3'], values: [[1, 2], [3, 4], [5, 6]] }));
    expect(rows.map((r) => [r.ID, r.Field, r['Old value'], r['New value']])).toEqual([
      ['KR1', 'Start', '(unknown)', 1],
      ['KR1', 'Target', '(unknown)', 2],
      ['KR3', 'Start', '(unknown)', 5],
      ['KR3', 'Target', '(unknown)', 6],
    ]);
  });

  const block = fc.record({
    firstColumn: fc.integer({ min: 1, max: 10 }),
    width: fc.integer({ min: 1, max: 10 }),
    ids: fc.array(fc.constantFrom('KR1', 'KR2', '', ' '), { minLength: 1, maxLength: 8 }),
  });
  test.prop([block])('logs one row per edited adjusted cell of a row with an ID', ({ firstColumn, width, ids }) => {
    const values = ids.map(() => new Array(width).fill(7));
    const fields = editedFields(HEADERS, firstColumn, width).length;
    const rows = adjustmentsForEdit(edit({ single: false, firstColumn, ids, values }));
    expect(rows).toHaveLength(fields * ids.filter((id) => id.trim() !== '').length);
    for (const row of rows) expect(row['Old value']).toBe('(unknown)');
  });
});

describe('sameValue', () => {
  it.each([
    [1, 1, true],
    [1, '1', true],
    ['Increase', 'increase', true],
    [0.1 + 0.2, 0.3, false],
    ['', 0, false],
  ])('compares %j and %j: %j', (a, b, expected) => {
    expect(sameValue(a, b)).toBe(expected);
  });
});

describe('actionAdjustment', () => {
  it('fills in the reason the action gives, and a blank old value for a new key result', () => {
    expect(actionAdjustment(TIME, 'KR1-2027-Q1', 'Start', null, 0.7, 'ana@example.com', 'Carried over')).toEqual({
      Time: TIME,
      ID: 'KR1-2027-Q1',
      Field: 'Start',
      'Old value': '',
      'New value': 0.7,
      By: 'ana@example.com',
      Reason: 'Carried over',
    });
  });
});
