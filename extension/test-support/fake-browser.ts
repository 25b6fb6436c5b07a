/**
 * An in-memory stand-in for the parts of `browser.*` the extension uses, with call counters.
 * How it differs from the real APIs:
 * - storage.local and storage.session hold structured clones (the real one stores JSON); onChanged fires
 *   synchronously after each write instead of on a later task; there are no quotas.
 * - alarms never fire by themselves: a test calls `fireAlarm(name)`; `when` and periods are
 *   recorded exactly, without Chrome's 30-second floor.
 * - runtime.sendMessage delivers to this fake's own onMessage listeners (the real one never
 *   reaches the sender's own context); the first listener that returns a value answers.
 * - notifications are recorded, and creating one with an existing ID replaces it, as in Chrome;
 *   `notificationsAs('firefox')` removes the button event and getPermissionLevel and refuses
 *   `buttons` the way Firefox's schema check does; `notificationLevel` answers getPermissionLevel.
 * - permissions.request grants whatever `grantPermissions` says, without a prompt.
 */
import { FakeEvent } from './fake-event.js';
import { createFakeStorage } from './fake-storage.js';

export interface FakeAlarm {
  name: string;
  scheduledTime: number;
  periodInMinutes?: number;
}

export interface FakeNotification {
  type: string;
  title: string;
  message: string;
  iconUrl?: string;
  buttons?: { title: string }[];
}

export function createFakeBrowser(now: () => number = Date.now) {
  const calls: Record<string, number> = {};
  const count = (name: string) => {
    calls[name] = (calls[name] ?? 0) + 1;
  };
  const alarms = new Map<string, FakeAlarm>();
  const notifications = new Map<string, FakeNotification>();
  const badge = { text: '', color: '', title: '' };
  const tabs: string[] = [];
  const granted = new Set<string>();
  const storage = createFakeStorage(count);
  const { store } = storage;
  const session = createFakeStorage(count, 'session', storage.onChanged);
  const alarmFired = new FakeEvent<[FakeAlarm]>();
  const messageReceived = new FakeEvent<[unknown, { id: string }]>();
  const notificationClicked = new FakeEvent<[string]>();
  const notificationButtonClicked = new FakeEvent<[string, number]>();

  const browser = {
    storage: { local: storage.area, session: session.area, onChanged: storage.onChanged },
    alarms: {
      async create(name: string, info: { when?: number; delayInMinutes?: number; periodInMinutes?: number }): Promise<void> {
        count('alarms.create');
        const scheduledTime = info.when ?? now() + (info.delayInMinutes ?? info.periodInMinutes ?? 0) * 60_000;
        alarms.set(name, { name, scheduledTime, ...(info.periodInMinutes === undefined ? {} : { periodInMinutes: info.periodInMinutes }) });
      },
      async get(name: string): Promise<FakeAlarm | undefined> {
        count('alarms.get');
        const alarm = alarms.get(name);
        return alarm && { ...alarm };
      },
      async getAll(): Promise<FakeAlarm[]> {
        return [...alarms.values()].map((alarm) => ({ ...alarm }));
      },
      async clear(name: string): Promise<boolean> {
        count('alarms.clear');
        return alarms.delete(name);
      },
      onAlarm: alarmFired,
    },
    action: {
      async setBadgeText({ text }: { text: string | null }): Promise<void> {
        count('action.setBadgeText');
        badge.text = text ?? '';
      },
      async getBadgeText(): Promise<string> {
        return badge.text;
      },
      async setBadgeBackgroundColor({ color }: { color: string }): Promise<void> {
        count('action.setBadgeBackgroundColor');
        badge.color = color;
      },
      async setTitle({ title }: { title: string | null }): Promise<void> {
        count('action.setTitle');
        badge.title = title ?? '';
      },
    },
    notifications: {
      async create(id: string, options: FakeNotification): Promise<string> {
        count('notifications.create');
        if (fake.refuseNotifications) throw new Error('Notifications are blocked');
        if (options.buttons !== undefined && browser.notifications.onButtonClicked === undefined) {
          throw new Error('Type error for parameter options (Property "buttons" is unsupported by Firefox) for notifications.create.');
        }
        notifications.set(id, structuredClone(options));
        return id;
      },
      async getAll(): Promise<Record<string, boolean>> {
        return Object.fromEntries([...notifications.keys()].map((id) => [id, true]));
      },
      getPermissionLevel: async (): Promise<string> => fake.notificationLevel,
      async clear(id: string): Promise<boolean> {
        count('notifications.clear');
        return notifications.delete(id);
      },
      onClicked: notificationClicked,
      onButtonClicked: notificationButtonClicked as FakeEvent<[string, number]> | undefined,
    },
    runtime: {
      id: 'fake-extension-id',
      getURL: (path: string) => `chrome-extension://fake-extension-id/${path.replace(/^\//, '')}`,
      async sendMessage(message: unknown): Promise<unknown> {
        count('runtime.sendMessage');
        const answers = messageReceived.emit(structuredClone(message), { id: 'fake-extension-id' }).filter((answer) => answer !== undefined);
        if (answers.length === 0) throw new Error('Could not establish connection. Receiving end does not exist.');
        return structuredClone(await answers[0]);
      },
      onMessage: messageReceived,
      onInstalled: new FakeEvent<[{ reason: string }]>(),
      onStartup: new FakeEvent<[]>(),
      async openOptionsPage(): Promise<void> {
        count('runtime.openOptionsPage');
      },
    },
    tabs: {
      async create({ url }: { url: string }): Promise<{ id: number; url: string }> {
        count('tabs.create');
        tabs.push(url);
        return { id: tabs.length, url };
      },
    },
    permissions: {
      async contains({ origins = [] }: { origins?: string[] }): Promise<boolean> {
        return origins.every((origin) => granted.has(origin));
      },
      async request({ origins = [] }: { origins?: string[] }): Promise<boolean> {
        count('permissions.request');
        if (!fake.grantPermissions) return false;
        for (const origin of origins) granted.add(origin);
        return true;
      },
    },
  };

  const fake = {
    browser,
    calls,
    store,
    alarms,
    notifications,
    badge,
    tabs,
    grantPermissions: true,
    /** What getPermissionLevel answers (Chrome: 'denied' when the user switched us off). */
    notificationLevel: 'granted' as 'granted' | 'denied',
    /** Every notifications.create rejects, as when the system refuses them. */
    refuseNotifications: false,
    /** Firefox's notifications: no buttons, no button event, no getPermissionLevel. */
    notificationsAs(kind: 'chrome' | 'firefox'): void {
      const api = browser.notifications as { onButtonClicked?: unknown; getPermissionLevel?: unknown };
      if (kind === 'firefox') {
        delete api.onButtonClicked;
        delete api.getPermissionLevel;
      } else {
        api.onButtonClicked = notificationButtonClicked;
        api.getPermissionLevel = async () => fake.notificationLevel;
      }
    },
    /** Fires an alarm as the browser would, awaiting every listener. */
    async fireAlarm(name: string): Promise<void> {
      const alarm = alarms.get(name);
      if (alarm === undefined) throw new Error(`no alarm named ${name}`);
      await Promise.all(alarmFired.emit({ ...alarm }));
    },
    async clickNotification(id: string): Promise<void> {
      await Promise.all(notificationClicked.emit(id));
    },
    async clickNotificationButton(id: string, index: number): Promise<void> {
      await Promise.all(notificationButtonClicked.emit(id, index));
    },
    /** Forgets everything, as a fresh profile would. */
    reset(): void {
      for (const key of Object.keys(calls)) delete calls[key];
      store.clear();
      session.store.clear();
      alarms.clear();
      notifications.clear();
      Object.assign(badge, { text: '', color: '', title: '' });
      tabs.length = 0;
      granted.clear();
      fake.grantPermissions = true;
      fake.notificationLevel = 'granted';
      fake.refuseNotifications = false;
      fake.notificationsAs('chrome');
      for (const event of [storage.onChanged, alarmFired, messageReceived, notificationClicked, notificationButtonClicked]) event.listeners.clear();
    },
  };
  return fake;
}
