/**
 * What the pages say to the background worker (runtime.sendMessage). Plain JSON both ways.
 * The pages write to storage first and then send one of these; the worker owns the network.
 */
import type { SnoozeMessage } from '../check-in/snooze-message.js';

export type Message =
  /** Popup opened or "Refresh" clicked: send the outbox now, then read every feed. */
  | { type: 'refresh' }
  /** A check-in was added to the outbox, or "Retry now" was clicked. */
  | { type: 'send-outbox' }
  /** The options page saved: re-create the alarm and read the feeds. */
  | { type: 'options-saved' }
  /** "Snooze until next check-in" on a key result, or its undo (check-in/snooze-message.ts). */
  | SnoozeMessage;

export type Reply = { ok: true } | { ok: false; error: string };

// A snooze is recognised by isSnoozeMessage, which checks its fields too.
const TYPES: ReadonlySet<string> = new Set(['refresh', 'send-outbox', 'options-saved']);

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && TYPES.has((value as { type?: unknown }).type as string);
}
