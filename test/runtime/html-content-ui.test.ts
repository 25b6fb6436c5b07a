import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { httpContentType } from './content.js';
import { useRuntime } from './fixtures.js';

describe('ContentService (https://developers.google.com/apps-script/guides/content)', () => {
  it('builds text outputs with a MIME type and no setHeader', () => {
    const { services } = useRuntime();
    const out = services.ContentService.createTextOutput('{"ok":').append('true}').setMimeType(services.ContentService.MimeType.JSON);
    expect([out.getContent(), out.getMimeType(), httpContentType(out.getMimeType())]).toEqual(['{"ok":true}', 'JSON', 'application/json; charset=utf-8']);
    expect((out as unknown as Record<string, unknown>).setHeader).toBeUndefined();
    expect(services.ContentService.createTextOutput().getMimeType()).toBe('TEXT');
    expect(() => out.setMimeType('HTML' as never)).toThrow("don't match the method signature");
  });
});

describe('HtmlService', () => {
  const dir = mkdtempSync(join(tmpdir(), 'okr-html-'));
  writeFileSync(join(dir, 'sidebar.html'), '<h1><?= title ?></h1><? for (const kr of krs) { ?><li><?!= kr ?></li><? } ?>');

  it('reads files and evaluates template scriptlets, escaping <?= ?>', () => {
    const { services } = useRuntime({ htmlDir: dir });
    const template = services.HtmlService.createTemplateFromFile('sidebar') as unknown as Record<string, unknown> & { evaluate(): { getContent(): string } };
    template.title = 'A & B';
    template.krs = ['<b>one</b>'];
    expect(template.evaluate().getContent()).toBe('<h1>A &amp; B</h1><li><b>one</b></li>');
    expect(services.HtmlService.createHtmlOutputFromFile('sidebar').getContent()).toContain('<?= title ?>');
  });

  it('fails with Apps Script’s message for a missing file', () => {
    const { services } = useRuntime({ htmlDir: dir });
    expect(() => services.HtmlService.createHtmlOutputFromFile('nope')).toThrow('No HTML file named nope was found.');
  });

  it('records title, size and modes on outputs', () => {
    const { services } = useRuntime();
    const html = services.HtmlService.createHtmlOutput('<p>x</p>').setTitle('OKRs').setWidth(300).setHeight(200).setSandboxMode(services.HtmlService.SandboxMode.IFRAME);
    expect([html.getTitle(), html.getWidth(), html.getHeight(), html.getContent()]).toEqual(['OKRs', 300, 200, '<p>x</p>']);
  });
});

describe('UI', () => {
  it('records menus, replacing a menu of the same name', () => {
    const { services, ui } = useRuntime();
    const sheetsUi = services.SpreadsheetApp.getUi();
    sheetsUi.createMenu('OKR').addItem('Old', 'old').addToUi();
    sheetsUi.createMenu('OKR').addItem('Set up tracker', 'setUpTracker').addSeparator().addSubMenu(sheetsUi.createMenu('More').addItem('Help', 'showHelp')).addToUi();
    sheetsUi.createAddonMenu().addItem('Open', 'openSidebar').addToUi();
    expect(ui.menus.map((m) => [m.name, m.items])).toEqual([
      [
        'OKR',
        [
          { caption: 'Set up tracker', functionName: 'setUpTracker' },
          { caption: 'Help', functionName: 'showHelp' },
        ],
      ],
      ['Extensions → Untitled project', [{ caption: 'Open', functionName: 'openSidebar' }]],
    ]);
    expect(ui.functionFor('OKR', 'Help')).toBe('showHelp');
  });

  it('answers alerts and prompts from the scripted queue', () => {
    const { services, ui } = useRuntime();
    const sheetsUi = services.SpreadsheetApp.getUi();
    expect(sheetsUi.alert('Done')).toBe('OK');
    ui.answerNext('NO');
    expect(sheetsUi.alert('Replace?', 'Overwrite the tracker?', sheetsUi.ButtonSet.YES_NO)).toBe(sheetsUi.Button.NO);
    ui.answerNext('OK', 'https://script.google.com/macros/s/x/exec');
    const response = sheetsUi.prompt('Web app URL', sheetsUi.ButtonSet.OK_CANCEL);
    expect([response.getSelectedButton(), response.getResponseText()]).toEqual(['OK', 'https://script.google.com/macros/s/x/exec']);
    expect(ui.alerts.map((a) => [a.kind, a.prompt, a.answer])).toEqual([
      ['alert', 'Done', 'OK'],
      ['alert', 'Overwrite the tracker?', 'NO'],
      ['prompt', 'Web app URL', 'OK'],
    ]);
    expect(() => sheetsUi.alert('Sure?', sheetsUi.ButtonSet.YES_NO)).toThrow('needs an answer');
    ui.answerNext('OK');
    expect(() => sheetsUi.alert('Sure?', sheetsUi.ButtonSet.YES_NO)).toThrow('is not a button of YES_NO');
  });

  it('records sidebars and dialogs with their HTML', () => {
    const { services, ui } = useRuntime();
    const sheetsUi = services.SpreadsheetApp.getUi();
    sheetsUi.showSidebar(services.HtmlService.createHtmlOutput('<p>side</p>').setTitle('Check in'));
    sheetsUi.showModalDialog(services.HtmlService.createHtmlOutput('<p>modal</p>'), 'Setup');
    expect(ui.sidebars.map((d) => [d.title, d.html])).toEqual([['Check in', '<p>side</p>']]);
    expect(ui.dialogs.map((d) => [d.kind, d.title])).toEqual([
      ['sidebar', 'Check in'],
      ['modal', 'Setup'],
    ]);
  });

  it('is not available inside a custom function', () => {
    const runtime = useRuntime();
    const app = runtime.services.SpreadsheetApp;
    runtime.useFunctions({ OKR_GRADE: () => (app.getUi(), 1) });
    const sheet = app.getActiveSpreadsheet().getActiveSheet();
    sheet.getRange('A1').setFormula('=OKR_GRADE(1)');
    expect(sheet.getRange('A1').getValue()).toBe('#ERROR!');
    expect(runtime.cellError('A1')?.message).toBe('Cannot call SpreadsheetApp.getUi() from this context.');
  });
});
