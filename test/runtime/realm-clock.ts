/**
 * The add-on's `Date`, reading the runtime's clock. Code.js runs in its own `node:vm` realm,
 * whose built-in `Date.now()` and `new Date()` read the machine's clock; Apps Script's read
 * Google's. So before Code.js runs, the realm's `Date` is replaced by one made *inside* that
 * realm (a Date it makes is a real Date of the realm: `instanceof Date`, `util.types.isDate`
 * and every method work as before) whose `Date.now()`, `new Date()` and `Date()` read the
 * runtime's clock. Dates made from arguments are untouched.
 */
import vm from 'node:vm';

const INSTALL = `(function (nowMs) {
  'use strict';
  const RealDate = Date;
  const ClockDate = function Date(...args) {
    if (new.target === undefined) return new RealDate(nowMs()).toString();
    return Reflect.construct(RealDate, args.length === 0 ? [nowMs()] : args, new.target);
  };
  Object.defineProperty(ClockDate, 'length', { value: 7 });
  Object.setPrototypeOf(ClockDate, RealDate);
  ClockDate.prototype = RealDate.prototype;
  Object.defineProperty(RealDate.prototype, 'constructor', { value: ClockDate, writable: true, configurable: true });
  ClockDate.now = function now() { return nowMs(); };
  Object.defineProperty(globalThis, 'Date', { value: ClockDate, writable: true, configurable: true });
})`;

/** Makes `context`'s Date read `nowMs` (the runtime's clock) wherever it would read the machine's. */
export function installClock(context: vm.Context, nowMs: () => number): void {
  const install = vm.runInContext(INSTALL, context) as (now: () => number) => void;
  install(nowMs);
}
