// OKR_FORECAST as the template's Forecast column calls it: Key Results' IDs against the log,
// projected to the period end.
import { BAD, BLANK, GOOD } from '../cells.mjs';
import { nearNumbers } from '../check.mjs';
import { DAY, makeCheckInLog } from './check-in-log.mjs';

export const forecastCase = {
  name: 'OKR_FORECAST',
  sizes: { full: { keyResults: 10_000, checkIns: 100_000 }, quick: { keyResults: 300, checkIns: 3_000 } },
  describe: ({ keyResults, checkIns }) => `${keyResults.toLocaleString('en-US')} KRs, ${checkIns.toLocaleString('en-US')} check-ins`,
  prepare(size, random, date) {
    const log = makeCheckInLog(size, random, date);
    const periodEnd = new Date(2026, 2, 31).getTime();
    const atCell = date(periodEnd);
    const { index, time, value } = log.parsed;
    // A bad check-in makes the cell an error; two at distinct times draw a line, and the
    // log's times are all distinct.
    const kinds = log.ids.map((id, k) => (id === '' ? BLANK : log.bad[k] ? BAD : log.valued[k] < 2 ? BLANK : GOOD));
    const keyResults = size.keyResults;
    // Times in days, and in the loop counted from each key result's first check-in, so that
    // the plain sums keep their digits (times in ms since 1970 would cancel them away).
    const days = Float64Array.from(time, (t) => (t - log.origin) / DAY);
    const at = (periodEnd - log.origin) / DAY;
    const [n, first, st, sv, stt, stv] = Array.from({ length: 6 }, () => new Float64Array(keyResults));
    const expected = new Float64Array(keyResults);
    return {
      kinds,
      call: (fns) => fns.OKR_FORECAST(...log.args, atCell),
      reference() {
        for (const sums of [n, st, sv, stt, stv]) sums.fill(0);
        for (let r = 0; r < index.length; r++) {
          const k = index[r];
          const v = value[r];
          if (k < 0 || v !== v) continue;
          if (n[k] === 0) first[k] = days[r];
          const x = days[r] - first[k];
          n[k] += 1;
          st[k] += x;
          sv[k] += v;
          stt[k] += x * x;
          stv[k] += x * v;
        }
        for (let k = 0; k < keyResults; k++) {
          const slope = (n[k] * stv[k] - st[k] * sv[k]) / (n[k] * stt[k] - st[k] * st[k]);
          expected[k] = (sv[k] - slope * st[k]) / n[k] + slope * (at - first[k]);
        }
        return expected;
      },
      matches: nearNumbers(expected),
    };
  },
};
