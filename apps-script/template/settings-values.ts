/** Reads and fills in the Settings sheet's values, by label. */
import { SETTING_LABELS } from '../../shared/tracker-layout.js';
import { quarterOf } from '../../shared/period.js';
import { SETTINGS_ROWS } from './settings.js';
import type { Zone } from '../../shared/zone.js';

export type SettingKey = keyof typeof SETTING_LABELS;

/** Values by setting key, read from label/value rows (labels matched trimmed, case-insensitive). */
export function settingsFrom(values: readonly unknown[][]): Partial<Record<SettingKey, unknown>> {
  const byLabel = new Map<string, unknown>();
  for (const row of values.slice(1)) byLabel.set(String(row[0] ?? '').trim().toLowerCase(), row[1]);
  const out: Partial<Record<SettingKey, unknown>> = {};
  for (const key of Object.keys(SETTING_LABELS) as SettingKey[]) {
    const value = byLabel.get(SETTING_LABELS[key].toLowerCase());
    if (value !== undefined && value !== '') out[key] = value;
  }
  return out;
}

/**
 * The Settings block (rows 2…) with labels in place and blanks filled with defaults: the
 * quarter holding `now`, success 0.7, weekly. Values already set are kept. Returns the block and
 * the labels whose defaults were filled in.
 */
export function settingsBlock(existing: readonly unknown[][], now: number, zone: Zone): { rows: unknown[][]; filled: string[] } {
  const current = settingsFrom(existing);
  const quarter = quarterOf(now, zone);
  const defaults: Record<SettingKey, unknown> = {
    periodName: quarter.name,
    periodStart: new Date(quarter.start),
    periodEnd: new Date(quarter.end),
    success: 0.7,
    cadence: 'weekly',
  };
  const filled: string[] = [];
  const rows = SETTINGS_ROWS.map(({ key, about }) => {
    let value = current[key];
    if (value === undefined) {
      value = defaults[key];
      filled.push(SETTING_LABELS[key]);
    }
    return [SETTING_LABELS[key], value, about];
  });
  return { rows, filled };
}
