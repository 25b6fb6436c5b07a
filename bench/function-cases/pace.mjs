// OKR_PACE as the template's Needs / week column calls it: the Start, Target, Current and Type
// columns, then single cells for the period end, TODAY() and the success threshold. Increase
// and decrease key results, some already past success; threshold rows and blank currents are blank.
import { BAD, BLANK, GOOD, badCell, column, typedWhole } from '../cells.mjs';
import { nearNumbers } from '../check.mjs';
import { randomIndex } from '../random.mjs';

const SUCCESS = 0.7;
const TOLERANCE = 1e-9;

export const paceCase = {
  name: 'OKR_PACE',
  sizes: { full: { rows: 10_000 }, quick: { rows: 300 } },
  describe: ({ rows }) => `${rows.toLocaleString('en-US')} KRs`,
  prepare({ rows }, random, date) {
    // Four calendar weeks left (the change to daylight-saving time on March 8 included).
    const weeksLeft = 4;
    const [endCell, asOfCell] = [new Date(2026, 2, 31), new Date(2026, 2, 3)].map((d) => date(d.getTime()));
    const cells = [[], [], [], []];
    const parsed = [new Float64Array(rows), new Float64Array(rows), new Float64Array(rows)];
    const kinds = new Uint8Array(rows);
    for (let r = 0; r < rows; r++) {
      const roll = random();
      const start = randomIndex(random, 5000);
      const target = start + (random() < 0.7 ? 1 : -1) * (1 + randomIndex(random, 5000));
      const current = start + Math.round((target - start) * (random() * 1.2 - 0.1));
      kinds[r] = roll < 0.05 ? BLANK : roll < 0.08 ? BAD : GOOD;
      // Blank rows: a threshold key result, or an empty row of the open-ended range.
      const threshold = kinds[r] === BLANK && roll < 0.02;
      const empty = kinds[r] === BLANK && !threshold;
      cells[0].push(empty ? '' : typedWhole(start, random));
      cells[1].push(empty ? '' : typedWhole(target, random));
      cells[2].push(kinds[r] === BAD ? badCell(random) : empty ? '' : typedWhole(current, random));
      cells[3].push(threshold ? 'threshold' : empty || random() < 0.8 ? '' : target > start ? 'increase' : 'decrease');
      [parsed[0][r], parsed[1][r], parsed[2][r]] = [start, target, current];
    }
    const [startCol, targetCol, currentCol, typeCol] = cells.map(column);
    const [s, t, c] = parsed;
    const expected = new Float64Array(rows);
    return {
      kinds,
      call: (fns) => fns.OKR_PACE(startCol, targetCol, currentCol, endCell, asOfCell, SUCCESS, typeCol),
      reference() {
        for (let i = 0; i < rows; i++) {
          const span = t[i] - s[i];
          expected[i] = (c[i] - s[i]) / span + TOLERANCE >= SUCCESS ? 0 : (s[i] + SUCCESS * span - c[i]) / weeksLeft;
        }
        return expected;
      },
      matches: nearNumbers(expected),
    };
  },
};
