/**
 * Today as `YYYY-MM-DD` in the browser's own zone, which is the zone the worker's badge counts
 * in (sw-environment: Intl's resolved zone), so the popup's due count matches the badge.
 */
export function localToday(now: number): string {
  const date = new Date(now);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}
