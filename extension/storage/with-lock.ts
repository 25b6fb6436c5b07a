/**
 * Runs `work` while holding a named Web Lock, so an alarm and a message arriving together do not
 * send the outbox twice or write one cache over another. Locks die with the worker, so a killed
 * worker never leaves one held. https://developer.mozilla.org/docs/Web/API/Web_Locks_API
 * Without the API (unit tests under Node) the work simply runs.
 */
/** Refresh and outbox share one lock, so a feed read before a check-in never overwrites its answer. */
export const NETWORK_LOCK = 'network';

export async function withLock<T>(name: string, work: () => Promise<T>): Promise<T> {
  const locks = (globalThis as { navigator?: Navigator }).navigator?.locks;
  if (locks === undefined) return work();
  return locks.request(`okr-sheets:${name}`, work);
}
