/**
 * The popup's data: the snapshot from storage at once, then again after every storage change,
 * so the worker's refresh and the outbox's progress show in place. Opening the popup asks the
 * worker for a refresh (the badge-goes-stale complaint: notifier-for-github#81).
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Snapshot } from '../feed/snapshot.js';
import { hasPendingCheckIns, judgedSnapshot } from '../feed/judged-view.js';
import { keepUnchanged } from '../feed/snapshot-reuse.js';
import type { PopupHost } from '../hosts/hosts.js';
import { loadCheckIns } from './chunks.js';

export interface PopupState {
  snapshot: Snapshot | null;
  refreshing: boolean;
  now: number;
  refresh(): void;
}

const CLOCK_TICK_MS = 30_000;

export function usePopupState(host: PopupHost): PopupState {
  const [snapshot, setSnapshot] = useState<Snapshot | null>(null);
  const [refreshing, setRefreshing] = useState(false);
  const [now, setNow] = useState(() => host.now());
  const latestRead = useRef(0);

  useEffect(() => {
    let live = true;
    const load = async () => {
      // Reads can finish out of order; only the newest may land.
      const read = ++latestRead.current;
      const next = await host.readSnapshot();
      // Local check-ins applied and statuses judged for today, as the badge does (local-view.ts).
      // The grading core loads only when a check-in waits, and the view waits for it: a row never
      // shows the grade from before a check-in made here.
      const apply = hasPendingCheckIns(next) ? await loadCheckIns() : null;
      if (live && read === latestRead.current) {
        setSnapshot((previous) => keepUnchanged(previous, judgedSnapshot(next, host.now(), Intl.DateTimeFormat().resolvedOptions().timeZone, apply)));
        setNow(host.now());
      }
    };
    void load();
    const stop = host.onChange(() => void load());
    const tick = setInterval(() => setNow(host.now()), CLOCK_TICK_MS);
    return () => {
      live = false;
      stop();
      clearInterval(tick);
    };
  }, [host]);

  const refresh = useCallback(() => {
    setRefreshing(true);
    void host.send({ type: 'refresh' }).finally(() => setRefreshing(false));
  }, [host]);

  useEffect(refresh, [refresh]);

  return { snapshot, refreshing, now, refresh };
}
