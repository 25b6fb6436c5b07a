/**
 * Where a check-in form's draft is kept in storage.local: "draft:<tracker>|<key result>". On its
 * own, without the drafts' parsing (drafts.ts), because the popup's first paint looks drafts up
 * by this key to mark a key result's row, and parsing loads after the first paint.
 */
export const DRAFT_PREFIX = 'draft:';

/** Both parts encoded, so IDs containing "|" stay apart. */
export function draftKey(trackerId: string, keyResultId: string): string {
  return `${DRAFT_PREFIX}${encodeURIComponent(trackerId)}|${encodeURIComponent(keyResultId)}`;
}
