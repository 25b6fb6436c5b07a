import { REFRESH_MINUTES } from '../storage/options.js';
import * as strings from '../strings/options.js';
import { TextField } from './TextField.js';
import type { Draft } from './use-options-form.js';

/** Settings that apply to every tracker: the user's name and the refresh interval. */
export function GeneralFields({ draft, problems, onChange }: { draft: Draft; problems: Record<string, string>; onChange(patch: Partial<Draft>): void }) {
  return (
    <section aria-labelledby="general-title">
      <h2 id="general-title">{strings.settingsHeading}</h2>
      <TextField id="your-name" label={strings.yourName} hint={strings.yourNameHint} value={draft.name} problem={problems.name} onInput={(name) => onChange({ name })} />
      <TextField
        id="refresh-minutes"
        label={strings.refreshEvery}
        type="number"
        min={REFRESH_MINUTES.min}
        max={REFRESH_MINUTES.max}
        value={draft.refreshMinutes}
        problem={problems.refreshMinutes}
        onInput={(refreshMinutes) => onChange({ refreshMinutes })}
      />
    </section>
  );
}
