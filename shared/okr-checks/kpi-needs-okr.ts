/**
 * A KPI that slipped badly becomes an OKR: the articles' rule that a KPI "has slipped below
 * acceptable levels" is when it is elevated to an objective, until it is healthy again (and not
 * every KPI should be). So a KPI in Breach (KPI_STATUS, the KPIs sheet's Status column) with no
 * key result following it (a key result's KPI column) is a finding; Warning is not.
 */
import { toNumberOrBlank } from '../cells/cell.js';
import { kpiStatusOf } from '../functions/kpi-status.js';
import { MENU, menuPath } from '../menu-path.js';
import { located, type CheckedRows, type KpiRow, type LocatedFinding } from './rows.js';

/** The KPI's value and band when it is in breach, else null (no value, no band, or a bad cell: the Status column shows that). */
function breach(kpi: KpiRow): { value: number; band: string } | null {
  try {
    const value = toNumberOrBlank(kpi.value, 'value');
    const low = toNumberOrBlank(kpi.low, 'low');
    const high = toNumberOrBlank(kpi.high, 'high');
    if (value === null || kpiStatusOf(value, low, high) !== 'Breach') return null;
    const band = low !== null && high !== null ? `${low} to ${high}` : low !== null ? `at least ${low}` : `at most ${high}`;
    return { value, band };
  } catch {
    return null;
  }
}

export function kpisNeedingOkrs({ keyResults, kpis }: CheckedRows): LocatedFinding[] {
  const followed = new Set(keyResults.map((kr) => kr.logKey));
  const found: LocatedFinding[] = [];
  for (const kpi of kpis) {
    const slipped = followed.has(kpi.key) ? null : breach(kpi);
    if (slipped === null) continue;
    found.push(
      located(
        'kpi-needs-okr',
        kpi.id,
        `KPI ${kpi.id} is in breach (${slipped.value}, healthy is ${slipped.band}) and no key result brings it back: promote it to an objective with ${menuPath(MENU.promoteKpi)}, until it is healthy again.`,
        kpi.at,
      ),
    );
  }
  return found;
}
