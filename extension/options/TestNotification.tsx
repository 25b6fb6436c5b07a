import { useState } from 'preact/hooks';
import * as say from '../lib/reminder-strings.js';
import type { TestResult } from '../lib/test-notification.js';
import { TEST_ADVICE } from '../lib/test-notification.js';
import { useReminderHost } from './reminder-host.js';

/** "Send a test notification", and what to do when none appears (or the browser refuses). */
export function TestNotification() {
  const host = useReminderHost();
  const [result, setResult] = useState<TestResult | 'sending' | null>(null);
  const send = () => {
    setResult('sending');
    void host.sendTestNotification().then(setResult, () => setResult('failed'));
  };
  return (
    <div class="field">
      <button type="button" onClick={send} disabled={result === 'sending'}>
        {result === 'sending' ? say.sendingTest : say.sendTest}
      </button>
      <p class={`hint test-result ${result === 'denied' || result === 'failed' ? 'problem' : ''}`} role="status">
        {result === null || result === 'sending' ? '' : TEST_ADVICE[result]}
      </p>
    </div>
  );
}
