import { beforeEach, describe, expect, it } from 'vitest';
import { createFakeBrowser } from '../test-support/fake-browser.js';
import type { NotificationsApi } from './show-notification.js';
import { notificationsAllowed, showNotification, supportsButtons } from './show-notification.js';
import { TEST_ADVICE, sendTestNotification } from './test-notification.js';

const fake = createFakeBrowser();
const api = () => fake.browser.notifications as unknown as NotificationsApi;
const content = { title: 'Check-in due', message: 'NPS (Team)', iconUrl: 'icon.png' };

beforeEach(() => fake.reset());

describe('showNotification', () => {
  it('adds a "Check in" button in Chrome', async () => {
    expect(await showNotification(api(), 'n1', content, true)).toBe('with-button');
    expect(fake.notifications.get('n1')).toEqual({ type: 'basic', ...content, buttons: [{ title: 'Check in' }] });
  });

  it('shows a basic notification in Firefox, which has no buttons', async () => {
    fake.notificationsAs('firefox');
    expect(supportsButtons(api())).toBe(false);
    expect(await showNotification(api(), 'n1', content, true)).toBe('basic');
    expect(fake.notifications.get('n1')).toEqual({ type: 'basic', ...content });
  });

  it('falls back to a basic notification when a browser with the event still refuses buttons', async () => {
    const refusing: NotificationsApi = {
      onButtonClicked: {},
      create: async (id, options) => {
        if (options.buttons) throw new TypeError('buttons unsupported');
        return id;
      },
    };
    expect(await showNotification(refusing, 'n1', content, true)).toBe('basic');
  });

  it('leaves the button out when asked to', async () => {
    await showNotification(api(), 'summary', content, false);
    expect(fake.notifications.get('summary')?.buttons).toBeUndefined();
  });

  it('rejects when even a basic notification is refused', async () => {
    fake.refuseNotifications = true;
    await expect(showNotification(api(), 'n1', content, true)).rejects.toThrow('blocked');
  });
});

describe('notificationsAllowed', () => {
  it.each([
    ['Chrome, allowed', 'chrome', 'granted', true],
    ['Chrome, switched off', 'chrome', 'denied', false],
    ['Firefox, which cannot tell', 'firefox', 'denied', true],
  ] as const)('%s', async (_name, kind, level, allowed) => {
    fake.notificationsAs(kind);
    fake.notificationLevel = level;
    expect(await notificationsAllowed(api())).toBe(allowed);
  });

  it('counts an API that throws as allowed: the attempt itself will tell', async () => {
    expect(await notificationsAllowed({ create: async (id) => id, getPermissionLevel: () => Promise.reject(new Error('x')) })).toBe(true);
  });
});

describe('sendTestNotification', () => {
  it('shows a notification that looks like a reminder, and still says what to do if none appeared', async () => {
    expect(await sendTestNotification(api(), 'icon.png', 42)).toBe('sent');
    expect(fake.notifications.get('test|42')).toMatchObject({ title: 'OKR Sheets test notification', buttons: [{ title: 'Check in' }] });
    expect(TEST_ADVICE.sent).toContain('system settings');
  });

  it('explains a switched-off extension without trying', async () => {
    fake.notificationLevel = 'denied';
    expect(await sendTestNotification(api(), 'icon.png', 42)).toBe('denied');
    expect(fake.calls['notifications.create']).toBeUndefined();
  });

  it('explains a refused notification instead of failing', async () => {
    fake.refuseNotifications = true;
    expect(await sendTestNotification(api(), 'icon.png', 42)).toBe('failed');
  });
});
