// The web app when Google gives it no spreadsheet: getActiveSpreadsheet() is not promised inside
// doGet/doPost (https://developers.google.com/apps-script/guides/bound), and a standalone project
// has none. The answer names the fix (README, Troubleshooting), never a bare "internal".
import { afterEach, describe, expect, it } from 'vitest';
import { get, newTracker, post, publish, type Tracker } from './harness.js';

let tracker: Tracker | undefined;
afterEach(() => tracker?.runtime.destroy());

describe('web app without its spreadsheet', { timeout: 60_000 }, () => {
  it('answers not-bound with the fix, for the feed and for a check-in', () => {
    tracker = newTracker({ runtime: { activeSpreadsheetInWebApp: false } });
    const t = tracker;
    const token = publish(t);
    const feed = t.runtime.webAppRequest(() => get(t, { token }));
    expect(feed.error.code).toBe('not-bound');
    expect(feed.error.message).toContain('Extensions → Apps Script');
    expect(feed.error.message).toContain('npm run deploy');
    const answer = t.runtime.webAppRequest(() => post(t, { token, id: 'KR1', value: 0.7, requestId: 'not-bound-1' }));
    expect(answer.error.code).toBe('not-bound');
    expect(t.runtime.logs.join('\n')).not.toContain(token);
  });

  it('serves the feed when Google gives the bound spreadsheet, as it commonly does', () => {
    tracker = newTracker();
    const t = tracker;
    const token = publish(t);
    expect(t.runtime.webAppRequest(() => get(t, { token })).keyResults).toHaveLength(6);
  });
});
