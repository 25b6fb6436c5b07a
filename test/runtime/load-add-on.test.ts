// The built add-on (dist/apps-script/Code.js) on the runtime, as Sheets would run it. `npm test`
// builds before it tests; run `node scripts/build.mjs apps-script` first when running this alone.
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { CUSTOM_FUNCTIONS } from '../../shared/functions/functions.js';
import { OKR_GRADE_SPEC } from '../../shared/functions/grade.js';
import { JAN_15, useRuntime } from './fixtures.js';
import { CODE_PATH, loadAddOn } from './load-add-on.js';

const code = readFileSync(CODE_PATH, 'utf8');

describe('loadAddOn', () => {
  it('runs Code.js in a bare context with the fakes as globals', () => {
    const runtime = useRuntime();
    const addOn = loadAddOn(runtime, code);
    expect(typeof addOn.OKR_GRADE).toBe('function');
    expect(addOn.SpreadsheetApp).toBe(runtime.globals.SpreadsheetApp);
    expect(addOn.require).toBeUndefined();
    expect(addOn.process).toBeUndefined();
  });

  it.each(OKR_GRADE_SPEC.examples.map((e) => [e.formula, e.result]))('evaluates the README example %s to %s', (formula, result) => {
    const runtime = useRuntime();
    loadAddOn(runtime, code);
    const sheet = runtime.services.SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
    sheet.getRange('A1').setFormula(formula);
    expect(sheet.getRange('A1').getDisplayValue()).toBe(result);
  });

  it('grades a whole column with one call into the bundle', () => {
    const runtime = useRuntime({ now: JAN_15 });
    loadAddOn(runtime, code);
    const sheet = runtime.services.SpreadsheetApp.getActiveSpreadsheet().insertSheet('Key Results');
    sheet.getRange('A1:D4').setValues([
      ['Type', 'Start', 'Target', 'Current'],
      ['increase', 0, 10, 5],
      ['milestone', '', '', 'done'],
      ['grow', 1, 2, 1],
    ]);
    sheet.getRange('E2').setFormula('=OKR_GRADE(B2:B, C2:C, D2:D, A2:A)');
    const grades = sheet.getRange('E2:E5').getValues();
    expect(grades.slice(0, 2)).toEqual([[0.5], [1]]);
    expect(String(grades[2][0])).toMatch(/^Error: OKR_GRADE: type "grow" is unknown/);
    expect(grades[3]).toEqual(['']);
    expect(runtime.calls.count('customFunction.OKR_GRADE')).toBe(1);
  });

  it('hands the add-on Dates of its own realm, so its instanceof checks hold', () => {
    const runtime = useRuntime();
    const addOn = loadAddOn(runtime, code);
    const sheet = runtime.services.SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
    sheet.getRange('A1').setValue('2026-01-05');
    const value = addOn.SpreadsheetApp.getActiveSpreadsheet().getActiveSheet().getRange('A1').getValue();
    const realm = vm.runInContext('({ Date, Error })', addOn) as { Date: DateConstructor; Error: ErrorConstructor };
    expect(realm.Date === Date).toBe(false);
    expect(value instanceof realm.Date).toBe(true);
    let caught: unknown;
    try {
      sheet.getRange(0, 1);
    } catch (error) {
      caught = error;
    }
    expect(caught instanceof realm.Error).toBe(true);
  });

  it('knows every function of the registry (none shows #NAME?)', () => {
    const runtime = useRuntime();
    loadAddOn(runtime, code);
    const sheet = runtime.services.SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
    sheet.getRange(1, 1, CUSTOM_FUNCTIONS.length, 1).setFormulas(CUSTOM_FUNCTIONS.map((spec) => [`=${spec.name}()`]));
    const values = sheet.getRange(1, 1, CUSTOM_FUNCTIONS.length, 1).getValues().flat();
    expect(values).not.toContain('#NAME?');
  });

  it.each([
    ['this is not javascript', /Unexpected identifier|SyntaxError/],
    ['var x = 1;', 'loadAddOn: the code defines no okrSheets.customFunctions'],
  ])('rejects code that is not the bundle (%#)', (source, message) => {
    const runtime = useRuntime();
    expect(() => loadAddOn(runtime, source)).toThrow(message);
  });
});

describe('the add-on realm’s clock', () => {
  const probe = (runtime: ReturnType<typeof useRuntime>) => {
    const context = loadAddOn(runtime, code);
    return vm.runInContext(
      `({ now: Date.now(), made: new Date().getTime(), text: Date(), given: new Date(86400000).getTime(), isDate: new Date() instanceof Date, // in the add-on realm
          same: new Date().constructor === Date, utc: Date.UTC(2026, 0, 1), parsed: Date.parse('2026-01-01T00:00:00Z') })`, // in the add-on realm
      context as vm.Context,
    ) as Record<string, unknown>;
  };

  it('reads the runtime clock for Date.now, a Date made without arguments and Date called as a function, and leaves dates from arguments alone', () => {
    const runtime = useRuntime({ now: JAN_15 });
    const at = JAN_15().getTime();
    expect(probe(runtime)).toEqual({
      now: at,
      made: at,
      text: new Date(at).toString(),
      given: 86_400_000,
      isDate: true,
      same: true,
      utc: Date.UTC(2026, 0, 1),
      parsed: Date.UTC(2026, 0, 1),
    });
  });

  it('moves with the runtime clock (time slept), as far as a year on', () => {
    const runtime = useRuntime({ now: JAN_15 });
    const context = loadAddOn(runtime, code);
    runtime.clock.advance(365 * 86_400_000);
    const realmNow = vm.runInContext('Date.now()', context as vm.Context); // in the add-on realm
    expect(realmNow).toBe(JAN_15().getTime() + 365 * 86_400_000);
  });
});
