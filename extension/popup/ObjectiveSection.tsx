import { conflictKey } from '../check-in/check-ins-since.js';
import { draftKey } from '../check-in/draft-key.js';
import type { ObjectiveGroup } from '../feed/grouping.js';
import { formatGrade, progressFraction, statusLabel } from '../format/format.js';
import type { OutboxItem } from '../check-in/outbox.js';
import { isSnoozed } from '../check-in/snooze.js';
import * as strings from '../strings/popup.js';
import type { Extras } from '../hosts/hosts.js';
import { formKey } from './form-key.js';
import { KeyResultItem } from './KeyResultItem.js';
import { memo } from './memo.js';
import type { PeriodScale } from './sparkline-geometry.js';

/**
 * A refresh, a check-in or the clock re-renders the popup; with 500 key results only those
 * whose props changed (see keepUnchanged in feed/snapshot-reuse.ts) are built again.
 */
const SameKeyResultItem = memo(KeyResultItem);
/** One shared empty list, so a key result without check-ins keeps the same props. */
const NO_OUTBOX: OutboxItem[] = [];

interface Props {
  trackerId: string;
  group: ObjectiveGroup;
  outbox: OutboxItem[];
  by: string;
  scale: PeriodScale;
  /** The spreadsheet's address, for key results the feed gives no row link. */
  trackerUrl: string | null;
  extras: Extras;
  openForm: string | null;
  today: string;
  canCheckIn: boolean;
  onOpenForm(key: string | null): void;
}

/**
 * An objective with its grade, status and bar on one line, then its key results. A child
 * objective is indented under its parent (grouping.ts puts it right after), so a parent no
 * longer reads as an empty sibling of its child.
 */
export function ObjectiveSection({ trackerId, group, outbox, by, scale, trackerUrl, extras, openForm, today, canCheckIn, onOpenForm }: Props) {
  const { objective, keyResults, depth } = group;
  return (
    <section class={`objective status-${objective?.status ?? 'none'}`} style={depth > 0 ? { marginInlineStart: `${Math.min(depth, 3) * 0.75}rem` } : undefined}>
      <h3 class="objective-head">
        <span class="objective-title" dir="auto">{objective?.title ?? strings.otherKeyResults}</span>
        {objective && (
          <>
            <span class="progress" aria-hidden="true">
              <span class="progress-fill" style={{ width: `${Math.round(progressFraction(objective.grade) * 100)}%` }} />
            </span>
            <span class="status-label">{statusLabel(objective.status)}</span>
            <span class="grade" title={strings.grade}>
              {formatGrade(objective.grade)}
            </span>
          </>
        )}
      </h3>
      {keyResults.length > 0 && (
        <ul class="key-results">
          {keyResults.map((keyResult) => {
            const key = formKey(trackerId, keyResult.id);
            const pending = outbox.filter((item) => item.keyResultId === keyResult.id);
            return (
              <SameKeyResultItem
                key={key}
                trackerId={trackerId}
                keyResult={keyResult}
                outbox={pending.length > 0 ? pending : NO_OUTBOX}
                by={by}
                scale={scale}
                open={openForm === key}
                sheetUrl={keyResult.link ?? trackerUrl}
                snoozed={isSnoozed(extras.snoozes, trackerId, keyResult)}
                conflict={extras.conflicts[conflictKey(trackerId, keyResult.id)]}
                draft={extras.drafts[draftKey(trackerId, keyResult.id)]}
                today={today}
                canCheckIn={canCheckIn}
                onOpenForm={onOpenForm}
              />
            );
          })}
        </ul>
      )}
    </section>
  );
}
