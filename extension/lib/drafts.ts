/**
 * What the user typed in a check-in form, kept in storage.local until it is saved or cancelled,
 * so closing the popup mid-sentence loses nothing (tosdr/browser-extensions#101: form text lost
 * when the popup closed). One record per tracker and key result: "draft:<tracker>|<key result>".
 */
import type { CheckInInput } from './checkin-input.js';

export const DRAFT_PREFIX = 'draft:';

/** Both parts encoded, so IDs containing "|" stay apart. */
export function draftKey(trackerId: string, keyResultId: string): string {
  return `${DRAFT_PREFIX}${encodeURIComponent(trackerId)}|${encodeURIComponent(keyResultId)}`;
}

/** A stored draft, or null for anything else (nothing stored, or a record of another shape). */
export function readDraft(value: unknown): CheckInInput | null {
  if (typeof value !== 'object' || value === null) return null;
  const { value: typed, confidence, note } = value as Partial<Record<keyof CheckInInput, unknown>>;
  if (typeof typed !== 'string' || typeof confidence !== 'string' || typeof note !== 'string') return null;
  return { value: typed, confidence, note };
}

/** Whether the form differs from what it starts with: only then is there a draft worth keeping. */
export function isDraft(input: CheckInInput, initial: CheckInInput): boolean {
  return input.value !== initial.value || input.confidence !== initial.confidence || input.note !== initial.note;
}
