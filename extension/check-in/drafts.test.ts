import { describe, expect, it } from 'vitest';
import { keyResult } from '../test-support/sample-feed.js';
import { DRAFT_PREFIX, draftKey, draftProblem, draftsFrom, isDraft, readDraft } from './drafts.js';

const input = (value: string, confidence = '', note = '') => ({ value, confidence, note });

describe('drafts', () => {
  it('key one draft per tracker and key result, apart even with "|" in an ID', () => {
    expect(draftKey('t1', 'KR1')).toBe(`${DRAFT_PREFIX}t1|KR1`);
    expect(draftKey('a|b', 'c')).not.toBe(draftKey('a', 'b|c'));
  });

  it('read back what was stored', () => {
    expect(readDraft(input('42', '7', 'half'))).toEqual(input('42', '7', 'half'));
  });

  it.each([
    ['nothing stored', undefined],
    ['null', null],
    ['a string', '42'],
    ['a number in place of the value', { value: 42, confidence: '', note: '' }],
    ['a missing note', { value: '42', confidence: '' }],
  ])('read %s as no draft', (_name, stored) => {
    expect(readDraft(stored)).toBeNull();
  });

  it.each([
    ['an untouched form', input('36'), false],
    ['a changed value', input('37'), true],
    ['a confidence', input('36', '7'), true],
    ['a note', input('36', '', 'n'), true],
  ])('keep %s only when it differs from the start', (_name, typed, kept) => {
    expect(isDraft(typed, input('36'))).toBe(kept);
  });
});

describe('drafts that no longer read', () => {
  const percent = keyResult({ unit: '%', start: 0.65, target: 0.75, current: 0.7 });
  it('lists every stored draft by its key, and nothing else', () => {
    const draft = { value: '72', confidence: '', note: '' };
    expect(draftsFrom({ [draftKey('t1', 'KR1')]: draft, 'draft:bad': 3, other: draft })).toEqual({ [draftKey('t1', 'KR1')]: draft });
  });

  it.each([
    ['text on a numeric key result', { value: 'lots', confidence: '', note: '' }, 'Enter a number'],
    ['a decimal comma', { value: '72,5', confidence: '', note: '' }, 'Use a point for decimals: 72.5.'],
    ['a confidence out of range', { value: '72', confidence: '12', note: '' }, '1 to 10'],
  ])('names the problem with %s', (_name, draft, words) => {
    expect(draftProblem(draft, percent)).toContain(words);
  });

  it('says nothing of a draft that still reads, or of none', () => {
    expect(draftProblem({ value: '72', confidence: '7', note: 'ok' }, percent)).toBeNull();
    expect(draftProblem(undefined, percent)).toBeNull();
  });
});
