import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import type { SprintEntry } from './sprint.js';
import { afterSave, afterSkip, confidenceFromKey, confidenceKey, currentEntry, isOver, startSprint } from './sprint.js';
import { sprintSummary } from '../strings/popup.js';

const entry = (keyResultId: string, trackerId = 't1'): SprintEntry => ({ trackerId, keyResultId });
const due = [entry('KR1'), entry('KR2'), entry('KR3', 't2'), entry('KR4')];

describe('the check-in sprint', () => {
  it('starts on the first due key result', () => {
    expect(currentEntry(startSprint(due))).toEqual(entry('KR1'));
  });

  it('puts the key result a reminder named first, once', () => {
    const sprint = startSprint(due, entry('KR3', 't2'));
    expect(sprint.queue.map((item) => item.keyResultId)).toEqual(['KR3', 'KR1', 'KR2', 'KR4']);
  });

  it('keeps the same key result ID of another tracker in the queue', () => {
    expect(startSprint(due, entry('KR1', 't2')).queue).toHaveLength(5);
  });

  it('moves to the next due key result after a save or a skip, and tallies both', () => {
    let sprint = startSprint(due);
    sprint = afterSave(sprint, 'KR');
    expect(currentEntry(sprint)).toEqual(entry('KR2'));
    sprint = afterSkip(sprint);
    expect(currentEntry(sprint)).toEqual(entry('KR3', 't2'));
    sprint = afterSave(afterSave(sprint, 'KR3'), 'KR4');
    expect(sprint.lastSaved).toBe('KR4');
    expect(isOver(sprint)).toBe(true);
    expect(currentEntry(sprint)).toBeNull();
    expect(sprintSummary(sprint.saved, sprint.skipped)).toBe('3 checked in, 1 skipped');
  });

  it('is over at once with nothing due, and stays over', () => {
    const sprint = startSprint([]);
    expect(isOver(sprint)).toBe(true);
    expect(afterSkip(afterSave(sprint, 'KR'))).toEqual(sprint);
  });

  test.prop([fc.array(fc.boolean(), { maxLength: 12 }), fc.integer({ min: 0, max: 8 })])('counts every step once and never more than the queue', (steps, size) => {
    const queue = Array.from({ length: size }, (_, i) => entry(`KR${i}`));
    const sprint = steps.reduce((state, save) => (save ? afterSave(state, 'KR') : afterSkip(state)), startSprint(queue));
    expect(sprint.saved + sprint.skipped).toBe(Math.min(steps.length, size));
    expect(sprint.at).toBe(sprint.saved + sprint.skipped);
  });
});

describe('confidence keys', () => {
  it.each([
    ['1', 1],
    ['7', 7],
    ['9', 9],
    ['0', 10],
  ])('reads %s as %i', (key, level) => {
    expect(confidenceKey(key)).toBe(level);
  });

  it.each(['a', 'Enter', '10', '', ' ', '-'])('ignores %j', (key) => {
    expect(confidenceKey(key)).toBeNull();
  });
});

describe('confidence from a key press in the form', () => {
  const value = { tagName: 'INPUT' };
  const press = (key: string, target: unknown, patch: Partial<KeyboardEvent> = {}) => ({ key, altKey: false, ctrlKey: false, metaKey: false, target, ...patch }) as unknown as KeyboardEvent;
  it.each([
    ['a digit in Confidence', press('7', { tagName: 'INPUT' }), 7],
    ['0 on a button', press('0', { tagName: 'BUTTON' }), 10],
    ['a digit in Value: part of the number', press('7', value), null],
    ['a digit in Note: part of the text', press('7', { tagName: 'TEXTAREA' }), null],
    ['Ctrl+7', press('7', { tagName: 'BUTTON' }, { ctrlKey: true }), null],
  ])('%s', (_name, event, level) => {
    expect(confidenceFromKey(event, value as unknown as EventTarget)).toBe(level);
  });
});
