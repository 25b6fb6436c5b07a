/**
 * Answers the pages' messages (platform/messages.ts, the popup's snooze, check-in/snooze-message.ts,
 * and the page that keeps the popup's views, platform/views-messages.ts).
 * Any failure is reported, never thrown at the page.
 */
import type { Reply } from '../platform/messages.js';
import { isMessage } from '../platform/messages.js';
import { isSnoozeMessage } from '../check-in/snooze-message.js';
import { isViewsMessage, type ViewsData } from '../platform/views-messages.js';
import { applySnooze } from './sw-snooze.js';
import { afterOptionsSaved, sendOutbox, syncAll } from './sw-sync.js';
import { answerViewsPage } from './sw-views.js';

export async function handleMessage(message: unknown): Promise<Reply | ViewsData> {
  try {
    if (isSnoozeMessage(message)) return await applySnooze(message);
    if (isViewsMessage(message)) return await answerViewsPage(message);
    if (!isMessage(message)) return { ok: false, error: 'unknown message' };
    if (message.type === 'refresh') await syncAll(true);
    else if (message.type === 'send-outbox') await sendOutbox();
    else await afterOptionsSaved();
    return { ok: true };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.name : 'error' };
  }
}
