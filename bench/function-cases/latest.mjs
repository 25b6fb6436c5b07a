// OKR_LATEST as the template's Current column calls it: Key Results' IDs against the log.
import { BAD, BLANK, GOOD } from '../cells.mjs';
import { nearNumbers } from '../check.mjs';
import { makeCheckInLog } from './check-in-log.mjs';

export const latestCase = {
  name: 'OKR_LATEST',
  sizes: { full: { keyResults: 10_000, checkIns: 100_000 }, quick: { keyResults: 300, checkIns: 3_000 } },
  describe: ({ keyResults, checkIns }) => `${keyResults.toLocaleString('en-US')} KRs, ${checkIns.toLocaleString('en-US')} check-ins`,
  prepare(size, random, date) {
    const log = makeCheckInLog(size, random, date);
    const { index, time, value } = log.parsed;
    const kinds = log.ids.map((id, k) => (id === '' ? BLANK : log.bad[k] ? BAD : log.valued[k] === 0 ? BLANK : GOOD));
    const latestTime = new Float64Array(size.keyResults);
    const expected = new Float64Array(size.keyResults);
    return {
      kinds,
      call: (fns) => fns.OKR_LATEST(...log.args),
      reference() {
        latestTime.fill(-Infinity);
        for (let r = 0; r < index.length; r++) {
          const k = index[r];
          const v = value[r];
          if (k < 0 || v !== v) continue;
          // On equal times the later row wins, as in the function.
          if (time[r] >= latestTime[k]) {
            latestTime[k] = time[r];
            expected[k] = v;
          }
        }
        return expected;
      },
      matches: nearNumbers(expected),
    };
  },
};
