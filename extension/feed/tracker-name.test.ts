import { describe, expect, it } from 'vitest';
import { trackerName } from './tracker-name.js';

describe('trackerName', () => {
  const feed = { tracker: { name: 'Team OKRs 2027', url: null } } as never;
  it.each([
    ['', feed, 'Team OKRs 2027'],
    ['  Sales  ', feed, 'Sales'],
    ['My tracker', feed, 'Team OKRs 2027'],
    ['Tracker 2', feed, 'Team OKRs 2027'],
    ['My tracker', null, 'My tracker'],
    ['', null, 'The tracker'],
    ['My trackers', feed, 'My trackers'],
  ])('names a tracker typed as "%s" with its feed %o: "%s"', (name, withFeed, expected) => {
    expect(trackerName({ name }, withFeed)).toBe(expected);
  });
});
