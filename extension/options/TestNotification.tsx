import { useState } from 'preact/hooks';
import * as strings from '../strings/options.js';
import type { TestResult } from '../reminders/test-notification.js';
import { TEST_ADVICE } from '../reminders/test-notification.js';
import { useOptionsHost } from '../hosts/host-context.js';

/** "Send a test notification", and what to do when none appears (or the browser refuses). */
export function TestNotification() {
  const host = useOptionsHost();
  const [result, setResult] = useState<TestResult | 'sending' | null>(null);
  const send = () => {
    setResult('sending');
    void host.sendTestNotification().then(setResult, () => setResult('failed'));
  };
  return (
    <div class="field">
      <button type="button" onClick={send} disabled={result === 'sending'}>
        {result === 'sending' ? strings.sendingTest : strings.sendTest}
      </button>
      <p class={`hint test-result ${result === 'denied' || result === 'failed' ? 'problem' : ''}`} role="status">
        {result === null || result === 'sending' ? '' : TEST_ADVICE[result]}
      </p>
    </div>
  );
}
