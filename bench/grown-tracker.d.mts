import type { AddOn } from '../test/runtime/load-add-on.js';

export const TOKEN: string;
export function latestBulkValue(index: number, keyResults: number, checkIns: number): number | null;
export function grownTracker(modules: unknown, root: string, size: { keyResults: number; checkIns: number; now: number }): { runtime: unknown; addOn: AddOn; keyResults: number; checkIns: number };
export function invalidateFeedCache(tracker: { runtime: unknown }, label: string): void;
