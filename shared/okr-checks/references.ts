/**
 * IDs and the references between rows: every check-in, rollup and link finds its row by ID, so
 * an ID used twice or a reference to nothing silently moves a grade to the wrong place.
 */
import { idKey } from '../cells/cell.js';
import { firstByKey, located, type CheckedRows, type ItemRow, type LocatedFinding, type RowRef } from './rows.js';

const where = (at: RowRef) => `${at.sheet} row ${at.row}`;

/** Objectives and key results need someone accountable; KPIs are not checked (the template leaves their owner optional). */
export function missingOwners({ objectives, keyResults }: CheckedRows): LocatedFinding[] {
  return [
    ...objectives
      .filter((o) => o.owner === '')
      .map((o) => located('missing-owner', o.id, `Objective ${o.id} has no owner: enter the person or team accountable for it in the Owner column.`, o.at)),
    ...keyResults
      .filter((kr) => kr.owner === '')
      .map((kr) => located('missing-owner', kr.id, `Key result ${kr.id} has no owner: enter who checks it in, in the Owner column.`, kr.at)),
  ];
}

/** Every row after the first of an ID, across the three sheets: the Check-ins log cannot tell them apart. */
export function duplicateIds({ objectives, keyResults, kpis }: CheckedRows): LocatedFinding[] {
  const first = new Map<string, ItemRow>();
  const found: LocatedFinding[] = [];
  for (const item of [...objectives, ...keyResults, ...kpis]) {
    const earlier = first.get(item.key);
    if (earlier === undefined) {
      first.set(item.key, item);
      continue;
    }
    found.push(
      located('duplicate-id', item.id, `ID ${item.id} on ${where(item.at)} is already used on ${where(earlier.at)}: give each objective, key result and KPI its own ID (check-ins are matched by ID).`, item.at),
    );
  }
  return found;
}

export function unknownObjectives({ objectives, keyResults }: CheckedRows): LocatedFinding[] {
  const known = firstByKey(objectives);
  const found: LocatedFinding[] = [];
  for (const kr of keyResults) {
    if (kr.objective === '') {
      found.push(located('unknown-objective', kr.id, `Key result ${kr.id} names no objective, so it counts towards none: enter its objective's ID in the Objective column.`, kr.at));
    } else if (!known.has(idKey(kr.objective))) {
      found.push(
        located('unknown-objective', kr.id, `Key result ${kr.id} belongs to objective ${kr.objective}, which is not on the Objectives sheet: correct the ID in its Objective column, or add objective ${kr.objective}.`, kr.at),
      );
    }
  }
  return found;
}

/** A blank Parent is a top-level objective; a Parent naming no objective is a typo or a deleted row. */
export function unknownParents({ objectives }: CheckedRows): LocatedFinding[] {
  const known = firstByKey(objectives);
  return objectives
    .filter((o) => o.parent !== '' && !known.has(idKey(o.parent)))
    .map((o) =>
      located('unknown-parent', o.id, `Objective ${o.id} has parent ${o.parent}, which is not on the Objectives sheet: correct its Parent to an existing objective's ID, or clear it.`, o.at),
    );
}
