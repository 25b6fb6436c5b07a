import { draftProblem } from '../check-in/drafts.js';
import type { CheckInInput } from '../check-in/check-in-input.js';
import type { FeedKeyResult } from '../../shared/feed/feed.js';
import * as strings from '../strings/popup.js';
import { usePopupHost } from '../hosts/host-context.js';

interface Props {
  trackerId: string;
  keyResult: FeedKeyResult;
  draft: CheckInInput | undefined;
}

/** An unsaved draft the key result can no longer take, on its card, with a way to discard it. */
export function DraftNotice({ trackerId, keyResult, draft }: Props) {
  const host = usePopupHost();
  const problem = draftProblem(draft, keyResult);
  if (problem === null || draft === undefined) return null;
  return (
    <div class="notice draft-notice" role="status">
      <p>
        {strings.draftUnreadable(draft.value)} {problem}
      </p>
      <button type="button" class="quiet" onClick={() => void host.saveDraft(trackerId, keyResult.id, null)}>
        {strings.discardDraft}
      </button>
    </div>
  );
}
