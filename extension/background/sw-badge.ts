/**
 * Paints the badge from storage. Browsers forget badge text on restart, so this runs on every
 * worker start as well as after each refresh and send (extension-notes §c pitfall 7).
 */
import { browser } from '../platform/browser.js';
import { badgeFor } from '../lib/badge.js';
import { readSnapshot } from '../storage/snapshot-store.js';

export async function paintBadge(): Promise<void> {
  const badge = badgeFor(await readSnapshot());
  await Promise.all([
    browser.action.setBadgeText({ text: badge.text }),
    browser.action.setBadgeBackgroundColor({ color: badge.color }),
    browser.action.setTitle({ title: badge.title }),
  ]);
}
