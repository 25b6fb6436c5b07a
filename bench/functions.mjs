// Custom functions at sheet scale: each called once per run through its top-level stub in the
// built Code.js, with ranges as Sheets passes them, and timed against a bare typed loop that
// computes the same arithmetic over numbers parsed beforehand.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { forecastCase } from './function-cases/forecast.mjs';
import { gradeCase } from './function-cases/grade.mjs';
import { kpiStatusCase } from './function-cases/kpi-status.mjs';
import { latestCase } from './function-cases/latest.mjs';
import { nextCheckinCase } from './function-cases/next-checkin.mjs';
import { paceCase } from './function-cases/pace.mjs';
import { rollupCase } from './function-cases/rollup.mjs';
import { statusCase } from './function-cases/status.mjs';
import { weeklyCase } from './function-cases/weekly.mjs';
import { checkColumn } from './check.mjs';
import { timeAlternating } from './measure.mjs';
import { seededRandom } from './random.mjs';
import { loadAppsScript, loadAppsScriptPlain, readAppsScript } from './realm.mjs';
import { templateCalls } from './template-calls.mjs';

/**
 * One case per function (function-cases/): `{ name, sizes: { full, quick }, describe(size),
 * prepare(size, random, date) }`, where `prepare` builds the sheet's ranges (Dates made by
 * `date`, in the bundle's realm) and returns `{ kinds, call(stubs), reference(), matches }`:
 * the expected kind of each result row, the one stub call, the typed loop (which fills the
 * array `matches` compares against), and the row matcher for checkColumn.
 */
export const CASES = [gradeCase, statusCase, kpiStatusCase, nextCheckinCase, rollupCase, latestCase, forecastCase, weeklyCase, paceCase];

export const GOAL = { maxRatio: 5, gradeMaxMs: 10 };
const SEED = 20260101;

function meetsGoal(name, functionMs, ratio, quick) {
  if (ratio > GOAL.maxRatio) return false;
  // The 10 ms budget is for 10,000 rows; a quick run's sizes say nothing about it.
  return name !== gradeCase.name || quick || functionMs < GOAL.gradeMaxMs;
}

/**
 * Prepares one case's data in each realm (the same seed gives the same sheet), checks every
 * result against the reference, then times the function in each realm and the reference.
 */
function benchOne(benchCase, realms, { quick, timing }) {
  const size = quick ? benchCase.sizes.quick : benchCase.sizes.full;
  const prepared = realms.map((realm) => ({ realm, data: benchCase.prepare(size, seededRandom(SEED), realm.date) }));
  let checked;
  for (const { realm, data } of prepared) {
    data.reference();
    // A table-valued function (OKR_WEEKLY) brings its own check of every cell.
    checked = data.check ? data.check(data.call(realm.context)) : checkColumn(benchCase.name, data.call(realm.context), data.kinds, data.matches);
  }
  const subjects = prepared.map(({ realm, data }) => () => data.call(realm.context));
  const [functionMs, ...others] = timeAlternating([...subjects, prepared[0].data.reference], timing);
  const referenceMs = others.pop();
  const plainContextMs = others[0] ?? null;
  const ratio = functionMs / referenceMs;
  return {
    row: {
      name: benchCase.name,
      size: benchCase.describe(size),
      functionMs,
      plainContextMs,
      referenceMs,
      ratio,
      plainRatio: plainContextMs === null ? null : plainContextMs / referenceMs,
      meetsGoal: meetsGoal(benchCase.name, functionMs, ratio, quick),
      checked: `${checked.good} equal, ${checked.blank} blank, ${checked.bad} errors`,
    },
    check: { name: benchCase.name, rows: prepared[0].data.kinds.length, realms: prepared.length, ...checked },
  };
}

function templateNotes({ perFormula, sizes, equal }) {
  const many = perFormula.filter((f) => f.calls > 1).map((f) => `${f.column} holds ${f.calls}`);
  return [
    ...sizes.map(
      (s) =>
        `Custom-function calls per recalculation of the template with ${s.keyResults.toLocaleString('en-US')} key results: ` +
        `${s.arrayFormulas} (one array formula per computed column); one formula per Key Results row would make ${s.perRow.toLocaleString('en-US')}.`,
    ),
    `Same count for both sizes: ${equal ? 'yes' : 'NO'}.${many.length > 0 ? ` ${many.join('; ')}.` : ''}`,
  ];
}

/**
 * `context.quick`: small sizes and few runs, for the smoke test. `context.root`: the project
 * folder that holds dist/. `context.log`: progress lines.
 */
export async function run(context = {}) {
  const quick = context.quick === true;
  const root = context.root ?? join(dirname(fileURLToPath(import.meta.url)), '..');
  const timing = quick ? { warmups: 1, runs: 3 } : { warmups: 3, runs: 11 };
  const code = readAppsScript(root);
  const realms = [loadAppsScript(code), loadAppsScriptPlain(code)].filter((realm) => realm !== null);
  const rows = [];
  const checks = [];
  for (const benchCase of CASES) {
    context.log?.(`  ${benchCase.name}…`);
    const { row, check } = benchOne(benchCase, realms, { quick, timing });
    rows.push(row);
    checks.push(check);
  }
  const calls = await templateCalls(root);
  return {
    title: 'Custom functions at sheet scale: one call through the Code.js stub vs a typed loop',
    rows,
    notes: [
      `Median of ${timing.runs} runs after ${timing.warmups} warm-up(s). function ms: Code.js in scripts/load-bundle.mjs's node:vm context; ` +
        'plain context ms: the same code in a second context built here without Node\'s contextify interceptors (vm.constants.DONT_CONTEXTIFY); ' +
        'load-bundle.mjs builds its context that way too, so the two columns measure the same thing twice (a check on the noise); ' +
        'reference ms: a typed loop over numbers parsed beforehand. ratio = function / reference.',
      `Goal: function ≤ ${GOAL.maxRatio}× its reference, and OKR_GRADE on 10,000 rows < ${GOAL.gradeMaxMs} ms.`,
      'Before timing, every result was compared row by row with its reference in each context: numbers within 1e-9, blanks blank, bad rows Error: texts.',
      ...templateNotes(calls),
    ],
    checks,
    templateCalls: calls,
  };
}
