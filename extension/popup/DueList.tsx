import type { DueItem } from '../lib/due.js';
import * as strings from '../lib/strings.js';
import { formKey } from './form-key.js';

/** The top of the popup: what needs a check-in now; each entry opens its check-in form. */
export function DueList({ items, onOpen }: { items: DueItem[]; onOpen(key: string): void }) {
  return (
    <section class="due" aria-labelledby="due-title">
      <h2 id="due-title">{strings.dueHeading(items.length)}</h2>
      {items.length === 0 ? (
        <p class="hint">{strings.nothingDue}</p>
      ) : (
        <ul class="due-list">
          {items.map((item) => (
            <li key={formKey(item.trackerId, item.keyResult.id)}>
              <button type="button" class="link" onClick={() => onOpen(formKey(item.trackerId, item.keyResult.id))}>
                {item.keyResult.title}
              </button>
              {item.keyResult.nextCheckIn && <span class="muted"> · {item.keyResult.nextCheckIn}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
