/**
 * The "Record check-in…" sidebar's server side. Everything crossing google.script.run is plain
 * JSON (no Dates: they make the call fail, apps-script-facts 2.22).
 */
import { readCheckIn } from '../../shared/check-in-request.js';
import { buildFeed } from '../../shared/feed-build.js';
import { messageOf } from '../../shared/array-args.js';
import { readTracker } from '../tracker-reader.js';
import { trackerIdentity } from '../tracker-identity.js';
import { CheckInError, recordCheckIn } from '../check-in-writer.js';
import { withScriptLock } from '../ui.js';

export interface SidebarItem {
  id: string;
  title: string;
  kind: 'key result' | 'KPI';
  milestone: boolean;
  current: number | string | null;
  unit: string | null;
  due: boolean;
}

export function sidebarItems(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, now: number): SidebarItem[] {
  const feed = buildFeed(readTracker(spreadsheet).data, { now, ...trackerIdentity(spreadsheet) });
  return [
    ...feed.keyResults.map((kr) => ({ id: kr.id, title: kr.title, kind: 'key result' as const, milestone: kr.type === 'milestone', current: kr.current, unit: kr.unit, due: kr.due })),
    ...feed.kpis.map((k) => ({ id: k.id, title: k.title, kind: 'KPI' as const, milestone: false, current: k.value, unit: null, due: false })),
  ];
}

export type SidebarAnswer = { ok: true; message: string; grade: number | null } | { ok: false; message: string };

export function sidebarCheckIn(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, form: unknown, now: number): SidebarAnswer {
  const body = typeof form === 'object' && form !== null ? (form as Record<string, unknown>) : {};
  const by = Session.getActiveUser().getEmail() || 'sidebar';
  const input = readCheckIn({ ...body, by });
  if (!input.ok) return { ok: false, message: input.message };
  try {
    const result = withScriptLock(() => recordCheckIn(spreadsheet, input.value, now));
    const grade = result.keyResult?.grade ?? null;
    const gradeText = grade === null ? '' : `; grade now ${grade.toFixed(2)}`;
    return { ok: true, grade, message: result.duplicate ? `Already recorded for ${result.checkIn.id}.` : `Checked in ${result.checkIn.id}: ${result.checkIn.value}${gradeText}.` };
  } catch (error) {
    if (error instanceof CheckInError) return { ok: false, message: error.message };
    return { ok: false, message: `The check-in was not saved: ${messageOf(error)}` };
  }
}
