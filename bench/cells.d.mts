export const GOOD: 0;
export const BLANK: 1;
export const BAD: 2;
export const ERROR_TEXT_PREFIX: 'Error: ';
export function column(values: readonly unknown[]): unknown[][];
export function typedWhole(value: number, random: () => number): number | string;
export function typedPercent(percent: number, random: () => number): number | string;
export function badCell(random: () => number): string;
export function countKinds(kinds: Iterable<number>): { good: number; blank: number; bad: number };
