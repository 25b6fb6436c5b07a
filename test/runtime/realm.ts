/**
 * The JavaScript realm the add-on runs in. Code.js is evaluated in its own `node:vm` context,
 * which has its own `Date` and `Error`; a Date made by the test realm fails the add-on's
 * `instanceof Date`, and an Error fails its `instanceof Error`. So the fakes create every Date
 * and every exception they hand to the add-on with the add-on's constructors, and recognise
 * values from either realm with realm-independent checks.
 */
import { types } from 'node:util';

export interface Realm {
  readonly Date: DateConstructor;
  readonly Error: ErrorConstructor;
}

export const TEST_REALM: Realm = { Date, Error };

/** A Date from any realm. */
export function isDate(value: unknown): value is Date {
  return types.isDate(value);
}

/** An array from any realm (Array.isArray already works across realms; named for symmetry). */
export function isArray(value: unknown): value is unknown[] {
  return Array.isArray(value);
}

/**
 * An Apps Script service error: services throw `Exception` objects, which print as
 * `Exception: <message>` and are `instanceof Error` in the script's realm.
 */
export function exception(realm: Realm, message: string): Error {
  const error = new realm.Error(message);
  error.name = 'Exception';
  return error;
}

/** The message of anything thrown, from either realm. */
export function messageOf(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error) return String((error as { message: unknown }).message);
  return String(error);
}
