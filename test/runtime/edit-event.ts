/**
 * A person's edit, as Sheets delivers it to the simple `onEdit(e)` trigger: the cells change
 * first, then the add-on's `onEdit` runs as its own execution with Google's event object
 * (https://developers.google.com/apps-script/guides/triggers/events#edit):
 * - `authMode` LIMITED, `source` the spreadsheet, `range` the edited range, no `triggerUid`
 *   (installable triggers only);
 * - `value` and `oldValue` only when a single cell was edited, as text ("0.75", "TRUE");
 *   `oldValue` is absent when the cell was empty before, `value` when it was cleared;
 * - `user` a User whose email is "" unless Google may tell the trigger who edited
 *   (apps-script-facts 4.18): pass `user` for an owner or same-domain editor.
 * Script writes never come here: they fire no trigger (apps-script-facts 2.12).
 * Differences: only the documented fields; the 30 s limit is checked on the runtime clock (lock
 * waits), and a trigger that shows UI fails the edit, since simple triggers cannot.
 */
import type { Runtime } from './index.js';

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

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the add-on context holds whatever Code.js defines
export function editAsUser(runtime: Runtime, addOn: Record<string, any>, edit: UserEdit): Record<string, unknown> {
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
  return event;
}
