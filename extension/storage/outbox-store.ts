/** The outbox in storage.local, one key per check-in (see storage/storage-keys.ts for why). */
import { browser } from '../platform/browser.js';
import type { OutboxItem } from '../check-in/outbox.js';
import { inSendingOrder, isOutboxItem } from '../check-in/outbox.js';
import { OUTBOX_PREFIX, outboxKey } from './storage-keys.js';

export async function readOutbox(): Promise<OutboxItem[]> {
  const all = await browser.storage.local.get(null);
  const items = Object.entries(all)
    .filter(([key]) => key.startsWith(OUTBOX_PREFIX))
    .map(([, value]) => value)
    .filter(isOutboxItem);
  return inSendingOrder(items);
}

export async function putOutboxItem(item: OutboxItem): Promise<void> {
  await browser.storage.local.set({ [outboxKey(item.requestId)]: item });
}

export async function removeOutboxItem(requestId: string): Promise<void> {
  await browser.storage.local.remove(outboxKey(requestId));
}
