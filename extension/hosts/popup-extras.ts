/**
 * The part of the popup's host (popup-host.ts) whose code loads on its first use, in its own
 * chunk: drafts, snoozes, conflicts and tabs are not needed to paint the list, and their code
 * (conflicts, drafts, snooze rules, tab matching) would cost the first paint's budget.
 */
import { browser } from '../platform/browser.js';
import { conflictKey } from '../check-in/check-ins-since.js';
import { draftKey } from '../check-in/draft-key.js';
import { readDraft } from '../check-in/drafts.js';
import { findSheetTab, isSheetLink } from '../feed/sheet-tab.js';
import { forgetViews, rememberLastView } from '../storage/last-view-store.js';
import { extrasFrom } from './extras-from.js';
import type { PopupHost } from './hosts.js';

export const popupExtras = {
  async readExtras() {
    return extrasFrom(await browser.storage.local.get(null));
  },
  async readDraft(trackerId, keyResultId) {
    const key = draftKey(trackerId, keyResultId);
    return readDraft((await browser.storage.local.get(key))[key]);
  },
  async saveDraft(trackerId, keyResultId, input) {
    const key = draftKey(trackerId, keyResultId);
    await (input === null ? browser.storage.local.remove(key) : browser.storage.local.set({ [key]: input }));
  },
  rememberView: async (view) => rememberLastView(localStorage, view),
  /** popup-host.ts `addCheckIn`: every view kept shows the grade from before the check-in. */
  forgetViews: () => forgetViews(localStorage),
  dismissConflict: (trackerId, keyResultId) => browser.storage.local.remove(conflictKey(trackerId, keyResultId)),
  async openSheet(url) {
    if (!isSheetLink(url)) return; // SheetLink shows no link for it either
    const tab = findSheetTab(await browser.tabs.query({}), url);
    if (tab === null) {
      await browser.tabs.create({ url });
      return;
    }
    await browser.tabs.update(tab.id, { active: true, url });
    if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
  },
} satisfies Pick<PopupHost, 'readExtras' | 'readDraft' | 'saveDraft' | 'dismissConflict' | 'openSheet' | 'rememberView'> & { forgetViews(): void };
