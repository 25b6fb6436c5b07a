/**
 * What the popup page's address asks for. `?view=sprint` (the "Check in due" action, or the
 * keyboard command's page) and `?view=checkin` (a reminder's click, check-in/check-in-link.ts) start
 * the check-in sprint; with `tracker` and `kr` that key result comes first.
 */
import type { SprintEntry } from '../check-in/sprint-start.js';

export interface ViewRequest {
  sprint: boolean;
  first: SprintEntry | null;
}

export function readView(search: string): ViewRequest {
  const query = new URLSearchParams(search);
  const view = query.get('view');
  const trackerId = query.get('tracker') ?? '';
  const keyResultId = query.get('kr') ?? '';
  const sprint = view === 'sprint' || view === 'checkin';
  return { sprint, first: sprint && trackerId !== '' && keyResultId !== '' ? { trackerId, keyResultId } : null };
}
