// OKR_NEXT_CHECKIN as the template calls it: the Last check-in column (Dates), the cadence
// column the template's ARRAYFORMULA fills in (words, numbers of days), and the period start.
import { BAD, BLANK, GOOD, badCell, column } from '../cells.mjs';
import { sameTimes } from '../check.mjs';
import { randomIndex } from '../random.mjs';

const DAY = 86_400_000;
const CADENCES = [
  ['weekly', 7],
  ['weekly', 7],
  ['weekly', 7],
  [' Weekly ', 7],
  ['biweekly', 14],
  ['fortnightly', 14],
  [10, 10],
  ['3', 3],
];

/**
 * Check-ins fall in January and February 2026 and the next is due by early March, before any
 * northern daylight-saving change, so the reference may add whole days of 24 h.
 */
function assertNoOffsetChange(from, to) {
  if (new Date(from).getTimezoneOffset() !== new Date(to).getTimezoneOffset()) {
    throw new Error('the OKR_NEXT_CHECKIN bench assumes no daylight-saving change from January to early March in this time zone: set TZ');
  }
}

export const nextCheckinCase = {
  name: 'OKR_NEXT_CHECKIN',
  sizes: { full: { rows: 10_000 }, quick: { rows: 300 } },
  describe: ({ rows }) => `${rows.toLocaleString('en-US')} KRs`,
  prepare({ rows }, random, date) {
    const periodStart = new Date(2026, 0, 1).getTime();
    const firstCheckIn = new Date(2026, 0, 5, 9).getTime();
    assertNoOffsetChange(periodStart, firstCheckIn + 60 * DAY);
    const lastCells = [];
    const cadenceCells = [];
    const last = new Float64Array(rows);
    const days = new Int32Array(rows);
    const kinds = new Uint8Array(rows);
    for (let r = 0; r < rows; r++) {
      const roll = random();
      if (roll < 0.04) {
        // A row below the last key result: the template's IF leaves its cadence blank too.
        lastCells.push('');
        cadenceCells.push('');
        kinds[r] = BLANK;
        continue;
      }
      const [cadence, cadenceDays] = CADENCES[randomIndex(random, CADENCES.length)];
      cadenceCells.push(cadence);
      days[r] = cadenceDays;
      const time = firstCheckIn + randomIndex(random, 46) * DAY + randomIndex(random, 480) * 60_000;
      kinds[r] = roll < 0.06 ? BAD : GOOD;
      // A key result not yet checked in is due on the period start.
      const checkedIn = roll >= 0.1;
      last[r] = checkedIn ? time : NaN;
      lastCells.push(kinds[r] === BAD ? badCell(random) : checkedIn ? date(time) : '');
    }
    const lastCol = column(lastCells);
    const cadenceCol = column(cadenceCells);
    const startCell = date(periodStart);
    const expected = new Float64Array(rows);
    return {
      kinds,
      call: (fns) => fns.OKR_NEXT_CHECKIN(lastCol, cadenceCol, startCell),
      reference() {
        for (let i = 0; i < rows; i++) {
          const t = last[i];
          expected[i] = t !== t ? periodStart : t + days[i] * DAY;
        }
        return expected;
      },
      matches: sameTimes(expected),
    };
  },
};
