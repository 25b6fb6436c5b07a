import type { Tracker } from '../lib/options.js';
import * as say from '../lib/sprint-strings.js';

/** All trackers or one of them; '' stands for all. Shown only when there are several. */
export function TrackerSwitch({ trackers, chosen, onChange }: { trackers: Tracker[]; chosen: string; onChange(id: string): void }) {
  return (
    <select aria-label={say.trackerSwitch} value={chosen} onChange={(event) => onChange(event.currentTarget.value)}>
      <option value="">{say.allTrackers}</option>
      {trackers.map((tracker) => (
        <option key={tracker.id} value={tracker.id}>
          {tracker.name}
        </option>
      ))}
    </select>
  );
}
