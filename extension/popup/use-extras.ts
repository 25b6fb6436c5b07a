/**
 * Snoozes and conflicts, read at once and again after every storage change. A read equal to the
 * last one keeps the old object, so a draft typed into storage does not re-render every item.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Extras, PopupHost } from '../hosts/hosts.js';

const NO_EXTRAS: Extras = { snoozes: {}, conflicts: {}, drafts: {} };

/** `initial`: the extras already read, drawn from the first render on (render-ahead.ts). */
export function useExtras(host: PopupHost, initial?: Extras): Extras {
  const [state, setState] = useState<{ json: string; value: Extras }>(() => (initial === undefined ? { json: '', value: NO_EXTRAS } : { json: JSON.stringify(initial), value: initial }));
  useEffect(() => {
    let live = true;
    const load = async () => {
      const value = await host.readExtras();
      const json = JSON.stringify(value);
      if (live) setState((previous) => (previous.json === json ? previous : { json, value }));
    };
    void load();
    const stop = host.onChange(() => void load());
    return () => {
      live = false;
      stop();
    };
  }, [host]);
  return state.value;
}
