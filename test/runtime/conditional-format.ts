/**
 * Conditional formatting (https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder): `SpreadsheetApp.newConditionalFormatRule()`
 * builders and the rules they build. Rules are recorded, not applied: nothing here decides
 * which cells a rule colours, and gradient conditions are not supported.
 */
import { instrument } from './call-counter.js';
import { normaliseColor } from './color.js';
import type { RuntimeContext } from './context.js';
import { enumOf } from './enums.js';
import type { FakeRange } from './range.js';

export const BooleanCriteria = enumOf(
  'CELL_EMPTY', 'CELL_NOT_EMPTY', 'DATE_AFTER', 'DATE_BEFORE', 'DATE_EQUAL_TO', 'DATE_AFTER_RELATIVE', 'DATE_BEFORE_RELATIVE', 'DATE_EQUAL_TO_RELATIVE',
  'NUMBER_BETWEEN', 'NUMBER_EQUAL_TO', 'NUMBER_GREATER_THAN', 'NUMBER_GREATER_THAN_OR_EQUAL_TO', 'NUMBER_LESS_THAN', 'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN', 'NUMBER_NOT_EQUAL_TO', 'TEXT_CONTAINS', 'TEXT_DOES_NOT_CONTAIN', 'TEXT_EQUAL_TO', 'TEXT_STARTS_WITH', 'TEXT_ENDS_WITH', 'CUSTOM_FORMULA',
);
type Criteria = keyof typeof BooleanCriteria;

interface ConditionState {
  criteria: Criteria | undefined;
  values: unknown[];
  background: string | undefined;
  fontColor: string | undefined;
  bold: boolean | null;
  italic: boolean | null;
  strikethrough: boolean | null;
  underline: boolean | null;
}

interface RuleState {
  condition: ConditionState;
  ranges: FakeRange[];
}

export class FakeBooleanCondition {
  constructor(
    readonly ctx: RuntimeContext,
    readonly state: Readonly<ConditionState>,
  ) {}
  getCriteriaType(): Criteria | undefined {
    return this.state.criteria;
  }
  getCriteriaValues(): unknown[] {
    return [...this.state.values];
  }
  getBackground(): string | null {
    return this.state.background ?? null;
  }
  getFontColor(): string | null {
    return this.state.fontColor ?? null;
  }
  getBold(): boolean | null {
    return this.state.bold;
  }
  getItalic(): boolean | null {
    return this.state.italic;
  }
  getStrikethrough(): boolean | null {
    return this.state.strikethrough;
  }
  getUnderline(): boolean | null {
    return this.state.underline;
  }
}

export class FakeConditionalFormatRule {
  constructor(
    readonly ctx: RuntimeContext,
    readonly state: Readonly<RuleState>,
  ) {}
  getBooleanCondition(): FakeBooleanCondition | null {
    return this.state.condition.criteria === undefined ? null : new FakeBooleanCondition(this.ctx, this.state.condition);
  }
  getGradientCondition(): null {
    return null;
  }
  getRanges(): FakeRange[] {
    return [...this.state.ranges];
  }
  copy(): FakeConditionalFormatRuleBuilder {
    return new FakeConditionalFormatRuleBuilder(this.ctx, cloneState(this.state));
  }
}

function cloneState(state: Readonly<RuleState>): RuleState {
  return { condition: { ...state.condition, values: [...state.condition.values] }, ranges: [...state.ranges] };
}

function when<B extends FakeConditionalFormatRuleBuilder>(builder: B, criteria: Criteria, values: unknown[]): B {
  builder.state.condition.criteria = criteria;
  builder.state.condition.values = values;
  return builder;
}

export class FakeConditionalFormatRuleBuilder {
  constructor(
    readonly ctx: RuntimeContext,
    readonly state: RuleState = {
      condition: { criteria: undefined, values: [], background: undefined, fontColor: undefined, bold: null, italic: null, strikethrough: null, underline: null },
      ranges: [],
    },
  ) {}
  whenFormulaSatisfied(formula: string): this {
    return when(this, 'CUSTOM_FORMULA', [String(formula)]);
  }
  whenTextEqualTo(text: string): this {
    return when(this, 'TEXT_EQUAL_TO', [String(text)]);
  }
  whenTextContains(text: string): this {
    return when(this, 'TEXT_CONTAINS', [String(text)]);
  }
  whenTextDoesNotContain(text: string): this {
    return when(this, 'TEXT_DOES_NOT_CONTAIN', [String(text)]);
  }
  whenTextStartsWith(text: string): this {
    return when(this, 'TEXT_STARTS_WITH', [String(text)]);
  }
  whenTextEndsWith(text: string): this {
    return when(this, 'TEXT_ENDS_WITH', [String(text)]);
  }
  whenCellEmpty(): this {
    return when(this, 'CELL_EMPTY', []);
  }
  whenCellNotEmpty(): this {
    return when(this, 'CELL_NOT_EMPTY', []);
  }
  whenNumberLessThan(n: number): this {
    return when(this, 'NUMBER_LESS_THAN', [n]);
  }
  whenNumberLessThanOrEqualTo(n: number): this {
    return when(this, 'NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }
  whenNumberGreaterThan(n: number): this {
    return when(this, 'NUMBER_GREATER_THAN', [n]);
  }
  whenNumberGreaterThanOrEqualTo(n: number): this {
    return when(this, 'NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }
  whenNumberEqualTo(n: number): this {
    return when(this, 'NUMBER_EQUAL_TO', [n]);
  }
  whenNumberNotEqualTo(n: number): this {
    return when(this, 'NUMBER_NOT_EQUAL_TO', [n]);
  }
  whenNumberBetween(start: number, end: number): this {
    return when(this, 'NUMBER_BETWEEN', [start, end]);
  }
  whenNumberNotBetween(start: number, end: number): this {
    return when(this, 'NUMBER_NOT_BETWEEN', [start, end]);
  }
  setBackground(color: string | null): this {
    this.state.condition.background = normaliseColor(color);
    return this;
  }
  setFontColor(color: string | null): this {
    this.state.condition.fontColor = normaliseColor(color);
    return this;
  }
  setBold(bold: boolean | null): this {
    this.state.condition.bold = bold;
    return this;
  }
  setItalic(italic: boolean | null): this {
    this.state.condition.italic = italic;
    return this;
  }
  setStrikethrough(strikethrough: boolean | null): this {
    this.state.condition.strikethrough = strikethrough;
    return this;
  }
  setUnderline(underline: boolean | null): this {
    this.state.condition.underline = underline;
    return this;
  }
  setRanges(ranges: FakeRange[]): this {
    if (!Array.isArray(ranges)) this.ctx.fail("The parameters don't match the method signature for SpreadsheetApp.ConditionalFormatRuleBuilder.setRanges.");
    this.state.ranges = [...ranges];
    return this;
  }
  getRanges(): FakeRange[] {
    return [...this.state.ranges];
  }
  getBooleanCondition(): FakeBooleanCondition | null {
    return this.state.condition.criteria === undefined ? null : new FakeBooleanCondition(this.ctx, { ...this.state.condition });
  }
  copy(): FakeConditionalFormatRuleBuilder {
    return new FakeConditionalFormatRuleBuilder(this.ctx, cloneState(this.state));
  }
  build(): FakeConditionalFormatRule {
    if (this.state.condition.criteria === undefined) this.ctx.fail('You must specify a condition before building a conditional format rule.');
    return new FakeConditionalFormatRule(this.ctx, cloneState(this.state));
  }
}

instrument(FakeBooleanCondition, 'BooleanCondition');
instrument(FakeConditionalFormatRule, 'ConditionalFormatRule');
instrument(FakeConditionalFormatRuleBuilder, 'ConditionalFormatRuleBuilder');
