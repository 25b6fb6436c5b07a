/**
 * "Promote KPI to OKR…": a KPI that slips well outside its acceptable band becomes an
 * objective until it is healthy again (the OKR articles' rule). Creates an objective and a key
 * result that moves the KPI from its current value back to the band, tied to the KPI (its KPI
 * column), so the key result's Current follows the KPI's own check-ins. Running it twice for the
 * same KPI creates nothing twice.
 */
import { buildFeed } from '../../shared/feed/feed-build.js';
import type { FeedKpi } from '../../shared/feed/feed.js';
import { SHEETS } from '../../shared/tracker-layout.js';
import { idKey } from '../../shared/cells/cell.js';
import type { Dialogs } from '../ui.js';
import { readTracker } from '../tracker-reader.js';
import { trackerIdentity } from '../tracker-identity.js';
import { appendRows, findSheet, readTable, rowsFor } from '../sheet-table.js';
import { bumpRevision } from '../script-state.js';
import { withScriptLock } from '../ui.js';

export interface Promotion {
  kpi: string;
  objective: string;
  keyResult: string;
}

/** The key result that brings a KPI back inside its band: to the bound it crossed. */
function recoveryTarget(kpi: FeedKpi): { type: 'increase' | 'decrease'; target: number } | null {
  if (kpi.value === null) return null;
  if (kpi.high !== null && kpi.value > kpi.high) return { type: 'decrease', target: kpi.high };
  if (kpi.low !== null && kpi.value < kpi.low) return { type: 'increase', target: kpi.low };
  return null;
}

export function promoteKpi(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, dialogs: Dialogs, now: number, chosenId?: string): Promotion | null {
  const { data } = readTracker(spreadsheet);
  const feed = buildFeed(data, { now, ...trackerIdentity(spreadsheet) });
  const breached = feed.kpis.filter((k) => k.status === 'breach');
  if (breached.length === 0) {
    dialogs.inform('No KPI in breach', 'Every KPI is Healthy or in Warning, so there is nothing to promote. A KPI in Breach can be promoted to an objective until it is healthy again.');
    return null;
  }
  const kpi = chosenId === undefined ? breached[0] : breached.find((k) => idKey(k.id) === idKey(chosenId));
  if (kpi === undefined) {
    dialogs.inform('KPI not in breach', `"${chosenId}" is not a KPI in Breach. In breach: ${breached.map((k) => k.id).join(', ')}.`);
    return null;
  }
  const objectiveId = `O-${kpi.id}`;
  const keyResultId = `KR-${kpi.id}`;
  if (feed.objectives.some((o) => idKey(o.id) === idKey(objectiveId)) || feed.keyResults.some((k) => idKey(k.id) === idKey(keyResultId))) {
    dialogs.inform('Already promoted', `${kpi.id} already has objective ${objectiveId} and key result ${keyResultId}.`);
    return null;
  }
  const move = recoveryTarget(kpi) as { type: 'increase' | 'decrease'; target: number };
  const question = `Create objective ${objectiveId} "Bring ${kpi.title} back to its healthy range" with key result ${keyResultId}: ${move.type} from ${kpi.value} to ${move.target}?`;
  if (!dialogs.confirm(`Promote ${kpi.id} to an OKR?`, question)) return null;

  // Read and append under the lock, after the question (no lock survives ui.alert: https://developers.google.com/apps-script/reference/base/ui),
  // so a check-in arriving meanwhile is neither overwritten nor lost.
  withScriptLock(() => {
    const objectives = readTable(findSheet(spreadsheet, SHEETS.objectives), ['ID', 'Objective']);
    appendRows(objectives, rowsFor(objectives, [{ ID: objectiveId, Objective: `Bring ${kpi.title} back to its healthy range`, Owner: kpi.owner ?? '' }]));
    const keyResults = readTable(findSheet(spreadsheet, SHEETS.keyResults), ['ID', 'Objective', 'Key result', 'Type', 'Start', 'Target']);
    const tied = keyResults.has('KPI');
    appendRows(
      keyResults,
      rowsFor(keyResults, [
        {
          ID: keyResultId,
          Objective: objectiveId,
          'Key result': `${move.type === 'decrease' ? 'Bring down' : 'Bring up'} ${kpi.title} from ${kpi.value} to ${move.target} (KPI ${kpi.id})`,
          Owner: kpi.owner ?? '',
          Type: move.type,
          Start: kpi.value,
          Target: move.target,
          Cadence: 'weekly',
          ...(tied ? { KPI: kpi.id } : {}),
        },
      ]),
    );
    // A tracker not yet repaired has no KPI column: the key result then starts from a check-in
    // of its own, and follows the KPI once Set up tracker has added the column and it is filled in.
    if (!tied) {
      const log = readTable(findSheet(spreadsheet, SHEETS.checkIns), ['Time', 'ID', 'Value', 'Request ID']);
      appendRows(log, rowsFor(log, [{ Time: new Date(now), ID: keyResultId, Value: kpi.value, Note: `Promoted from KPI ${kpi.id}`, By: 'okr-sheets', 'Request ID': `promote-${kpi.id}-${now}` }]));
    }
    bumpRevision();
  });
  return { kpi: kpi.id, objective: objectiveId, keyResult: keyResultId };
}
