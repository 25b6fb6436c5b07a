import type { Ref } from 'preact';
import type { DueItem } from '../check-in/due.js';
import { dueWords } from '../check-in/due-words.js';
import * as strings from '../strings/popup.js';
import { formKey } from './form-key.js';

/** Rows shown before "and N more": the list must leave most of a 600 px popup to the key results. */
const DUE_ROWS_SHOWN = 3;

interface Props {
  items: DueItem[];
  today: string;
  /** Several trackers: each row says whose it is. */
  showTracker: boolean;
  /** The first row, which the keyboard command focuses so Enter starts the check-ins. */
  firstRef: Ref<HTMLButtonElement>;
  onStart(item: DueItem | null): void;
}

/**
 * The top of the popup: what needs a check-in, most overdue first, each with when it was due in
 * words. The list is the way into the sprint: a row starts it at that key result and goes on
 * through the others; "and N more" starts it at the top.
 */
export function DueList({ items, today, showTracker, firstRef, onStart }: Props) {
  const shown = items.slice(0, DUE_ROWS_SHOWN);
  const more = items.length - shown.length;
  return (
    <section class="due" aria-labelledby="due-title">
      <div class="due-head">
        <h2 id="due-title">{strings.dueHeading(items.length)}</h2>
        {items.length > 0 && (
          <span class="muted due-how" id="due-how">
            {strings.dueHow}
          </span>
        )}
      </div>
      {items.length === 0 ? (
        <p class="hint">{strings.nothingDue}</p>
      ) : (
        <ul class="due-list">
          {shown.map((item, index) => {
            const when = dueWords(item.keyResult.nextCheckIn, today);
            return (
              <li key={formKey(item.trackerId, item.keyResult.id)}>
                <button type="button" class="due-row" ref={index === 0 ? firstRef : undefined} aria-describedby="due-how" onClick={() => onStart(item)}>
                  <span class="due-title" dir="auto">{showTracker ? `${item.trackerName}: ${item.keyResult.title}` : item.keyResult.title}</span>
                  <span class={when.startsWith(strings.overdueBy('')) ? 'due-when overdue' : 'due-when'}>{when}</span>
                </button>
              </li>
            );
          })}
          {more > 0 && (
            <li>
              <button type="button" class="due-row due-more" onClick={() => onStart(null)}>
                {strings.dueMore(more)}
              </button>
            </li>
          )}
        </ul>
      )}
    </section>
  );
}
