/**
 * Check-ins that stopped: a key result with no check-in for two of its cadences (one missed
 * check-in is "due"; two means nobody is looking), and a KPI not updated in 30 days. Times come
 * from the Check-ins log, as the Last check-in and Updated columns compute them.
 */
import { idKey, isBlank, toTimeOrBlank } from '../cells/cell.js';
import { addCalendarDays, formatLocalDate } from '../dates.js';
import { advance, parseCadence, type Cadence } from '../functions/next-checkin.js';
import type { TrackerColumns } from '../tracker-columns.js';
import { KPI_STALE_DAYS } from './kinds.js';
import { located, type CheckedRows, type LocatedFinding } from './rows.js';
import { MENU, menuPath } from '../menu-path.js';
import type { Zone } from '../zone.js';

/** A cell as a time, or null when blank or unreadable: a bad cell is another column's error to show. */
function timeOrNull(value: unknown, zone: Zone): number | null {
  try {
    return toTimeOrBlank(value, 'time', zone);
  } catch {
    return null;
  }
}

/** The latest check-in time of each ID; check-ins with a blank value or an unreadable time do not count. */
function latestCheckIns(checkIns: TrackerColumns['checkIns'], zone: Zone): Map<string, number> {
  const latest = new Map<string, number>();
  for (let r = 0; r < checkIns.rows; r++) {
    const id = checkIns.ID[r];
    if (isBlank(id) || isBlank(checkIns.Value[r])) continue;
    const time = timeOrNull(checkIns.Time[r], zone);
    if (time === null) continue;
    const key = idKey(id);
    if (time > (latest.get(key) ?? -Infinity)) latest.set(key, time);
  }
  return latest;
}

/** What the staleness checks measure against: the log's latest times, the period and the clock. */
export interface CheckInClock {
  latest: Map<string, number>;
  periodStart: number | null;
  /** The Settings default for key results with a blank Cadence. */
  defaultCadence: unknown;
  now: number;
  /** The spreadsheet's zone, whose calendar the cadences and messages follow. */
  zone: Zone;
}

export function checkInClock(data: TrackerColumns, now: number, zone: Zone): CheckInClock {
  return { latest: latestCheckIns(data.checkIns, zone), periodStart: timeOrNull(data.settings.periodStart, zone), defaultCadence: data.settings.cadence, now, zone };
}

function cadenceOrNull(own: unknown, fallback: unknown): Cadence | null {
  try {
    return parseCadence(isBlank(own) ? fallback : own);
  } catch {
    return null; // the Next check-in column shows what is wrong with the cadence
  }
}

function cadenceName(cadence: Cadence): string {
  if (cadence.kind === 'monthly') return 'monthly';
  if (cadence.days === 7) return 'weekly';
  return cadence.days === 14 ? 'every two weeks' : `every ${cadence.days} days`;
}

/**
 * Counted from the later of the last check-in and the period start: a key result carried over
 * from the last period is not stale on the first day of this one.
 */
export function staleKeyResults({ keyResults }: CheckedRows, { latest, periodStart, defaultCadence, now, zone }: CheckInClock): LocatedFinding[] {
  const found: LocatedFinding[] = [];
  for (const kr of keyResults) {
    const cadence = cadenceOrNull(kr.cadence, defaultCadence);
    const last = latest.get(kr.logKey) ?? null;
    const since = last === null ? periodStart : periodStart === null ? last : Math.max(last, periodStart);
    if (cadence === null || since === null || now <= advance(advance(since, cadence, zone), cadence, zone)) continue;
    const what =
      last === null || last < since
        ? `has had no check-in since the period started on ${formatLocalDate(since, zone)}`
        : `was last checked in on ${formatLocalDate(last, zone)}`;
    found.push(
      located('stale-key-result', kr.id, `Key result ${kr.id} ${what} and is checked in ${cadenceName(cadence)}: two check-ins were missed. Record one (${menuPath(MENU.recordCheckIn)}), or change its Cadence.`, kr.at),
    );
  }
  return found;
}

/** A KPI never updated is counted from the period start, as a key result is. */
export function staleKpis({ kpis }: CheckedRows, { latest, periodStart, now, zone }: CheckInClock): LocatedFinding[] {
  const found: LocatedFinding[] = [];
  for (const kpi of kpis) {
    const last = latest.get(kpi.key) ?? null;
    const since = last ?? periodStart;
    if (since === null || now <= addCalendarDays(since, KPI_STALE_DAYS, zone)) continue;
    const what = last === null ? `has had no value since the period started on ${formatLocalDate(since, zone)}` : `was last updated on ${formatLocalDate(last, zone)}`;
    found.push(
      located('stale-kpi', kpi.id, `KPI ${kpi.id} ${what}, more than ${KPI_STALE_DAYS} days ago: record its current value (${menuPath(MENU.recordCheckIn)}).`, kpi.at),
    );
  }
  return found;
}
