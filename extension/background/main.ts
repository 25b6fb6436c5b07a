/**
 * The background worker. Every listener is registered synchronously at the top level, so an
 * event that wakes a stopped worker finds its listener; nothing is kept in module variables,
 * because the worker is stopped after ~30 s idle. State lives in storage.local.
 * https://developer.chrome.com/docs/extensions/develop/concepts/service-workers/lifecycle
 */
import { browser } from '../platform/browser.js';
import { handleMessage } from './sw-messages.js';
import { openFromButton, openFromNotification } from './sw-notifications.js';
import { handleAlarm, onStorageChanged, onWorkerStart, syncAll } from './sw-sync.js';

/** Logs a failed task; returns the promise so a caller that wants to (a test) can await it. */
function report(task: Promise<unknown>): Promise<void> {
  // Only the error's name: messages of network errors can carry the feed URL and its token.
  return task.then(
    () => undefined,
    (error: unknown) => console.warn('okr-sheets background task failed:', error instanceof Error ? error.name : 'error'),
  );
}

browser.runtime.onInstalled.addListener(() => report(syncAll(true)));
// A browser start refreshes at once: the copy from the last session may be hours old.
browser.runtime.onStartup.addListener(() => report(syncAll(false)));
browser.alarms.onAlarm.addListener((alarm) => report(handleAlarm(alarm)));
browser.runtime.onMessage.addListener((message: unknown) => handleMessage(message));
browser.storage.onChanged.addListener((changes, area) => report(onStorageChanged(changes, area)));
browser.notifications.onClicked.addListener((id) => report(openFromNotification(id)));
// Chrome only: Firefox has no notification buttons, and no such event.
browser.notifications.onButtonClicked?.addListener((id, index) => report(openFromButton(id, index)));

void report(onWorkerStart());
