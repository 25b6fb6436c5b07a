import type { ObjectiveGroup } from '../lib/grouping.js';
import { formatGrade } from '../lib/format.js';
import type { OutboxItem } from '../lib/outbox.js';
import * as strings from '../lib/strings.js';
import { formKey } from './form-key.js';
import { KeyResultItem } from './KeyResultItem.js';

interface Props {
  trackerId: string;
  group: ObjectiveGroup;
  outbox: OutboxItem[];
  by: string;
  openForm: string | null;
  onOpenForm(key: string | null): void;
}

/** An objective with its grade, and its key results as a list. */
export function ObjectiveSection({ trackerId, group, outbox, by, openForm, onOpenForm }: Props) {
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
            return (
              <KeyResultItem
                key={key}
                trackerId={trackerId}
                keyResult={keyResult}
                outbox={outbox.filter((item) => item.keyResultId === keyResult.id)}
                by={by}
                open={openForm === key}
                onOpen={(open) => onOpenForm(open ? key : null)}
              />
            );
          })}
        </ul>
      )}
    </section>
  );
}
