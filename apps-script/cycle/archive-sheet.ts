/**
 * The archive Close quarter… makes: a sheet named after the period holding the period's
 * Objectives, Key Results and Check-ins as values (as they stand now), one block under another.
 */
import { SHEETS } from '../../shared/tracker-layout.js';
import { timeOrNull } from '../../shared/cells/cell.js';
import { headerColumn } from '../../shared/cycle/cycle-layout.js';
import { ensureGrid } from '../sheet-table.js';
import { copiedContent } from '../../shared/cells/cell-text.js';
import type { PeriodSources } from './period-sources.js';
import type { Zone } from '../../shared/zone.js';

export interface ArchiveCounts {
  objectives: number;
  keyResults: number;
  checkIns: number;
}

/** Values of a sheet without its trailing all-blank rows. */
function trimmed(values: unknown[][]): unknown[][] {
  let end = values.length;
  while (end > 1 && values[end - 1].every((v) => v === '' || v === null)) end--;
  return values.slice(0, end);
}

/** The header row and the log rows whose time falls in [start, dayAfterEnd). */
function periodLog(log: unknown[][], start: number, dayAfterEnd: number, zone: Zone): unknown[][] {
  const timeColumn = headerColumn(log[0], 'Time');
  return [
    log[0] ?? [],
    ...log.slice(1).filter((row) => {
      // Typed times and serial days count too, as the review's check-in counts read them.
      const time = timeOrNull(row[timeColumn], zone);
      return time !== null && time >= start && time < dayAfterEnd;
    }),
  ];
}

export function writeArchiveSheet(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  name: string,
  sources: PeriodSources,
  start: number,
  dayAfterEnd: number,
  zone: Zone,
): ArchiveCounts {
  const objectives = trimmed(sources.objectives);
  const keyResults = trimmed(sources.keyResults);
  const log = periodLog(sources.log, start, dayAfterEnd, zone);
  const blocks: [string, unknown[][]][] = [
    [SHEETS.objectives, objectives],
    [SHEETS.keyResults, keyResults],
    [SHEETS.checkIns, log],
  ];
  const width = Math.max(...blocks.map(([, rows]) => Math.max(...rows.map((r) => r.length), 1)));
  // Values as they stand, each string kept as text: a note "=IMPORTXML(…)" stored safely in the
  // log must not become a live formula here (shared/cells/cell-text.ts).
  const pad = (row: unknown[]) => [...row.map((value) => copiedContent(value)), ...new Array(width - row.length).fill('')];
  const grid: unknown[][] = [];
  const titleRows: number[] = [];
  for (const [title, rows] of blocks) {
    titleRows.push(grid.length + 1);
    grid.push(pad([`${title} — ${name}`]));
    for (const row of rows) grid.push(pad(row));
    grid.push(pad([]));
  }
  const archive = spreadsheet.insertSheet(name);
  ensureGrid(archive, grid.length, width);
  archive.getRange(1, 1, grid.length, width).setValues(grid);
  for (const row of titleRows) archive.getRange(row, 1, 2, width).setFontWeight('bold');
  return { objectives: objectives.length - 1, keyResults: keyResults.length - 1, checkIns: log.length - 1 };
}
