// OKR_WEEKLY as the template's Progress sheet calls it: Key Results' IDs against the log, over
// a quarter of 13 weeks, as of a day in week 9 (later weeks blank). The result is a table, not a
// column, so the case brings its own `check` (every cell of every row) in place of `matches`.
import { BAD, BLANK, ERROR_TEXT_PREFIX, GOOD, countKinds } from '../cells.mjs';
import { makeCheckInLog } from './check-in-log.mjs';

const TOLERANCE = 1e-9;

/** Midnight after each week's last day: Jan 8, 15, … and April 1 for the short last week. */
function quarterWeekEnds() {
  const ends = [];
  for (let k = 1; k < 13; k++) ends.push(new Date(2026, 0, 1 + 7 * k).getTime());
  ends.push(new Date(2026, 3, 1).getTime());
  return ends;
}

function show(value) {
  return JSON.stringify(value) ?? String(value);
}

/** Checks a table row by row against `kinds`, a GOOD row cell by cell against `expected` (NaN: blank). */
function checkTable(result, kinds, expected, weeks) {
  if (!Array.isArray(result) || result.length !== kinds.length) throw new Error(`OKR_WEEKLY: expected ${kinds.length} rows, got ${show(result).slice(0, 80)}`);
  for (let r = 0; r < kinds.length; r++) {
    const line = result[r];
    if (!Array.isArray(line) || line.length !== weeks) throw new Error(`OKR_WEEKLY: row ${r + 1} is ${show(line)}, not ${weeks} cells`);
    for (let w = 0; w < weeks; w++) {
      const cell = line[w];
      const want = expected[r * weeks + w];
      let ok;
      if (kinds[r] === BLANK) ok = cell === '';
      else if (kinds[r] === BAD) ok = typeof cell === 'string' && cell.startsWith(ERROR_TEXT_PREFIX);
      else ok = want !== want ? cell === '' : typeof cell === 'number' && Math.abs(cell - want) <= TOLERANCE * Math.max(1, Math.abs(want));
      if (!ok) throw new Error(`OKR_WEEKLY disagrees with its reference at row ${r + 1}, week ${w + 1}: got ${show(cell)}, expected ${kinds[r] === GOOD ? want : kinds[r] === BAD ? 'an "Error: …" text' : '""'}`);
    }
  }
  return countKinds(kinds);
}

export const weeklyCase = {
  name: 'OKR_WEEKLY',
  sizes: { full: { keyResults: 10_000, checkIns: 100_000 }, quick: { keyResults: 300, checkIns: 3_000 } },
  describe: ({ keyResults, checkIns }) => `${keyResults.toLocaleString('en-US')} KRs × 13 weeks, ${checkIns.toLocaleString('en-US')} check-ins`,
  prepare(size, random, date) {
    const log = makeCheckInLog(size, random, date);
    const { index, time, value } = log.parsed;
    const ends = quarterWeekEnds();
    const weeks = ends.length;
    // As of March 3 (week 9): check-ins until midnight after it count, weeks 10–13 stay blank.
    const cutoff = new Date(2026, 2, 4).getTime();
    const shown = ends.findIndex((end) => end >= cutoff) + 1;
    const [startCell, endCell, asOfCell] = [new Date(2026, 0, 1), new Date(2026, 2, 31), new Date(2026, 2, 3)].map((d) => date(d.getTime()));
    const kinds = log.ids.map((id, k) => (id === '' ? BLANK : log.bad[k] ? BAD : GOOD));
    const keyResults = size.keyResults;
    const latestTime = new Float64Array(keyResults * weeks);
    const latest = new Float64Array(keyResults * weeks);
    const expected = new Float64Array(keyResults * weeks);
    return {
      kinds,
      call: (fns) => fns.OKR_WEEKLY(...log.args, startCell, endCell, asOfCell),
      reference() {
        latestTime.fill(-Infinity);
        for (let r = 0; r < index.length; r++) {
          const k = index[r];
          const t = time[r];
          if (k < 0 || value[r] !== value[r] || !(t < cutoff)) continue;
          let w = 0;
          while (t >= ends[w]) w++;
          const cell = k * weeks + w;
          // On equal times the later row wins, as in the function.
          if (t >= latestTime[cell]) {
            latestTime[cell] = t;
            latest[cell] = value[r];
          }
        }
        for (let k = 0; k < keyResults; k++) {
          let carried = NaN;
          for (let w = 0; w < weeks; w++) {
            const cell = k * weeks + w;
            if (w < shown && latestTime[cell] !== -Infinity) carried = latest[cell];
            expected[cell] = w < shown ? carried : NaN;
          }
        }
        return expected;
      },
      check: (result) => checkTable(result, kinds, expected, weeks),
    };
  },
};
