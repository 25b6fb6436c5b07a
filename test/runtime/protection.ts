/**
 * Protection of a sheet or range (https://developers.google.com/apps-script/reference/spreadsheet/protection). Recorded, not enforced: a protected
 * range can still be written by the script, as the owner can in Sheets. Editors start as the
 * owner alone; `setWarningOnly(true)` makes everyone an editor who gets a warning.
 */
import { instrument } from './call-counter.js';
import type { RuntimeContext } from './context.js';
import { enumOf } from './enums.js';
import type { FakeRange } from './range.js';
import type { Area, Workbook } from './workbook.js';

export const ProtectionType = enumOf('RANGE', 'SHEET');

export interface ProtectionState {
  type: 'RANGE' | 'SHEET';
  area: Area;
  description: string;
  warningOnly: boolean;
  editors: string[];
  removed: boolean;
}

export class FakeProtection {
  constructor(
    readonly ctx: RuntimeContext,
    readonly book: Workbook,
    readonly state: ProtectionState,
  ) {}
  getProtectionType(): 'RANGE' | 'SHEET' {
    return this.state.type;
  }
  getRange(): FakeRange {
    const { sheet, row, column, numRows, numColumns } = this.state.area;
    return this.book.facades.range(sheet, row, column, numRows, numColumns);
  }
  getDescription(): string {
    return this.state.description;
  }
  setDescription(description: string): this {
    this.state.description = String(description);
    return this;
  }
  isWarningOnly(): boolean {
    return this.state.warningOnly;
  }
  setWarningOnly(warningOnly: boolean): this {
    this.state.warningOnly = Boolean(warningOnly);
    return this;
  }
  getEditors(): { getEmail(): string }[] {
    return this.state.editors.map((email) => ({ getEmail: () => email }));
  }
  addEditor(email: string): this {
    if (!this.state.editors.includes(email)) this.state.editors.push(String(email));
    return this;
  }
  removeEditors(emails: string[]): this {
    this.state.editors = this.state.editors.filter((e) => e === this.ctx.options.owner || !emails.includes(e));
    return this;
  }
  canEdit(): boolean {
    return !this.state.removed && (this.state.warningOnly || this.state.editors.includes(this.ctx.activeUser()) || this.ctx.activeUser() === this.ctx.options.owner);
  }
  canDomainEdit(): boolean {
    return false;
  }
  setDomainEdit(_editable: boolean): this {
    return this;
  }
  remove(): void {
    this.state.removed = true;
    const list = this.state.area.sheet.protections;
    const at = list.indexOf(this.state);
    if (at >= 0) list.splice(at, 1);
  }
}

instrument(FakeProtection, 'Protection');
