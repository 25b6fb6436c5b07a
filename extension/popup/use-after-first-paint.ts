import { useEffect, useState } from 'preact/hooks';

/**
 * False on the first render, true from the next one. Preact runs effects after the browser has
 * painted, so whatever a component leaves out of its first render waits only one frame, and
 * what it does draw first is on screen without waiting for the rest to be built.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => setPainted(true), []);
  return painted;
}
