// OKR_STATUS as the template calls it: the Grade column (OKR_GRADE's output: numbers, blanks,
// error texts), then single cells for the period, TODAY() and the success threshold.
import { BAD, BLANK, GOOD, badCell, column, typedPercent } from '../cells.mjs';
import { sameLabels } from '../check.mjs';

const LABELS = ['Done', 'Not started', 'On track', 'At risk', 'Off track'];
const [DONE, NOT_STARTED, ON_TRACK, AT_RISK, OFF_TRACK] = [0, 1, 2, 3, 4];
const SUCCESS = 0.7;
const RISK = 0.4;
const TOLERANCE = 1e-9;

export const statusCase = {
  name: 'OKR_STATUS',
  sizes: { full: { rows: 10_000 }, quick: { rows: 300 } },
  describe: ({ rows }) => `${rows.toLocaleString('en-US')} KRs`,
  prepare({ rows }, random, date) {
    const start = new Date(2026, 0, 1).getTime();
    const end = new Date(2026, 2, 31).getTime();
    const asOf = new Date(2026, 1, 15).getTime();
    const cells = [];
    const grades = new Float64Array(rows);
    const kinds = new Uint8Array(rows);
    for (let r = 0; r < rows; r++) {
      const roll = random();
      kinds[r] = roll < 0.05 ? BLANK : roll < 0.08 ? BAD : GOOD;
      // OKR_GRADE's full-precision output, or a grade typed by hand ("25%").
      const grade = roll < 0.5 ? Math.min(1, random() * 1.2) : Math.round(random() * 110) / 100;
      grades[r] = kinds[r] === GOOD ? grade : NaN;
      if (kinds[r] === BLANK) cells.push('');
      else if (kinds[r] === BAD) cells.push(badCell(random));
      else cells.push(roll < 0.5 ? grade : typedPercent(Math.round(grade * 100), random));
    }
    const gradeCol = column(cells);
    const [startCell, endCell, asOfCell] = [start, end, asOf].map(date);
    const expected = new Uint8Array(rows);
    return {
      kinds,
      call: (fns) => fns.OKR_STATUS(gradeCol, startCell, endCell, asOfCell, SUCCESS),
      reference() {
        const e0 = (asOf - start) / (end - start);
        const e = e0 < 0 ? 0 : e0 > 1 ? 1 : e0;
        for (let i = 0; i < rows; i++) {
          const g = grades[i];
          if (g >= 1) expected[i] = DONE;
          else if (asOf < start) expected[i] = NOT_STARTED;
          else if (g + TOLERANCE >= SUCCESS * e) expected[i] = ON_TRACK;
          else if (g + TOLERANCE >= RISK * e) expected[i] = AT_RISK;
          else expected[i] = OFF_TRACK;
        }
        return expected;
      },
      matches: sameLabels(expected, LABELS),
    };
  },
};
