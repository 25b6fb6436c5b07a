/**
 * Shows a notification in whichever browser this is. Chrome gets a "Check in" button; Firefox
 * honours only type/title/message/iconUrl and rejects options it does not know, so the button
 * is added only where the browser has the event that reports its clicks, and a create that
 * still fails with it is retried without, as MDN documents:
 * https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/API/notifications/NotificationOptions
 * The notifications API comes in as an argument, so the worker and the options page share this.
 */
import * as strings from '../strings/worker.js';

export interface NotificationsApi {
  create(id: string, options: { type: 'basic'; title: string; message: string; iconUrl: string; buttons?: { title: string }[] }): Promise<string>;
  /** Chrome only. */
  onButtonClicked?: unknown;
  /** Chrome only: 'granted' or 'denied' (the user switched this extension's notifications off). */
  getPermissionLevel?: () => Promise<string>;
}

export interface NotificationContent {
  title: string;
  message: string;
  iconUrl: string;
}

export type Shown = 'with-button' | 'basic';

/** The options page's test notification: a click only closes it. */
export const TEST_NOTIFICATION_PREFIX = 'test|';

export function supportsButtons(api: NotificationsApi): boolean {
  return typeof api.onButtonClicked === 'object' && api.onButtonClicked !== null;
}

/** Rejects only when even a basic notification is refused; the caller explains that. */
export async function showNotification(api: NotificationsApi, id: string, content: NotificationContent, withButton: boolean): Promise<Shown> {
  const basic = { type: 'basic' as const, ...content };
  if (withButton && supportsButtons(api)) {
    try {
      await api.create(id, { ...basic, buttons: [{ title: strings.checkInButton }] });
      return 'with-button';
    } catch {
      // A browser that lists the event but refuses buttons: fall through to the basic toast.
    }
  }
  await api.create(id, basic);
  return 'basic';
}

/** False only when the browser says notifications are switched off; unknown counts as allowed. */
export async function notificationsAllowed(api: NotificationsApi): Promise<boolean> {
  if (typeof api.getPermissionLevel !== 'function') return true;
  try {
    return (await api.getPermissionLevel()) !== 'denied';
  } catch {
    return true;
  }
}
