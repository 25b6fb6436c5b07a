// The end of the cycle through the built bundle and the template's own formulas: Close
// quarter… makes the review, the team fills it in, Start next period… carries key results over.
import { describe, expect, it } from 'vitest';
import { get, NOW, publish, trackersPerTest, type Tracker, sheetDate, SHEET_ZONE } from './harness.js';
import { editAsUser } from '../runtime/edit-event.js';
import { countToReview, reviewState } from '../../shared/cycle/review-state.js';
import { addCalendarDays } from '../../shared/dates.js';

const tracker = trackersPerTest();

const REVIEW = 'Review 2026-Q4';
const say = (t: Tracker, answer: boolean, messages: string[] = []) => t.addOn.okrSheets.silentDialogs(answer, messages);
const close = (t: Tracker, messages: string[] = []) => t.addOn.okrSheets.closeQuarter(t.spreadsheet, say(t, true, messages));
const startNext = (t: Tracker, messages: string[] = [], answer = true) => t.addOn.okrSheets.startNextPeriod(t.spreadsheet, say(t, answer, messages), NOW.getTime());
const byId = (rows: Record<string, unknown>[]) => Object.fromEntries(rows.map((r) => [String(r.ID), r]));
const values = (t: Tracker, sheet: string) => t.spreadsheet.getSheetByName(sheet)!.getDataRange().getValues();

/** A person fills in the review: sets `header` on the row of `id` (which runs onEdit, as in Sheets). */
function fillIn(t: Tracker, id: string, header: string, value: unknown): void {
  const all = values(t, REVIEW);
  const row = all.findIndex((r) => r[all[0].indexOf('ID')] === id) + 1;
  const column = all[0].indexOf(header) + 1;
  const a1 = `${String.fromCharCode(64 + column)}${row}`;
  editAsUser(t.runtime, t.addOn, { sheet: REVIEW, range: a1, values: [[value]] });
}

function letter(column: number): string {
  return column <= 26 ? String.fromCharCode(64 + column) : `${String.fromCharCode(64 + Math.floor((column - 1) / 26))}${String.fromCharCode(65 + ((column - 1) % 26))}`;
}

// Each test builds a tracker with the examples; on a busy machine that alone can take 10 s.
const SLOW = { timeout: 90_000 };

describe('Close quarter… makes the review', SLOW, () => {
  it('lists each objective then its key results, with where they ended, as values', () => {
    const t = tracker();
    const before = byId(t.records('Key Results'));
    const log = t.records('Check-ins');
    const done = close(t);
    expect(done.review).toEqual({ sheet: REVIEW, keyResults: 6 });
    const review = t.records(REVIEW);
    expect(review.map((r) => r.ID)).toEqual(['CO1', 'O1', 'KR1', 'KR2', 'O2', 'KR3', 'KR4', 'O3', 'KR5', 'KR6']);
    expect(t.spreadsheet.getSheetByName(REVIEW)!.getDataRange().getFormulas().flat().every((f) => f === '')).toBe(true);
    for (const row of review.filter((r) => r.Kind === 'Key result')) {
      const kr = before[String(row.ID)];
      const mine = log.filter((c) => c.ID === row.ID && c.Value !== '');
      const latest = mine.filter((c) => c.Confidence !== '').at(-1);
      expect(row).toMatchObject({ Objective: kr.Objective, Title: kr['Key result'], 'Final value': kr.Current, 'Final grade': kr.Grade, 'Final status': kr.Status });
      expect(row['Check-ins']).toBe(mine.length);
      expect(row['Last confidence']).toBe(latest?.Confidence ?? '');
      expect([row['What went well'], row['What we learned'], row['Carry over'], row['Carried to']]).toEqual(['', '', false, '']);
    }
  });

  it('gives the key results a Carry over checkbox, and the objectives none', () => {
    const t = tracker();
    close(t);
    const sheet = t.spreadsheet.getSheetByName(REVIEW)!;
    const all = sheet.getDataRange().getValues();
    const column = all[0].indexOf('Carry over') + 1;
    const rules = sheet.getRange(2, column, all.length - 1, 1).getDataValidations().map((r) => r[0]?.getCriteriaType() ?? null);
    expect(rules).toEqual(all.slice(1).map((row) => (row[0] === 'Key result' ? 'CHECKBOX' : null)));
  });

  it('grades the mid-period forecast as OKR_GRADE of OKR_FORECAST over the first half of the log', () => {
    const t = tracker();
    close(t);
    const review = byId(t.records(REVIEW));

    // The review is values only, so the log can now lose its second half: the template's own
    // functions then grade where each key result was heading at mid-period.
    const start = sheetDate(2026, 10, 1).getTime();
    const midpoint = start + (addCalendarDays(sheetDate(2026, 12, 31).getTime(), 1, SHEET_ZONE) - start) / 2;
    const logSheet = t.spreadsheet.getSheetByName('Check-ins')!;
    const log = logSheet.getDataRange().getValues();
    const at = (h: string) => log[0].indexOf(h);
    // Dates come from the add-on's realm, so no `instanceof Date` here. One write: each one recalculates.
    const early = log.slice(1).map((row) => [typeof row[at('Time')]?.getTime === 'function' && row[at('Time')].getTime() > midpoint ? '' : row[at('Value')]]);
    expect(early.filter((v) => v[0] === '').length).toBeGreaterThan(5);
    logSheet.getRange(2, at('Value') + 1, early.length, 1).setValues(early);

    const krSheet = t.spreadsheet.getSheetByName('Key Results')!;
    const headers = krSheet.getRange(1, 1, 1, krSheet.getLastColumn()).getValues()[0];
    const kr = (h: string) => `${letter(headers.indexOf(h) + 1)}2:${letter(headers.indexOf(h) + 1)}7`;
    const logCol = (h: string) => `'Check-ins'!${letter(at(h) + 1)}2:${letter(at(h) + 1)}`;
    const spare = headers.length + 1;
    const forecastCells = `${letter(spare)}2:${letter(spare)}7`;
    krSheet.getRange(2, spare).setFormula(`=OKR_FORECAST(${kr('ID')}, ${logCol('ID')}, ${logCol('Time')}, ${logCol('Value')}, DATE(2026,12,31))`);
    krSheet.getRange(2, spare + 1).setFormula(`=OKR_GRADE(${kr('Start')}, ${kr('Target')}, ${forecastCells}, ${kr('Type')})`);
    const [forecasts, graded] = [spare, spare + 1].map((c) => krSheet.getRange(2, c, 6, 1).getValues().map((r) => r[0]));
    ['KR1', 'KR2', 'KR3', 'KR4', 'KR5', 'KR6'].forEach((id, i) => {
      const mine = review[id]['Mid-period forecast grade'];
      // No line (fewer than two check-ins by mid-period) or no grade: the review shows none.
      if (forecasts[i] === '' || typeof graded[i] !== 'number') expect(mine, `${id}: the sheet says ${String(graded[i])}`).toBe('');
      else {
        expect(typeof mine, id).toBe('number');
        expect(mine, id).toBeCloseTo(graded[i], 9);
      }
    });
    expect(graded.filter((g) => typeof g === 'number').length).toBeGreaterThanOrEqual(4);
  });

  it('counts the key results still to review for the feed', () => {
    const t = tracker();
    close(t);
    expect(countToReview(values(t, REVIEW))).toBe(6);
    fillIn(t, 'KR1', 'What went well', 'The help centre');
    fillIn(t, 'KR3', 'What we learned', 'Plan for launches');
    fillIn(t, 'KR6', 'Carry over', true);
    const state = reviewState({ period: { name: '2027-Q1', end: sheetDate(2027, 3, 31).getTime() }, now: NOW.getTime(), zone: SHEET_ZONE, keyResults: 6, review: { sheet: REVIEW, values: values(t, REVIEW) } });
    expect(state).toEqual({ ended: false, toReview: 3, reviewSheet: REVIEW, reviewPeriod: '2026-Q4' });
  });
});

describe('the feed asks for the review', SLOW, () => {
  it('names the closed period, counts the rows left and links to the Review sheet, through the web app', () => {
    const t = tracker();
    const token = publish(t);
    expect(get(t, { token }).period).toMatchObject({ ended: false, reviewPeriod: null, toReview: 0, reviewLink: null });
    close(t);
    fillIn(t, 'KR1', 'What went well', 'The help centre');
    const period = get(t, { token }).period;
    const gid = t.spreadsheet.getSheetByName(REVIEW)!.getSheetId();
    expect(period).toMatchObject({ name: '2027-Q1', ended: false, reviewPeriod: '2026-Q4', toReview: 5 });
    expect(period.reviewLink).toMatch(new RegExp(`#gid=${gid}&range=A2$`));
  });
});

describe('Start next period…', SLOW, () => {
  it('carries the ticked key results over at their final value, under their objective, once', () => {
    const t = tracker();
    const ended = byId(t.records('Key Results'));
    close(t);
    fillIn(t, 'KR1', 'Carry over', true);
    fillIn(t, 'KR6', 'Carry over', true);
    fillIn(t, 'KR2', 'What went well', 'Shorter checklist');
    const keyResults = t.records('Key Results');
    const log = values(t, 'Check-ins');
    // The objectives' own cells; their Grade and Status roll up the new key results too.
    const objectiveInputs = () => t.records('Objectives').map(({ ID, Objective, Owner, Parent }) => ({ ID, Objective, Owner, Parent }));
    const objectives = objectiveInputs();

    const done = startNext(t);
    expect(done).toEqual({ review: REVIEW, period: '2027-Q1', created: [{ from: 'KR1', id: 'KR1-2027-Q1' }, { from: 'KR6', id: 'KR6-2027-Q1' }] });
    const after = t.records('Key Results');
    expect(after.slice(0, keyResults.length)).toEqual(keyResults); // nothing else touched
    expect(values(t, 'Check-ins')).toEqual(log);
    expect(objectiveInputs()).toEqual(objectives);
    for (const [from, id] of [['KR1', 'KR1-2027-Q1'], ['KR6', 'KR6-2027-Q1']]) {
      const carried = byId(after)[id];
      const old = ended[from];
      expect(carried.Start, id).toBe(old.Current);
      for (const kept of ['Objective', 'Key result', 'Target', 'Type', 'Unit', 'Owner', 'Weight', 'Cadence']) expect(carried[kept], `${id} ${kept}`).toEqual(old[kept]);
      expect(carried.Current).toBe(''); // no check-in of last period is read as its own
    }
    expect(t.records(REVIEW).filter((r) => r['Carried to'] !== '').map((r) => [r.ID, r['Carried to']])).toEqual([['KR1', 'KR1-2027-Q1'], ['KR6', 'KR6-2027-Q1']]);
    const adjustments = t.records('Adjustments');
    expect(adjustments.map((r) => [r.ID, r.Field, r['Old value'], r['New value']])).toEqual([['KR1-2027-Q1', 'Start', ended.KR1.Start, ended.KR1.Current], ['KR6-2027-Q1', 'Start', ended.KR6.Start, ended.KR6.Current]]);
    expect(String(adjustments[0].Reason)).toContain('Carried over from KR1');

    const messages: string[] = [];
    expect(startNext(t, messages)).toBeNull();
    expect(messages.join()).toContain('Already carried over');
    expect(t.records('Key Results')).toHaveLength(after.length);
    expect(t.records('Adjustments')).toHaveLength(2);
  });

  it('grades a carried key result from its new start', () => {
    const t = tracker();
    close(t);
    fillIn(t, 'KR1', 'Carry over', true);
    startNext(t);
    const log = t.spreadsheet.getSheetByName('Check-ins')!;
    const row = t.column('Check-ins', 'ID').length + 2;
    log.getRange(row, 1, 1, 3).setValues([[NOW, 'KR1-2027-Q1', 0.72]]);
    const carried = byId(t.records('Key Results'))['KR1-2027-Q1'];
    expect(carried.Grade).toBeCloseTo((0.72 - Number(carried.Start)) / (Number(carried.Target) - Number(carried.Start)), 9);
  });

  it.each([
    ['there is no review yet', (_t: Tracker) => undefined, 'No review yet'],
    ['nothing is ticked', (t: Tracker) => close(t), 'Nothing to carry over'],
  ])('says so and changes nothing when %s', (_, prepare, expected) => {
    const t = tracker();
    prepare(t);
    const rows = t.records('Key Results').length;
    const messages: string[] = [];
    expect(startNext(t, messages)).toBeNull();
    expect(messages.join()).toContain(expected);
    expect(t.records('Key Results')).toHaveLength(rows);
  });

  it('changes nothing when the user says no', () => {
    const t = tracker();
    close(t);
    fillIn(t, 'KR1', 'Carry over', true);
    const rows = t.records('Key Results').length;
    expect(startNext(t, [], false)).toBeNull();
    expect(t.records('Key Results')).toHaveLength(rows);
    expect(t.spreadsheet.getSheetByName('Adjustments')).toBeNull();
  });

  it('carries nothing while another execution holds the lock', () => {
    const t = tracker();
    close(t);
    fillIn(t, 'KR1', 'Carry over', true);
    const rows = t.records('Key Results').length;
    t.runtime.locks.holdScriptLock();
    expect(() => startNext(t)).toThrow(/Lock timeout/);
    expect(t.records('Key Results')).toHaveLength(rows);
    expect(t.records(REVIEW).every((r) => r['Carried to'] === '')).toBe(true);
  });
});
