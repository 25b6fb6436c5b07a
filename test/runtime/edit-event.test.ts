import { describe, expect, it } from 'vitest';
import { editAsUser } from './edit-event.js';
import { JAN_15, useRuntime } from './fixtures.js';

/** A runtime with one sheet and an add-on whose onEdit hands its event to `handler`. */
function setUp(handler: (e: GoogleAppsScript.Events.SheetsOnEdit) => void = () => undefined) {
  const runtime = useRuntime({ now: JAN_15 });
  runtime.spreadsheet.getSheets()[0].setName('Data');
  runtime.spreadsheet.getSheetByName('Data')!.getRange('A1:B2').setValues([[10, ''], [true, 'x']]);
  const events: GoogleAppsScript.Events.SheetsOnEdit[] = [];
  const addOn = {
    onEdit: (e: GoogleAppsScript.Events.SheetsOnEdit) => {
      events.push(e);
      handler(e);
    },
  };
  return { runtime, addOn, events };
}

describe('editAsUser', () => {
  it('changes the cells first, then passes onEdit a single cell edit as Google does', () => {
    const { runtime, addOn, events } = setUp((e) => expect(e.range.getValue()).toBe(12));
    editAsUser(runtime, addOn, { sheet: 'Data', range: 'A1', values: [[12]] });
    const [e] = events;
    expect(e).toMatchObject({ authMode: 'LIMITED', oldValue: '10', value: '12' });
    expect(e.source).toBe(runtime.spreadsheet);
    expect(e.range.getA1Notation()).toBe('A1');
    expect(e.user.getEmail()).toBe('');
    expect('triggerUid' in e).toBe(false);
  });

  it.each([
    ['a cell that was empty', 'B1', [['new']], { value: 'new' }, ['oldValue']],
    ['a cleared cell', 'B2', [['']], { oldValue: 'x' }, ['value']],
    ['a ticked checkbox', 'A2', [[false]], { oldValue: 'TRUE', value: 'FALSE' }, []],
    ['a pasted block', 'A1:B2', [[1, 2], [3, 4]], {}, ['value', 'oldValue']],
  ])('gives only the documented values for %s', (_, range, values, present, absent) => {
    const { runtime, addOn, events } = setUp();
    editAsUser(runtime, addOn, { sheet: 'Data', range, values });
    expect(events[0]).toMatchObject(present);
    for (const key of absent) expect(key in events[0], key).toBe(false);
  });

  it('names the editor only when told to', () => {
    const { runtime, addOn, events } = setUp();
    editAsUser(runtime, addOn, { sheet: 'Data', range: 'A1', values: [[1]], user: 'ana@example.com' });
    expect(events[0].user.getEmail()).toBe('ana@example.com');
  });

  it.each([
    ['shows an alert', (runtime: ReturnType<typeof setUp>['runtime']) => runtime.ui.dialogs.push({ kind: 'modal', title: 't', html: '', width: undefined, height: undefined }), 'cannot show alerts'],
    ['runs past 30 s', (runtime: ReturnType<typeof setUp>['runtime']) => runtime.clock.advance(31_000), 'Exceeded maximum execution time'],
  ])('fails an onEdit that %s, as a simple trigger would', (_, misbehave, message) => {
    const { runtime } = setUp();
    const bad = { onEdit: () => misbehave(runtime) };
    expect(() => editAsUser(runtime, bad, { sheet: 'Data', range: 'A1', values: [[1]] })).toThrow(message);
  });

  it('refuses values that do not fit the range', () => {
    const { runtime, addOn } = setUp();
    expect(() => editAsUser(runtime, addOn, { sheet: 'Data', range: 'A1:B1', values: [[1]] })).toThrow('A1:B1 is 1×2');
  });
});
