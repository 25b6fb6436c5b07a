/** The hosts as Preact contexts, with hooks that fail loudly when a page forgot its provider. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { OptionsHost, PopupHost } from './hosts.js';

export const PopupHostContext = createContext<PopupHost | null>(null);
export const OptionsHostContext = createContext<OptionsHost | null>(null);

export function usePopupHost(): PopupHost {
  const host = useContext(PopupHostContext);
  if (host === null) throw new Error('usePopupHost needs a PopupHostContext provider');
  return host;
}

export function useOptionsHost(): OptionsHost {
  const host = useContext(OptionsHostContext);
  if (host === null) throw new Error('useOptionsHost needs an OptionsHostContext provider');
  return host;
}
