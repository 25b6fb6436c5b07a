/** The popup's extras (hosts.ts `Extras`) as storage.local holds them. */
import { conflictsFrom } from '../check-in/check-ins-since.js';
import { draftsFrom } from '../check-in/drafts.js';
import { readSnoozes } from '../check-in/snooze.js';
import { SNOOZED_KEY } from '../storage/storage-keys.js';
import type { Extras } from './hosts.js';

/** `all`: every item of storage.local. */
export function extrasFrom(all: Record<string, unknown>): Extras {
  return { snoozes: readSnoozes(all[SNOOZED_KEY]), conflicts: conflictsFrom(all), drafts: draftsFrom(all) };
}
