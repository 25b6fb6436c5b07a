/**
 * What Close quarter… reads: the period from Settings, and the Objectives, Key Results and
 * Check-ins values with every column the archive and the review need. Everything is checked
 * before anything is written, so a half-deleted tracker gets a clear message and no change.
 */
import { CHECK_IN_COLUMNS, KEY_RESULT_COLUMNS, OBJECTIVE_COLUMNS, SHEETS } from '../../shared/tracker-layout.js';
import { columnsOf } from '../../shared/tracker-columns.js';
import { toText, toTimeOrBlank } from '../../shared/cells/cell.js';
import { messageOf } from '../../shared/functions/array-args.js';
import type { ReviewInput } from '../../shared/cycle/review.js';
import { findSheet, tableFromValues, TrackerError } from '../sheet-table.js';
import { settingsFrom } from '../template/settings-values.js';
import type { Zone } from '../../shared/zone.js';

export interface SettingsPeriod {
  name: string;
  start: number;
  end: number;
}

/** The period in Settings; a TrackerError saying what to fill in when it is incomplete. */
export function settingsPeriod(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, zone: Zone): SettingsPeriod {
  const settings = settingsFrom(findSheet(spreadsheet, SHEETS.settings).getDataRange().getValues());
  const name = toText(settings.periodName);
  let start: number | null;
  let end: number | null;
  try {
    start = toTimeOrBlank(settings.periodStart ?? '', 'Period start', zone);
    end = toTimeOrBlank(settings.periodEnd ?? '', 'Period end', zone);
  } catch (error) {
    throw new TrackerError(`Settings: ${messageOf(error)}.`);
  }
  if (name === '' || start === null || end === null) {
    throw new TrackerError('Settings needs a Period name, Period start and Period end before a quarter can be closed: fill them in, or run Set up tracker.');
  }
  if (!(end > start)) throw new TrackerError(`Settings: Period end is not after Period start: correct the dates of ${name}.`);
  return { name, start, end };
}

export interface PeriodSources {
  objectives: unknown[][];
  keyResults: unknown[][];
  log: unknown[][];
  /** The review's input, columns found by header. */
  review: Omit<ReviewInput, 'period' | 'zone'>;
}

const REQUIRED = {
  objectives: ['ID', 'Objective', 'Grade', 'Status'],
  keyResults: ['ID', 'Objective', 'Key result', 'Type', 'Start', 'Target', 'Current', 'Grade', 'Status'],
  log: ['Time', 'ID', 'Value'],
} as const;

/** Reads the three sheets (one getValues each) and checks their headers. */
export function readPeriodSources(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): PeriodSources {
  const read = (name: string, required: readonly string[]) => {
    const sheet = findSheet(spreadsheet, name);
    const values = sheet.getDataRange().getValues();
    tableFromValues(sheet, values, required); // throws a clear message naming the missing columns
    return values;
  };
  const objectives = read(SHEETS.objectives, REQUIRED.objectives);
  const keyResults = read(SHEETS.keyResults, REQUIRED.keyResults);
  const log = read(SHEETS.checkIns, REQUIRED.log);
  return {
    objectives,
    keyResults,
    log,
    review: {
      objectives: columnsOf(objectives, OBJECTIVE_COLUMNS),
      keyResults: columnsOf(keyResults, KEY_RESULT_COLUMNS),
      checkIns: columnsOf(log, CHECK_IN_COLUMNS),
    },
  };
}
