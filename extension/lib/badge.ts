/**
 * The toolbar badge: the number of due check-ins (the user's own once a name is set), or "!"
 * when something needs attention and nothing is due, or nothing at all. The tooltip carries
 * the sentence behind the glyph (notifier-for-github maps each error to a glyph and a tooltip).
 */
import { defaultScope, dueItems } from './due.js';
import type { Snapshot } from './snapshot.js';
import * as strings from './strings.js';

export interface Badge {
  text: string;
  color: string;
  title: string;
}

export const BADGE_COLORS = { due: '#b35c00', problem: '#c5221f' } as const;

export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 99 ? '99+' : String(count);
}

export function badgeFor(snapshot: Snapshot): Badge {
  const { trackers, name } = snapshot.options;
  if (trackers.length === 0) return { text: '', color: BADGE_COLORS.due, title: strings.badgeNotConfigured };
  const due = dueItems(snapshot, defaultScope(name)).length;
  // A tracker with a last good feed still counts; only one we have never read is a problem.
  const broken = trackers.flatMap((tracker) => {
    const cache = snapshot.caches[tracker.id];
    return cache?.error && !cache.feed ? [`${tracker.name}: ${cache.error.message}`] : [];
  });
  const failed = snapshot.outbox.filter((item) => item.state === 'failed').length;
  const lines = [due > 0 ? strings.badgeDue(due) : strings.badgeNothingDue, ...broken];
  if (failed > 0) lines.push(strings.badgeNotSaved(failed));
  const title = [strings.appName, ...lines].join('\n');
  if (due > 0) return { text: badgeText(due), color: BADGE_COLORS.due, title };
  if (broken.length > 0 || failed > 0) return { text: '!', color: BADGE_COLORS.problem, title };
  return { text: '', color: BADGE_COLORS.due, title };
}
