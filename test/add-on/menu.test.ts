// The add-on as a person uses it: the OKR menu (top-level in a bound script, under Extensions as
// an add-on), its items run by name as Sheets runs them, the sidebar's google.script.run calls,
// and the dialogs they show.
import { afterEach, describe, expect, it } from 'vitest';
import { newTracker, type Tracker } from './harness.js';
import { MENU, menuPath, MENU_NAME } from '../../shared/menu-path.js';

let tracker: Tracker | undefined;
afterEach(() => tracker?.runtime.destroy());

const EXPECTED_ITEMS = [
  'Set up tracker',
  'Set up tracker with examples',
  'Record check-in…',
  'Check-ins due',
  'Check OKRs…',
  'Promote KPI to OKR…',
  'Publish for the browser extension…',
  'Close quarter…',
  'Start next period…',
];

/** Runs a menu item the way Sheets does: the global function named by the item. */
function click(t: Tracker, caption: string): unknown {
  const name = t.runtime.ui.functionFor(MENU_NAME, caption);
  return t.addOn[name]();
}

describe('menu', () => {
  it('adds a top-level OKR menu in a bound script, each item calling a global function', () => {
    tracker = newTracker({ examples: false });
    tracker.addOn.onOpen({ authMode: 'LIMITED' });
    expect(tracker.runtime.ui.menus.map((m) => m.name)).toEqual(['OKR']);
    const menu = tracker.runtime.ui.menus[0];
    expect(menu.items.map((i) => i.caption)).toEqual(EXPECTED_ITEMS);
    expect(menu.items.map((i) => i.caption)).toEqual(Object.values(MENU));
    for (const item of menu.items) expect(typeof tracker.addOn[item.functionName]).toBe('function');
  });

  it('uses the add-on menu under Extensions when it opens as an add-on not yet used in the file (AuthMode NONE)', () => {
    tracker = newTracker({ examples: false, runtime: { scriptProjectName: 'OKR' } });
    tracker.addOn.onOpen({ authMode: 'NONE' });
    expect(tracker.runtime.ui.menus.map((m) => m.name)).toEqual(['Extensions → OKR']);
    expect(tracker.runtime.ui.menus[0].items.map((i) => i.caption)).toEqual(EXPECTED_ITEMS);
  });

  it('keeps the add-on menu after onInstall, which only an add-on receives', () => {
    tracker = newTracker({ examples: false });
    tracker.addOn.onInstall({ authMode: 'FULL' });
    tracker.addOn.onOpen({ authMode: 'LIMITED' });
    expect(tracker.runtime.ui.menus.map((m) => m.name)).toEqual(['Extensions → Untitled project']);
  });

  it('names the paths it tells users to click after the menu they see', () => {
    expect(menuPath(MENU.setUp)).toBe('OKR → Set up tracker');
  });

  it('sets up a tracker with examples from the menu and reports what it did', () => {
    tracker = newTracker({ examples: false });
    tracker.addOn.onOpen();
    click(tracker, 'Set up tracker with examples');
    const report = tracker.runtime.ui.alerts.at(-1)!;
    expect(report.title).toBe('Set up tracker');
    expect(report.prompt).toContain('Created: Settings, Objectives, Key Results, Check-ins, KPIs');
    expect(report.prompt).toContain('Added the example OKRs');
    expect(tracker.column('Key Results', 'ID')).toHaveLength(6);
  });

  it('lists the check-ins that are due with their owners', () => {
    tracker = newTracker();
    tracker.addOn.onOpen();
    click(tracker, 'Check-ins due');
    const dialog = tracker.runtime.ui.dialogs.at(-1)!;
    expect(dialog.title).toBe('Check-ins due (4)');
    for (const text of ['KR2', 'KR4', 'KR5', 'KR6', 'Chloé']) expect(dialog.html).toContain(text);
    expect(dialog.html).not.toContain('KR1<');
  });

  it('shows the deployed /exec URL and a new token to paste, and never logs the token', () => {
    tracker = newTracker({ runtime: { webAppUrl: 'https://script.google.com/macros/s/AKfyc-demo/exec', serviceUrlOutsideRequest: 'exec' } });
    tracker.addOn.onOpen();
    click(tracker, 'Publish for the browser extension…');
    const html = tracker.runtime.ui.dialogs.at(-1)!.html;
    expect(html).toContain('value="https://script.google.com/macros/s/AKfyc-demo/exec"');
    const token = /id="token" readonly value="([0-9a-f]{64})"/.exec(html)?.[1];
    expect(token).toBeDefined();
    expect(tracker.runtime.logs.join('\n')).not.toContain(token!);
  });

  it('says how to deploy when the web app has no deployment yet', () => {
    tracker = newTracker();
    tracker.addOn.onOpen();
    click(tracker, 'Publish for the browser extension…');
    expect(tracker.runtime.ui.dialogs.at(-1)!.html).toContain('npm run deploy');
    expect(tracker.runtime.ui.dialogs.at(-1)!.html).toContain('not deployed yet');
  });

  it.each([
    ['https://script.google.com/macros/s/AKfyc-demo/exec', 'https://script.google.com/macros/s/'],
    ['https://script.google.com/a/macros/example.com/s/AKfyc-demo/exec', 'https://script.google.com/a/macros/example.com/s/'],
  ])('never shows the /dev URL Google gives a menu (deployed at %s): it says to copy the /exec one', (exec, base) => {
    tracker = newTracker({ runtime: { webAppUrl: exec } });
    const ScriptApp = tracker.runtime.globals.ScriptApp as GoogleAppsScript.Script.ScriptApp;
    const dev = ScriptApp.getService().getUrl();
    expect(dev).toMatch(new RegExp(`^${base.replace(/[.]/g, '\\.')}[\\w-]+/dev$`));
    expect(tracker.runtime.webAppRequest(() => ScriptApp.getService().getUrl())).toBe(exec);
    tracker.addOn.onOpen();
    click(tracker, 'Publish for the browser extension…');
    const html = tracker.runtime.ui.dialogs.at(-1)!.html;
    expect(html).not.toContain(dev);
    expect(html).not.toContain('id="url"');
    expect(html).toContain('/dev test URL');
    expect(html).toContain('npm run deploy');
    expect(html).toContain('Deploy → Manage deployments');
  });

  it('shows a clear message instead of a stack trace when the tracker is damaged', () => {
    tracker = newTracker();
    tracker.addOn.onOpen();
    tracker.spreadsheet.getSheetByName('Check-ins')!.setName('Log');
    click(tracker, 'Check-ins due');
    const alert = tracker.runtime.ui.alerts.at(-1)!;
    expect(alert.prompt).toBe(`The tracker has no "Check-ins" sheet: run ${menuPath(MENU.setUp)} to create it.`);
  });
});

describe('Record check-in sidebar', () => {
  it('opens the sidebar with a form that loads nothing from outside', () => {
    tracker = newTracker();
    tracker.addOn.okrShowCheckInSidebar();
    const sidebar = tracker.runtime.ui.sidebars.at(-1)!;
    expect(sidebar.title).toBe('Record check-in');
    expect(sidebar.html).toContain('<label for="value">New value<span id="unit"></span></label>');
    expect(sidebar.html).not.toMatch(/<script[^>]+src=|<link[^>]+href=/);
  });

  it('lists key results and KPIs as plain JSON', () => {
    tracker = newTracker();
    const items = tracker.addOn.okrSidebarItems();
    expect(JSON.parse(JSON.stringify(items))).toEqual(items); // nothing that google.script.run would drop
    expect(items.map((i: { id: string }) => i.id)).toEqual(['KR1', 'KR2', 'KR3', 'KR4', 'KR5', 'KR6', 'KPI1', 'KPI2', 'KPI3', 'KPI4']);
    expect(items.find((i: { id: string }) => i.id === 'KR5').milestone).toBe(true);
  });

  it('records a check-in with the user\'s email and says what changed', () => {
    tracker = newTracker();
    const answer = tracker.addOn.okrSidebarCheckIn({ id: 'KR2', value: '26', confidence: '7', note: 'Checklist v2', requestId: 'sidebar-req-1' });
    expect(answer).toEqual({ ok: true, grade: 0.8, message: 'Checked in KR2: 26; grade now 0.80.' });
    expect(tracker.records('Check-ins').at(-1)).toMatchObject({ ID: 'KR2', Value: 26, Confidence: 7, By: 'owner@example.com', 'Request ID': 'sidebar-req-1' });
    expect(tracker.addOn.okrSidebarCheckIn({ id: 'KR2', value: '26', requestId: 'sidebar-req-1' }).message).toContain('Already recorded');
  });

  it('takes a percent key result in percent points, as the popup does: 72 is 72%', () => {
    tracker = newTracker();
    const kr1 = tracker.addOn.okrSidebarItems().find((i: { id: string }) => i.id === 'KR1');
    expect(kr1).toMatchObject({ unit: '%', entry: 'In percent: type 72 for 72%.' });
    expect(kr1.current).toMatch(/^\d+(\.\d+)?%$/);
    const answer = tracker.addOn.okrSidebarCheckIn({ id: 'KR1', value: '72', requestId: 'sidebar-pct-1' });
    expect(answer).toMatchObject({ ok: true, message: expect.stringContaining('Checked in KR1: 72%') });
    expect(tracker.records('Check-ins').at(-1)).toMatchObject({ ID: 'KR1', Value: 0.72 });
  });

  it('asks "Did you mean …?" for a value far outside the span and writes nothing until confirmed', () => {
    tracker = newTracker();
    const rows = tracker.records('Check-ins').length;
    const answer = tracker.addOn.okrSidebarCheckIn({ id: 'KR1', value: '7200', requestId: 'sidebar-pct-2' });
    expect(answer).toEqual({
      ok: false,
      message: "Did you mean 72%? 7,200% is far outside this key result's range (65% to 75%).",
      confirm: { typed: '7200', suggestion: '72', typedShown: '7,200%', suggestionShown: '72%' },
    });
    expect(tracker.records('Check-ins')).toHaveLength(rows);
    expect(tracker.addOn.okrSidebarCheckIn({ id: 'KR1', value: '72', confirmed: '72', requestId: 'sidebar-pct-3' }).ok).toBe(true);
    expect(tracker.records('Check-ins').at(-1)).toMatchObject({ Value: 0.72 });
    expect(tracker.addOn.okrSidebarCheckIn({ id: 'KR1', value: '7200', confirmed: '7200', requestId: 'sidebar-pct-4' }).ok).toBe(true);
    expect(tracker.records('Check-ins').at(-1)).toMatchObject({ Value: 72 });
  });

  it('explains a decimal comma in a sentence instead of guessing', () => {
    tracker = newTracker();
    expect(tracker.addOn.okrSidebarCheckIn({ id: 'KR1', value: '72,5', requestId: 'sidebar-pct-5' })).toEqual({ ok: false, message: '"72,5" has a comma: use a point for decimals, such as 72.5.' });
  });

  it.each([
    [{ id: '', value: '1', requestId: 'sidebar-req-2' }, '"id" is missing'],
    [{ id: 'KR1', value: '', requestId: 'sidebar-req-2' }, '"value" is missing'],
    [{ id: 'KR1', value: 'lots', requestId: 'sidebar-req-2' }, 'takes a number'],
    [{ id: 'KR1', value: '1', confidence: '12', requestId: 'sidebar-req-2' }, '1 to 10'],
    [{ id: 'NOPE', value: '1', requestId: 'sidebar-req-2' }, 'no key result or KPI'],
    [null, '"id" is missing'],
  ])('refuses %j in words', (form, words) => {
    tracker = newTracker();
    const rows = tracker.records('Check-ins').length;
    const answer = tracker.addOn.okrSidebarCheckIn(form);
    expect(answer.ok).toBe(false);
    expect(answer.message).toContain(words);
    expect(tracker.records('Check-ins')).toHaveLength(rows);
  });
});
