/**
 * The one way a component reaches the browser: its page's host (hosts.ts) through a context.
 * Each page's context and hook come from the same helper, and the hook fails loudly when the
 * page forgot its provider.
 */
import { createContext } from 'preact';
import type { Provider } from 'preact';
import { useContext } from 'preact/hooks';
import type { OptionsHost, PopupHost } from './hosts.js';

function hostContext<Host>(hook: string, provider: string): [Provider<Host | null>, () => Host] {
  const context = createContext<Host | null>(null);
  const use = (): Host => {
    const host = useContext(context);
    if (host === null) throw new Error(`${hook} needs a ${provider} around the page`);
    return host;
  };
  return [context.Provider, use];
}

export const [PopupHostProvider, usePopupHost] = hostContext<PopupHost>('usePopupHost', 'PopupHostProvider');
export const [OptionsHostProvider, useOptionsHost] = hostContext<OptionsHost>('useOptionsHost', 'OptionsHostProvider');
