import { describe, expect, it } from 'vitest';
import { keyResult, sampleFeed } from '../test-support/sample-feed.js';
import { defaults } from '../storage/options.js';
import { newOutboxItem } from '../check-in/outbox.js';
import { EMPTY_CACHE, readCache, snapshotFrom } from './snapshot.js';
import { refreshKey } from '../storage/storage-keys.js';

describe('snapshotFrom', () => {
  it('gathers options, caches and the outbox, oldest check-in first', () => {
    const item = (id: string, at: number) => newOutboxItem({ trackerId: 't1', keyResultId: 'KR1', keyResultTitle: 'x', value: 1, confidence: null, note: null, by: null }, id, at);
    const snapshot = snapshotFrom({
      options: { ...defaults, name: 'Ada' },
      'cache:t1': { feed: sampleFeed(), fetchedAt: 5, error: null },
      'outbox:b': item('b', 20),
      'outbox:a': item('a', 10),
      'outbox:junk': { requestId: 'junk' },
      notified: {},
    });
    expect(snapshot.options.name).toBe('Ada');
    expect(snapshot.caches).toEqual({ t1: { feed: sampleFeed(), fetchedAt: 5, error: null } });
    expect(snapshot.outbox.map((entry) => entry.requestId)).toEqual(['a', 'b']);
  });
});

describe('readCache', () => {
  it.each([
    ['nothing', undefined],
    ['text', 'feed'],
  ])('reads %s as an empty cache', (_name, value) => expect(readCache(value)).toEqual(EMPTY_CACHE));

  it.each([
    ['another version of the contract', { ...sampleFeed(), version: 2 }],
    ['a feed without key results', { ...sampleFeed(), keyResults: undefined }],
  ])('ignores a cached feed from %s, keeping its time', (_name, feed) => {
    expect(readCache({ feed, fetchedAt: 3, error: null })).toEqual({ feed: null, fetchedAt: 3, error: null });
  });

  it('takes the time and error from the refresh record, which is newer, and the feed from the cache', () => {
    const error = { kind: 'offline', message: 'x', permanent: false, at: 9 };
    const feed = sampleFeed([keyResult()]);
    expect(readCache({ feed, fetchedAt: 1, error: null }, { fetchedAt: 5, error })).toEqual({ feed, fetchedAt: 5, error });
    expect(readCache(undefined, { fetchedAt: 5, error })).toEqual({ feed: null, fetchedAt: 5, error });
    expect(readCache({ feed, fetchedAt: 1, error }, 'junk')).toEqual({ feed, fetchedAt: 1, error });
  });

  it('reads a refresh record without its cache into the snapshot', () => {
    const error = { kind: 'offline', message: 'x', permanent: false, at: 9 };
    const snapshot = snapshotFrom({ [refreshKey('t1')]: { fetchedAt: null, error } });
    expect(snapshot.caches).toEqual({ t1: { feed: null, fetchedAt: null, error } });
  });

  it('keeps a well-formed error and drops a malformed one', () => {
    const error = { kind: 'offline', message: 'x', permanent: false, at: 1 };
    expect(readCache({ feed: sampleFeed([keyResult()]), fetchedAt: 1, error }).error).toEqual(error);
    expect(readCache({ feed: null, fetchedAt: 1, error: { kind: 'offline' } }).error).toBeNull();
  });
});
