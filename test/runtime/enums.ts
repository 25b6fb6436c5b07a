/**
 * Apps Script enums as frozen objects of their own names. The real ones are objects that print
 * as their name (`String(SpreadsheetApp.ProtectionType.SHEET) === 'SHEET'`); here they *are*
 * the name, so comparisons (`===`) and printing behave the same.
 */
export type EnumOf<K extends string> = Readonly<{ [N in K]: N }>;

export function enumOf<const K extends string>(...names: K[]): EnumOf<K> {
  return Object.freeze(Object.fromEntries(names.map((n) => [n, n]))) as EnumOf<K>;
}
