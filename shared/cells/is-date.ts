/**
 * A Date from any realm. `instanceof Date` fails for a Date made in another JavaScript realm,
 * as when the local runtime (outside the `node:vm` context) hands cells to the bundle; Apps
 * Script itself has one realm, but the check must not depend on that.
 */
export function isDate(value: unknown): value is Date {
  return value instanceof Date || (typeof value === 'object' && value !== null && Object.prototype.toString.call(value) === '[object Date]');
}
