import { describe, expect, it } from 'vitest';
import { useRuntime } from './fixtures.js';

describe('createRuntime options', () => {
  it('defaults like a new Sheets file in New York, owned by owner@example.com', () => {
    const { services } = useRuntime();
    const ss = services.SpreadsheetApp.getActiveSpreadsheet();
    expect([ss.getName(), ss.getSpreadsheetTimeZone(), services.Session.getActiveUser().getEmail(), ss.getActiveSheet().getMaxRows()]).toEqual([
      'OKR tracker',
      'America/New_York',
      'owner@example.com',
      1000,
    ]);
  });

  it('uses the options given', () => {
    const { services } = useRuntime({ timeZone: 'Europe/Berlin', user: 'ana@example.com', spreadsheetName: 'Team OKRs', maxRows: 50, maxColumns: 8 });
    const ss = services.SpreadsheetApp.getActiveSpreadsheet();
    expect([ss.getName(), ss.getSpreadsheetTimeZone(), services.Session.getActiveUser().getEmail(), ss.getActiveSheet().getMaxRows(), ss.getActiveSheet().getMaxColumns()]).toEqual([
      'Team OKRs',
      'Europe/Berlin',
      'ana@example.com',
      50,
      8,
    ]);
  });

  it.each([
    [{ timeZone: 'Mars/Olympus' }, 'createRuntime: options.timeZone must be an IANA zone such as America/New_York or GMT+4:00, got "Mars/Olympus"'],
    [{ timeZone: '' }, 'createRuntime: options.timeZone must be a non-empty string, got ""'],
    [{ now: new Date(0) }, 'createRuntime: options.now is required and must be a function returning a Date'],
    [{ now: undefined }, 'createRuntime: options.now is required and must be a function returning a Date'],
    [{ scriptTimeZone: 'Mars/Olympus' }, 'createRuntime: options.scriptTimeZone must be an IANA zone such as Etc/UTC or GMT+4:00, got "Mars/Olympus"'],
    [{ user: 42 }, 'createRuntime: options.user must be a string, got 42'],
    [{ spreadsheetName: '  ' }, 'createRuntime: options.spreadsheetName must be a non-empty string'],
    [{ maxRows: 0 }, 'createRuntime: options.maxRows must be an integer from 1 to 10000000, got 0'],
    [{ maxRows: 2.5 }, 'createRuntime: options.maxRows must be an integer from 1 to 10000000, got 2.5'],
    [{ maxColumns: 20000 }, 'createRuntime: options.maxColumns must be an integer from 1 to 18278, got 20000'],
  ])('rejects %j', (options, message) => {
    expect(() => useRuntime(options as never)).toThrow(message);
  });

  it('refuses a script zone other than the process’s, saying how to run it', () => {
    // The workbook tests run with TZ = the manifest's zone (vitest.config.ts), Etc/UTC.
    expect(() => useRuntime({ scriptTimeZone: 'America/New_York' })).toThrow(
      /the script's zone is America\/New_York but this process runs in (Etc\/)?UTC.*Run with TZ=America\/New_York/,
    );
  });

  it('takes a script zone that is the process’s under another name', () => {
    const { services } = useRuntime({ scriptTimeZone: 'UTC', timeZone: 'Australia/Sydney' });
    expect([services.Session.getScriptTimeZone(), services.SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone()]).toEqual(['UTC', 'Australia/Sydney']);
  });

  it('fails clearly when the clock returns something other than a Date', () => {
    const { services } = useRuntime({ now: () => 'soon' as never });
    expect(() => services.Session.getTemporaryActiveUserKey()).toThrow('runtime clock: options.now() must return a valid Date, got soon');
  });

  it('keeps runtimes independent', () => {
    const a = useRuntime();
    const b = useRuntime();
    a.services.SpreadsheetApp.getActiveSpreadsheet().getActiveSheet().getRange('A1').setValue('a');
    a.services.PropertiesService.getScriptProperties().setProperty('k', 'a');
    expect(b.services.SpreadsheetApp.getActiveSpreadsheet().getActiveSheet().getRange('A1').getValue()).toBe('');
    expect(b.services.PropertiesService.getScriptProperties().getProperty('k')).toBeNull();
    expect(b.calls.count('Range.setValue')).toBe(0);
  });
});
