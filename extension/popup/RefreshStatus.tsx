import type { TrackerCache } from '../lib/snapshot.js';
import * as strings from '../lib/strings.js';
import { timeAgo } from '../lib/time-ago.js';

/** "2025 Q1 · updated 5 min ago", and the last refresh's problem in words, without hiding the data. */
export function RefreshStatus({ cache, now }: { cache: TrackerCache; now: number }) {
  const { feed, fetchedAt, error } = cache;
  return (
    <>
      {feed && fetchedAt !== null && (
        <p class="muted">
          {feed.period.name} · {strings.updated(timeAgo(fetchedAt, now))}
        </p>
      )}
      {!feed && !error && <p class="muted">{strings.notReadYet}</p>}
      {error && (
        <p class="notice" role="status">
          {feed ? `${strings.showingLastCopy} ${error.message}` : error.message}
        </p>
      )}
    </>
  );
}
