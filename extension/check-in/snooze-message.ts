/**
 * The popup's "Snooze until next check-in" (and its undo), sent with runtime.sendMessage:
 *   { type: 'snooze', trackerId: string, keyResultId: string, snoozed: boolean }
 * The worker answers { ok: true }, or { ok: false, error } for a key result it does not know.
 */
export interface SnoozeMessage {
  type: 'snooze';
  trackerId: string;
  keyResultId: string;
  /** true snoozes; false wakes a snoozed key result. */
  snoozed: boolean;
}

export function isSnoozeMessage(value: unknown): value is SnoozeMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Partial<SnoozeMessage>;
  return (
    message.type === 'snooze' &&
    typeof message.trackerId === 'string' &&
    message.trackerId !== '' &&
    typeof message.keyResultId === 'string' &&
    message.keyResultId !== '' &&
    typeof message.snoozed === 'boolean'
  );
}
