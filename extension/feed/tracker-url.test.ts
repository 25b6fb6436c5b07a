import { describe, expect, it } from 'vitest';
import { checkFeedUrl } from './tracker-url.js';
import { DEV_URL_REFUSED, webAppUrlKind } from '../../shared/web-app-url.js';

describe('checkFeedUrl and Google web-app URLs', () => {
  it.each([
    'https://script.google.com/macros/s/AKfycbx123_-abc/exec',
    'https://script.google.com/a/macros/example.com/s/AKfycbx123/exec',
  ])('accepts the deployed /exec URL %s', (url) => {
    expect(checkFeedUrl(url)).toEqual({ ok: true, url });
  });

  it.each([
    'https://script.google.com/macros/s/1AbCdEf_scriptId/dev',
    'https://script.google.com/a/macros/example.com/s/1AbCdEf/dev',
    'https://script.google.com/macros/s/1AbCdEf/dev?x=1',
  ])('refuses the /dev test URL %s and says how to get the /exec one', (url) => {
    const check = checkFeedUrl(url);
    expect(check).toEqual({ ok: false, message: DEV_URL_REFUSED });
    expect(DEV_URL_REFUSED).toContain('npm run deploy');
    expect(DEV_URL_REFUSED).toContain('Deploy → Manage deployments');
  });

  it.each([
    [null, 'none'],
    ['', 'none'],
    ['https://script.google.com/macros/s/AKfyc/exec', 'exec'],
    ['https://script.google.com/macros/s/AKfyc/dev', 'dev'],
    ['https://script.google.com/macros/s/AKfyc/exec/extra', 'other'],
    ['https://example.com/macros/s/AKfyc/exec', 'other'],
  ] as const)('classifies %s as %s', (url, kind) => {
    expect(webAppUrlKind(url)).toBe(kind);
  });
});
