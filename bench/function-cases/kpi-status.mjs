// KPI_STATUS over a KPIs sheet: bands, floors and ceilings, values inside, just outside and
// far outside them, in counts and percentages.
import { BAD, BLANK, GOOD, badCell, column, typedPercent, typedWhole } from '../cells.mjs';
import { sameLabels } from '../check.mjs';
import { randomIndex } from '../random.mjs';

const LABELS = ['Healthy', 'Warning', 'Breach'];
const MARGIN = 0.1;
const TOLERANCE = 1e-9;

/** A KPI's low, high and value in hundredths (so a percentage KPI stays exact). */
function kpi(random) {
  const low = 100 * randomIndex(random, 50);
  const high = low + 100 * (1 + randomIndex(random, 50));
  const value = Math.round(low + (high - low) * (random() * 1.6 - 0.3));
  const sides = random();
  return { low: sides < 0.2 ? null : low, high: sides > 0.8 ? null : high, value };
}

export const kpiStatusCase = {
  name: 'KPI_STATUS',
  sizes: { full: { rows: 10_000 }, quick: { rows: 300 } },
  describe: ({ rows }) => `${rows.toLocaleString('en-US')} KPIs`,
  prepare({ rows }, random) {
    const cells = [[], [], []];
    const parsed = [new Float64Array(rows), new Float64Array(rows), new Float64Array(rows)];
    const kinds = new Uint8Array(rows);
    for (let r = 0; r < rows; r++) {
      const { low, high, value } = kpi(random);
      const percent = random() < 0.5;
      const typed = (hundredths) => (hundredths === null ? '' : percent ? typedPercent(hundredths, random) : typedWhole(hundredths, random));
      const roll = random();
      kinds[r] = roll < 0.05 ? BLANK : roll < 0.07 ? BAD : GOOD;
      cells[0].push(kinds[r] === BLANK ? '' : kinds[r] === BAD ? badCell(random) : typed(value));
      cells[1].push(typed(low));
      cells[2].push(typed(high));
      const scale = percent ? 100 : 1;
      parsed[0][r] = kinds[r] === GOOD ? value / scale : NaN;
      parsed[1][r] = low === null ? NaN : low / scale;
      parsed[2][r] = high === null ? NaN : high / scale;
    }
    const [valueCol, lowCol, highCol] = cells.map(column);
    const [v, lo, hi] = parsed;
    const expected = new Uint8Array(rows);
    return {
      kinds,
      call: (fns) => fns.KPI_STATUS(valueCol, lowCol, highCol),
      reference() {
        for (let i = 0; i < rows; i++) {
          let bound;
          let distance;
          if (v[i] < lo[i]) {
            bound = lo[i];
            distance = lo[i] - v[i];
          } else if (v[i] > hi[i]) {
            bound = hi[i];
            distance = v[i] - hi[i];
          } else {
            expected[i] = 0;
            continue;
          }
          const allowed = bound === 0 ? MARGIN : MARGIN * Math.abs(bound);
          expected[i] = distance <= allowed + TOLERANCE * Math.max(1, Math.abs(bound)) ? 1 : 2;
        }
        return expected;
      },
      matches: sameLabels(expected, LABELS),
    };
  },
};
