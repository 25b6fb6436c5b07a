/**
 * The spreadsheet UI: `SpreadsheetApp.getUi()` gives a `ScriptUi` (the Apps Script `Ui`), and
 * the runtime's `FakeUi` records what it showed: menus, alerts and prompts, sidebars and
 * dialogs, toasts. Alerts and prompts answer from a queue the test fills with `answerNext`
 * (a bare OK alert needs no answer). Differences: nothing is displayed, and the add-on's
 * 300 px sidebar width and LIMITED-mode restrictions
 * (https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle) are not enforced.
 */
import { instrument } from './call-counter.js';
import { signatureMismatch, type RuntimeContext } from './context.js';
import { enumOf } from './enums.js';
import type { FakeHtmlOutput } from './html.js';
import { addOnMenuName, DEFAULT_PROJECT_NAME, FakeMenu, type MenuRecord } from './ui-menu.js';

const Button = enumOf('CLOSE', 'OK', 'CANCEL', 'YES', 'NO');
const ButtonSet = enumOf('OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL');
export type ButtonName = keyof typeof Button;
type ButtonSetName = keyof typeof ButtonSet;

const BUTTONS_OF: Record<ButtonSetName, ButtonName[]> = { OK: ['OK'], OK_CANCEL: ['OK', 'CANCEL'], YES_NO: ['YES', 'NO'], YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'] };

export interface DialogRecord {
  kind: 'sidebar' | 'modal' | 'modeless';
  title: string;
  html: string;
  width: number | undefined;
  height: number | undefined;
}

export interface AlertRecord {
  kind: 'alert' | 'prompt';
  title: string;
  prompt: string;
  buttons: ButtonSetName;
  answer: ButtonName;
  text?: string;
}

/** The runtime's record of the UI, and the answers to give. */
export class FakeUi {
  readonly menus: MenuRecord[] = [];
  readonly alerts: AlertRecord[] = [];
  readonly dialogs: DialogRecord[] = [];
  private readonly answers: { button: ButtonName; text: string }[] = [];

  answerNext(button: ButtonName, text = ''): void {
    if (!(button in Button)) throw new Error(`FakeUi.answerNext: unknown button ${String(button)}; use one of ${Object.keys(Button).join(', ')}`);
    this.answers.push({ button, text });
  }

  /** The sidebars shown, newest last. */
  get sidebars(): DialogRecord[] {
    return this.dialogs.filter((d) => d.kind === 'sidebar');
  }

  /** The function a menu item calls, by menu name and caption. */
  functionFor(menuName: string, caption: string): string {
    const menu = this.menus.find((m) => m.name === menuName);
    const item = menu?.items.find((i) => i.caption === caption);
    if (item === undefined) throw new Error(`FakeUi: no menu item "${caption}" in menu "${menuName}"; menus: ${JSON.stringify(this.menus.map((m) => m.name))}`);
    return item.functionName;
  }

  publish(menu: MenuRecord): void {
    const at = this.menus.findIndex((m) => m.name === menu.name);
    if (at >= 0) this.menus.splice(at, 1, menu);
    else this.menus.push(menu);
  }

  answer(kind: 'alert' | 'prompt', title: string, prompt: string, buttons: ButtonSetName): { button: ButtonName; text: string } {
    const next = this.answers.shift() ?? (buttons === 'OK' && kind === 'alert' ? { button: 'OK' as const, text: '' } : undefined);
    if (next === undefined) throw new Error(`FakeUi: ${kind} "${prompt}" needs an answer: call runtime.ui.answerNext(...) first`);
    if (next.button !== 'CLOSE' && !BUTTONS_OF[buttons].includes(next.button)) {
      throw new Error(`FakeUi: scripted answer ${next.button} is not a button of ${buttons} for ${kind} "${prompt}"`);
    }
    this.alerts.push({ kind, title, prompt, buttons, answer: next.button, ...(kind === 'prompt' ? { text: next.text } : {}) });
    return next;
  }
}

/** `alert(prompt)`, `alert(prompt, buttons)`, `alert(title, prompt, buttons)`. */
function dialogArgs(ctx: RuntimeContext, method: string, args: unknown[]): [string, string, ButtonSetName] {
  const [a, b, c] = args;
  if (args.length === 3 && typeof a === 'string' && typeof b === 'string' && typeof c === 'string' && c in ButtonSet) return [a, b, c as ButtonSetName];
  if (args.length === 2 && typeof a === 'string' && typeof b === 'string' && b in ButtonSet) return ['', a, b as ButtonSetName];
  if (args.length === 1 && typeof a === 'string') return ['', a, 'OK'];
  return signatureMismatch(ctx, method, args);
}

export class ScriptUi {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  constructor(
    readonly ctx: RuntimeContext,
    readonly recorder: FakeUi,
    readonly projectName: string = DEFAULT_PROJECT_NAME,
  ) {}

  createMenu(caption: string): FakeMenu {
    if (typeof caption !== 'string') signatureMismatch(this.ctx, 'Ui.createMenu', [caption]);
    return new FakeMenu(this.ctx, caption, false, (m) => this.recorder.publish(m));
  }
  createAddonMenu(): FakeMenu {
    return new FakeMenu(this.ctx, addOnMenuName(this.projectName), true, (m) => this.recorder.publish(m));
  }
  alert(...args: unknown[]): ButtonName {
    const [title, prompt, buttons] = dialogArgs(this.ctx, 'Ui.alert', args);
    return this.recorder.answer('alert', title, prompt, buttons).button;
  }
  prompt(...args: unknown[]): { getResponseText(): string; getSelectedButton(): ButtonName } {
    const [title, prompt, buttons] = dialogArgs(this.ctx, 'Ui.prompt', args);
    const { button, text } = this.recorder.answer('prompt', title, prompt, buttons === 'OK' && args.length === 1 ? 'OK' : buttons);
    return { getResponseText: () => text, getSelectedButton: () => button };
  }
  showSidebar(userInterface: FakeHtmlOutput): void {
    this.recorder.dialogs.push({ kind: 'sidebar', title: userInterface.state.title, html: userInterface.state.content, width: userInterface.state.width, height: userInterface.state.height });
  }
  showModalDialog(userInterface: FakeHtmlOutput, title: string): void {
    this.recorder.dialogs.push({ kind: 'modal', title: String(title), html: userInterface.state.content, width: userInterface.state.width, height: userInterface.state.height });
  }
  showModelessDialog(userInterface: FakeHtmlOutput, title: string): void {
    this.recorder.dialogs.push({ kind: 'modeless', title: String(title), html: userInterface.state.content, width: userInterface.state.width, height: userInterface.state.height });
  }
}

instrument(ScriptUi, 'Ui');
