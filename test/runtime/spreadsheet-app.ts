/**
 * SpreadsheetApp (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app):
 * the one spreadsheet the script is bound to, its UI, `flush()`, the rule builders and enums.
 * Differences: only this spreadsheet can be opened (by id or URL); enums hold only the members
 * the add-on is likely to use.
 */
import { instrument } from './call-counter.js';
import { FakeConditionalFormatRuleBuilder, BooleanCriteria } from './conditional-format.js';
import type { RuntimeContext } from './context.js';
import { DataValidationCriteria, FakeDataValidationBuilder } from './data-validation.js';
import { enumOf } from './enums.js';
import { ProtectionType } from './protection.js';
import type { FakeRange } from './range.js';
import type { FakeSheet } from './sheet.js';
import { activeRangeOf, type FakeSpreadsheet } from './spreadsheet.js';
import type { ScriptUi } from './ui.js';
import type { WebAppState } from './script-app.js';

const BorderStyle = enumOf('DOTTED', 'DASHED', 'SOLID', 'SOLID_MEDIUM', 'SOLID_THICK', 'DOUBLE');
const WrapStrategy = enumOf('WRAP', 'OVERFLOW', 'CLIP');
const Dimension = enumOf('COLUMNS', 'ROWS');

export class FakeSpreadsheetApp {
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly BooleanCriteria = BooleanCriteria;
  readonly ProtectionType = ProtectionType;
  readonly BorderStyle = BorderStyle;
  readonly WrapStrategy = WrapStrategy;
  readonly Dimension = Dimension;

  constructor(
    readonly ctx: RuntimeContext,
    readonly spreadsheet: FakeSpreadsheet,
    readonly ui: ScriptUi,
    readonly webApp?: WebAppState,
  ) {}

  /**
   * Null inside a web-app request when the runtime is told so (a guess: see script-app.ts). Typed
   * as never null, as the test code that drives the fake expects the bound spreadsheet.
   */
  getActiveSpreadsheet(): FakeSpreadsheet {
    return this.webApp?.hidesSpreadsheet() ? (null as unknown as FakeSpreadsheet) : this.spreadsheet;
  }
  getActive(): FakeSpreadsheet {
    return this.getActiveSpreadsheet();
  }
  getActiveSheet(): FakeSheet {
    return this.spreadsheet.book.facades.sheet(this.spreadsheet.book.active);
  }
  getActiveRange(): FakeRange {
    return activeRangeOf(this.ctx, this.spreadsheet.book);
  }
  openById(id: string): FakeSpreadsheet {
    if (this.ctx.mode.kind === 'customFunction') this.ctx.fail('You do not have permission to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets');
    if (id !== this.spreadsheet.book.id) this.ctx.fail('Unexpected error while getting the method or property openById on object SpreadsheetApp.');
    return this.spreadsheet;
  }
  openByUrl(url: string): FakeSpreadsheet {
    const id = /\/spreadsheets\/d\/([^/]+)/.exec(String(url))?.[1];
    if (this.ctx.mode.kind === 'customFunction') this.ctx.fail('You do not have permission to call SpreadsheetApp.openByUrl. Required permissions: https://www.googleapis.com/auth/spreadsheets');
    if (id !== this.spreadsheet.book.id) this.ctx.fail('Unexpected error while getting the method or property openByUrl on object SpreadsheetApp.');
    return this.spreadsheet;
  }
  /** Only from a bound script's own execution; not inside a custom function (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#getUi()). */
  getUi(): ScriptUi {
    if (this.ctx.mode.kind === 'customFunction') this.ctx.fail('Cannot call SpreadsheetApp.getUi() from this context.');
    return this.ui;
  }
  /** Applies pending changes: recalculates formulas now. */
  flush(): void {
    this.spreadsheet.book.settle();
  }
  newDataValidation(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder(this.ctx);
  }
  newConditionalFormatRule(): FakeConditionalFormatRuleBuilder {
    return new FakeConditionalFormatRuleBuilder(this.ctx);
  }
}

instrument(FakeSpreadsheetApp, 'SpreadsheetApp');
