import { formatNumber } from '../format/format.js';
import type { OutboxItem } from '../check-in/outbox.js';
import * as strings from '../strings/popup.js';
import { usePopupHost } from '../hosts/host-context.js';

/** Where a check-in stands: being sent, waiting for a retry, or refused (with what to do). */
export function OutboxNotice({ item, onEdit }: { item: OutboxItem; onEdit(): void }) {
  const host = usePopupHost();
  const value = formatNumber(item.value);
  if (item.state === 'failed') {
    return (
      <div class="outbox failed" role="alert">
        <p>{strings.notSaved(value, item.lastError ?? '')}</p>
        <button type="button" onClick={onEdit}>
          {strings.editAgain}
        </button>
        <button type="button" class="quiet" onClick={() => void host.dismiss(item.requestId)}>
          {strings.dismiss}
        </button>
      </div>
    );
  }
  if (item.lastError !== null) {
    return (
      <div class="outbox waiting" role="status">
        <p>{strings.notSentYet(value, item.lastError)}</p>
        <button type="button" class="quiet" onClick={() => void host.send({ type: 'send-outbox' })}>
          {strings.retryNow}
        </button>
      </div>
    );
  }
  return (
    <p class="outbox pending" role="status">
      {strings.sending(value)}
    </p>
  );
}
