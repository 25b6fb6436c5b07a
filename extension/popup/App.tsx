import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { DueItem, Scope } from '../check-in/due.js';
import { defaultScope, dueItems } from '../check-in/due.js';
import { blocksCheckIns } from '../feed/feed-error.js';
import { hasPendingCheckIns } from '../feed/judged-view.js';
import type { Snapshot } from '../feed/snapshot.js';
import type { Sprint } from '../check-in/sprint-start.js';
import { startSprint } from '../check-in/sprint-start.js';
import * as strings from '../strings/popup.js';
import { PopupHostProvider } from '../hosts/host-context.js';
import type { Extras, PopupHost } from '../hosts/hosts.js';
import { LazySprintView, preloadChunks } from './chunks.js';
import { DueList } from './DueList.js';
import { FirstRun } from './FirstRun.js';
import { localToday } from '../format/local-date.js';
import { TrackerSection } from './TrackerSection.js';
import { TrackerSwitch } from './TrackerSwitch.js';
import { useExtras } from './use-extras.js';
import { usePopupState } from './use-popup-state.js';
import { ViewSwitch } from './ViewSwitch.js';
import { readView } from './view-params.js';
import { useRememberedView } from './remember-view.js';

/** Every tracker has been read at least once (or failed): only then is the due list complete. */
const allRead = (snapshot: Snapshot) => snapshot.options.trackers.every(({ id }) => snapshot.caches[id]?.feed || snapshot.caches[id]?.error);

export interface AppProps {
  host: PopupHost;
  /** Called when the first view with data has been rendered (main.tsx then shows it). */
  onShown?: () => void;
  /** Called when the view has been kept for the next opening with no refresh or check-in under way (main.tsx then renders the next days ahead). */
  onSettled?: () => void;
  /**
   * The extras as already read, for a view rendered ahead (render-ahead.ts): its first drawing,
   * the one kept, then shows the notices they bring, as the live view will.
   */
  initialExtras?: Extras;
}

export function App({ host, onShown, onSettled, initialExtras }: AppProps) {
  const { snapshot, refreshing, now, refresh } = usePopupState(host);
  const extras = useExtras(host, initialExtras);
  const [chosenScope, setScope] = useState<Scope | null>(null);
  const [openForm, setOpenForm] = useState<string | null>(null);
  const [shownTracker, setShownTracker] = useState('');
  const [sprint, setSprint] = useState<Sprint | null>(null);
  // Read once: the page's address says whether it opens on the sprint (view-params.ts).
  const [request] = useState(() => readView(location.search));
  const sprintAsked = useRef(request.sprint);
  const firstDue = useRef<HTMLButtonElement>(null);
  const focusedOnce = useRef(false);

  const scope = chosenScope ?? defaultScope(snapshot?.options.name ?? '');
  const trackers = snapshot?.options.trackers.filter((tracker) => shownTracker === '' || tracker.id === shownTracker) ?? [];
  const today = localToday(now);
  // A tracker refusing us takes no check-ins: the sprint would only collect refusals.
  const due = snapshot
    ? dueItems({ ...snapshot, options: { ...snapshot.options, trackers } }, scope, today).filter((item) => !blocksCheckIns(snapshot.caches[item.trackerId]?.error))
    : [];
  const entries = due.map((item) => ({ trackerId: item.trackerId, keyResultId: item.keyResult.id }));
  const start = (first: DueItem | null) => setSprint(startSprint(entries, first && { trackerId: first.trackerId, keyResultId: first.keyResult.id }));

  useEffect(() => {
    if (snapshot === null || !sprintAsked.current || !allRead(snapshot)) return;
    sprintAsked.current = false;
    setSprint(startSprint(entries, request.first));
  }, [snapshot]);
  useEffect(() => {
    if (snapshot !== null) preloadChunks();
  }, [snapshot === null]);
  // The keyboard command opens the popup with focus on the most overdue check-in: Enter starts there.
  useEffect(() => {
    // Only while nothing else has focus: a late feed must not pull focus from where the user is.
    if (focusedOnce.current || firstDue.current === null || document.activeElement !== document.body) return;
    focusedOnce.current = true;
    firstDue.current.focus();
  });
  // Before the browser paints, so the live view replaces the last one in a single frame.
  const shown = useRef(false);
  useLayoutEffect(() => {
    if (snapshot === null || shown.current) return;
    shown.current = true;
    onShown?.();
  });
  // A refresh under way or a check-in being sent would leave the views ahead with a passing notice.
  const settled = !refreshing && snapshot !== null && !hasPendingCheckIns(snapshot);
  useRememberedView(host, snapshot !== null && sprint === null && openForm === null && chosenScope === null && shownTracker === '', now, settled ? onSettled : undefined);
  if (snapshot === null) return null;

  const { options } = snapshot;
  const configured = options.trackers.length > 0;

  return (
    <PopupHostProvider value={host}>
      <header class="bar">
        <h1>{strings.appName}</h1>
        {configured && <ViewSwitch scope={scope} onChange={setScope} />}
        {options.trackers.length > 1 && <TrackerSwitch trackers={options.trackers} caches={snapshot.caches} chosen={shownTracker} onChange={setShownTracker} />}
        <button
          type="button"
          class="quiet icon"
          onClick={refresh}
          disabled={refreshing}
          aria-busy={refreshing}
          aria-label={refreshing ? strings.refreshing : strings.refresh}
          title={strings.refresh}
        >
          <span aria-hidden="true" class={refreshing ? 'spin' : undefined}>
            {strings.refreshGlyph}
          </span>
        </button>
        <button type="button" class="quiet icon" onClick={() => void host.openOptions()} aria-label={strings.options} title={strings.options}>
          <span aria-hidden="true">{strings.optionsGlyph}</span>
        </button>
      </header>
      <main>
        {sprint !== null ? (
          <LazySprintView.Component sprint={sprint} snapshot={snapshot} by={options.name} onChange={setSprint} onClose={() => setSprint(null)} />
        ) : configured ? (
          <>
            <DueList items={due} today={today} showTracker={trackers.length > 1} firstRef={firstDue} onStart={start} />
            {options.name === '' && scope === 'mine' && <p class="hint">{strings.nameNeededForMine}</p>}
            {trackers.map((tracker) => (
              <TrackerSection
                key={tracker.id}
                tracker={tracker}
                snapshot={snapshot}
                scope={scope}
                now={now}
                today={today}
                extras={extras}
                openForm={openForm}
                refreshing={refreshing}
                onRefresh={refresh}
                onOpenForm={setOpenForm}
              />
            ))}
          </>
        ) : (
          <FirstRun />
        )}
      </main>
    </PopupHostProvider>
  );
}
