// Edits Google does not report: it queues at most two onEdit events and drops the rest, and a
// row insert fires none (https://developers.google.com/apps-script/guides/triggers#restrictions).
// Every action that reads Key Results reconciles them with what it last recorded, so the
// Adjustments log still ends complete, each change once.
import { afterEach, describe, expect, it } from 'vitest';
import { get, newTracker, NOW, post, publish, type Tracker } from './harness.js';
import { applyEdit, deliver, editBurst, QUEUED_EVENTS, type UserEdit } from '../runtime/edit-event.js';

let tracker: Tracker | undefined;
afterEach(() => tracker?.runtime.destroy());

const SLOW = { timeout: 120_000 };

function cell(t: Tracker, id: string, header: string): string {
  const values = t.spreadsheet.getSheetByName('Key Results')!.getDataRange().getValues();
  const column = values[0].indexOf(header);
  const row = values.findIndex((r) => r[0] === id);
  if (column < 0 || row < 1) throw new Error(`no ${id}/${header}`);
  return `${String.fromCharCode(65 + column)}${row + 1}`;
}

function valueOf(t: Tracker, id: string, header: string): unknown {
  return t.records('Key Results').find((r) => r.ID === id)![header];
}

const edit = (t: Tracker, id: string, header: string, value: unknown, user = 'ana@example.com'): UserEdit => ({ sheet: 'Key Results', range: cell(t, id, header), values: [[value]], user });

/** The Adjustments log as [ID, Field, Old, New, By], oldest first. */
function log(t: Tracker): unknown[][] {
  if (t.spreadsheet.getSheetByName('Adjustments') === null) return [];
  return t.records('Adjustments').map((r) => [r.ID, r.Field, r['Old value'], r['New value'], r.By]);
}

describe('the Adjustments log ends complete when Google drops edit events', SLOW, () => {
  it('logs the two delivered edits as edits and the dropped ones as found later, at the next feed build, once each', () => {
    tracker = newTracker();
    const t = tracker;
    const token = publish(t);
    const before = { kr1: valueOf(t, 'KR1', 'Target'), kr2: valueOf(t, 'KR2', 'Start'), kr3: valueOf(t, 'KR3', 'Weight'), kr4: valueOf(t, 'KR4', 'Type'), kr6: valueOf(t, 'KR6', 'Target') };
    const burst = [edit(t, 'KR1', 'Target', 0.8), edit(t, 'KR2', 'Start', 31), edit(t, 'KR3', 'Weight', 3), edit(t, 'KR4', 'Type', 'threshold'), edit(t, 'KR6', 'Target', 15)];
    const { delivered, dropped } = editBurst(t.runtime, t.addOn, burst);
    expect([delivered.length, dropped]).toEqual([QUEUED_EVENTS, 3]);
    expect(log(t)).toEqual([
      ['KR1', 'Target', before.kr1, 0.8, 'ana@example.com'],
      ['KR2', 'Start', before.kr2, 31, 'ana@example.com'],
    ]);

    get(t, { token });
    const complete = [
      ['KR1', 'Target', before.kr1, 0.8, 'ana@example.com'],
      ['KR2', 'Start', before.kr2, 31, 'ana@example.com'],
      ['KR3', 'Weight', before.kr3, 3, '(found later)'],
      ['KR4', 'Type', before.kr4, 'threshold', '(found later)'],
      ['KR6', 'Target', before.kr6, 15, '(found later)'],
    ];
    expect(log(t)).toEqual(complete);

    // Later actions find nothing new: none twice.
    expect(post(t, { token, id: 'KR6', value: 8, requestId: 'after-burst-1' }).ok).toBe(true);
    t.runtime.clock.advance(11 * 60_000);
    get(t, { token, fresh: '1' });
    t.addOn.okrSheets.setUpTracker(t.spreadsheet, t.addOn.okrSheets.silentDialogs(true), NOW.getTime(), false);
    expect(log(t)).toEqual(complete);
  });

  it('logs an edit once when its event arrives after an action already found it', () => {
    tracker = newTracker();
    const t = tracker;
    const token = publish(t);
    const old = valueOf(t, 'KR2', 'Target');
    const late = applyEdit(t.runtime, edit(t, 'KR2', 'Target', 22));
    expect(post(t, { token, id: 'KR1', value: 0.71, requestId: 'before-late-event' }).ok).toBe(true);
    expect(log(t)).toEqual([['KR2', 'Target', old, 22, '(found later)']]);
    deliver(t.runtime, t.addOn, late);
    expect(log(t)).toEqual([['KR2', 'Target', old, 22, '(found later)']]);
  });

  it('matches key results by ID after a row insert, which fires no event', () => {
    tracker = newTracker();
    const t = tracker;
    const token = publish(t);
    const sheet = t.spreadsheet.getSheetByName('Key Results')!;
    const old = { kr3: valueOf(t, 'KR3', 'Target'), kr5: valueOf(t, 'KR5', 'Weight') };
    sheet.insertRowsBefore(Number(cell(t, 'KR3', 'ID').slice(1)), 1); // no onEdit for an insert
    const row = Number(cell(t, 'KR3', 'ID').slice(1)) - 1;
    sheet.getRange(row, 1, 1, 7).setValues([['KR7', 'O1', 'A new key result in the inserted row', 'Ana', 'increase', 0, 10]]);
    const { dropped } = editBurst(t.runtime, t.addOn, [edit(t, 'KR1', 'Weight', 5), edit(t, 'KR1', 'Start', 0.6), edit(t, 'KR3', 'Target', 120), edit(t, 'KR5', 'Weight', 4)]);
    expect(dropped).toBe(2);
    expect(post(t, { token, id: 'KR7', value: 4, requestId: 'after-insert-1' }).ok).toBe(true);
    const rows = log(t);
    expect(rows.filter((r) => r[4] === '(found later)')).toEqual([
      ['KR3', 'Target', old.kr3, 120, '(found later)'],
      ['KR5', 'Weight', old.kr5, 4, '(found later)'],
    ]);
    expect(rows.map((r) => `${r[0]} ${r[1]}`)).toEqual(['KR1 Weight', 'KR1 Start', 'KR3 Target', 'KR5 Weight']);
  });

  it('changes the feed revision when the sheet changes without any edit event, once the cached copy expires', () => {
    tracker = newTracker();
    const t = tracker;
    const token = publish(t);
    const first = get(t, { token });
    t.spreadsheet.getSheetByName('Key Results')!.getRange(cell(t, 'KR6', 'Key result')).setValue('Sign 14 launch partners');
    expect(get(t, { token, since: first.revision }).unchanged).toBe(true);
    t.runtime.clock.advance(11 * 60_000);
    const again = get(t, { token, since: first.revision });
    expect(again.unchanged).toBeUndefined();
    expect(again.revision).not.toBe(first.revision);
    // Rebuilt again with the same content: the same revision, answered as unchanged.
    t.runtime.clock.advance(11 * 60_000);
    expect(get(t, { token, since: again.revision })).toMatchObject({ unchanged: true, revision: again.revision });
  });
});
