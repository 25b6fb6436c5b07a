// Timing on a shared, noisy machine: warm up, then take the median of several runs, running
// the subjects in alternation so that all of them see the same noise; only ratios measured in
// the same run are worth comparing.
import { performance } from 'node:perf_hooks';

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Median milliseconds of each subject (thunks), measured in alternation after `warmups` rounds. */
export function timeAlternating(subjects, { warmups, runs }) {
  for (let i = 0; i < warmups; i++) for (const subject of subjects) subject();
  const samples = subjects.map(() => []);
  for (let i = 0; i < runs; i++) {
    subjects.forEach((subject, s) => {
      const start = performance.now();
      subject();
      samples[s].push(performance.now() - start);
    });
  }
  return samples.map(median);
}
