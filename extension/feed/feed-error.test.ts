import { describe, expect, it } from 'vitest';
import type { FeedError } from './feed-error.js';
import { apiError, badUrlError, blocksCheckIns, fixFor, htmlError, httpError, invalidAnswerError, offlineError, timeoutError, unreachableError } from './feed-error.js';

describe('fixFor: the button beside a problem', () => {
  it.each<[string, FeedError, 'options' | 'retry']>([
    ['a refused token', apiError('unauthorized', 'The access token is wrong.'), 'options'],
    ['a wrong address', badUrlError('That is not a web address.'), 'options'],
    ['a web page instead of the feed', htmlError(), 'options'],
    ['no such page (404)', httpError('script.google.com', 404), 'options'],
    ['a busy tracker', apiError('conflict', ''), 'retry'],
    ['a server error (503)', httpError('script.google.com', 503), 'retry'],
    ['being offline', offlineError(), 'retry'],
    ['a server that did not answer', unreachableError('script.google.com'), 'retry'],
    ['a timeout', timeoutError('script.google.com', 20), 'retry'],
    ['a feed this version cannot read', invalidAnswerError(['x']), 'retry'],
  ])('offers %s its fix', (_name, error, fix) => {
    expect(fixFor(error)).toBe(fix);
    expect(blocksCheckIns(error)).toBe(fix === 'options');
  });

  it('blocks no check-in without an error', () => {
    expect(blocksCheckIns(null)).toBe(false);
    expect(blocksCheckIns(undefined)).toBe(false);
  });

  it('says nothing about retrying in the message: a Test on the options page is not retried', () => {
    for (const error of [apiError('internal', ''), offlineError(), unreachableError('x.test'), timeoutError('x.test', 20)]) expect(error.message).not.toMatch(/tried again/);
  });
});
