import { useId, useState } from 'preact/hooks';
import type { FeedKeyResult } from '../../shared/feed/feed.js';
import type { Conflict } from '../check-in/check-ins-since.js';
import { dueWords } from '../check-in/due-words.js';
import { formatGrade, progressFraction, statusLabel } from '../format/format.js';
import type { OutboxItem } from '../check-in/outbox.js';
import * as strings from '../strings/popup.js';
import type { CheckInInput } from '../check-in/check-in-input.js';
import { LazyConflictNotice, LazyDraftNotice, LazyKeyResultDetails, LazyOutboxNotice } from './chunks.js';
import { formKey } from './form-key.js';
import type { PeriodScale } from './sparkline-geometry.js';

interface Props {
  trackerId: string;
  keyResult: FeedKeyResult;
  /** This key result's check-ins still in the outbox (pending or refused). */
  outbox: OutboxItem[];
  by: string;
  /** The tracker's period, shared by all its key results (one object while it stays the same). */
  scale: PeriodScale;
  /** Whether its check-in form is open (one at a time, App keeps which). */
  open: boolean;
  /** Where "Open in the sheet" goes: the key result's row, or the tracker when the feed has no row link. */
  sheetUrl: string | null;
  snoozed: boolean;
  conflict: Conflict | undefined;
  /** An unsaved check-in of this key result, if any (shown when it no longer reads). */
  draft?: CheckInInput | undefined;
  /** The user's today, `YYYY-MM-DD`, for "due Friday". */
  today: string;
  /** False while the tracker refuses us: a check-in would only be refused too. */
  canCheckIn: boolean;
  /** Takes this item's form key or null; App's state setter, the same on every render. */
  onOpenForm(key: string | null): void;
}

/**
 * One key result as one compact row (title; bar, status and when it is due; grade) that opens
 * in place to its details and actions: a disclosure button (aria-expanded, aria-controls), the
 * WAI-ARIA pattern https://www.w3.org/WAI/ARIA/apg/patterns/disclosure/. What needs attention
 * (a check-in being sent or refused, check-ins by others) shows under the row, closed or not.
 */
export function KeyResultItem(props: Props) {
  const { trackerId, keyResult, outbox, open, conflict, draft, today, onOpenForm } = props;
  const [expanded, setExpanded] = useState(false);
  // A refused check-in being edited: it is replaced by the new one on submit.
  const [editing, setEditing] = useState<OutboxItem | null>(null);
  const detailsId = useId();
  const shown = expanded || open;
  const status = statusLabel(keyResult.status);
  return (
    <li class={`key-result status-${keyResult.status ?? 'none'}`}>
      <button
        type="button"
        class="kr-row"
        aria-expanded={shown}
        aria-controls={shown ? detailsId : undefined}
        onClick={() => {
          if (shown && open) onOpenForm(null);
          setExpanded(!shown);
        }}
      >
        <span class="kr-title" dir="auto">{keyResult.title}</span>
        <span class="grade" title={strings.grade}>
          {formatGrade(keyResult.grade)}
        </span>
        <span class="kr-line">
          <span class="progress" aria-hidden="true">
            <span class="progress-fill" style={{ width: `${Math.round(progressFraction(keyResult.grade) * 100)}%` }} />
          </span>
          <span class="status-label">{status}</span>
          {keyResult.due && <span class="due-tag">{dueWords(keyResult.nextCheckIn, today)}</span>}
        </span>
      </button>
      {conflict && <LazyConflictNotice.Component conflict={conflict} keyResult={keyResult} />}
      {!open && draft && <LazyDraftNotice.Component trackerId={trackerId} keyResult={keyResult} draft={draft} />}
      {outbox.map((item) => (
        <LazyOutboxNotice.Component
          key={item.requestId}
          item={item}
          onEdit={() => {
            setEditing(item);
            onOpenForm(formKey(trackerId, keyResult.id));
          }}
        />
      ))}
      {shown && (
        <div id={detailsId} class="kr-details">
          <LazyKeyResultDetails.Component {...props} editing={editing} onEdited={() => setEditing(null)} />
        </div>
      )}
    </li>
  );
}

export type KeyResultItemProps = Props;
