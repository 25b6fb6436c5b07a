/** Reads the whole picture for the popup and the badge, and tells the popup when it changes. */
import { browser } from '../platform/browser.js';
import type { Snapshot } from '../feed/snapshot.js';
import { snapshotFrom } from '../feed/snapshot.js';

export async function readSnapshot(): Promise<Snapshot> {
  return snapshotFrom(await browser.storage.local.get(null));
}

/** Calls `listener` after any change to storage.local; returns the function that stops it. */
export function onSnapshotChange(listener: () => void): () => void {
  const handler = (_changes: unknown, area: string) => {
    if (area === 'local') listener();
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
