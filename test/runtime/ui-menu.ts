/**
 * Custom menus (https://developers.google.com/apps-script/guides/menus): `ui.createMenu(caption)`
 * adds a top-level menu, `createAddonMenu()` a sub-menu under Extensions; either appears only
 * after `addToUi()`, and a second menu with the same name replaces the first.
 * In a bound script Google names the add-on sub-menu after the script project ("Untitled
 * project" until renamed; https://developers.google.com/apps-script/reference/base/ui#createAddonMenu()),
 * so it is recorded as "Extensions → <project name>", the path a user clicks.
 */
import { instrument } from './call-counter.js';
import { signatureMismatch, type RuntimeContext } from './context.js';

/** What Google calls a new script project until someone renames it. */
export const DEFAULT_PROJECT_NAME = 'Untitled project';

export function addOnMenuName(projectName: string): string {
  return `Extensions → ${projectName}`;
}

export type MenuEntry = { kind: 'item'; caption: string; functionName: string } | { kind: 'separator' } | { kind: 'submenu'; name: string; entries: MenuEntry[] };

export interface MenuRecord {
  name: string;
  addon: boolean;
  /** The menu's items, sub-menu items included, in order. */
  items: { caption: string; functionName: string }[];
  entries: MenuEntry[];
}

function flatten(entries: readonly MenuEntry[]): { caption: string; functionName: string }[] {
  return entries.flatMap((e) => (e.kind === 'item' ? [{ caption: e.caption, functionName: e.functionName }] : e.kind === 'submenu' ? flatten(e.entries) : []));
}

export class FakeMenu {
  readonly entries: MenuEntry[] = [];

  constructor(
    readonly ctx: RuntimeContext,
    readonly name: string,
    readonly addon: boolean,
    readonly publish: (menu: MenuRecord) => void,
  ) {}

  addItem(caption: string, functionName: string): this {
    if (typeof caption !== 'string' || typeof functionName !== 'string') signatureMismatch(this.ctx, 'Menu.addItem', [caption, functionName]);
    this.entries.push({ kind: 'item', caption, functionName });
    return this;
  }
  addSeparator(): this {
    this.entries.push({ kind: 'separator' });
    return this;
  }
  addSubMenu(menu: FakeMenu): this {
    if (!(menu instanceof FakeMenu)) signatureMismatch(this.ctx, 'Menu.addSubMenu', [menu]);
    this.entries.push({ kind: 'submenu', name: menu.name, entries: [...menu.entries] });
    return this;
  }
  addToUi(): void {
    this.publish({ name: this.name, addon: this.addon, items: flatten(this.entries), entries: [...this.entries] });
  }
}

instrument(FakeMenu, 'Menu');
