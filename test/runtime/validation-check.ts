/**
 * Whether a script's write breaks a "reject input" rule (`setAllowInvalid(false)`). Users report
 * that Sheets refuses such writes (unverified); the matching here is simplified: list entries
 * compare case-insensitively, ranges and formulas are not checked, dates must be Dates.
 */
import type { FakeDataValidation } from './data-validation.js';
import { isDate } from './realm.js';

function asNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (isDate(value)) return value.getTime();
  return undefined;
}

/** Whether writing `value` breaks `rule` when the rule rejects invalid input. Blanks never do. */
export function violates(rule: FakeDataValidation, value: unknown): boolean {
  const { criteria, values, allowInvalid } = rule.state;
  if (allowInvalid || value === '' || value === null || value === undefined) return false;
  if (typeof value === 'string' && value.startsWith('=')) return false;
  const n = asNumber(value);
  const [a, b] = values.map(asNumber);
  switch (criteria) {
    case 'VALUE_IN_LIST':
      return !(values[0] as string[]).some((v) => v.toLowerCase() === String(value).toLowerCase());
    case 'CHECKBOX':
      return values.length === 0 ? typeof value !== 'boolean' : !values.some((v) => String(v) === String(value));
    case 'NUMBER_BETWEEN':
      return n === undefined || n < (a ?? -Infinity) || n > (b ?? Infinity);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return n === undefined || n < (a ?? -Infinity);
    case 'NUMBER_GREATER_THAN':
      return n === undefined || n <= (a ?? -Infinity);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return n === undefined || n > (a ?? Infinity);
    case 'NUMBER_LESS_THAN':
      return n === undefined || n >= (a ?? Infinity);
    case 'DATE_IS_VALID_DATE':
      return !isDate(value);
    default:
      return false;
  }
}
