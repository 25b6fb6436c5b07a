/**
 * The custom functions of the registry (`shared/functions/functions.ts`) as one HyperFormula plugin that
 * calls into the bundle's table (`runtime.useFunctions`). Arguments arrive the way Sheets passes
 * them (2-D arrays, "" for blanks, Dates, fractions for percents; https://developers.google.com/apps-script/guides/sheets/functions#data_types), results go back at
 * the size declared when the formula was set (https://hyperformula.handsontable.com/guide/custom-functions.html), and a throw becomes `#ERROR!` with
 * the message in the calling cell only (https://developers.google.com/apps-script/guides/sheets/functions#return_values). Registered once per process.
 */
import { ArraySize, CellError, EmptyValue, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from 'hyperformula';
import { CUSTOM_FUNCTIONS } from '../../shared/functions/functions.js';
import type { CustomFunctionSpec } from '../../shared/functions/custom-function.js';
import { weekCountOf } from '../../shared/progress.js';
import { zoneNamed } from '../../shared/zone.js';
import { hooksOf, type EngineAddress, type EngineHooks } from './engine-hooks.js';
import { isCellError, toScriptValue } from './engine-values.js';
import { isArray, isDate, messageOf } from './realm.js';

interface AstNode {
  type: string;
  value?: unknown;
  procedureName?: string;
  args?: AstNode[];
  reference?: { toSimpleCellAddress(base: EngineAddress): EngineAddress };
}
interface CallAst {
  args: AstNode[];
}
interface EvalState {
  formulaAddress: EngineAddress;
}
interface RangeArg {
  data: unknown[][];
  range?: { start: EngineAddress };
}

/** Apps Script stops a custom function after 30 s (https://developers.google.com/apps-script/guides/sheets/functions#return_values). */
const TIME_LIMIT_MS = 30_000;

function broadcast(a: number, b: number): number {
  return a === 1 ? b : b === 1 ? a : Math.max(a, b);
}

class CustomFunctionPlugin extends FunctionPlugin {
  /** The result size Sheets would spill, from the argument shapes (the spec's `resultShape`). */
  sizeOf(spec: CustomFunctionSpec, ast: CallAst, state: EvalState): ArraySize {
    // An empty argument (`=OKR_GRADE(, , "done")`) has an error size; it is a single value.
    const sizes = ast.args.map((arg) => this.arraySizeForAst(arg as never, state as never)).map((s) => (s.width >= 1 && s.height >= 1 ? s : ArraySize.scalar()));
    const shape = spec.resultShape ?? 'broadcast';
    let rows = 1;
    let cols = 1;
    if (shape === 'first') rows = sizes[0]?.height ?? 1;
    else if (shape === 'weekly') [rows, cols] = [sizes[0]?.height ?? 1, this.weekColumns(spec, ast, state)];
    else if (typeof shape === 'object') [rows, cols] = [sizes[shape.rowsOf]?.height ?? 1, sizes[shape.columnsOf]?.width ?? 1];
    else for (const size of sizes) [rows, cols] = [broadcast(rows, size.height), broadcast(cols, size.width)];
    return rows === 1 && cols === 1 ? ArraySize.scalar() : new ArraySize(cols, rows);
  }

  /**
   * The weeks of a `weekly` result, from the values of period_start and period_end as they are
   * now. Sheets sizes the spill after computing; HyperFormula sizes it when the formula is
   * entered (https://hyperformula.handsontable.com/guide/custom-functions.html), so the dates must already be there: a literal, `DATE(y, m, d)`, or a
   * cell that holds a value. Anything else counts as one week, and `call` reports the mismatch.
   */
  private weekColumns(spec: CustomFunctionSpec, ast: CallAst, state: EvalState): number {
    const hooks = hooksOf(this.config);
    const at = (name: string) => spec.params.findIndex((p) => p.name === name);
    const value = (node: AstNode | undefined): unknown => (hooks === undefined || node === undefined ? undefined : this.staticValue(node, state, hooks));
    if (hooks === undefined) return 1;
    return weekCountOf(value(ast.args[at('period_start')]), value(ast.args[at('period_end')]), zoneNamed(hooks.timeZone())) ?? 1;
  }

  /** What an argument holds before evaluation, where that is knowable; undefined otherwise. */
  private staticValue(node: AstNode, state: EvalState, hooks: EngineHooks): unknown {
    if (node.type === 'NUMBER' || node.type === 'STRING') return node.value;
    if (node.type === 'FUNCTION_CALL' && node.procedureName === 'DATE' && node.args?.length === 3 && node.args.every((arg) => arg.type === 'NUMBER')) {
      const [y, m, d] = node.args.map((arg) => arg.value as number);
      // The serial day, which the core reads in the spreadsheet's zone as Sheets does.
      return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
    }
    const reference = node.type === 'CELL_REFERENCE' ? node.reference?.toSimpleCellAddress(state.formulaAddress) : undefined;
    if (reference === undefined) return undefined;
    try {
      return toScriptValue(this.dependencyGraph.getCellValue(reference as never), hooks, () => true);
    } catch {
      // A formula cell not computed yet.
      return undefined;
    }
  }

  /**
   * The size the engine reserved for this call's result, when the call is the whole formula of an
   * array cell; undefined for a call nested in another expression, which takes its own size.
   */
  private declaredSize(ast: CallAst, state: EvalState): ArraySize | undefined {
    const vertex = this.dependencyGraph.getCell(state.formulaAddress as never) as unknown as { formula?: unknown; width?: number; height?: number } | undefined;
    if (vertex === undefined || vertex.formula !== ast || vertex.width === undefined || vertex.height === undefined) return undefined;
    return vertex.width === 1 && vertex.height === 1 ? ArraySize.scalar() : new ArraySize(vertex.width, vertex.height);
  }

  call(spec: CustomFunctionSpec, ast: CallAst, state: EvalState): unknown {
    const hooks = hooksOf(this.config);
    const needed = this.sizeOf(spec, ast, state);
    const declared = this.declaredSize(ast, state);
    // A result bigger than its reserved area would throw out of the engine (as observed); Sheets
    // would have spilled it. Say so in the cell instead.
    if (declared !== undefined && (needed.width > declared.width || needed.height > declared.height) && hooks !== undefined) {
      const message =
        `${spec.name}: the result is now ${needed.height}×${needed.width} but the test engine sized it ${declared.height}×${declared.width} ` +
        'when the formula was entered, and cannot resize it (https://hyperformula.handsontable.com/guide/custom-functions.html): enter the formula again after changing its dates';
      return this.shaped(new CellError(ErrorType.ERROR, message), declared, hooks);
    }
    const size = declared ?? needed;
    return this.runFunction(ast.args as never, state as never, this.metadata(spec.name), ((...args: unknown[]) => {
      if (hooks === undefined) return new CellError(ErrorType.NAME, `Unknown function: '${spec.name}'.`);
      const fn = hooks.customFunction(spec.name);
      if (fn === undefined) return this.shaped(new CellError(ErrorType.NAME, `Unknown function: '${spec.name}'.`), size, hooks);
      // Sheets passes only the arguments written in the formula (`arguments.length` included).
      const converted = args.slice(0, ast.args.length).map((arg, i) => this.argument(arg, ast.args[i], state, hooks));
      return hooks.runCustomFunction(spec.name, state.formulaAddress, () => {
        const started = performance.now();
        let result: unknown;
        try {
          result = fn(...converted);
        } catch (error) {
          return this.shaped(new CellError(ErrorType.ERROR, messageOf(error)), size, hooks);
        }
        if (performance.now() - started > TIME_LIMIT_MS) {
          return this.shaped(new CellError(ErrorType.ERROR, 'Exceeded maximum execution time (line 0).'), size, hooks);
        }
        return this.shaped(result, size, hooks);
      });
    }) as never);
  }

  /** One argument as Sheets passes it: a range becomes a 2-D array, a 1×1 range its value (https://developers.google.com/apps-script/guides/sheets/functions#arguments; the 1×1 case is a guess). */
  private argument(value: unknown, ast: AstNode | undefined, state: EvalState, hooks: EngineHooks): unknown {
    if (value === undefined) return undefined;
    if (value instanceof SimpleRangeValue) {
      const { data, range } = value as unknown as RangeArg;
      const grid = data.map((row, r) =>
        row.map((cell, c) => toScriptValue(cell, hooks, () => range !== undefined && hooks.isDateFormatted({ sheet: range.start.sheet, row: range.start.row + r, col: range.start.col + c }))),
      );
      return grid.length === 1 && grid[0].length === 1 ? grid[0][0] : grid;
    }
    const reference = ast?.type === 'CELL_REFERENCE' ? ast.reference?.toSimpleCellAddress(state.formulaAddress) : undefined;
    return toScriptValue(value, hooks, () => reference !== undefined && hooks.isDateFormatted(reference));
  }

  /** A script value as an engine value; Dates become typed date serials. */
  private engineValue(value: unknown, hooks: EngineHooks): unknown {
    if (value === null || value === undefined || value === '') return EmptyValue;
    if (typeof value === 'number') return Number.isFinite(value) ? value : new CellError(ErrorType.NUM, 'The result is not a finite number.');
    if (typeof value === 'string' || typeof value === 'boolean' || isCellError(value)) return value;
    if (isDate(value)) {
      const serial = hooks.dateToSerial(value);
      if (!Number.isFinite(serial)) return new CellError(ErrorType.VALUE, 'Invalid date.');
      return this.returnNumberWrapper(serial, (Number.isInteger(serial) ? 'NUMBER_DATE' : 'NUMBER_DATETIME') as never);
    }
    return String(value);
  }

  /** Pads or cuts the result to the declared size: a bigger one would crash the engine (as observed). */
  private shaped(result: unknown, size: ArraySize, hooks: EngineHooks): unknown {
    if (size.isScalar()) {
      const first = isArray(result) ? (isArray(result[0]) ? result[0][0] : result[0]) : result;
      return this.engineValue(first, hooks);
    }
    let grid: unknown[][];
    if (isArray(result)) grid = result.map((row) => (isArray(row) ? row : [row]));
    else grid = [[result]];
    const out: unknown[][] = new Array(size.height);
    for (let r = 0; r < size.height; r++) {
      const source = grid[r];
      const line: unknown[] = new Array(size.width);
      for (let c = 0; c < size.width; c++) line[c] = source === undefined || c >= source.length ? EmptyValue : this.engineValue(source[c], hooks);
      out[r] = line;
    }
    return SimpleRangeValue.onlyValues(out as never);
  }
}

let registered = false;

/** Registers the plugin for every function of the registry, once per process. */
export function registerCustomFunctionPlugin(): void {
  if (registered) return;
  registered = true;
  const implemented: Record<string, object> = {};
  const translations: Record<string, string> = {};
  const proto = CustomFunctionPlugin.prototype as unknown as Record<string, unknown>;
  CUSTOM_FUNCTIONS.forEach((spec, i) => {
    proto[`call${i}`] = function (this: CustomFunctionPlugin, ast: CallAst, state: EvalState) {
      return this.call(spec, ast, state);
    };
    proto[`size${i}`] = function (this: CustomFunctionPlugin, ast: CallAst, state: EvalState) {
      return this.sizeOf(spec, ast, state);
    };
    implemented[spec.name] = {
      method: `call${i}`,
      sizeOfResultArrayMethod: `size${i}`,
      // Sheets passes whatever the formula gives, omitted arguments as undefined.
      parameters: spec.params.map(() => ({ argumentType: FunctionArgumentType.ANY, passSubtype: true, optionalArg: true })),
      vectorizationForbidden: true,
    };
    translations[spec.name] = spec.name;
  });
  (CustomFunctionPlugin as unknown as { implementedFunctions: object }).implementedFunctions = implemented;
  HyperFormula.registerFunctionPlugin(CustomFunctionPlugin as never, { enGB: translations });
}
