/**
 * The check-in sprint: the due key results one after another, keyboard first. The queue is
 * fixed when the sprint starts (a saved check-in leaves the due list at once, and must not
 * shift what comes next); each step either saves or skips, and the end shows the tally.
 */
import type { Sprint, SprintEntry } from './sprint-start.js';

export type { Sprint, SprintEntry } from './sprint-start.js';
export { startSprint } from './sprint-start.js';

export function currentEntry(sprint: Sprint): SprintEntry | null {
  return sprint.queue[sprint.at] ?? null;
}

export function isOver(sprint: Sprint): boolean {
  return sprint.at >= sprint.queue.length;
}

function advance(sprint: Sprint, outcome: 'saved' | 'skipped', lastSaved: string | null): Sprint {
  if (isOver(sprint)) return sprint;
  return { ...sprint, at: sprint.at + 1, [outcome]: sprint[outcome] + 1, lastSaved };
}

export const afterSave = (sprint: Sprint, title: string): Sprint => advance(sprint, 'saved', title);
export const afterSkip = (sprint: Sprint): Sprint => advance(sprint, 'skipped', null);

/**
 * Confidence from one key press: 1–9 as themselves and 0 as 10 (the key after 9 on a
 * keyboard's number row); anything else is not a confidence key.
 */
export function confidenceKey(key: string): number | null {
  if (!/^[0-9]$/.test(key)) return null;
  return key === '0' ? 10 : Number(key);
}

/**
 * The confidence a key press in a check-in form sets, or null. Digits count anywhere but in the
 * fields that take typed text: in Value (`valueField`), 7 is part of the number; in Note, a word.
 */
export function confidenceFromKey(event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'target'>, valueField: EventTarget | null): number | null {
  if (event.altKey || event.ctrlKey || event.metaKey || event.target === valueField) return null;
  if ((event.target as { tagName?: string } | null)?.tagName === 'TEXTAREA') return null;
  return confidenceKey(event.key);
}
