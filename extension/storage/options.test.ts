import { describe, expect, it } from 'vitest';
import type { Options } from './options.js';
import { defaults, mergeOptions, normaliseOptions, validateOptions } from './options.js';
import { checkFeedUrl, isGoogleScriptUrl, siteOf } from '../feed/tracker-url.js';

const good = { id: 't1', name: 'Team', url: 'https://script.google.com/macros/s/abc/exec', token: 'tok' };
const options = (patch: Partial<Options> = {}): Options => ({ ...defaults, trackers: [good], ...patch });

describe('mergeOptions', () => {
  it.each([
    ['nothing stored', undefined],
    ['text instead of an object', 'oops'],
    ['values of the wrong types', { trackers: 'x', name: 3, refreshMinutes: '30', reminders: 'yes' }],
    ['an interval out of range', { refreshMinutes: 1 }],
  ])('falls back to the defaults for %s', (_name, stored) => {
    expect(mergeOptions(stored)).toEqual(defaults);
  });

  it('keeps stored values over the defaults and drops malformed trackers', () => {
    expect(mergeOptions({ trackers: [good, { id: 1 }], name: 'Ada', refreshMinutes: 15 })).toEqual({ ...defaults, trackers: [good], name: 'Ada', refreshMinutes: 15 });
  });
});

describe('validateOptions', () => {
  it('accepts good options and the local demo', () => {
    expect(validateOptions(options())).toEqual([]);
    expect(validateOptions(options({ trackers: [{ ...good, url: 'http://127.0.0.1:8787/exec' }] }))).toEqual([]);
  });

  it.each([
    ['a plain http address', { trackers: [{ ...good, url: 'http://script.google.com/exec' }] }, 'trackers.0.url', 'Only https://'],
    ['an ftp address', { trackers: [{ ...good, url: 'ftp://example.com/' }] }, 'trackers.0.url', 'Only https://'],
    ['no address', { trackers: [{ ...good, url: '  ' }] }, 'trackers.0.url', 'Enter the feed URL'],
    ['not an address', { trackers: [{ ...good, url: 'script google' }] }, 'trackers.0.url', 'not a web address'],
    ['the token in the address', { trackers: [{ ...good, url: `${good.url}?token=abc` }] }, 'trackers.0.url', 'Access token'],
    ['a password in the address', { trackers: [{ ...good, url: 'https://me:pw@example.com/exec' }] }, 'trackers.0.url', 'user name and password'],
    ['no token', { trackers: [{ ...good, token: ' ' }] }, 'trackers.0.token', 'Enter the access token'],
    ['an interval below 5 minutes', { refreshMinutes: 4 }, 'refreshMinutes', 'from 5 to 60'],
    ['an interval above an hour', { refreshMinutes: 61 }, 'refreshMinutes', 'from 5 to 60'],
    ['a fractional interval', { refreshMinutes: 7.5 }, 'refreshMinutes', 'whole number'],
    ['an empty interval', { refreshMinutes: Number.NaN }, 'refreshMinutes', 'whole number'],
    ['a very long name', { name: 'A'.repeat(201) }, 'name', 'under 200'],
    ['working hours that end before they start', { workStart: '18:00', workEnd: '08:00' }, 'workEnd', 'after its start'],
    ['no working day', { workingDays: [] }, 'workingDays', 'at least one working day'],
  ])('refuses %s with a clear message', (_name, patch, field, words) => {
    expect(validateOptions(options(patch))).toEqual([{ field, message: expect.stringContaining(words) }]);
  });

  it('ignores a tracker row left entirely blank, and saving drops it', () => {
    const withBlank = options({ trackers: [good, { id: 't2', name: ' ', url: '', token: '' }] });
    expect(validateOptions(withBlank)).toEqual([]);
    expect(normaliseOptions(withBlank).trackers).toEqual([good]);
  });

  it('saves the working days in order, each once', () => {
    expect(normaliseOptions(options({ workingDays: [5, 1, 5, 3] })).workingDays).toEqual([1, 3, 5]);
  });

  it('names an unnamed tracker and trims what was typed', () => {
    const saved = normaliseOptions(options({ name: ' Ada ', trackers: [{ ...good, name: '', url: ` ${good.url} `, token: ' tok ' }] }));
    expect(saved).toMatchObject({ name: 'Ada', trackers: [{ name: '', url: good.url, token: 'tok' }] });
  });
});

describe('tracker addresses', () => {
  it('names only the host in messages', () => {
    expect(siteOf('https://script.google.com/macros/s/secret/exec?token=t')).toBe('script.google.com');
    expect(siteOf('not a url')).toBe('the tracker');
  });

  it.each([
    ['https://script.google.com/macros/s/x/exec', true],
    ['https://script.googleusercontent.com/macros/echo', false],
    ['http://127.0.0.1:8787/exec', false],
  ])('knows whether %s is an Apps Script web app', (url, google) => expect(isGoogleScriptUrl(url)).toBe(google));

  it('accepts localhost over http for the demo', () => {
    expect(checkFeedUrl('http://localhost:8787/exec')).toEqual({ ok: true, url: 'http://localhost:8787/exec' });
  });
});
