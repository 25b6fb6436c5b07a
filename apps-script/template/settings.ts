/**
 * The Settings sheet: labels in column A, values in column B, at fixed rows so formulas can
 * point at them (`Settings!$B$3`). Code reads them by label.
 */
import type { SETTING_LABELS } from '../../shared/tracker-layout.js';

export const SETTINGS_HEADER = ['Setting', 'Value', 'About'] as const;

/** Row order of the settings; row 1 is the header. */
export const SETTINGS_ROWS: readonly { key: keyof typeof SETTING_LABELS; about: string }[] = [
  { key: 'periodName', about: 'The name of the current period, e.g. 2026-Q4. Close quarter… moves on to the next one.' },
  { key: 'periodStart', about: 'First day of the period.' },
  { key: 'periodEnd', about: 'Last day of the period.' },
  { key: 'success', about: 'The grade that counts as success (0.7 for aspirational OKRs, 1 for committed ones).' },
  { key: 'cadence', about: 'How often key results are checked in when their Cadence is blank: weekly, biweekly, monthly, or a number of days.' },
];

export const SETTINGS_CELLS = Object.fromEntries(SETTINGS_ROWS.map((row, i) => [row.key, `$B$${i + 2}`])) as Record<
  keyof typeof SETTING_LABELS,
  string
>;
