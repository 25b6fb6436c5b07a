/**
 * Appends one check-in to the log: the one write path shared by the web app (the extension)
 * and the sidebar. Under the script lock: look for the request ID (a retry writes nothing),
 * check the ID and the value, append one row with one setValues, bump the revision.
 * The log is append-only, so a check-in made on an old view is still written; the answer then
 * lists what others logged since that view (`since`), so nobody's update is lost from sight.
 */
import { sameRequestId, type CheckInInput } from '../shared/check-in/check-in-request.js';
import type { ApiErrorCode, FeedCheckIn, FeedKeyResult, FeedKpi } from '../shared/feed/feed.js';
import { CHECK_IN_COLUMNS, KEY_RESULT_COLUMNS, KPI_COLUMNS, OBJECTIVE_COLUMNS, SHEETS } from '../shared/tracker-layout.js';
import { appendToColumns, selectRows, type TrackerColumns } from '../shared/tracker-columns.js';
import { buildFeed, type FeedEnvironment } from '../shared/feed/feed-build.js';
import { idKey, isDate, toText, toTimeOrBlank } from '../shared/cells/cell.js';
import { personText } from '../shared/cells/cell-text.js';
import { milestoneProgress, parseType } from '../shared/functions/grade.js';
import { messageOf } from '../shared/functions/array-args.js';
import { readTracker } from './tracker-reader.js';
import { appendRows, rowsFor, tableFromValues } from './sheet-table.js';
import { bumpRevision } from './script-state.js';
import { trackerIdentity, type TrackerIdentity } from './tracker-identity.js';
import { reconcileKeyResults } from './recorded-fields.js';
import type { Zone } from '../shared/zone.js';

export class CheckInError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    /** False when sending the same request again cannot succeed (the feed's `error.retry`). */
    readonly retry?: boolean,
  ) {
    super(message);
    this.name = 'CheckInError';
  }
}

export interface CheckInResult {
  checkIn: FeedCheckIn;
  keyResult: FeedKeyResult | null;
  kpi: FeedKpi | null;
  duplicate: boolean;
  /** Only when the request said what it saw (`seenLastCheckIn`): later check-ins of the ID, oldest first. */
  since?: FeedCheckIn[];
}

/** A log row as the feed gives it; `fromCells` false for the row just sent (its text is not stored yet). */
function feedCheckIn(row: Record<string, unknown>, fromCells = true): FeedCheckIn {
  const text = fromCells ? logText : (value: unknown) => (value === '' ? null : (value as string));
  const time = isDate(row.Time) ? row.Time.toISOString() : toText(row.Time);
  const confidence = typeof row.Confidence === 'number' ? row.Confidence : null;
  const value = typeof row.Value === 'number' ? row.Value : toText(row.Value);
  return { time, id: toText(row.ID), value, confidence, note: text(row.Note), by: text(row.By), requestId: toText(fromCells ? personText(row['Request ID']) : row['Request ID']) };
}

/** A Note or By cell as it was sent (not trimmed), or null when blank. */
function logText(value: unknown): string | null {
  const text = personText(value);
  return text === '' || text === null || text === undefined ? null : typeof text === 'string' ? text : toText(text);
}

export function recordCheckIn(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, input: CheckInInput, now: number): CheckInResult {
  const snapshot = readTracker(spreadsheet);
  reconcileKeyResults(spreadsheet, snapshot.keyResultValues, now); // edits Google did not report
  const { data } = snapshot;
  const log = data.checkIns;
  const env = { now, ...trackerIdentity(spreadsheet) };
  const sameRequest = requestMatcher(spreadsheet, input.requestId);

  const original = findRequest(log, sameRequest);
  if (original !== null) {
    // A retry is answered with the row it wrote. The same ID sent for another key result is
    // a client's mistake, not a retry: answering "duplicate" would drop that check-in unseen.
    const logged = toText(original.ID);
    let target: Target | null = null;
    try {
      target = targetOf(data, input.id);
    } catch {
      // The key result was removed since the first send: the retry still finds its row.
    }
    const mine = [input.id, target?.logId ?? input.id].some((candidate) => idKey(candidate) === idKey(logged));
    if (!mine) {
      throw new CheckInError(
        'conflict',
        `Request ID "${input.requestId}" was already used for a check-in of ${logged}, so this check-in of ${target?.id ?? input.id.trim()} was not saved: send it again with a new request ID.`,
        false,
      );
    }
    return { ...stateOf(data, env, target?.id ?? input.id, logged), checkIn: feedCheckIn(original), duplicate: true, ...sinceSeen(log, logged, input, sameRequest, env.zone) };
  }

  const { id, logId, type } = targetOf(data, input.id);
  checkValue(id, type, input.value);

  const row = {
    Time: new Date(now),
    ID: logId,
    Value: input.value,
    Confidence: input.confidence ?? '',
    Note: input.note,
    By: input.by,
    'Request ID': input.requestId,
  };
  // appendRows stores every string as sent, guarded against formulas (shared/cells/cell-text.ts).
  const table = tableFromValues(snapshot.checkInSheet, snapshot.checkInValues);
  appendRows(table, rowsFor(table, [row]));
  bumpRevision();

  const after = appendToColumns(selectRows(log, CHECK_IN_COLUMNS, 'ID', (value) => idKey(value) === idKey(logId)), CHECK_IN_COLUMNS, [row]);
  const checkIn = feedCheckIn(row, false);
  return { ...stateOf({ ...data, checkIns: after }, env, id, logId), checkIn, duplicate: false, ...sinceSeen(log, logId, input, sameRequest, env.zone) };
}

interface Target {
  /** The key result's or KPI's ID as the sheet spells it. */
  id: string;
  /** The ID its check-ins are logged under: a tied KPI's, or its own. */
  logId: string;
  /** The key result's Type, or 'kpi' when the value is a KPI's measurement. */
  type: unknown;
}

function targetOf(data: TrackerColumns, given: string): Target {
  const key = idKey(given);
  const krIndex = data.keyResults.ID.findIndex((id) => idKey(id) === key);
  const kpiIndex = krIndex >= 0 ? -1 : data.kpis.ID.findIndex((id) => idKey(id) === key);
  if (krIndex < 0 && kpiIndex < 0) throw new CheckInError('not-found', `There is no key result or KPI with ID "${given}" in this tracker.`);
  const id = toText(krIndex >= 0 ? data.keyResults.ID[krIndex] : data.kpis.ID[kpiIndex]);
  // A key result tied to a KPI follows that KPI's check-ins (the sheet's Log ID column): its
  // check-in is the KPI's measurement, logged under the KPI's ID so one row updates both.
  const tiedKpi = krIndex >= 0 ? tiedKpiIndex(data, krIndex) : -1;
  const named = krIndex >= 0 ? toText(data.keyResults.KPI[krIndex]) : '';
  if (named !== '' && tiedKpi < 0) {
    throw new CheckInError('not-found', `Key result ${id} follows KPI "${named}", which is not in the KPIs sheet: fix its KPI cell, or clear it to check in the key result itself.`);
  }
  const logId = tiedKpi >= 0 ? toText(data.kpis.ID[tiedKpi]) : id;
  return { id, logId, type: krIndex >= 0 && tiedKpi < 0 ? data.keyResults.Type[krIndex] : 'kpi' };
}

/** The newest log row of this request, or null. */
function findRequest(log: TrackerColumns['checkIns'], sameRequest: (cell: unknown) => boolean): Record<string, unknown> | null {
  for (let i = log.rows - 1; i >= 0; i--) if (sameRequest(log['Request ID'][i])) return logRow(log, i);
  return null;
}

/**
 * Whether a Request ID cell holds this request's ID (see `sameRequestId`): a Date cell of an old
 * row is read on the spreadsheet's wall clock, the zone Sheets parsed the ID in.
 */
function requestMatcher(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, requestId: string): (cell: unknown) => boolean {
  let zone: string | null = null;
  const wallClock = (date: Date) => Utilities.formatDate(date, (zone ??= spreadsheet.getSpreadsheetTimeZone()), 'yyyy-MM-dd HH:mm:ss');
  return (cell) => sameRequestId(cell, requestId, wallClock);
}

/** The row of the KPI a key result is tied to, or -1 (no KPI named, or none with that ID). */
function tiedKpiIndex(data: TrackerColumns, krIndex: number): number {
  const kpi = data.keyResults.KPI[krIndex];
  if (toText(kpi) === '') return -1;
  const key = idKey(kpi);
  return data.kpis.ID.findIndex((id) => idKey(id) === key);
}

/**
 * The check-ins of `id` logged after the time the user saw (all of them when they saw none),
 * other than this request's own, oldest first. Rows are compared by their Time cell, as the
 * feed's `lastCheckIn` was read from the same cells; a row with an unreadable time is skipped.
 */
function sinceSeen(log: TrackerColumns['checkIns'], id: string, input: CheckInInput, sameRequest: (cell: unknown) => boolean, zone: Zone): { since?: FeedCheckIn[] } {
  if (input.seenLastCheckIn === undefined) return {};
  const seen = input.seenLastCheckIn ?? -Infinity;
  const key = idKey(id);
  const later: { time: number; row: number }[] = [];
  for (let i = 0; i < log.rows; i++) {
    if (idKey(log.ID[i]) !== key || sameRequest(log['Request ID'][i]) || toText(log.Value[i]) === '') continue;
    const time = timeOrNull(log.Time[i], zone);
    if (time !== null && time > seen) later.push({ time, row: i });
  }
  later.sort((a, b) => a.time - b.time || a.row - b.row);
  // Times as ISO 8601 whatever the cell held (a typed text or a serial day): the contract asks it.
  return { since: later.map(({ time, row }) => ({ ...feedCheckIn(logRow(log, row)), time: new Date(time).toISOString() })) };
}

const logRow = (log: TrackerColumns['checkIns'], i: number) => Object.fromEntries(CHECK_IN_COLUMNS.map((h) => [h, log[h][i]]));

function timeOrNull(value: unknown, zone: Zone): number | null {
  try {
    return toTimeOrBlank(value, 'time', zone);
  } catch {
    return null; // a typed time the log cannot read is the sheet's problem to show, not this answer's
  }
}

/** A milestone takes done / not done / a fraction; everything else takes a number. */
function checkValue(id: string, type: unknown, value: number | string): void {
  let milestone = false;
  try {
    milestone = type !== 'kpi' && parseType(type) === 'milestone';
  } catch {
    // An unknown type is the sheet's problem to show; the value is still checked as a number.
  }
  if (milestone) {
    try {
      milestoneProgress(value);
    } catch (error) {
      throw new CheckInError('bad-request', `${id}: ${messageOf(error)}.`);
    }
  } else if (typeof value !== 'number') {
    throw new CheckInError('bad-request', `${id} takes a number, not "${value}".`);
  }
}

/**
 * The feed entry of one key result or KPI, computed from its own rows only: the answer to a
 * check-in must not cost a pass over every key result (the bench showed 350 ms at 5,000).
 */
function stateOf(data: TrackerColumns, env: FeedEnvironment & TrackerIdentity, id: string, logId: string): { keyResult: FeedKeyResult | null; kpi: FeedKpi | null } {
  const key = idKey(id);
  const logKey = idKey(logId);
  const mine = (value: unknown) => idKey(value) === key;
  const logged = (value: unknown) => idKey(value) === logKey;
  // Row links must name the rows in the sheet, not in this one-row selection.
  const rowsOf = (ids: unknown[]) => ids.flatMap((value, i) => (mine(value) ? [i] : []));
  const rowsLogged = (ids: unknown[]) => ids.flatMap((value, i) => (logged(value) ? [i] : []));
  const sheetRows: Record<string, number[]> = { [SHEETS.keyResults]: rowsOf(data.keyResults.ID), [SHEETS.kpis]: rowsLogged(data.kpis.ID) };
  const rowLink = (sheet: string, i: number) => (sheetRows[sheet]?.[i] === undefined ? null : env.rowLink(sheet, sheetRows[sheet][i]));
  const focused: TrackerColumns = {
    settings: data.settings,
    objectives: selectRows(data.objectives, OBJECTIVE_COLUMNS, 'ID', () => false),
    keyResults: selectRows(data.keyResults, KEY_RESULT_COLUMNS, 'ID', mine),
    checkIns: selectRows(data.checkIns, CHECK_IN_COLUMNS, 'ID', logged),
    kpis: selectRows(data.kpis, KPI_COLUMNS, 'ID', logged),
  };
  const focusedEnv = { ...env, rowLink };
  const feed = buildFeed(focused, focusedEnv);
  return { keyResult: feed.keyResults[0] ?? null, kpi: feed.kpis[0] ?? null };
}
