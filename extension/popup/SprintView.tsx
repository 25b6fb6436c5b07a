import { useEffect, useRef } from 'preact/hooks';
import { initialInput } from '../check-in/check-in-input.js';
import type { SubmittedCheckIn } from '../check-in/check-in-input.js';
import { formatProgress } from '../format/format.js';
import type { Snapshot } from '../feed/snapshot.js';
import type { Sprint } from '../check-in/sprint.js';
import { afterSave, afterSkip, currentEntry } from '../check-in/sprint.js';
import * as strings from '../strings/popup.js';
import { usePopupHost } from '../hosts/host-context.js';
import { CheckInForm } from './CheckInForm.js';
import { formKey } from './form-key.js';

interface Props {
  sprint: Sprint;
  snapshot: Snapshot;
  by: string;
  onChange(sprint: Sprint): void;
  onClose(): void;
}

/**
 * The due key results one at a time, in a form that takes the keyboard only: Enter saves and
 * shows the next, Page Down skips it, Escape (or the End sprint button, always in view) goes back
 * to the list with drafts kept. "Saved" and the tally at the end are read out by the live region.
 */
export function SprintView({ sprint, snapshot, by, onChange, onClose }: Props) {
  const host = usePopupHost();
  const back = useRef<HTMLButtonElement>(null);
  const entry = currentEntry(sprint);
  const feed = entry && snapshot.caches[entry.trackerId]?.feed;
  const keyResult = feed?.keyResults.find((candidate) => candidate.id === entry?.keyResultId);
  const over = entry === null;
  useEffect(() => {
    if (over) back.current?.focus();
  }, [over]);
  // Escape ends the sprint wherever the focus is: on the page itself after a click on its
  // background, or not yet in the form a frame after the sprint opened. The form's own Escape
  // (CheckInForm) has ended it already, and says so by preventing the default.
  useEffect(() => {
    const end = (event: KeyboardEvent) => {
      if (event.key !== strings.endShortcut || event.defaultPrevented) return;
      event.preventDefault();
      onClose();
    };
    document.addEventListener('keydown', end);
    return () => document.removeEventListener('keydown', end);
  }, [onClose]);

  const save = async (values: SubmittedCheckIn) => {
    if (entry === null || keyResult === undefined) return;
    await host.addCheckIn({ trackerId: entry.trackerId, keyResultId: keyResult.id, keyResultTitle: keyResult.title, ...values, by: by === '' ? null : by });
    onChange(afterSave(sprint, keyResult.title));
  };
  const skip = () => onChange(afterSkip(sprint));
  const summary = sprint.queue.length === 0 ? strings.sprintNothing : strings.sprintSummary(sprint.saved, sprint.skipped);
  const saved = sprint.lastSaved ? strings.saved(sprint.lastSaved) : '';
  const keys = (event: KeyboardEvent) => {
    if (event.key !== strings.skipShortcut || over) return;
    event.preventDefault();
    skip();
  };

  return (
    <section class="sprint" aria-labelledby="sprint-title" onKeyDown={keys}>
      <div class="sprint-head">
        <h2 id="sprint-title">{over ? strings.sprintLabel : strings.sprintStep(sprint.at + 1, sprint.queue.length)}</h2>
        {!over && (
          <button type="button" class="quiet sprint-exit" aria-keyshortcuts={strings.endShortcut} onClick={onClose}>
            {strings.sprintExit}
          </button>
        )}
      </div>
      <p class="sprint-summary" role="status">
        {over ? [saved, summary].filter(Boolean).join(' ') : saved}
      </p>
      {entry && (
        <>
          <h3 class="kr-title">{keyResult?.title ?? strings.notReadYet}</h3>
          {keyResult && (
            <>
              <p class="muted">
                {feed?.tracker.name} · {formatProgress(keyResult)}
              </p>
              <p class="hint">{strings.sprintKeys}</p>
              <CheckInForm
                key={formKey(entry.trackerId, keyResult.id)}
                trackerId={entry.trackerId}
                keyResult={keyResult}
                initial={initialInput(keyResult)}
                onSubmit={save}
                onCancel={skip}
                onEscape={onClose}
                submitLabel={strings.saveAndNext}
                skipLabel={strings.skip}
              />
            </>
          )}
          {!keyResult && (
            <button type="button" aria-keyshortcuts={strings.skipShortcut} onClick={skip}>
              {strings.skip}
            </button>
          )}
        </>
      )}
      {over && (
        <button ref={back} type="button" onClick={onClose}>
          {strings.backToList}
        </button>
      )}
    </section>
  );
}
