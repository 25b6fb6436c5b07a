import type { Tracker } from '../lib/options.js';
import type { TrackerCache } from '../lib/snapshot.js';
import * as list from '../lib/popup-strings.js';
import { trackerName } from '../lib/tracker-name.js';

interface Props {
  trackers: Tracker[];
  caches: Record<string, TrackerCache | undefined>;
  chosen: string;
  onChange(id: string): void;
}

/** All trackers or one of them; '' stands for all. Shown only when there are several. */
export function TrackerSwitch({ trackers, caches, chosen, onChange }: Props) {
  return (
    <select aria-label={list.trackerSwitch} value={chosen} onChange={(event) => onChange(event.currentTarget.value)}>
      <option value="">{list.allTrackers}</option>
      {trackers.map((tracker) => (
        <option key={tracker.id} value={tracker.id}>
          {trackerName(tracker, caches[tracker.id]?.feed)}
        </option>
      ))}
    </select>
  );
}
