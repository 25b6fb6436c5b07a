/**
 * The "Record check-in…" sidebar's server side. Everything crossing google.script.run is plain
 * JSON (no Dates: a Date in the answer makes the call fail,
 * https://developers.google.com/apps-script/guides/html/communication#parameters_and_return_values).
 *
 * Values are read here, with the key result's scale as the sheet holds it at save time
 * (shared/check-in/value-entry.ts: a percent key result in percent points, "72" is 72%), and an
 * implausible value is sent back as a "Did you mean …?" question instead of being written. The
 * check lives on the server, not in the sidebar's script, because the server is the one place
 * that reads the targets fresh (they may have changed since the list was loaded) and the
 * sidebar's plain script cannot import the shared core: one reading, the same as the popup's.
 * The web app (the extension) is not asked: it cannot ask a person, and the popup asked already.
 */
import { readCheckIn } from '../../shared/check-in/check-in-request.js';
import { buildFeed } from '../../shared/feed/feed-build.js';
import { idKey, numberOrNull, toText } from '../../shared/cells/cell.js';
import type { ValueScale } from '../../shared/check-in/value-entry.js';
import { displayValue, inPercent, inputText, inputUnit, parseValue } from '../../shared/check-in/value-entry.js';
import { plausibility } from '../../shared/check-in/value-plausibility.js';
import { readTracker } from '../tracker-reader.js';
import { trackerIdentity } from '../tracker-identity.js';
import { CheckInError, recordCheckIn } from '../check-in-writer.js';
import { withScriptLock } from '../ui.js';

export interface SidebarItem {
  id: string;
  title: string;
  kind: 'key result' | 'KPI';
  milestone: boolean;
  /** The current value as the popup shows it ("70%"), or null before any check-in. */
  current: string | null;
  /** The unit the value is typed in ("%" for a percent key result), or null. */
  unit: string | null;
  /** How to type the value, when it is not obvious ("In percent: type 72 for 72%."). */
  entry: string | null;
  due: boolean;
}

const PERCENT_ENTRY = 'In percent: type 72 for 72%.';

export function sidebarItems(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, now: number): SidebarItem[] {
  const feed = buildFeed(readTracker(spreadsheet).data, { now, ...trackerIdentity(spreadsheet) });
  return [
    ...feed.keyResults.map((kr) => ({
      id: kr.id,
      title: kr.title,
      kind: 'key result' as const,
      milestone: kr.type === 'milestone',
      current: kr.current === null ? null : displayValue(kr, kr.current),
      unit: inputUnit(kr),
      entry: inPercent(kr) ? PERCENT_ENTRY : null,
      due: kr.due,
    })),
    ...feed.kpis.map((k) => ({ id: k.id, title: k.title, kind: 'KPI' as const, milestone: false, current: k.value === null ? null : String(k.value), unit: null, entry: null, due: false })),
  ];
}

export type SidebarAnswer =
  | { ok: true; message: string; grade: number | null }
  | { ok: false; message: string }
  /** Nothing was written: the value is far from the key result's span. Send again with `confirmed` set to the value text chosen. */
  | { ok: false; message: string; confirm: { typed: string; suggestion: string | null; typedShown: string; suggestionShown: string | null } };

/** The key result's scale as the sheet holds it now, or null for a KPI or an unknown ID. */
function scaleOf(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, id: string): ValueScale | null {
  const kr = readTracker(spreadsheet).data.keyResults;
  const row = kr.ID.findIndex((cell) => idKey(cell) === idKey(id));
  if (row < 0 || toText(kr.KPI[row]) !== '') return null;
  return { unit: toText(kr.Unit[row]) || null, type: toText(kr.Type[row]).toLowerCase() || null, start: numberOrNull(kr.Start[row]), target: numberOrNull(kr.Target[row]), current: null };
}

type Interpreted = { ok: true; value: number | string } | Exclude<SidebarAnswer, { ok: true }>;

/** The typed text read for the key result, or the sentence or question to show instead. */
function interpret(scale: ValueScale, typed: string, confirmed: unknown, fallback: number | string): Interpreted {
  const parsed = parseValue(scale, typed);
  if (!parsed.ok) {
    if (parsed.reason === 'decimal-comma') return { ok: false, message: `"${typed}" has a comma: use a point for decimals, such as ${typed.replace(',', '.')}.` };
    return { ok: true, value: fallback };
  }
  if (confirmed === typed) return { ok: true, value: parsed.value };
  const verdict = plausibility(scale, parsed.value);
  if (verdict.plausible) return { ok: true, value: parsed.value };
  const suggestion = verdict.suggestion === null ? null : inputText(scale, verdict.suggestion);
  return {
    ok: false,
    message: verdict.message,
    confirm: { typed, suggestion, typedShown: displayValue(scale, parsed.value), suggestionShown: verdict.suggestion === null ? null : displayValue(scale, verdict.suggestion) },
  };
}

export function sidebarCheckIn(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, form: unknown, now: number): SidebarAnswer {
  const body = typeof form === 'object' && form !== null ? (form as Record<string, unknown>) : {};
  const by = Session.getActiveUser().getEmail() || 'sidebar';
  const input = readCheckIn({ ...body, by });
  if (!input.ok) return { ok: false, message: input.message };
  try {
    const scale = typeof body.value === 'string' ? scaleOf(spreadsheet, input.value.id) : null;
    if (scale !== null) {
      const value = interpret(scale, (body.value as string).trim(), body.confirmed, input.value.value);
      if (!value.ok) return value;
      input.value.value = value.value;
    }
    const result = withScriptLock(() => recordCheckIn(spreadsheet, input.value, now));
    const grade = result.keyResult?.grade ?? null;
    const gradeText = grade === null ? '' : `; grade now ${grade.toFixed(2)}`;
    const shown = result.keyResult === null ? String(result.checkIn.value) : displayValue(result.keyResult, result.checkIn.value);
    return { ok: true, grade, message: result.duplicate ? `Already recorded for ${result.checkIn.id}.` : `Checked in ${result.checkIn.id}: ${shown}${gradeText}.` };
  } catch (error) {
    if (error instanceof CheckInError) return { ok: false, message: error.message };
    // The exception's own text is for the script's log, not for the person at the sheet.
    console.error(error);
    return { ok: false, message: 'The check-in was not saved: the spreadsheet could not be read or written just now. Nothing was recorded; press Save to try again.' };
  }
}
