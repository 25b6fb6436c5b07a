import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { columnLetters } from './a1.js';
import { translateFormula, untranslateFormula } from './formula-translate.js';

const grids: Record<string, number> = { 'key results': 5000, settings: 20 };
const maxRowsOf = (name: string | undefined) => (name === undefined ? 1000 : (grids[name.toLowerCase()] ?? 1000));

describe('formula translation for the engine', () => {
  it.each([
    ['=OKR_GRADE(F2:F, G2:G, H2:H, E2:E)', '=OKR_GRADE(F2:F1000, G2:G1000, H2:H1000, E2:E1000)'],
    ["=COUNTA('Key Results'!A2:A)", "=COUNTA('Key Results'!A2:A5000)"],
    ['=SUM(Settings!B:B)', '=SUM(Settings!B1:B20)'],
    ['=SUM($A$2:$B)', '=SUM($A$2:$B1000)'],
    ['=SUM(A2:B10)', '=SUM(A2:B10)'],
    ['=IF(A1="F2:F", 1, 0)', '=IF(A1="F2:F", 1, 0)'],
    ['=A1&"x""F2:F"&B2:B', '=A1&"x""F2:F"&B2:B1000'],
    ['=SUM(2:5)', '=SUM(2:5)'],
  ])('rewrites %s', (formula, expected) => {
    expect(translateFormula(formula, maxRowsOf).text).toBe(expected);
  });

  it('says whether a formula has an open-ended range', () => {
    expect(translateFormula('=SUM(A2:A)', maxRowsOf).openEnded).toBe(true);
    expect(translateFormula('=SUM(A2:A9)', maxRowsOf).openEnded).toBe(false);
    expect(translateFormula('="A2:A"', maxRowsOf).openEnded).toBe(false);
  });

  test.prop([fc.integer({ min: 1, max: 999 }), fc.integer({ min: 1, max: 200 }), fc.constantFrom('', "'Key Results'!", 'Settings!')])(
    'reads its own open-ended ranges back as written',
    (row, column, prefix) => {
      const formula = `=SUM(${prefix}${columnLetters(column)}${row}:${columnLetters(column)})`;
      expect(untranslateFormula(translateFormula(formula, maxRowsOf).text, maxRowsOf)).toBe(formula);
    },
  );
});
