// A Check-ins log and the Key Results' ID column, for OKR_LATEST and OKR_FORECAST: one
// check-in a minute in entry order, some back-dated, some of KPIs (not asked for), a few with a
// blank value (not a check-in) or a bad time (which makes that key result's cell an error).
import { column, typedPercent, typedWhole } from '../cells.mjs';
import { randomIndex } from '../random.mjs';

export const DAY = 86_400_000;

function logId(k, random) {
  // The add-on writes IDs as they are; people typing into the log do not always.
  return random() < 0.01 ? ` kr${k + 1} ` : `KR${k + 1}`;
}

/**
 * The ID column holds `keyResults` rows (every hundredth blank, the last few never checked
 * in) and the log `checkIns` rows. `parsed` is the log as numbers, for the references:
 * the asked-for row of each check-in's ID (or −1), its time (ms) and value (NaN if blank).
 */
export function makeCheckInLog({ keyResults, checkIns }, random, date) {
  const origin = new Date(2026, 0, 5, 9).getTime();
  const ids = Array.from({ length: keyResults }, (_, i) => (i % 100 === 99 ? '' : `KR${i + 1}`));
  const checkedIn = keyResults - Math.max(1, Math.floor(keyResults / 1000));
  const cells = [[], [], []];
  const index = new Int32Array(checkIns);
  const time = new Float64Array(checkIns);
  const value = new Float64Array(checkIns);
  const valued = new Int32Array(keyResults);
  const bad = new Uint8Array(keyResults);
  for (let r = 0; r < checkIns; r++) {
    const roll = random();
    const k = randomIndex(random, checkedIn);
    const asked = roll >= 0.05 && ids[k] !== '';
    index[r] = asked ? k : -1;
    cells[0].push(roll < 0.005 ? '' : roll < 0.05 ? `KPI${k % 40}` : logId(k, random));
    const backDated = random() < 0.1;
    time[r] = origin + r * 60_000 - (backDated ? (1 + randomIndex(random, 14)) * DAY + 30_000 : 0);
    const isBadTime = r % 2000 === 13;
    cells[1].push(isBadTime ? (r % 4000 === 13 ? 'abc' : '') : date(time[r]));
    const blank = !isBadTime && random() < 0.05;
    const number = k % 2 === 0 ? randomIndex(random, 5000) : randomIndex(random, 101) / 100;
    value[r] = blank ? NaN : number;
    cells[2].push(blank ? '' : k % 2 === 0 ? typedWhole(number, random) : typedPercent(Math.round(number * 100), random));
    if (!asked || blank) continue;
    valued[k] += 1;
    if (isBadTime) {
      bad[k] = 1;
      time[r] = NaN;
    }
  }
  const [idsCol, logIds, logTimes, logValues] = [ids, ...cells].map(column);
  return {
    args: [idsCol, logIds, logTimes, logValues],
    ids,
    origin,
    parsed: { index, time, value },
    valued,
    bad,
  };
}
