import * as say from '../strings/reminders.js';
import { TestNotification } from './TestNotification.js';
import { TextField } from './TextField.js';
import type { Draft } from './use-options-form.js';
import { WorkingDays } from './WorkingDays.js';

interface Props {
  draft: Draft;
  /** Problems by field name (workingDays, workStart, workEnd, awayUntil). */
  problems: Record<string, string>;
  onChange(patch: Partial<Draft>): void;
}

/** Reminders that respect people: the off switch, working days and hours, away, and a test. */
export function ReminderFields({ draft, problems, onChange }: Props) {
  return (
    <section aria-labelledby="reminders-title">
      <h2 id="reminders-title">{say.heading}</h2>
      <div class="field checkbox">
        <input id="reminders" type="checkbox" checked={draft.reminders} onChange={(event) => onChange({ reminders: event.currentTarget.checked })} />
        <label for="reminders">{say.enable}</label>
      </div>
      <WorkingDays days={draft.workingDays} problem={problems.workingDays} onChange={(workingDays) => onChange({ workingDays })} />
      <TextField id="work-start" label={say.workStart} type="time" value={draft.workStart} problem={problems.workStart} onInput={(workStart) => onChange({ workStart })} />
      <TextField
        id="work-end"
        label={say.workEnd}
        hint={say.hoursHint}
        type="time"
        value={draft.workEnd}
        problem={problems.workEnd}
        onInput={(workEnd) => onChange({ workEnd })}
      />
      <TextField
        id="away-until"
        label={say.awayUntil}
        hint={say.awayHint}
        type="date"
        value={draft.awayUntil}
        problem={problems.awayUntil}
        onInput={(awayUntil) => onChange({ awayUntil })}
      />
      <TestNotification />
    </section>
  );
}
