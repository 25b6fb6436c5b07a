// Latency figures and bounded concurrency for the load bench.

/** The nearest-rank percentile `p` (0–100) of `values`; null for none. */
export function percentile(values, p) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/**
 * Runs `task(i)` for i = 0 … count − 1 with at most `concurrency` running at once: each of
 * `concurrency` workers takes the next index until none is left. Resolves to the results in
 * index order; a task that throws rejects the whole run.
 */
export async function runPool(count, concurrency, task) {
  if (!Number.isInteger(count) || count < 0) throw new Error(`runPool: count must be a whole number ≥ 0, got ${count}`);
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new Error(`runPool: concurrency must be a whole number ≥ 1, got ${concurrency}`);
  const results = new Array(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      results[i] = await task(i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return results;
}
