import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { FeedKeyResult } from '../../shared/feed.js';
import type { CheckInInput, SubmittedCheckIn } from '../lib/checkin-input.js';
import { initialInput } from '../lib/checkin-input.js';
import type { Conflict } from '../lib/conflicts.js';
import { formatGrade, formatProgress, progressFraction, statusLabel } from '../lib/format.js';
import type { OutboxItem } from '../lib/outbox.js';
import * as strings from '../lib/strings.js';
import { usePopupHost } from '../ui/host-context.js';
import * as say from '../lib/sprint-strings.js';
import { CheckInForm } from './CheckInForm.js';
import { ConflictNotice } from './ConflictNotice.js';
import { DraftNotice } from './DraftNotice.js';
import { formKey } from './form-key.js';
import { HistoryTable } from './HistoryTable.js';
import { OutboxNotice } from './OutboxNotice.js';
import { ProgressBar } from './ProgressBar.js';
import { ProgressTrend } from './ProgressTrend.js';
import { SheetLink } from './SheetLink.js';
import { SnoozeButton } from './SnoozeButton.js';
import type { PeriodScale } from './sparkline-geometry.js';

interface Props {
  trackerId: string;
  keyResult: FeedKeyResult;
  /** This key result's check-ins still in the outbox (pending or refused). */
  outbox: OutboxItem[];
  by: string;
  /** The tracker's period, shared by all its key results (one object while it stays the same). */
  scale: PeriodScale;
  open: boolean;
  /** Where the title links to: the key result's row, or the tracker when the feed has no row link. */
  sheetUrl: string | null;
  snoozed: boolean;
  conflict: Conflict | undefined;
  /** An unsaved check-in of this key result, if any (shown when it no longer reads). */
  draft?: CheckInInput | undefined;
  /** Takes this item's form key or null; App's state setter, the same on every render. */
  onOpenForm(key: string | null): void;
}

function inputFrom(item: OutboxItem): CheckInInput {
  return { value: String(item.value), confidence: item.confidence === null ? '' : String(item.confidence), note: item.note ?? '' };
}

export function KeyResultItem({ trackerId, keyResult, outbox, by, scale, open, sheetUrl, snoozed, conflict, draft, onOpenForm }: Props) {
  const host = usePopupHost();
  const onOpen = (opened: boolean) => onOpenForm(opened ? formKey(trackerId, keyResult.id) : null);
  // A refused check-in being edited: it is replaced by the new one on submit.
  const [editing, setEditing] = useState<OutboxItem | null>(null);
  const [showHistory, setShowHistory] = useState(false);
  const historyId = useId();
  const checkInButton = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(open);
  // Closing the form puts keyboard focus back where it was, on this item's Check in button.
  useEffect(() => {
    if (wasOpen.current && !open) checkInButton.current?.focus();
    wasOpen.current = open;
  }, [open]);

  const submit = async (values: SubmittedCheckIn) => {
    await host.addCheckIn({ trackerId, keyResultId: keyResult.id, keyResultTitle: keyResult.title, ...values, by: by === '' ? null : by });
    if (editing) await host.dismiss(editing.requestId);
    setEditing(null);
    onOpen(false);
  };

  return (
    <li class={`key-result status-${keyResult.status ?? 'none'}`}>
      <div class="kr-head">
        <span class="kr-title">
          {sheetUrl ? (
            <SheetLink href={sheetUrl} label={say.openRow(keyResult.title)}>
              {keyResult.title}
            </SheetLink>
          ) : (
            keyResult.title
          )}
          {keyResult.due && <span class="due-tag">{strings.dueTag}</span>}
        </span>
        <span class="grade" title={strings.grade}>
          {formatGrade(keyResult.grade)}
        </span>
      </div>
      <ProgressBar fraction={progressFraction(keyResult.grade)} label={strings.progressLabel(keyResult.title)} />
      <p class="kr-meta">
        <span class="status-dot" aria-hidden="true" />
        <span class="status-label">{statusLabel(keyResult.status)}</span> · <span>{strings.owner(keyResult.owner)}</span> ·{' '}
        <span class="amount">{formatProgress(keyResult)}</span>
      </p>
      {/* Called, not mounted: it has no state (see ProgressTrend). */}
      {ProgressTrend({ keyResult, scale })}
      {conflict && <ConflictNotice conflict={conflict} keyResult={keyResult} />}
      {!open && draft && <DraftNotice trackerId={trackerId} keyResult={keyResult} draft={draft} />}
      {outbox.map((item) => (
        <OutboxNotice
          key={item.requestId}
          item={item}
          onEdit={() => {
            setEditing(item);
            onOpen(true);
          }}
        />
      ))}
      <div class="kr-actions">
        {!open && (
          <button ref={checkInButton} type="button" class="check-in" aria-label={strings.checkInFor(keyResult.title)} onClick={() => onOpen(true)}>
            {strings.checkIn}
          </button>
        )}
        {keyResult.due && <SnoozeButton trackerId={trackerId} keyResultId={keyResult.id} title={keyResult.title} snoozed={snoozed} />}
        {keyResult.history && (
          <button
            type="button"
            class="quiet"
            aria-expanded={showHistory}
            aria-controls={showHistory ? historyId : undefined}
            aria-label={strings.historyFor(keyResult.history.length, keyResult.title)}
            onClick={() => setShowHistory(!showHistory)}
          >
            {strings.history(keyResult.history.length)}
          </button>
        )}
      </div>
      {open && (
        <CheckInForm
          trackerId={trackerId}
          keyResult={keyResult}
          initial={editing ? inputFrom(editing) : initialInput(keyResult)}
          onSubmit={submit}
          onCancel={() => {
            setEditing(null);
            onOpen(false);
          }}
        />
      )}
      {showHistory && <HistoryTable id={historyId} keyResult={keyResult} />}
    </li>
  );
}
