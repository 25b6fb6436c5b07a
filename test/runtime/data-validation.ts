/**
 * Data validation (https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder): `SpreadsheetApp.newDataValidation()` builders and
 * the rules they build. Differences from Sheets: only rules that reject input are checked, by
 * `validation-check.ts`, with simplified matching; dropdowns are not modelled.
 */
import { instrument } from './call-counter.js';
import { signatureMismatch, type RuntimeContext } from './context.js';
import { enumOf } from './enums.js';

export const DataValidationCriteria = enumOf(
  'DATE_AFTER', 'DATE_BEFORE', 'DATE_BETWEEN', 'DATE_EQUAL_TO', 'DATE_IS_VALID_DATE', 'DATE_NOT_BETWEEN', 'DATE_ON_OR_AFTER', 'DATE_ON_OR_BEFORE',
  'NUMBER_BETWEEN', 'NUMBER_EQUAL_TO', 'NUMBER_GREATER_THAN', 'NUMBER_GREATER_THAN_OR_EQUAL_TO', 'NUMBER_LESS_THAN', 'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN', 'NUMBER_NOT_EQUAL_TO', 'TEXT_CONTAINS', 'TEXT_DOES_NOT_CONTAIN', 'TEXT_EQUAL_TO', 'TEXT_IS_VALID_EMAIL', 'TEXT_IS_VALID_URL',
  'VALUE_IN_LIST', 'VALUE_IN_RANGE', 'CUSTOM_FORMULA', 'CHECKBOX',
);
export type Criteria = keyof typeof DataValidationCriteria;

interface RuleState {
  criteria: Criteria | undefined;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

export class FakeDataValidation {
  constructor(
    readonly ctx: RuntimeContext,
    readonly state: Readonly<RuleState>,
  ) {}
  getCriteriaType(): Criteria | undefined {
    return this.state.criteria;
  }
  getCriteriaValues(): unknown[] {
    return this.state.values.map((v) => (Array.isArray(v) ? [...v] : v));
  }
  getAllowInvalid(): boolean {
    return this.state.allowInvalid;
  }
  getHelpText(): string | null {
    return this.state.helpText;
  }
  copy(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder(this.ctx, { ...this.state, values: [...this.state.values] });
  }
}

function choose<B extends FakeDataValidationBuilder>(builder: B, criteria: Criteria, values: unknown[]): B {
  builder.state.criteria = criteria;
  builder.state.values = values;
  return builder;
}

export class FakeDataValidationBuilder {
  constructor(
    readonly ctx: RuntimeContext,
    readonly state: RuleState = { criteria: undefined, values: [], allowInvalid: true, helpText: null },
  ) {}
  requireValueInList(values: unknown[], showDropdown = true): this {
    if (!Array.isArray(values)) signatureMismatch(this.ctx, 'SpreadsheetApp.DataValidationBuilder.requireValueInList', [values]);
    return choose(this, 'VALUE_IN_LIST', [values.map(String), showDropdown]);
  }
  requireValueInRange(range: unknown, showDropdown = true): this {
    return choose(this, 'VALUE_IN_RANGE', [range, showDropdown]);
  }
  requireCheckbox(checked?: unknown, unchecked?: unknown): this {
    return choose(this, 'CHECKBOX', checked === undefined ? [] : unchecked === undefined ? [checked] : [checked, unchecked]);
  }
  requireNumberBetween(start: number, end: number): this {
    return choose(this, 'NUMBER_BETWEEN', [start, end]);
  }
  requireNumberNotBetween(start: number, end: number): this {
    return choose(this, 'NUMBER_NOT_BETWEEN', [start, end]);
  }
  requireNumberEqualTo(n: number): this {
    return choose(this, 'NUMBER_EQUAL_TO', [n]);
  }
  requireNumberGreaterThan(n: number): this {
    return choose(this, 'NUMBER_GREATER_THAN', [n]);
  }
  requireNumberGreaterThanOrEqualTo(n: number): this {
    return choose(this, 'NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }
  requireNumberLessThan(n: number): this {
    return choose(this, 'NUMBER_LESS_THAN', [n]);
  }
  requireNumberLessThanOrEqualTo(n: number): this {
    return choose(this, 'NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }
  requireDate(): this {
    return choose(this, 'DATE_IS_VALID_DATE', []);
  }
  requireDateAfter(date: Date): this {
    return choose(this, 'DATE_AFTER', [date]);
  }
  requireDateBefore(date: Date): this {
    return choose(this, 'DATE_BEFORE', [date]);
  }
  requireTextIsEmail(): this {
    return choose(this, 'TEXT_IS_VALID_EMAIL', []);
  }
  requireTextIsUrl(): this {
    return choose(this, 'TEXT_IS_VALID_URL', []);
  }
  requireFormulaSatisfied(formula: string): this {
    return choose(this, 'CUSTOM_FORMULA', [formula]);
  }
  withCriteria(criteria: Criteria, args: unknown[]): this {
    if (!(criteria in DataValidationCriteria)) this.ctx.fail(`Invalid argument: criteria`);
    return choose(this, criteria, [...args]);
  }
  setAllowInvalid(allowInvalid: boolean): this {
    this.state.allowInvalid = Boolean(allowInvalid);
    return this;
  }
  setHelpText(text: string): this {
    this.state.helpText = String(text);
    return this;
  }
  getCriteriaType(): Criteria | undefined {
    return this.state.criteria;
  }
  getCriteriaValues(): unknown[] {
    return [...this.state.values];
  }
  getAllowInvalid(): boolean {
    return this.state.allowInvalid;
  }
  getHelpText(): string | null {
    return this.state.helpText;
  }
  copy(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder(this.ctx, { ...this.state, values: [...this.state.values] });
  }
  build(): FakeDataValidation {
    if (this.state.criteria === undefined) this.ctx.fail('You must specify a criteria type before building a data validation rule.');
    return new FakeDataValidation(this.ctx, { ...this.state, values: [...this.state.values] });
  }
}

instrument(FakeDataValidation, 'DataValidation');
instrument(FakeDataValidationBuilder, 'DataValidationBuilder');
