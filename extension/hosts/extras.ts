/**
 * What the popup needs of storage and tabs beyond PopupHost (ui/hosts.ts): drafts, snoozes, the
 * conflicts the worker kept, and a tab for the sheet. A second host, reached the same way through
 * a context, so components never import `browser` (extras-browser.ts is the real one).
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { CheckInInput } from '../check-in/check-in-input.js';
import type { Conflict } from '../check-in/check-ins-since.js';
import type { Snoozes } from '../check-in/snooze.js';

export interface Extras {
  snoozes: Snoozes;
  /** By conflictKey. */
  conflicts: Record<string, Conflict>;
  /** Unsaved check-in forms, by draftKey (lib/drafts.ts). */
  drafts: Record<string, CheckInInput>;
}

export interface ExtrasHost {
  readExtras(): Promise<Extras>;
  readDraft(trackerId: string, keyResultId: string): Promise<CheckInInput | null>;
  /** null forgets the draft. */
  saveDraft(trackerId: string, keyResultId: string, input: CheckInInput | null): Promise<void>;
  dismissConflict(trackerId: string, keyResultId: string): Promise<void>;
  /** Shows `url` in a tab already open on the same spreadsheet when one can be found, else in a new tab. */
  openSheet(url: string): Promise<void>;
}

export const NO_EXTRAS: Extras = { snoozes: {}, conflicts: {}, drafts: {} };

export const ExtrasContext = createContext<ExtrasHost | null>(null);

export function useExtrasHost(): ExtrasHost {
  const host = useContext(ExtrasContext);
  if (host === null) throw new Error('useExtrasHost needs an ExtrasContext provider');
  return host;
}
