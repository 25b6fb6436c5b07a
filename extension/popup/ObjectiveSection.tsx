import { conflictKey } from '../lib/conflicts.js';
import { draftKey } from '../lib/drafts.js';
import type { ObjectiveGroup } from '../lib/grouping.js';
import { formatGrade } from '../lib/format.js';
import type { OutboxItem } from '../lib/outbox.js';
import { isSnoozed } from '../lib/snooze.js';
import * as strings from '../lib/strings.js';
import type { Extras } from './extras.js';
import { formKey } from './form-key.js';
import { KeyResultItem } from './KeyResultItem.js';
import { memo } from './memo.js';
import type { PeriodScale } from './sparkline-geometry.js';

/**
 * A refresh, a check-in or the clock re-renders the popup; with 500 key results only those
 * whose props changed (see keepUnchanged in lib/snapshot-reuse.ts) are built again.
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
  onOpenForm(key: string | null): void;
}

/** An objective with its grade, and its key results as a list. */
export function ObjectiveSection({ trackerId, group, outbox, by, scale, trackerUrl, extras, openForm, onOpenForm }: Props) {
  const { objective, keyResults } = group;
  return (
    <section class="objective">
      <h3>
        <span class="objective-title">{objective?.title ?? strings.otherKeyResults}</span>
        {objective && (
          <span class="grade" title={strings.grade}>
            {formatGrade(objective.grade)}
          </span>
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
                onOpenForm={onOpenForm}
              />
            );
          })}
        </ul>
      )}
    </section>
  );
}
