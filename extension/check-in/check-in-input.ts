/**
 * Reads the check-in form. Values are read as shared/check-in/value-entry.ts says for the key result: a
 * percent key result in percent points ("72" is 0.72), other numbers as in the sheet ("1,200",
 * "25%"); a milestone, or a key result whose current value is text, also takes text ("done").
 * Confidence is 1–10 or left empty; the note is bounded so the request stays far below the web
 * app's 8 KB limit.
 */
import type { FeedKeyResult } from '../../shared/feed/feed.js';
import { displayValue, inputText, parseValue } from '../../shared/check-in/value-entry.js';
import { plausibility } from '../../shared/check-in/value-plausibility.js';
import * as strings from '../strings/popup.js';

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
const MAX_TEXT_VALUE_LENGTH = 100;

export function acceptsText(keyResult: FeedKeyResult): boolean {
  return keyResult.type?.toLowerCase() === 'milestone' || typeof keyResult.current === 'string';
}

/**
 * What the form starts with: the key result's current value as the user would type it ("70" for
 * 70%), and the latest confidence, so an unchanged week is one key press.
 */
export function initialInput(keyResult: FeedKeyResult): CheckInInput {
  const confidence = typeof keyResult.confidence === 'number' ? String(keyResult.confidence) : '';
  return { value: inputText(keyResult, keyResult.current), confidence, note: '' };
}

/**
 * The "Did you mean …?" question for a value far outside the key result's span, or null when the
 * value is plausible (or already confirmed as typed): asked before anything is sent.
 */
export interface Doubt {
  message: string;
  /** The value text as typed, and as the card would show it ("7200", "7,200%"). */
  typed: string;
  typedShown: string;
  /** The likely value as the form takes it, and as shown ("72", "72%"); null when none fits. */
  suggestion: string | null;
  suggestionShown: string | null;
}

export function doubtAbout(keyResult: FeedKeyResult, typed: string, value: number | string): Doubt | null {
  const verdict = plausibility(keyResult, value);
  if (verdict.plausible) return null;
  const suggested = verdict.suggestion;
  return {
    message: verdict.message,
    typed,
    typedShown: displayValue(keyResult, value),
    suggestion: suggested === null ? null : inputText(keyResult, suggested),
    suggestionShown: suggested === null ? null : displayValue(keyResult, suggested),
  };
}

export function parseCheckIn(input: CheckInInput, keyResult: FeedKeyResult): { ok: true; values: CheckInValues } | { ok: false; problems: Partial<Record<CheckInField, string>> } {
  const problems: Partial<Record<CheckInField, string>> = {};
  const text = input.value.trim();
  const parsed = parseValue(keyResult, text);
  let value: number | string = text;
  if (parsed.ok) value = parsed.value;
  else if (parsed.reason === 'empty') problems.value = strings.valueMissing;
  else if (parsed.reason === 'decimal-comma' && !acceptsText(keyResult)) problems.value = strings.decimalComma(text.replace(',', '.'));
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
