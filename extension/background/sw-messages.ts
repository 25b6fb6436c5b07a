/** Answers the pages' messages (lib/messages.ts). Any failure is reported, never thrown at the page. */
import type { Reply } from '../lib/messages.js';
import { isMessage } from '../lib/messages.js';
import { afterOptionsSaved, sendOutbox, syncAll } from './sw-sync.js';

export async function handleMessage(message: unknown): Promise<Reply> {
  if (!isMessage(message)) return { ok: false, error: 'unknown message' };
  try {
    if (message.type === 'refresh') await syncAll(true);
    else if (message.type === 'send-outbox') await sendOutbox();
    else await afterOptionsSaved();
    return { ok: true };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.name : 'error' };
  }
}
