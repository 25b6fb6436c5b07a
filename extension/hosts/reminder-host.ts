/**
 * What the reminder settings ask of the browser, reached through a context like the options
 * host (ui/hosts.ts), so the components render in tests with a fake.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { TestResult } from '../reminders/test-notification.js';

export interface ReminderHost {
  sendTestNotification(): Promise<TestResult>;
}

export const ReminderHostContext = createContext<ReminderHost | null>(null);

export function useReminderHost(): ReminderHost {
  const host = useContext(ReminderHostContext);
  if (host === null) throw new Error('useReminderHost needs a ReminderHostContext provider');
  return host;
}
