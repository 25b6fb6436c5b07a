/**
 * The extras host (extras-browser.ts) loaded on its first use, in its own chunk: snoozes,
 * conflicts, drafts and tabs are not needed to paint the list, and their code (conflicts,
 * drafts, snooze rules, tab matching) would cost the first paint's budget.
 */
import type { ExtrasHost } from './extras.js';

const load = () => import('./extras-browser.js').then((module) => module.extrasHost);

export const deferredExtrasHost: ExtrasHost = {
  readExtras: async () => (await load()).readExtras(),
  readDraft: async (trackerId, keyResultId) => (await load()).readDraft(trackerId, keyResultId),
  saveDraft: async (trackerId, keyResultId, input) => (await load()).saveDraft(trackerId, keyResultId, input),
  dismissConflict: async (trackerId, keyResultId) => (await load()).dismissConflict(trackerId, keyResultId),
  openSheet: async (url) => (await load()).openSheet(url),
};
