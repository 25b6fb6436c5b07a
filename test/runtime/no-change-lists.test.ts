import { HyperFormula } from 'hyperformula';
import { describe, expect, it } from 'vitest';
import { skipChangeLists } from './no-change-lists.js';

const engine = (config: { useColumnIndex?: boolean } = {}) => HyperFormula.buildEmpty({ licenseKey: 'gpl-v3', ...config });

describe('no change lists (no-change-lists.ts)', () => {
  it('still recomputes every dependent cell and spill of an edit, with and without suspended evaluation', () => {
    const hf = engine();
    skipChangeLists(hf);
    const sheet = hf.getSheetId(hf.addSheet('S')) as number;
    hf.setCellContents({ sheet, row: 0, col: 0 }, [[1], [2], [3]]);
    hf.setCellContents({ sheet, row: 0, col: 1 }, [['=ARRAYFORMULA(A1:A3*10)'], [null], [null]]);
    hf.setCellContents({ sheet, row: 0, col: 2 }, [['=SUM(B1:B3)']]);
    expect(hf.getSheetValues(sheet)).toEqual([
      [1, 10, 60],
      [2, 20],
      [3, 30],
    ]);
    hf.suspendEvaluation();
    hf.setCellContents({ sheet, row: 1, col: 0 }, [[5]]);
    hf.resumeEvaluation();
    expect(hf.getSheetValues(sheet)).toEqual([
      [1, 10, 90],
      [5, 50],
      [3, 30],
    ]);
    hf.destroy();
  });

  it('lists no changed cells, which the runtime never reads', () => {
    const hf = engine();
    skipChangeLists(hf);
    const sheet = hf.getSheetId(hf.addSheet('S')) as number;
    expect(hf.setCellContents({ sheet, row: 0, col: 0 }, [[1, '=A1+1']])).toEqual([]);
    expect(hf.getCellValue({ sheet, row: 0, col: 1 })).toBe(2);
    hf.destroy();
  });

  it('refuses an engine with a column index, which keeps itself up to date from the lists', () => {
    const hf = engine({ useColumnIndex: true });
    expect(() => skipChangeLists(hf)).toThrow(/useColumnIndex/);
    hf.destroy();
  });
});
