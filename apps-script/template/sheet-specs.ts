/**
 * What each tracker sheet looks like: its headers, formats and input rules. The setup action
 * creates or repairs sheets from these; computed columns come from `formulas.ts`.
 */
import { CHECK_IN_COLUMNS, KEY_RESULT_COLUMNS, KPI_COLUMNS, OBJECTIVE_COLUMNS, SHEETS } from '../../shared/tracker-layout.js';
import { KEY_RESULT_TYPES } from '../../shared/functions/grade.js';
import { KPI_STATUS_NAMES, type KpiStatus } from '../../shared/functions/kpi-status.js';
import { OKR_STATUSES, type OkrStatus } from '../../shared/functions/status.js';
import { SETTINGS_HEADER } from './settings.js';
import { PLAIN_TEXT_FORMAT } from '../../shared/cells/cell-text.js';

export type Validation =
  | { kind: 'list'; values: readonly string[]; strict: boolean; help: string }
  | { kind: 'ids'; sheet: string; header: string; help: string }
  | { kind: 'number'; min: number; max: number; help: string };

export interface SheetSpec {
  name: string;
  headers: readonly string[];
  /** Number formats by header. */
  formats?: Readonly<Record<string, string>>;
  widths?: Readonly<Record<string, number>>;
  validations?: Readonly<Record<string, Validation>>;
  /** Columns whose text is a status that conditional formatting colours. */
  statusColumns?: readonly string[];
  tabColor?: string;
  /** Headers written but not part of the tracker's contract (Settings is a label/value sheet). */
  freeform?: boolean;
}

const CADENCES = ['weekly', 'biweekly', 'monthly'] as const;

const DATE = 'yyyy-mm-dd';
const DATE_TIME = 'yyyy-mm-dd hh:mm';
const TEXT = PLAIN_TEXT_FORMAT;

export const SHEET_SPECS: readonly SheetSpec[] = [
  { name: SHEETS.settings, headers: SETTINGS_HEADER, freeform: true, widths: { Setting: 200, Value: 140, About: 520 }, tabColor: '#9e9e9e' },
  {
    name: SHEETS.objectives,
    headers: OBJECTIVE_COLUMNS,
    formats: { Grade: '0.00' },
    widths: { Objective: 320 },
    validations: { Parent: { kind: 'ids', sheet: SHEETS.objectives, header: 'ID', help: 'The ID of another objective this one contributes to.' } },
    statusColumns: ['Status'],
    tabColor: '#1a73e8',
  },
  {
    name: SHEETS.keyResults,
    headers: KEY_RESULT_COLUMNS,
    formats: { Grade: '0.00', Forecast: '0.##', 'Forecast grade': '0.00', 'Needs / week': '+0.##;-0.##;0', 'Last check-in': DATE_TIME, 'Next check-in': DATE, Weight: '0.##' },
    widths: { 'Key result': 320, Progress: 140 },
    validations: {
      Objective: { kind: 'ids', sheet: SHEETS.objectives, header: 'ID', help: 'The ID of the objective this key result belongs to.' },
      Type: {
        kind: 'list',
        values: KEY_RESULT_TYPES,
        strict: true,
        help: 'increase, decrease, threshold (keep within a band), milestone (done or not), baseline (measure once); blank picks increase or decrease.',
      },
      Cadence: {
        kind: 'list',
        values: CADENCES,
        strict: false,
        help: 'weekly, biweekly, monthly, or a number of days; blank uses the default in Settings.',
      },
      KPI: {
        kind: 'ids',
        sheet: SHEETS.kpis,
        header: 'ID',
        help: "A KPI's ID: this key result's Current then follows that KPI's latest check-in, so one measurement updates both.",
      },
    },
    statusColumns: ['Status'],
    tabColor: '#188038',
  },
  {
    name: SHEETS.checkIns,
    headers: CHECK_IN_COLUMNS,
    // Plain text ("@"): Sheets parses nothing written there, so an ID, a note or a request ID
    // such as "00000042", "50%" or "2026-11-23" is kept as sent (shared/cells/cell-text.ts).
    formats: { Time: DATE_TIME, ID: TEXT, Note: TEXT, By: TEXT, 'Request ID': TEXT },
    widths: { Note: 320, 'Request ID': 260 },
    validations: { Confidence: { kind: 'number', min: 1, max: 10, help: 'How confident you are of reaching the target, 1 to 10.' } },
    tabColor: '#f9ab00',
  },
  {
    name: SHEETS.kpis,
    headers: KPI_COLUMNS,
    formats: { Updated: DATE },
    widths: { KPI: 260 },
    statusColumns: ['Status'],
    tabColor: '#d93025',
  },
];

const COLOURS: Readonly<Record<OkrStatus | KpiStatus, { background: string; font: string }>> = {
  Done: { background: '#d2e3fc', font: '#174ea6' },
  'On track': { background: '#ceead6', font: '#0d652d' },
  'At risk': { background: '#feefc3', font: '#7a4f01' },
  'Off track': { background: '#fad2cf', font: '#a50e0e' },
  'Not started': { background: '#e8eaed', font: '#3c4043' },
  Healthy: { background: '#ceead6', font: '#0d652d' },
  Warning: { background: '#feefc3', font: '#7a4f01' },
  Breach: { background: '#fad2cf', font: '#a50e0e' },
};
/** A colour for every status the sheet's functions write, typed from their lists so none is missed. */
export const STATUS_COLOURS: readonly { text: OkrStatus | KpiStatus; background: string; font: string }[] = [...OKR_STATUSES, ...KPI_STATUS_NAMES].map((text) => ({ text, ...COLOURS[text] }));
