// One benchmark module's result as an aligned plain-text table: a column per figure, headers
// from the figures' names (`functionMs` → "function ms"), numbers right-aligned.

/** `functionMs` → "function ms", `meetsGoal` → "meets goal". */
export function headerOf(key) {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

/** Three significant figures at most, thousands separated; ratios get a ×. */
export function formatFigure(key, value) {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value !== 'number') return String(value);
  if (!Number.isFinite(value)) return String(value);
  const magnitude = Math.abs(value);
  const digits = Number.isInteger(value) || magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 ? 2 : 3;
  const text = value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return /ratio$/i.test(key) ? `${text}×` : text;
}

/** The keys of all rows, in first-seen order. */
function keysOf(rows) {
  const keys = [];
  for (const row of rows) for (const key of Object.keys(row)) if (!keys.includes(key)) keys.push(key);
  return keys;
}

export function formatTable(rows) {
  const keys = keysOf(rows);
  const cells = rows.map((row) => keys.map((key) => formatFigure(key, row[key])));
  const numeric = keys.map((key) => rows.every((row) => typeof row[key] === 'number' || row[key] === null || row[key] === undefined));
  const widths = keys.map((key, k) => Math.max(headerOf(key).length, ...cells.map((line) => line[k].length)));
  const pad = (text, k) => (numeric[k] ? text.padStart(widths[k]) : text.padEnd(widths[k]));
  const lines = [keys.map((key, k) => pad(headerOf(key), k)), widths.map((w) => '-'.repeat(w)), ...cells.map((line) => line.map(pad))];
  return lines.map((line) => line.join('  ').trimEnd()).join('\n');
}

/** The same rows as a Markdown table, for the README. */
export function formatMarkdown(rows) {
  const keys = keysOf(rows);
  const numeric = keys.map((key) => rows.every((row) => typeof row[key] === 'number' || row[key] === null || row[key] === undefined));
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [
    line(keys.map(headerOf)),
    line(numeric.map((n) => (n ? '---:' : '---'))),
    ...rows.map((row) => line(keys.map((key) => formatFigure(key, row[key])))),
  ].join('\n');
}
