import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { appendToColumns, columnsOf, selectRows } from './tracker-columns.js';
import { CHECK_IN_COLUMNS, KPI_COLUMNS } from './tracker-layout.js';

const HEADERS = ['ID', 'Value', 'Note'] as const;

describe('columnsOf', () => {
  it('splits rows into columns named by their headers', () => {
    const columns = columnsOf(
      [
        ['ID', 'Value', 'Note'],
        ['KR1', 40, 'first'],
        ['KR2', 7, ''],
      ],
      HEADERS,
    );
    expect(columns).toEqual({ rows: 2, ID: ['KR1', 'KR2'], Value: [40, 7], Note: ['first', ''] });
  });

  it('finds columns whatever their order, with other columns between them', () => {
    const columns = columnsOf(
      [
        ['Note', 'Extra', 'Value', 'ID'],
        ['first', 'x', 40, 'KR1'],
        ['second', 'y', 7, 'KR2'],
      ],
      HEADERS,
    );
    expect(columns).toEqual({ rows: 2, ID: ['KR1', 'KR2'], Value: [40, 7], Note: ['first', 'second'] });
  });

  it.each([
    ['trailing spaces', ' ID ', 'Value  '],
    ['lower case', 'id', 'value'],
    ['upper case', 'ID', 'VALUE'],
    ['mixed case and a tab', '\tId', 'vAlUe'],
  ])('matches headers with %s', (_, idHeader, valueHeader) => {
    const columns = columnsOf(
      [
        [idHeader, valueHeader],
        ['KR1', 40],
      ],
      ['ID', 'Value'] as const,
    );
    expect(columns.ID).toEqual(['KR1']);
    expect(columns.Value).toEqual([40]);
  });

  it('gives a column of blanks for a header that is missing', () => {
    const columns = columnsOf(
      [
        ['ID', 'Value'],
        ['KR1', 40],
        ['KR2', 7],
      ],
      HEADERS,
    );
    expect(columns.Note).toEqual(['', '']);
    expect(columns.rows).toBe(2);
  });

  it('gives "" for the cells of rows shorter than the header, and for null cells', () => {
    const columns = columnsOf([['ID', 'Value', 'Note'], ['KR1'], ['KR2', 7], ['KR3', null, undefined]], HEADERS);
    expect(columns).toEqual({ rows: 3, ID: ['KR1', 'KR2', 'KR3'], Value: ['', 7, ''], Note: ['', '', ''] });
  });

  it('keeps cell values as they are: numbers, booleans, dates and untrimmed text', () => {
    const time = new Date(2026, 10, 23, 10);
    const columns = columnsOf([['ID', 'Value', 'Note'], [' KR1 ', true, time], [0, false, ' x ']], HEADERS);
    expect(columns.ID).toEqual([' KR1 ', 0]);
    expect(columns.Value).toEqual([true, false]);
    expect(columns.Note[0]).toBe(time);
    expect(columns.Note[1]).toBe(' x ');
  });

  it('gives 0 rows for a header row only', () => {
    expect(columnsOf([[...KPI_COLUMNS]], KPI_COLUMNS)).toEqual({ rows: 0, ID: [], KPI: [], Owner: [], Value: [], Low: [], High: [], Status: [], Updated: [] });
  });

  it('gives 0 rows and empty columns for no values at all', () => {
    expect(columnsOf([], HEADERS)).toEqual({ rows: 0, ID: [], Value: [], Note: [] });
  });

  it('reads a header row with blank and non-text cells', () => {
    const columns = columnsOf(
      [
        [null, 2026, '', 'ID'],
        ['a', 'b', 'c', 'KR1'],
      ],
      HEADERS,
    );
    expect(columns.ID).toEqual(['KR1']);
    expect(columns.Value).toEqual(['']);
  });

  it('takes the first of two columns with the same header', () => {
    const columns = columnsOf(
      [
        ['ID', 'Value', 'value'],
        ['KR1', 1, 2],
      ],
      HEADERS,
    );
    expect(columns.Value).toEqual([1]);
  });

  it('does not change the values it reads', () => {
    const values = [['Time', 'ID'], [new Date(2026, 10, 23), 'KR1'], ['', 'KR2']];
    const copy = values.map((row) => [...row]);
    columnsOf(values, CHECK_IN_COLUMNS);
    expect(values).toEqual(copy);
  });

  test.prop([fc.array(fc.tuple(fc.string(), fc.integer(), fc.string()), { maxLength: 20 }), fc.constantFrom([0, 1, 2], [2, 0, 1], [1, 2, 0], [2, 1, 0])])(
    'gives every column as many cells as there are rows, in row order, for any column order',
    (records, order) => {
      const header = order.map((i) => HEADERS[i]);
      const values = [header, ...records.map((record) => order.map((i) => record[i]))];
      const columns = columnsOf(values, HEADERS);
      expect(columns.rows).toBe(records.length);
      expect(columns.ID).toEqual(records.map((r) => r[0]));
      expect(columns.Value).toEqual(records.map((r) => r[1]));
      expect(columns.Note).toEqual(records.map((r) => r[2]));
    },
  );
});

describe('appendToColumns', () => {
  const base = () =>
    columnsOf(
      [
        ['ID', 'Value', 'Note'],
        ['KR1', 40, 'first'],
      ],
      HEADERS,
    );

  it('appends records keyed by header after the existing rows', () => {
    const columns = appendToColumns(base(), HEADERS, [
      { ID: 'KR2', Value: 7, Note: 'second' },
      { ID: 'KR3', Value: 'done', Note: '' },
    ]);
    expect(columns).toEqual({ rows: 3, ID: ['KR1', 'KR2', 'KR3'], Value: [40, 7, 'done'], Note: ['first', 'second', ''] });
  });

  it('fills the fields a record leaves out, or gives as null or undefined, with ""', () => {
    const columns = appendToColumns(base(), HEADERS, [{ ID: 'KR2' }, { ID: 'KR3', Value: null, Note: undefined }]);
    expect(columns).toEqual({ rows: 3, ID: ['KR1', 'KR2', 'KR3'], Value: [40, '', ''], Note: ['first', '', ''] });
  });

  it('keeps falsy values other than null and undefined', () => {
    const columns = appendToColumns(base(), HEADERS, [{ ID: 'KR2', Value: 0, Note: false }]);
    expect(columns.Value).toEqual([40, 0]);
    expect(columns.Note).toEqual(['first', false]);
  });

  it('appends to columns with no rows', () => {
    const empty = columnsOf([[...CHECK_IN_COLUMNS]], CHECK_IN_COLUMNS);
    const time = new Date(2026, 10, 23, 10);
    const columns = appendToColumns(empty, CHECK_IN_COLUMNS, [{ Time: time, ID: 'KR1', Value: 42, 'Request ID': 'req-0001' }]);
    expect(columns).toEqual({ rows: 1, Time: [time], ID: ['KR1'], Value: [42], Confidence: [''], Note: [''], By: [''], 'Request ID': ['req-0001'] });
  });

  it('gives equal columns when nothing is appended', () => {
    expect(appendToColumns(base(), HEADERS, [])).toEqual(base());
  });

  it('leaves the original columns unchanged', () => {
    const original = base();
    appendToColumns(original, HEADERS, [{ ID: 'KR2', Value: 7 }]);
    expect(original).toEqual(base());
  });
});

describe('selectRows', () => {
  it('keeps the rows whose column passes, in order, in every column', () => {
    const columns = columnsOf([['ID', 'Value'], ['a', 1], ['b', 2], ['A', 3]], ['ID', 'Value'] as const);
    const picked = selectRows(columns, ['ID', 'Value'] as const, 'ID', (v) => String(v).toLowerCase() === 'a');
    expect(picked).toEqual({ rows: 2, ID: ['a', 'A'], Value: [1, 3] });
  });

  it('gives no rows when nothing passes', () => {
    const columns = columnsOf([['ID'], ['a']], ['ID'] as const);
    expect(selectRows(columns, ['ID'] as const, 'ID', () => false)).toEqual({ rows: 0, ID: [] });
  });
});
