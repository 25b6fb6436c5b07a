import { describe, expect, it } from 'vitest';
import { DRAFT_PREFIX, draftKey, isDraft, readDraft } from './drafts.js';

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
