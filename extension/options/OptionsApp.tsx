import { isGoogleScriptUrl } from '../feed/tracker-url.js';
import * as strings from '../strings/options.js';
import { OptionsHostProvider } from '../hosts/host-context.js';
import type { OptionsHost } from '../hosts/hosts.js';
import { GeneralFields } from './GeneralFields.js';
import { GoogleAccess } from './GoogleAccess.js';
import { SheetTabsAccess } from './SheetTabsAccess.js';
import { ReminderFields } from './ReminderFields.js';
import { TrackerFields } from './TrackerFields.js';
import { useOptionsForm } from './use-options-form.js';

export function OptionsApp({ host }: { host: OptionsHost }) {
  const form = useOptionsForm(host);
  const { draft, problems } = form;
  if (draft === null) return null;
  const problemsOf = (prefix: string) =>
    Object.fromEntries(problems.filter((problem) => problem.field.startsWith(prefix)).map((problem) => [problem.field.slice(prefix.length), problem.message]));

  return (
    <OptionsHostProvider value={host}>
      <h1>{strings.optionsTitle}</h1>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void form.save();
        }}
      >
        <section aria-labelledby="trackers-title">
          <h2 id="trackers-title">{strings.trackersHeading}</h2>
          {draft.trackers.map((tracker, index) => (
            <TrackerFields
              key={tracker.id}
              index={index}
              tracker={tracker}
              problems={problemsOf(`trackers.${index}.`)}
              removable={draft.trackers.length > 1}
              onChange={(patch) => form.updateTracker(index, patch)}
              onRemove={() => form.removeTracker(index)}
            />
          ))}
          <button type="button" onClick={form.addTracker}>
            {strings.addTracker}
          </button>
          {draft.trackers.some((tracker) => isGoogleScriptUrl(tracker.url)) && <GoogleAccess />}
          <SheetTabsAccess />
        </section>
        <GeneralFields draft={draft} problems={problemsOf('')} onChange={form.update} />
        <ReminderFields draft={draft} problems={problemsOf('')} onChange={form.update} />
        {/* Always in view at the bottom of the window, with the unsaved changes said beside it. */}
        <div class={`actions save-bar ${form.dirty ? 'dirty' : ''}`}>
          <button type="submit" class="primary">
            {strings.save}
          </button>
          <p class="status" role="status">
            {form.status || (form.dirty ? strings.unsaved : '')}
          </p>
        </div>
      </form>
    </OptionsHostProvider>
  );
}
