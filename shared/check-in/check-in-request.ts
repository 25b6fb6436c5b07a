/**
 * Reads a check-in as it arrives from the browser extension (a POST body) or the sidebar
 * form: every field checked, with messages a person can act on. Pure: the web app adds the
 * token check, the lock and the write.
 */
import type { ApiErrorCode } from '../feed/feed.js';
import { MAX_REQUEST_BYTES } from '../feed/feed.js';
import { parseNumericText } from '../cells/cell.js';
import { isDate } from '../cells/is-date.js';
import { personText } from '../cells/cell-text.js';

export interface CheckInInput {
  id: string;
  /** A number, or milestone text such as "done" or "40%" (checked against the key result's type later). */
  value: number | string;
  confidence: number | null;
  note: string;
  by: string;
  requestId: string;
  /**
   * When the last check-in the user saw was made (ms since the epoch; null: they saw none).
   * Absent when the request did not say: then the answer lists no newer check-ins.
   */
  seenLastCheckIn?: number | null;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; code: ApiErrorCode; message: string };

const fail = (code: ApiErrorCode, message: string): Parsed<never> => ({ ok: false, code, message });

export const LIMITS = { id: 64, note: 1000, by: 200, requestIdMin: 8, requestIdMax: 100 } as const;
const REQUEST_ID = /^[A-Za-z0-9._:-]+$/;
// The feed's `lastCheckIn` as `Date.prototype.toISOString` writes it, or any ISO time with a zone:
// a time without a zone would be read in whichever zone the server runs in.
const ZONED_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Parses a POST body: JSON text, at most MAX_REQUEST_BYTES. */
export function parseBody(text: string | undefined | null): Parsed<Record<string, unknown>> {
  if (text === undefined || text === null || text.trim() === '') return fail('bad-request', 'The request has no body: send the check-in as JSON text.');
  // Measured in UTF-16 units: a safe upper bound of the bytes for what we accept.
  if (text.length > MAX_REQUEST_BYTES) return fail('bad-request', `The request is too large (${text.length} characters; at most ${MAX_REQUEST_BYTES}).`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return fail('bad-request', 'The request body is not valid JSON.');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return fail('bad-request', 'The request body must be a JSON object.');
  return { ok: true, value: parsed as Record<string, unknown> };
}

/**
 * A note or a name, kept exactly as sent (the log keeps what was sent: leading spaces and line
 * breaks included); text that is only blanks counts as none.
 */
function optionalText(body: Record<string, unknown>, field: string, max: number): Parsed<string> {
  const value = body[field];
  if (value === undefined || value === null) return { ok: true, value: '' };
  if (typeof value !== 'string') return fail('bad-request', `"${field}" must be text.`);
  if (value.length > max) return fail('bad-request', `"${field}" is too long (${value.length} characters; at most ${max}).`);
  return { ok: true, value: value.trim() === '' ? '' : value };
}

/** Checks the fields of a check-in (the token is checked by the caller, in constant time). */
export function readCheckIn(body: Record<string, unknown>): Parsed<CheckInInput> {
  const { id, value, confidence, requestId } = body;
  if (typeof id !== 'string' || id.trim() === '') return fail('bad-request', '"id" is missing: give the ID of a key result or KPI, e.g. "KR1".');
  if (id.trim().length > LIMITS.id) return fail('bad-request', `"id" is too long (at most ${LIMITS.id} characters).`);

  let checkedValue: number | string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return fail('bad-request', '"value" must be a finite number.');
    checkedValue = value;
  } else if (typeof value === 'string' && value.trim() !== '') {
    if (value.trim().length > 100) return fail('bad-request', '"value" is too long (at most 100 characters).');
    checkedValue = parseNumericText(value) ?? value.trim();
  } else if (typeof value === 'boolean') {
    checkedValue = value ? 'done' : 'not done';
  } else {
    return fail('bad-request', '"value" is missing: give the key result\'s new value, e.g. 42.');
  }

  let checkedConfidence: number | null = null;
  if (confidence !== undefined && confidence !== null && confidence !== '') {
    const n = typeof confidence === 'number' ? confidence : typeof confidence === 'string' ? Number(confidence) : NaN;
    if (!Number.isInteger(n) || n < 1 || n > 10) return fail('bad-request', '"confidence" must be a whole number from 1 to 10.');
    checkedConfidence = n;
  }

  if (typeof requestId !== 'string' || requestId.length < LIMITS.requestIdMin || requestId.length > LIMITS.requestIdMax || !REQUEST_ID.test(requestId)) {
    return fail(
      'bad-request',
      `"requestId" must be ${LIMITS.requestIdMin}–${LIMITS.requestIdMax} characters of letters, digits, dot, dash, underscore or colon (a UUID is ideal): it makes retries safe.`,
    );
  }
  const note = optionalText(body, 'note', LIMITS.note);
  if (!note.ok) return note;
  const by = optionalText(body, 'by', LIMITS.by);
  if (!by.ok) return by;
  const seen = seenTime(body.seenLastCheckIn);
  if (!seen.ok) return seen;
  const input: CheckInInput = { id: id.trim(), value: checkedValue, confidence: checkedConfidence, note: note.value, by: by.value, requestId };
  if (seen.value !== undefined) input.seenLastCheckIn = seen.value;
  return { ok: true, value: input };
}

/** `seenLastCheckIn`: absent (undefined), null (the user saw no check-in), or a zoned ISO time. */
function seenTime(given: unknown): Parsed<number | null | undefined> {
  if (given === undefined) return { ok: true, value: undefined };
  if (given === null) return { ok: true, value: null };
  const time = typeof given === 'string' && given.length <= 40 && ZONED_TIME.test(given) && isCalendarDate(given) ? Date.parse(given) : NaN;
  if (!Number.isFinite(time)) {
    return fail('bad-request', '"seenLastCheckIn" must be the key result\'s lastCheckIn as the feed gave it (an ISO 8601 time such as 2026-11-23T15:00:00.000Z), or null when there was none.');
  }
  return { ok: true, value: time };
}

/** Date.parse rolls 2026-02-31 over into March; a time the feed wrote never needs that. */
function isCalendarDate(text: string): boolean {
  const [y, m, d] = text.slice(0, 10).split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
}

/** Compares two secrets in time that does not depend on where they differ. */
export function constantTimeEqual(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) diff |= (a.charCodeAt(i % (a.length || 1)) || 0) ^ (b.charCodeAt(i % (b.length || 1)) || 0);
  return diff === 0;
}

const SHEETS_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const CLOCK_TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
const pad = (n: number | string) => String(n).padStart(2, '0');

/** The wall clock ("yyyy-MM-dd HH:mm:ss") Sheets would have stored for a date- or time-like ID, or null. */
function typedWallClock(requestId: string): string | null {
  const date = ISO_DATE.exec(requestId);
  if (date !== null) return `${date[1]}-${pad(date[2])}-${pad(date[3])} 00:00:00`;
  const time = CLOCK_TIME.exec(requestId);
  if (time !== null) return `1899-12-30 ${pad(time[1])}:${time[2]}:${pad(time[3] ?? 0)}`;
  return null;
}

/** A serial day number's wall clock, as "yyyy-MM-dd HH:mm:ss". */
function serialWallClock(serial: number): string {
  return new Date(SERIAL_EPOCH + Math.round(serial * 86_400_000)).toISOString().slice(0, 19).replace('T', ' ');
}

/**
 * Whether a log cell holds this request ID. The Request ID column is plain text, so rows written
 * since then hold the ID as sent (behind the formula guard when it starts with "-") and compare
 * exactly (no trimming, case kept). A row written
 * before the column was plain text holds what Sheets made of a number- or date-like ID when it
 * parsed it: a number ("12345678", "00000042" → 42), a date ("2026-11-23") or a time
 * ("12:30:45"), or that date's serial number once the column became plain text. Such a cell
 * matches an ID that Sheets parses to the same value.
 *
 * Decision: a number cell 42 matches "00000042", "042" and "42" alike. The leading zeros were
 * lost when the row was written; treating the retry of "00000042" as new would log it twice,
 * while two different requests whose IDs differ only in leading zeros are not something a client
 * makes (the extension sends UUIDs), and the answer then names the check-in it matched.
 * `wallClock` gives a Date cell's "yyyy-MM-dd HH:mm:ss" in the spreadsheet's time zone.
 */
export function sameRequestId(cell: unknown, requestId: string, wallClock: (date: Date) => string): boolean {
  if (typeof cell === 'string') return personText(cell) === requestId;
  if (typeof cell === 'number') {
    if (SHEETS_NUMBER.test(requestId)) return Number(requestId) === cell;
    const typed = typedWallClock(requestId);
    return typed !== null && Number.isFinite(cell) && serialWallClock(cell) === typed;
  }
  if (isDate(cell)) {
    const typed = typedWallClock(requestId);
    return typed !== null && wallClock(cell) === typed;
  }
  return false;
}
