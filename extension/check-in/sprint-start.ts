/**
 * How a check-in sprint starts: its queue of due key results. On its own, without the steps
 * (sprint.ts), because the popup's first paint starts a sprint from the due list and the sprint's
 * view and steps load after it.
 */
export interface SprintEntry {
  trackerId: string;
  keyResultId: string;
}

export interface Sprint {
  queue: SprintEntry[];
  /** Index of the key result on screen; `queue.length` once the sprint is over. */
  at: number;
  saved: number;
  skipped: number;
  /** The title of the key result saved last, for the "Saved" confirmation; null before any. */
  lastSaved?: string | null;
}

const same = (a: SprintEntry, b: SprintEntry) => a.trackerId === b.trackerId && a.keyResultId === b.keyResultId;

/** The due key results in order, `first` (a reminder's key result) at the front when given. */
export function startSprint(due: readonly SprintEntry[], first: SprintEntry | null = null): Sprint {
  const rest = due.filter((entry) => first === null || !same(entry, first));
  const queue = (first === null ? rest : [first, ...rest]).map(({ trackerId, keyResultId }) => ({ trackerId, keyResultId }));
  return { queue, at: 0, saved: 0, skipped: 0 };
}
