import type { Tracker } from '../storage/options.js';
import type { TrackerCache } from '../feed/snapshot.js';
import * as strings from '../strings/popup.js';
import { trackerName } from '../feed/tracker-name.js';

interface Props {
  trackers: Tracker[];
  caches: Record<string, TrackerCache | undefined>;
  chosen: string;
  onChange(id: string): void;
}

/** All trackers or one of them; '' stands for all. Shown only when there are several. */
export function TrackerSwitch({ trackers, caches, chosen, onChange }: Props) {
  return (
    <select aria-label={strings.trackerSwitch} value={chosen} onChange={(event) => onChange(event.currentTarget.value)}>
      <option value="">{strings.allTrackers}</option>
      {trackers.map((tracker) => (
        <option key={tracker.id} value={tracker.id}>
          {trackerName(tracker, caches[tracker.id]?.feed)}
        </option>
      ))}
    </select>
  );
}
