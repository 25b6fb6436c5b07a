import { useState } from 'preact/hooks';
import type { Scope } from '../lib/due.js';
import { defaultScope, dueItems } from '../lib/due.js';
import * as strings from '../lib/strings.js';
import { PopupHostContext } from '../ui/host-context.js';
import type { PopupHost } from '../ui/hosts.js';
import { DueList } from './DueList.js';
import { FirstRun } from './FirstRun.js';
import { TrackerSection } from './TrackerSection.js';
import { usePopupState } from './use-popup-state.js';
import { ViewSwitch } from './ViewSwitch.js';

export function App({ host }: { host: PopupHost }) {
  const { snapshot, refreshing, now, refresh } = usePopupState(host);
  const [chosenScope, setScope] = useState<Scope | null>(null);
  const [openForm, setOpenForm] = useState<string | null>(null);
  if (snapshot === null) return null;

  const { options } = snapshot;
  const scope = chosenScope ?? defaultScope(options.name);
  const configured = options.trackers.length > 0;

  return (
    <PopupHostContext.Provider value={host}>
      <header class="bar">
        <h1>{strings.appName}</h1>
        {configured && <ViewSwitch scope={scope} onChange={setScope} />}
        <button type="button" class="quiet" onClick={refresh} disabled={refreshing} aria-busy={refreshing}>
          {refreshing ? strings.refreshing : strings.refresh}
        </button>
        <button type="button" class="quiet" onClick={() => void host.openOptions()}>
          {strings.options}
        </button>
      </header>
      <main>
        {configured ? (
          <>
            <DueList items={dueItems(snapshot, scope)} onOpen={setOpenForm} />
            {options.name === '' && scope === 'mine' && <p class="hint">{strings.nameNeededForMine}</p>}
            {options.trackers.map((tracker) => (
              <TrackerSection key={tracker.id} tracker={tracker} snapshot={snapshot} scope={scope} now={now} openForm={openForm} onOpenForm={setOpenForm} />
            ))}
          </>
        ) : (
          <FirstRun />
        )}
      </main>
    </PopupHostContext.Provider>
  );
}
