/**
 * Reads the check-in form. Numbers may be typed as in the sheet ("1,200", "25%"); a milestone,
 * or a key result whose current value is text, also takes text ("done"). Confidence is 1–10 or
 * left empty; the note is bounded so the request stays far below the web app's 8 KB limit.
 */
import type { FeedKeyResult } from '../../shared/feed.js';
import { parseNumericText } from '../../shared/cell.js';
import * as strings from './strings.js';

export interface CheckInInput {
  value: string;
  confidence: string;
  note: string;
}

export type CheckInField = keyof CheckInInput;

export interface CheckInValues {
  value: number | string;
  confidence: number | null;
  note: string | null;
}

/** What the form hands on: the values, and the key result's `lastCheckIn` as the form showed it. */
export type SubmittedCheckIn = CheckInValues & { seenLastCheckIn: string | null };

export const MAX_NOTE_LENGTH = 1000;
export const MAX_TEXT_VALUE_LENGTH = 100;

export function acceptsText(keyResult: FeedKeyResult): boolean {
  return keyResult.type?.toLowerCase() === 'milestone' || typeof keyResult.current === 'string';
}

/** The value the form starts with: the key result's current value, as the user would type it. */
export function initialInput(keyResult: FeedKeyResult): CheckInInput {
  return { value: keyResult.current === null ? '' : String(keyResult.current), confidence: '', note: '' };
}

export function parseCheckIn(input: CheckInInput, keyResult: FeedKeyResult): { ok: true; values: CheckInValues } | { ok: false; problems: Partial<Record<CheckInField, string>> } {
  const problems: Partial<Record<CheckInField, string>> = {};
  const text = input.value.trim();
  const number = parseNumericText(text);
  let value: number | string = text;
  if (text === '') problems.value = strings.valueMissing;
  else if (number !== undefined) value = number;
  else if (!acceptsText(keyResult)) problems.value = strings.valueNotNumber;
  else if (text.length > MAX_TEXT_VALUE_LENGTH) problems.value = strings.valueTooLong(MAX_TEXT_VALUE_LENGTH);

  const confidenceText = input.confidence.trim();
  const confidence = confidenceText === '' ? null : Number(confidenceText);
  if (confidence !== null && (!Number.isInteger(confidence) || confidence < 1 || confidence > 10)) problems.confidence = strings.confidenceRange;

  const note = input.note.trim();
  if (note.length > MAX_NOTE_LENGTH) problems.note = strings.noteTooLong(MAX_NOTE_LENGTH);

  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, values: { value, confidence, note: note === '' ? null : note } };
}
