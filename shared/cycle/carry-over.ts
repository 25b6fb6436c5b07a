/**
 * Start next period…: the key results ticked "Carry over" in a review become new key results of
 * the next period, starting where they ended.
 *
 * A carried key result gets a new ID, `<old ID>-<next period>` ("KR1-2027-Q1"), rather than
 * keeping its own: Close quarter… deletes nothing, so the old row and its check-ins stay in
 * Key Results and the log. With the same ID the two rows would be duplicates, the new one would
 * read last period's check-ins as its own (Current, Forecast, history), and nothing would tell
 * which period a log row belongs to. A new ID keeps every check-in attached to one period,
 * and the suffix says where it came from. Carrying it again replaces the suffix
 * ("KR1-2027-Q1" → "KR1-2027-Q2") rather than growing it.
 *
 * Idempotent: the review row records the new ID in "Carried to", and a key result whose new ID
 * already exists is not created again (its "Carried to" is filled in).
 */
import { idKey, isBlank, toText } from '../cells/cell.js';
import { headerColumn, isTicked, REVIEW_KIND } from './cycle-layout.js';
import { personText } from '../cells/cell-text.js';

/** Copied from the old key result as they are; Start is set to the final value. */
const KEPT = ['Objective', 'Key result', 'Owner', 'Type', 'Target', 'Unit', 'Weight', 'Cadence', 'KPI'] as const;
const REQUIRED_REVIEW = ['ID', 'Final value', 'Carry over', 'Carried to'] as const;
const REQUIRED_KEY_RESULTS = ['ID', 'Objective', 'Key result', 'Type', 'Start', 'Target'] as const;

export interface CarryOverInput {
  /** The review sheet's name, its period, and its values (header row first). */
  review: { sheet: string; period: string; values: readonly unknown[][] };
  /** Key Results values, header row first. */
  keyResults: readonly unknown[][];
  /** The period to carry into: the one in Settings. */
  nextPeriod: string;
}

interface CarriedKeyResult {
  from: string;
  id: string;
  /** The new Key Results row, by header. */
  record: Record<string, unknown>;
  /** The old key result's Start, for the Adjustments log. */
  previousStart: unknown;
}

export interface CarryOverPlan {
  ok: true;
  /** Key results ticked in the review. */
  ticked: number;
  create: CarriedKeyResult[];
  /** Ticked rows carried by an earlier run: old ID → new ID. */
  already: { from: string; id: string }[];
  /** The review's "Carried to" column (data rows) as it should be after this run. */
  carriedTo: unknown[];
  /** Whether `carriedTo` differs from the sheet. */
  carriedToChanged: boolean;
}

export type CarryOverError = { ok: false; code: 'missing-column' | 'missing-key-result' | 'same-period'; message: string };

/** The ID a key result gets in `to`: its own ID without the suffix of `from`, then `-to`. */
export function carriedId(id: string, from: string, to: string): string {
  const suffix = `-${from.trim()}`;
  const base = id.toLowerCase().endsWith(suffix.toLowerCase()) && id.length > suffix.length ? id.slice(0, -suffix.length) : id;
  return `${base}-${to.trim()}`;
}

function missingColumns(header: readonly unknown[] | undefined, required: readonly string[]): string[] {
  return required.filter((h) => headerColumn(header, h) < 0);
}

export function planCarryOver(input: CarryOverInput): CarryOverPlan | CarryOverError {
  const { review, keyResults, nextPeriod } = input;
  if (idKey(review.period) === idKey(nextPeriod)) {
    return { ok: false, code: 'same-period', message: `Settings still runs ${nextPeriod}, the period "${review.sheet}" reviews, so there is no next period to carry into: run Close quarter… first.` };
  }
  for (const [sheet, values, required] of [[review.sheet, review.values, REQUIRED_REVIEW], ['Key Results', keyResults, REQUIRED_KEY_RESULTS]] as const) {
    const missing = missingColumns(values[0], required);
    if (missing.length > 0) {
      return { ok: false, code: 'missing-column', message: `The "${sheet}" sheet has no ${missing.map((h) => `"${h}"`).join(', ')} column in row 1: put it back, then run Start next period… again.` };
    }
  }
  const r = (h: string) => headerColumn(review.values[0], h);
  const k = (h: string) => headerColumn(keyResults[0], h);
  const krRows = new Map<string, readonly unknown[]>();
  for (const row of keyResults.slice(1)) if (!isBlank(row[k('ID')]) && !krRows.has(idKey(row[k('ID')]))) krRows.set(idKey(row[k('ID')]), row);

  const plan: CarryOverPlan = { ok: true, ticked: 0, create: [], already: [], carriedTo: [], carriedToChanged: false };
  const creating = new Set<string>();
  for (const row of review.values.slice(1)) {
    const carried = row[r('Carried to')] ?? '';
    plan.carriedTo.push(carried);
    const kind = r('Kind') < 0 ? REVIEW_KIND.keyResult : toText(row[r('Kind')]);
    const from = toText(row[r('ID')]);
    if (from === '' || idKey(kind) !== idKey(REVIEW_KIND.keyResult) || !isTicked(row[r('Carry over')])) continue;
    plan.ticked++;
    const id = carriedId(from, review.period, nextPeriod);
    if (!isBlank(carried) || krRows.has(idKey(id)) || creating.has(idKey(id))) {
      plan.already.push({ from, id: isBlank(carried) ? id : toText(carried) });
      if (isBlank(carried)) plan.carriedTo[plan.carriedTo.length - 1] = id;
      continue;
    }
    const old = krRows.get(idKey(from));
    if (old === undefined) {
      return { ok: false, code: 'missing-key-result', message: `"${review.sheet}" ticks ${from} to carry over, but Key Results has no key result ${from} any more: put its row back, or untick it.` };
    }
    // Text as a person wrote it (the writer guards it again), so it is copied byte for byte.
    const record: Record<string, unknown> = { ID: id, Start: personText(row[r('Final value')] ?? '') };
    for (const h of KEPT) if (k(h) >= 0) record[h] = personText(old[k(h)] ?? '');
    plan.create.push({ from, id, record, previousStart: old[k('Start')] ?? '' });
    creating.add(idKey(id));
    plan.carriedTo[plan.carriedTo.length - 1] = id;
  }
  plan.carriedToChanged = plan.carriedTo.some((value, i) => value !== (review.values[i + 1][r('Carried to')] ?? ''));
  return plan;
}
