/**
 * Measurable key results: the articles' "2–5 measurable key results". An increase, decrease
 * or threshold key result is graded from its Start and Target, so it needs both as numbers
 * and apart; milestones and baselines are graded without them.
 */
import { toNumberOrBlank } from '../cells/cell.js';
import { quote } from '../cells/formula-error.js';
import { parseType } from '../functions/grade.js';
import { located, type CheckedRows, type KeyResultRow, type LocatedFinding } from './rows.js';

type Field = { ok: true; number: number } | { ok: false; problem: string };

/** Start or Target as a number, or what is wrong with it (error texts from other cells included). */
function readField(name: string, value: unknown): Field {
  try {
    const number = toNumberOrBlank(value, name);
    return number === null ? { ok: false, problem: `no ${name}` } : { ok: true, number };
  } catch {
    return { ok: false, problem: `${name} ${quote(value)}, which is not a number` };
  }
}

/** Why a key result cannot be measured, or null when it can (or when its type is not one graded by numbers). */
function measurabilityProblem(kr: Pick<KeyResultRow, 'type' | 'start' | 'target'>): string | null {
  let type;
  try {
    type = parseType(kr.type);
  } catch {
    return null; // an unknown type is the Grade column's error to show, not a measurability one
  }
  if (type === 'milestone' || type === 'baseline') return null;
  const band = type === 'threshold';
  const start = readField('Start', kr.start);
  const target = readField('Target', kr.target);
  if (!start.ok || !target.ok) {
    const problems = [start, target].flatMap((field) => (field.ok ? [] : [field.problem]));
    const fix = band
      ? 'enter the two ends of the acceptable band in Start and Target, as numbers'
      : 'enter the value at the start of the period in Start and the value to reach in Target, as numbers';
    return `has ${problems.join(' and ')}, so its progress cannot be measured: ${fix}.`;
  }
  const from = start.number;
  if (from !== target.number) return null;
  return band
    ? `has a band from ${from} to ${from}, a single value: make Start and Target the two ends of the acceptable band.`
    : `has Target equal to Start (${from}), so there is nothing to move: set the value to reach, or use type threshold to hold a level or milestone for a deliverable.`;
}

export function notMeasurable({ keyResults }: CheckedRows): LocatedFinding[] {
  const found: LocatedFinding[] = [];
  for (const kr of keyResults) {
    const problem = measurabilityProblem(kr);
    if (problem !== null) found.push(located('not-measurable', kr.id, `Key result ${kr.id} ${problem}`, kr.at));
  }
  return found;
}
