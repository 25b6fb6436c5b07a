// A benchmark that times a wrong answer is worthless, so every case compares the function's
// whole result with its reference before timing anything, and throws when they disagree.
import { BAD, BLANK, ERROR_TEXT_PREFIX, GOOD, countKinds } from './cells.mjs';

const TOLERANCE = 1e-9;

function show(value) {
  if (Object.prototype.toString.call(value) === '[object Date]') return `Date(${value.toISOString()})`;
  return JSON.stringify(value) ?? String(value);
}

/** A matcher for numbers: equal to `expected[row]` within 1e-9 (relative above 1). */
export function nearNumbers(expected) {
  return (cell, row) =>
    typeof cell === 'number' && Math.abs(cell - expected[row]) <= TOLERANCE * Math.max(1, Math.abs(expected[row])) ? null : String(expected[row]);
}

/** A matcher for dates (from any realm): the time value equals `expected[row]` exactly. */
export function sameTimes(expected) {
  return (cell, row) =>
    Object.prototype.toString.call(cell) === '[object Date]' && cell.getTime() === expected[row] ? null : `Date(${new Date(expected[row]).toISOString()})`;
}

/** A matcher for words: the label `labels[codes[row]]`. */
export function sameLabels(codes, labels) {
  return (cell, row) => (cell === labels[codes[row]] ? null : JSON.stringify(labels[codes[row]]));
}

/**
 * Checks a one-column result row by row against `kinds` (GOOD, BLANK, BAD); `matches(cell, row)`
 * returns null for a good row that agrees with the reference, else what was expected.
 * Returns how many rows of each kind were checked.
 */
export function checkColumn(fn, result, kinds, matches) {
  if (!Array.isArray(result) || result.length !== kinds.length) {
    throw new Error(`${fn}: expected ${kinds.length} rows, got ${Array.isArray(result) ? `${result.length} rows` : show(result)}`);
  }
  for (let r = 0; r < kinds.length; r++) {
    const line = result[r];
    if (!Array.isArray(line) || line.length !== 1) throw new Error(`${fn}: row ${r + 1} is ${show(line)}, not one cell`);
    const cell = line[0];
    let expected = null;
    if (kinds[r] === BLANK) expected = cell === '' ? null : '""';
    else if (kinds[r] === BAD) expected = typeof cell === 'string' && cell.startsWith(ERROR_TEXT_PREFIX) ? null : 'an "Error: …" text';
    else if (kinds[r] === GOOD) expected = matches(cell, r);
    if (expected !== null) {
      throw new Error(`${fn} disagrees with its reference at row ${r + 1}: got ${show(cell)}, expected ${expected}`);
    }
  }
  return countKinds(kinds);
}
