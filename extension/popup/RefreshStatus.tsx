import { fixFor } from '../feed/feed-error.js';
import type { TrackerCache } from '../feed/snapshot.js';
import * as strings from '../strings/popup.js';
import { timeAgo } from '../format/time-ago.js';
import { usePopupHost } from '../hosts/host-context.js';

interface Props {
  cache: TrackerCache;
  now: number;
  refreshing: boolean;
  onRefresh(): void;
}

/**
 * "2025 Q1 · updated 5 min ago", and the last refresh's problem in words with the button that
 * mends it: the options page for what only the user can change (a refused token, a wrong
 * address), "Try again" for the network or a server that did not answer. The data stays shown.
 */
export function RefreshStatus({ cache, now, refreshing, onRefresh }: Props) {
  const host = usePopupHost();
  const { feed, fetchedAt, error } = cache;
  const fix = error ? fixFor(error) : null;
  return (
    <>
      {feed && fetchedAt !== null && (
        <p class="muted tracker-fresh">
          {feed.period.name} · {strings.updated(timeAgo(fetchedAt, now))}
        </p>
      )}
      {!feed && !error && <p class="muted">{strings.notReadYet}</p>}
      {error && (
        <div class={`notice ${fix === 'options' ? 'problem' : ''}`} role="status">
          <p>{feed ? `${strings.showingLastCopy} ${error.message}` : error.message}</p>
          {fix === 'options' ? (
            <button type="button" class="primary small" onClick={() => void host.openOptions()}>
              {strings.openOptions}
            </button>
          ) : (
            <button type="button" class="small" onClick={onRefresh} disabled={refreshing} aria-busy={refreshing}>
              {refreshing ? strings.refreshing : strings.tryAgain}
            </button>
          )}
        </div>
      )}
    </>
  );
}
