// Cells as Sheets hands them to a custom function (https://developers.google.com/apps-script/guides/sheets/functions#arguments): a range is rows
// of one column, a blank is "", numbers may arrive as text a user typed ("1,200", "25%").

/** The row kinds a correctness check expects: a computed value, a blank cell, an `Error: …` text. */
export const GOOD = 0;
export const BLANK = 1;
export const BAD = 2;

/** How a bad row reads in a range result (shared/cells/formula-error.ts). */
export const ERROR_TEXT_PREFIX = 'Error: ';

/** A range of one column, as Sheets passes `F2:F`. */
export function column(values) {
  const grid = new Array(values.length);
  for (let r = 0; r < values.length; r++) grid[r] = [values[r]];
  return grid;
}

/**
 * A whole number as a user might have typed it: mostly a number, sometimes text with
 * thousands separators. The text means exactly the number, so references can use `value`.
 */
export function typedWhole(value, random) {
  return random() < 0.2 ? value.toLocaleString('en-US') : value;
}

/** A fraction of hundredths (`percent` / 100), sometimes typed as "25%". */
export function typedPercent(percent, random) {
  return random() < 0.2 ? `${percent}%` : percent / 100;
}

/** Text no number parser accepts, and another formula's error, the two bad cells a sheet holds. */
export function badCell(random) {
  return random() < 0.5 ? 'abc' : 'Error: OKR_GRADE: current "abc" is not a number';
}

/** How many rows of each kind, for the report. */
export function countKinds(kinds) {
  const counts = { good: 0, blank: 0, bad: 0 };
  for (const kind of kinds) {
    if (kind === GOOD) counts.good += 1;
    else if (kind === BLANK) counts.blank += 1;
    else counts.bad += 1;
  }
  return counts;
}
