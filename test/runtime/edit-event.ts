/**
 * A person's edit, as Sheets delivers it to the simple `onEdit(e)` trigger: the cells change
 * first, then the add-on's `onEdit` runs as its own execution with Google's event object
 * (https://developers.google.com/apps-script/guides/triggers/events#edit):
 * - `authMode` LIMITED, `source` the spreadsheet, `range` the edited range, no `triggerUid`
 *   (installable triggers only);
 * - `value` and `oldValue` only when a single cell was edited, as text ("0.75", "TRUE");
 *   `oldValue` is absent when the cell was empty before, `value` when it was cleared;
 * - `user` a User whose email is "" unless Google may tell the trigger who edited
 *   (https://developers.google.com/apps-script/reference/base/session#getActiveUser()): pass
 *   `user` for an owner or same-domain editor.
 * Script writes never come here: they fire no trigger, and neither does inserting or deleting
 * rows (https://developers.google.com/apps-script/guides/triggers#restrictions).
 * `editBurst` is a person editing faster than the trigger runs: Google queues at most two
 * events and drops the rest (same page), so every edit lands in the cells and only the first
 * QUEUED_EVENTS triggers run, after the whole burst. Which two survive is not documented: the
 * first two is a guess (docs/google-behaviour.md).
 * Differences: only the documented fields; the 30 s limit is checked on the runtime clock (lock
 * waits), and a trigger that shows UI fails the edit, since simple triggers cannot.
 */
import type { Runtime } from './index.js';
import type { AddOn } from './load-add-on.js';

export interface UserEdit {
  sheet: string;
  /** The edited cells in A1 notation: 'F3', or 'F2:G4' for a pasted block. */
  range: string;
  /** The new values, one row per row of the range; '' clears a cell. */
  values: unknown[][];
  /** The email Google passes to the trigger; '' (the default) when it withholds it. */
  user?: string;
}

const SIMPLE_TRIGGER_LIMIT_MS = 30_000;

/** Text as the event object carries a cell's value. */
function eventText(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

function isEmpty(value: unknown): boolean {
  return value === '' || value === null || value === undefined;
}

/** Events Google keeps waiting while a trigger runs; later ones of a burst are dropped. */
export const QUEUED_EVENTS = 2;


export function editAsUser(runtime: Runtime, addOn: AddOn, edit: UserEdit): Record<string, unknown> {
  const event = applyEdit(runtime, edit);
  deliver(runtime, addOn, event);
  return event;
}

/**
 * Edits made in a burst: all change the cells, the first QUEUED_EVENTS reach `onEdit` (after the
 * burst), the rest are lost. Returns the events delivered and the number dropped.
 */
export function editBurst(runtime: Runtime, addOn: AddOn, edits: readonly UserEdit[]): { delivered: Record<string, unknown>[]; dropped: number } {
  const events = edits.map((edit) => applyEdit(runtime, edit));
  const delivered = events.slice(0, QUEUED_EVENTS);
  for (const event of delivered) deliver(runtime, addOn, event);
  return { delivered, dropped: events.length - delivered.length };
}

/** Changes the cells as the person's edit does, and builds Google's event object for it. */
export function applyEdit(runtime: Runtime, edit: UserEdit): Record<string, unknown> {
  const sheet = runtime.spreadsheet.getSheetByName(edit.sheet);
  if (sheet === null) throw new Error(`editAsUser: no sheet "${edit.sheet}"`);
  const range = sheet.getRange(edit.range);
  if (edit.values.length !== range.getNumRows() || edit.values.some((row) => row.length !== range.getNumColumns())) {
    throw new Error(`editAsUser: ${edit.range} is ${range.getNumRows()}×${range.getNumColumns()} but the values are ${edit.values.length}×${edit.values[0]?.length ?? 0}`);
  }
  const single = range.getNumRows() === 1 && range.getNumColumns() === 1;
  const before = single ? range.getValue() : undefined;
  range.setValues(edit.values);

  const ScriptApp = runtime.globals.ScriptApp as { AuthMode: Record<string, unknown> };
  const email = edit.user ?? '';
  const event: Record<string, unknown> = {
    authMode: ScriptApp.AuthMode.LIMITED,
    source: runtime.spreadsheet,
    range,
    user: { getEmail: () => email, getNickname: () => email.split('@')[0] ?? '', toString: () => email },
  };
  if (single) {
    if (!isEmpty(before)) event.oldValue = eventText(before);
    const after = range.getValue();
    if (!isEmpty(after)) event.value = eventText(after);
  }
  return event;
}

/** Runs `onEdit(event)` as its own execution, with a simple trigger's limits. */
export function deliver(runtime: Runtime, addOn: AddOn, event: Record<string, unknown>): void {
  runtime.locks.endExecution();
  const started = runtime.clock.now().getTime();
  const shown = runtime.ui.alerts.length + runtime.ui.dialogs.length;
  try {
    addOn.onEdit(event);
  } finally {
    runtime.locks.endExecution();
  }
  if (runtime.clock.now().getTime() - started > SIMPLE_TRIGGER_LIMIT_MS) throw new Error('onEdit: Exceeded maximum execution time (simple triggers run for at most 30 s)');
  if (runtime.ui.alerts.length + runtime.ui.dialogs.length !== shown) throw new Error('onEdit: a simple trigger cannot show alerts or dialogs');
}
