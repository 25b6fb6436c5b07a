export function percentile(values: readonly number[], p: number): number | null;
export function runPool<T>(count: number, concurrency: number, task: (index: number) => Promise<T>): Promise<T[]>;
