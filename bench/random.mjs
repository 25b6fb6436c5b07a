// A seeded generator, so every run of the bench measures the same sheet and a failed
// correctness check can be reproduced.

/** mulberry32: small, fast, and good enough to scatter test data. Returns floats in [0, 1). */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A whole number from 0 to `n` − 1. */
export function randomIndex(random, n) {
  return Math.floor(random() * n);
}
