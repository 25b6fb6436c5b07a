/** Messages the background worker; a worker that cannot answer is reported, never thrown. */
import { browser } from '../platform/browser.js';
import type { Message, Reply } from '../platform/messages.js';

export async function sendToWorker(message: Message): Promise<Reply> {
  try {
    return (await browser.runtime.sendMessage(message)) as Reply;
  } catch {
    // The worker is being restarted; storage still holds the work, and its next start picks it up.
    return { ok: false, error: 'no-worker' };
  }
}
