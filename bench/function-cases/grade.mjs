// OKR_GRADE over a Key Results sheet: increase and decrease key results in counts and
// percentages, the type column mostly blank as users leave it.
import { BAD, BLANK, GOOD, badCell, column, typedPercent, typedWhole } from '../cells.mjs';
import { nearNumbers } from '../check.mjs';
import { randomIndex } from '../random.mjs';

/** One key result's start, target and current, in one unit. */
function keyResult(random) {
  if (random() < 0.5) {
    const start = randomIndex(random, 5000);
    const target = start + (random() < 0.7 ? 1 : -1) * (1 + randomIndex(random, 5000));
    const current = start + Math.round((target - start) * (random() * 1.4 - 0.2));
    return { numbers: [start, target, current], typed: (n) => typedWhole(n, random) };
  }
  const start = randomIndex(random, 90);
  const target = random() < 0.7 ? start + 1 + randomIndex(random, 100 - start) : randomIndex(random, start || 1);
  const current = randomIndex(random, 101);
  if (target === start) return keyResult(random);
  return { numbers: [start / 100, target / 100, current / 100], typed: (n) => typedPercent(Math.round(n * 100), random) };
}

function typeCell(random, start, target) {
  const roll = random();
  if (roll < 0.7) return '';
  if (roll < 0.85) return target > start ? 'increase' : 'decrease';
  return target > start ? ' Increase ' : 'DECREASE';
}

export const gradeCase = {
  name: 'OKR_GRADE',
  sizes: { full: { rows: 10_000 }, quick: { rows: 300 } },
  describe: ({ rows }) => `${rows.toLocaleString('en-US')} KRs`,
  prepare({ rows }, random) {
    const cells = [[], [], [], []];
    const parsed = [new Float64Array(rows), new Float64Array(rows), new Float64Array(rows)];
    const kinds = new Uint8Array(rows);
    for (let r = 0; r < rows; r++) {
      const roll = random();
      if (roll < 0.03) {
        for (const cellColumn of cells) cellColumn.push('');
        for (const numbers of parsed) numbers[r] = NaN;
        kinds[r] = BLANK;
        continue;
      }
      const kr = keyResult(random);
      const [start, target, current] = kr.numbers;
      cells[0].push(kr.typed(start));
      cells[1].push(kr.typed(target));
      cells[3].push(typeCell(random, start, target));
      parsed[0][r] = start;
      parsed[1][r] = target;
      kinds[r] = roll < 0.08 ? BLANK : roll < 0.1 ? BAD : GOOD;
      cells[2].push(kinds[r] === BLANK ? '' : kinds[r] === BAD ? badCell(random) : kr.typed(current));
      parsed[2][r] = kinds[r] === GOOD ? current : NaN;
    }
    const [startCol, targetCol, currentCol, typeCol] = cells.map(column);
    const [s, t, c] = parsed;
    const expected = new Float64Array(rows);
    return {
      kinds,
      call: (fns) => fns.OKR_GRADE(startCol, targetCol, currentCol, typeCol),
      reference() {
        for (let i = 0; i < rows; i++) {
          const g = (c[i] - s[i]) / (t[i] - s[i]);
          expected[i] = g < 0 ? 0 : g > 1 ? 1 : g;
        }
        return expected;
      },
      matches: nearNumbers(expected),
    };
  },
};
