/**
 * The toolbar badge's vocabulary: its states, glyphs and colours. One meaning per state
 * (notifier-for-github maps each error to a glyph and a tooltip): a number is the check-ins due
 * for me, coloured by the status of my worst key result; `!` the tracker needs the user (a refused
 * token, a refused check-in); `off` offline; `…` a copy too old to trust. badge-state.ts decides.
 */
import type { KeyResultStatus } from '../../shared/feed/feed.js';

type BadgeKind = 'setup' | 'needs-you' | 'offline' | 'stale' | 'count';

export interface Badge {
  kind: BadgeKind;
  text: string;
  color: string;
  title: string;
}

export const GLYPHS = { 'needs-you': '!', offline: 'off', stale: '…' } as const;

/** White badge text stays readable (≥ 4.5:1) on each of these; neutral: a count of unknown status. */
export const BADGE_COLORS = {
  'on-track': '#1a7f37',
  done: '#1a7f37',
  'not-started': '#1a7f37',
  'at-risk': '#9a6700',
  'off-track': '#c5221f',
  neutral: '#0b57d0',
  problem: '#c5221f',
  quiet: '#57606a',
} as const satisfies Record<KeyResultStatus | 'neutral' | 'problem' | 'quiet', string>;

export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 99 ? '99+' : String(count);
}
