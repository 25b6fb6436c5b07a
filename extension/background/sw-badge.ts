/**
 * Paints the badge from storage. Browsers forget badge text on restart, so this runs on every
 * worker start as well as after each refresh, send and local check-in
 * (https://github.com/w3c/webextensions/issues/249). Paints are serialised, and each reads storage once it holds the lock, so the
 * last paint always shows the latest state.
 */
import { browser } from '../platform/browser.js';
import { badgeState } from '../badge/badge-state.js';
import { withLock } from '../storage/with-lock.js';
import { readSnapshot } from '../storage/snapshot-store.js';
import { isOnline, userTimeZone } from './sw-environment.js';

export async function paintBadge(clock: () => number = Date.now): Promise<void> {
  await withLock('badge', async () => {
    const badge = badgeState({ snapshot: await readSnapshot(), now: clock(), timeZone: userTimeZone(), online: isOnline() });
    await Promise.all([
      browser.action.setBadgeText({ text: badge.text }),
      browser.action.setBadgeBackgroundColor({ color: badge.color }),
      browser.action.setTitle({ title: badge.title }),
    ]);
  });
}
