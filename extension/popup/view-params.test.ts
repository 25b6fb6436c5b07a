import { describe, expect, it } from 'vitest';
import { checkInPath } from '../check-in/check-in-link.js';
import { readView } from './view-params.js';

const searchOf = (path: string) => path.slice(path.indexOf('?'));

describe('readView', () => {
  it.each([
    ['the plain popup', '', { sprint: false, first: null }],
    ['the sprint', '?view=sprint', { sprint: true, first: null }],
    ["a reminder's summary", searchOf(checkInPath(null)), { sprint: true, first: null }],
    ["a reminder's key result", searchOf(checkInPath({ trackerId: 't 1', keyResultId: 'KR|2' })), { sprint: true, first: { trackerId: 't 1', keyResultId: 'KR|2' } }],
    ['a key result without its tracker', '?view=checkin&kr=KR1', { sprint: true, first: null }],
    ['a key result outside a check-in view', '?tracker=t1&kr=KR1', { sprint: false, first: null }],
    ['an unknown view', '?view=nope', { sprint: false, first: null }],
  ])('reads %s', (_name, search, view) => {
    expect(readView(search)).toEqual(view);
  });
});
