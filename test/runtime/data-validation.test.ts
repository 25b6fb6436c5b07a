import { describe, expect, it } from 'vitest';
import { useRuntime } from './fixtures.js';

function setup() {
  const runtime = useRuntime();
  const app = runtime.services.SpreadsheetApp;
  return { runtime, app, sheet: app.getActiveSpreadsheet().getActiveSheet() };
}

describe('data validation (https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder)', () => {
  it('builds rules that report their criteria, defaults included', () => {
    const { app } = setup();
    const rule = app.newDataValidation().requireValueInList(['increase', 'decrease']).setHelpText('Pick a type').build();
    expect([rule.getCriteriaType(), rule.getCriteriaValues(), rule.getAllowInvalid(), rule.getHelpText()]).toEqual([
      app.DataValidationCriteria.VALUE_IN_LIST,
      [['increase', 'decrease'], true],
      true,
      'Pick a type',
    ]);
  });

  it.each([
    ['requireCheckbox', [], 'CHECKBOX', []],
    ['requireNumberBetween', [0, 1], 'NUMBER_BETWEEN', [0, 1]],
    ['requireNumberGreaterThanOrEqualTo', [0], 'NUMBER_GREATER_THAN_OR_EQUAL_TO', [0]],
    ['requireDate', [], 'DATE_IS_VALID_DATE', []],
    ['requireFormulaSatisfied', ['=A1>0'], 'CUSTOM_FORMULA', ['=A1>0']],
  ] as const)('%s gives criteria %s', (method, args, criteria, values) => {
    const { app } = setup();
    const builder = app.newDataValidation() as unknown as Record<string, (...a: unknown[]) => { build(): { getCriteriaType(): unknown; getCriteriaValues(): unknown } }>;
    const rule = builder[method](...args).build();
    expect([rule.getCriteriaType(), rule.getCriteriaValues()]).toEqual([criteria, values]);
  });

  it('keeps a range in VALUE_IN_RANGE criteria', () => {
    const { app, sheet } = setup();
    const rule = app.newDataValidation().requireValueInRange(sheet.getRange('A1:A5'), false).build();
    const [range, dropdown] = rule.getCriteriaValues() as [{ getA1Notation(): string }, boolean];
    expect([range.getA1Notation(), dropdown]).toEqual(['A1:A5', false]);
  });

  it('sets, reads and clears rules per cell', () => {
    const { app, sheet } = setup();
    const rule = app.newDataValidation().requireCheckbox().build();
    sheet.getRange('B2:B3').setDataValidation(rule);
    expect(sheet.getRange('B2:C2').getDataValidations()).toEqual([[rule, null]]);
    expect(sheet.getRange('B3').getDataValidation()).toBe(rule);
    sheet.getRange('B2:B3').clearDataValidations();
    expect(sheet.getRange('B3').getDataValidation()).toBeNull();
  });

  it('lets scripts write anything under a warning rule, and refuses bad values under a rejecting one', () => {
    const { app, sheet } = setup();
    sheet.getRange('A1').setDataValidation(app.newDataValidation().requireValueInList(['done', 'not done']).build());
    sheet.getRange('A1').setValue('maybe');
    expect(sheet.getRange('A1').getValue()).toBe('maybe');
    sheet.getRange('A2:A3').setDataValidation(app.newDataValidation().requireNumberBetween(0, 1).setAllowInvalid(false).build());
    sheet.getRange('A2').setValue(0.5);
    expect(() => sheet.getRange('A2:A3').setValues([[0.2], [7]])).toThrow('The data you entered in cell A3 violates the data validation rules set on this cell.');
    expect(sheet.getRange('A2:A3').getValues()).toEqual([[0.5], ['']]);
  });

  it('inserts checkboxes set to FALSE', () => {
    const { app, sheet } = setup();
    sheet.getRange('C1:C2').insertCheckboxes();
    expect(sheet.getRange('C1:C2').getValues()).toEqual([[false], [false]]);
    expect(sheet.getRange('C1').getDataValidation()?.getCriteriaType()).toBe(app.DataValidationCriteria.CHECKBOX);
  });

  it.each([
    [(app: ReturnType<typeof setup>['app']) => app.newDataValidation().build(), 'You must specify a criteria type before building a data validation rule.'],
    [(app: ReturnType<typeof setup>['app']) => app.newDataValidation().requireValueInList('a,b' as never), "The parameters (String) don't match the method signature"],
  ])('rejects bad rules (%#)', (make, message) => {
    const { app } = setup();
    expect(() => make(app)).toThrow(message);
  });
});
