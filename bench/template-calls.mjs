// How many custom-function calls the tracker template's formulas make. Apps Script runs each
// call as a separate server execution (https://developers.google.com/apps-script/guides/sheets/functions#optimization), so this count, not the
// speed of one call, is what decides whether a large tracker recalculates at all.
import { build } from 'esbuild';

const CALL = /\b(?:OKR|KPI)_[A-Z_]+\s*\(/g;

/** The computed columns of the template with its sheets as laid out, bundled from source (no build needed). */
export async function loadComputedColumns(root) {
  const entry = [
    "export { computedColumns } from './apps-script/template/formulas.ts';",
    "export { SHEET_SPECS } from './apps-script/template/sheet-specs.ts';",
    "export { SHEETS } from './shared/tracker-layout.ts';",
  ].join('\n');
  const result = await build({ stdin: { contents: entry, resolveDir: root, loader: 'ts' }, bundle: true, write: false, format: 'esm', platform: 'node', logLevel: 'warning' });
  const module = await import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
  const headersOf = new Map(module.SHEET_SPECS.map((spec) => [spec.name, spec.headers]));
  const columnOf = (sheet, header) => {
    const position = (headersOf.get(sheet) ?? []).indexOf(header) + 1;
    if (position === 0) throw new Error(`template-calls: no column ${header} on sheet ${sheet}`);
    return position;
  };
  return { columns: module.computedColumns(columnOf), keyResultsSheet: module.SHEETS.keyResults };
}

/** Custom-function calls in one formula: nested calls count, each one runs. */
export function callsIn(formula) {
  return formula.match(CALL)?.length ?? 0;
}

/**
 * Calls for a tracker of `keyResults` key results. Each computed column is one array formula in
 * row 2 whatever the number of rows, so that count cannot grow with `keyResults`; `perRow` is
 * what one formula per Key Results row (`=OKR_GRADE(F2, G2, H2, E2)` filled down) would cost.
 */
export function callsFor(columns, keyResults, keyResultsSheet) {
  let arrayFormulas = 0;
  let perRow = 0;
  for (const { sheet, formula } of columns) {
    arrayFormulas += callsIn(formula);
    if (sheet === keyResultsSheet) perRow += keyResults * callsIn(formula);
  }
  return { keyResults, arrayFormulas, perRow };
}

/** The figures for 10 and 5,000 key results, with the calls of each formula. */
export async function templateCalls(root) {
  const { columns, keyResultsSheet } = await loadComputedColumns(root);
  const perFormula = columns.map(({ sheet, header, formula }) => ({ column: `${sheet} › ${header}`, calls: callsIn(formula) }));
  const sizes = [10, 5_000].map((n) => callsFor(columns, n, keyResultsSheet));
  return { perFormula, sizes, equal: sizes[0].arrayFormulas === sizes[1].arrayFormulas };
}
