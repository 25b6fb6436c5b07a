/**
 * What the user typed in a check-in form, kept in storage.local until it is saved or cancelled,
 * so closing the popup mid-sentence loses nothing (tosdr/browser-extensions#101: form text lost
 * when the popup closed). One record per tracker and key result: "draft:<tracker>|<key result>".
 */
import type { FeedKeyResult } from '../../shared/feed/feed.js';
import type { CheckInInput } from './check-in-input.js';
import { parseCheckIn } from './check-in-input.js';
import { DRAFT_PREFIX } from './draft-key.js';

export { DRAFT_PREFIX, draftKey } from './draft-key.js';

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

/** Every stored draft, by draftKey: the popup marks the cards whose draft no longer reads. */
export function draftsFrom(all: Record<string, unknown>): Record<string, CheckInInput> {
  const drafts: Record<string, CheckInInput> = {};
  for (const [key, value] of Object.entries(all)) {
    const draft = key.startsWith(DRAFT_PREFIX) ? readDraft(value) : null;
    if (draft !== null) drafts[key] = draft;
  }
  return drafts;
}

/**
 * The problem with a draft the key result can no longer take (its type or targets changed since,
 * or it was typed before values were read in percent points), or null when it still reads: the
 * card says so, and offers to discard it, instead of the form failing only on Save.
 */
export function draftProblem(draft: CheckInInput | undefined, keyResult: FeedKeyResult): string | null {
  if (draft === undefined) return null;
  const parsed = parseCheckIn(draft, keyResult);
  if (parsed.ok) return null;
  return Object.values(parsed.problems)[0] ?? null;
}
