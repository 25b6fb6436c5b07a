/**
 * Colours as Sheets reports them: `setBackground('#FF0000')` or `'red'` reads back as
 * `'#ff0000'`. Only the CSS names a script is likely to use are known; anything else is kept
 * lower-cased. `null` resets to the default.
 */
const NAMED: Record<string, string> = {
  black: '#000000',
  white: '#ffffff',
  red: '#ff0000',
  green: '#008000',
  blue: '#0000ff',
  yellow: '#ffff00',
  orange: '#ffa500',
  gray: '#808080',
  grey: '#808080',
  purple: '#800080',
};

export function normaliseColor(color: string | null | undefined): string | undefined {
  if (color === null || color === undefined || color === '') return undefined;
  const lower = String(color).trim().toLowerCase();
  if (/^#[0-9a-f]{3}$/.test(lower)) return `#${[...lower.slice(1)].map((ch) => ch + ch).join('')}`;
  return NAMED[lower] ?? lower;
}
