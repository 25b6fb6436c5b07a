import * as strings from '../strings/options.js';
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
      <h2 id="reminders-title">{strings.remindersHeading}</h2>
      <div class="field checkbox">
        <input id="reminders" type="checkbox" checked={draft.reminders} onChange={(event) => onChange({ reminders: event.currentTarget.checked })} />
        <label for="reminders">{strings.remindersEnable}</label>
      </div>
      <WorkingDays days={draft.workingDays} problem={problems.workingDays} onChange={(workingDays) => onChange({ workingDays })} />
      <TextField id="work-start" label={strings.workStart} type="time" value={draft.workStart} problem={problems.workStart} onInput={(workStart) => onChange({ workStart })} />
      <TextField
        id="work-end"
        label={strings.workEnd}
        hint={strings.hoursHint}
        type="time"
        value={draft.workEnd}
        problem={problems.workEnd}
        onInput={(workEnd) => onChange({ workEnd })}
      />
      <TextField
        id="away-until"
        label={strings.awayUntil}
        hint={strings.awayHint}
        type="date"
        value={draft.awayUntil}
        problem={problems.awayUntil}
        onInput={(awayUntil) => onChange({ awayUntil })}
      />
      <TestNotification />
    </section>
  );
}
