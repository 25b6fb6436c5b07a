export type Matcher = (cell: unknown, row: number) => string | null;
export function nearNumbers(expected: ArrayLike<number>): Matcher;
export function sameTimes(expected: ArrayLike<number>): Matcher;
export function sameLabels(codes: ArrayLike<number>, labels: readonly string[]): Matcher;
export function checkColumn(fn: string, result: unknown, kinds: ArrayLike<number>, matches: Matcher): { good: number; blank: number; bad: number };
