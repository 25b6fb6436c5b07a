import { describe, expect, it } from 'vitest';
import { useRuntime } from './fixtures.js';

describe('Session (https://developers.google.com/apps-script/reference/base/session)', () => {
  it('reports the active and effective users and the script zone: the manifest’s, not the spreadsheet’s', () => {
    const { services } = useRuntime({ user: 'alice@example.com', owner: 'owner@example.com', timeZone: 'Europe/Paris' });
    expect([services.Session.getActiveUser().getEmail(), services.Session.getEffectiveUser().getEmail(), services.Session.getScriptTimeZone()]).toEqual([
      'alice@example.com',
      'owner@example.com',
      'Etc/UTC',
    ]);
    expect(services.SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone()).toBe('Europe/Paris');
  });

  it('gives an empty email for an anonymous user', () => {
    const { services } = useRuntime({ user: '' });
    expect(services.Session.getActiveUser().getEmail()).toBe('');
  });

  it('keeps the temporary user key for 30 days, then rotates it', () => {
    let now = new Date('2026-01-15T15:00:00Z');
    const { services } = useRuntime({ now: () => now });
    const keys = new Set<string>();
    for (let day = 0; day < 90; day += 1) {
      now = new Date(Date.parse('2026-01-15T15:00:00Z') + day * 86_400_000);
      keys.add(services.Session.getTemporaryActiveUserKey());
    }
    expect(keys.size).toBeGreaterThanOrEqual(3);
    expect(keys.size).toBeLessThanOrEqual(4);
  });
});

describe('Logger and console', () => {
  it('record every line in runtime.logs', () => {
    const { services, logs } = useRuntime();
    services.Logger.log('Graded %s rows in %d ms', 'all', 12).log({ ok: true });
    services.console.warn('careful', 3);
    expect(logs).toEqual(['Graded all rows in 12 ms', '{"ok":true}', 'careful 3']);
    expect(services.Logger.getLog()).toBe('Graded all rows in 12 ms\n{"ok":true}');
  });
});
