export const TOKEN: string;
export function latestBulkValue(index: number, keyResults: number, checkIns: number): number | null;
export function grownTracker(modules: unknown, root: string, size: { keyResults: number; checkIns: number; now: number }): { runtime: unknown; addOn: Record<string, any>; keyResults: number; checkIns: number };
export function invalidateFeedCache(tracker: { runtime: unknown }, label: string): void;
