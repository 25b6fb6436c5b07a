import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { CheckInInput, SubmittedCheckIn } from '../check-in/check-in-input.js';
import { initialInput } from '../check-in/check-in-input.js';
import { formatProgress } from '../format/format.js';
import type { OutboxItem } from '../check-in/outbox.js';
import * as strings from '../strings/popup.js';
import { usePopupHost } from '../hosts/host-context.js';
import { CheckInForm } from './CheckInForm.js';
import { formKey } from './form-key.js';
import { HistoryTable } from './HistoryTable.js';
import type { KeyResultItemProps } from './KeyResultItem.js';
import { ProgressTrend } from './ProgressTrend.js';
import { SheetLink } from './SheetLink.js';
import { SnoozeButton } from './SnoozeButton.js';

interface Props extends KeyResultItemProps {
  /** A refused check-in being edited again, or null. */
  editing: OutboxItem | null;
  onEdited(): void;
}

function inputFrom(item: OutboxItem): CheckInInput {
  return { value: String(item.value), confidence: item.confidence === null ? '' : String(item.confidence), note: item.note ?? '' };
}

/**
 * An opened key result (its own chunk, loaded after the first paint): Check in first, then
 * snooze, history and the sheet; who owns it and where it stands; the sparkline and the pace
 * it needs; the form and the history table in place.
 */
export function KeyResultDetails({ trackerId, keyResult, by, scale, open, sheetUrl, snoozed, canCheckIn, onOpenForm, editing, onEdited }: Props) {
  const host = usePopupHost();
  const [showHistory, setShowHistory] = useState(false);
  const historyId = useId();
  const checkInButton = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(open);
  // Closing the form puts keyboard focus back where it was, on this item's Check in button.
  useEffect(() => {
    if (wasOpen.current && !open) checkInButton.current?.focus();
    wasOpen.current = open;
  }, [open]);
  const setOpen = (opened: boolean) => onOpenForm(opened ? formKey(trackerId, keyResult.id) : null);

  const submit = async (values: SubmittedCheckIn) => {
    await host.addCheckIn({ trackerId, keyResultId: keyResult.id, keyResultTitle: keyResult.title, ...values, by: by === '' ? null : by });
    if (editing) await host.dismiss(editing.requestId);
    onEdited();
    setOpen(false);
  };

  return (
    <>
      <p class="kr-meta">
        {strings.owner(keyResult.owner)} · <span class="amount">{formatProgress(keyResult)}</span>
      </p>
      {/* Called, not mounted: it has no state (see ProgressTrend). */}
      {ProgressTrend({ keyResult, scale })}
      {!canCheckIn && <p class="hint">{strings.checkInBlocked}</p>}
      {!open && (
        <div class="kr-actions">
          {canCheckIn && (
            <button ref={checkInButton} type="button" class="primary small" aria-label={strings.checkInFor(keyResult.title)} onClick={() => setOpen(true)}>
              {strings.checkIn}
            </button>
          )}
          {keyResult.due && <SnoozeButton trackerId={trackerId} keyResultId={keyResult.id} title={keyResult.title} snoozed={snoozed} />}
          {keyResult.history && (
            <button
              type="button"
              class="quiet small"
              aria-expanded={showHistory}
              aria-controls={showHistory ? historyId : undefined}
              aria-label={strings.historyFor(keyResult.history.length, keyResult.title)}
              onClick={() => setShowHistory(!showHistory)}
            >
              {strings.history(keyResult.history.length)}
            </button>
          )}
          {sheetUrl && (
            <SheetLink href={sheetUrl} label={strings.openRow(keyResult.title)}>
              {strings.openInSheet}
            </SheetLink>
          )}
        </div>
      )}
      {open && (
        <CheckInForm
          trackerId={trackerId}
          keyResult={keyResult}
          initial={editing ? inputFrom(editing) : initialInput(keyResult)}
          onSubmit={submit}
          onCancel={() => {
            onEdited();
            setOpen(false);
          }}
        />
      )}
      {showHistory && !open && <HistoryTable id={historyId} keyResult={keyResult} />}
    </>
  );
}
