/**
 * ArrowUp/ArrowDown in a check-in's value field. The field holds what the user types (percent
 * points for a percent key result), so the text is read and written back through
 * shared/check-in/value-entry.ts, and the step is its `nudgeStep`: one point for percent, 0.1 for a small
 * range, a round hundredth of a big one, 1 otherwise. Up moves toward the target, so on a
 * "decrease" key result (target below start) it lowers the value.
 */
import type { FeedKeyResult } from '../../shared/feed/feed.js';
import type { ValueScale } from '../../shared/check-in/value-entry.js';
import { inputText, nudgeStep, parseValue, towardTarget } from '../../shared/check-in/value-entry.js';

export { nudgeStep };

type Scale = Pick<FeedKeyResult, 'unit' | 'start' | 'target' | 'current'> & Partial<Pick<FeedKeyResult, 'type'>>;

const decimalsOf = (step: number) => Math.max(0, -Math.floor(Math.log10(step)));

/**
 * The field's text moved one step toward the target (`key` 'up') or away from it ('down'),
 * rounded to the step so 0.1 + 0.2 reads "0.3". Text that is not a number (a milestone's
 * "done") stays as it is; an empty field starts from the key result's current value.
 */
export function nudge(text: string, key: 'up' | 'down', keyResult: Scale): string {
  const scale: ValueScale = { ...keyResult, type: keyResult.type ?? null };
  const parsed = text.trim() === '' ? { ok: true as const, value: typeof scale.current === 'number' ? scale.current : 0 } : parseValue(scale, text);
  if (!parsed.ok || typeof parsed.value !== 'number') return text;
  const step = nudgeStep(scale);
  const direction = (key === 'up' ? 1 : -1) * towardTarget(scale);
  const moved = Number((Math.round(parsed.value / step) * step + direction * step).toFixed(decimalsOf(step)));
  return inputText(scale, moved);
}
