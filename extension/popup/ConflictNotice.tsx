import type { FeedKeyResult } from '../../shared/feed/feed.js';
import type { Conflict } from '../check-in/check-ins-since.js';
import { formatValue } from '../format/format.js';
import * as strings from '../strings/popup.js';
import { usePopupHost } from '../hosts/host-context.js';

const when = (time: string) => new Date(time).toLocaleString(undefined, { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });

/** Who checked in after the value the user saw, with their value and time, until dismissed. */
export function ConflictNotice({ conflict, keyResult }: { conflict: Conflict; keyResult: FeedKeyResult }) {
  const host = usePopupHost();
  return (
    <div class="outbox conflict" role="status">
      <p>{strings.conflictHeading(conflict.since.length)}</p>
      <ul>
        {conflict.since.map((checkIn) => (
          <li key={checkIn.requestId}>{strings.conflictLine(checkIn.by, formatValue(keyResult, checkIn.value), when(checkIn.time))}</li>
        ))}
      </ul>
      <button type="button" class="quiet" onClick={() => void host.dismissConflict(conflict.trackerId, conflict.keyResultId)}>
        {strings.dismiss}
      </button>
    </div>
  );
}
