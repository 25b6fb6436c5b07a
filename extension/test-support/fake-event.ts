/** An extension event (`browser.x.onY`) in memory: listeners in a set, fired by the test. */
type Listener<A extends unknown[]> = (...args: A) => unknown;

export class FakeEvent<A extends unknown[]> {
  readonly listeners = new Set<Listener<A>>();
  addListener(listener: Listener<A>): void {
    this.listeners.add(listener);
  }
  removeListener(listener: Listener<A>): void {
    this.listeners.delete(listener);
  }
  hasListener(listener: Listener<A>): boolean {
    return this.listeners.has(listener);
  }
  emit(...args: A): unknown[] {
    return [...this.listeners].map((listener) => listener(...args));
  }
}
