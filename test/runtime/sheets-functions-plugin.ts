/**
 * Sheets functions HyperFormula lacks or computes differently (https://hyperformula.handsontable.com/guide/built-in-functions.html):
 * TODAY() and NOW() read the runtime's clock in the spreadsheet zone instead of the process
 * clock; SPARKLINE(), a chart drawn in the cell, is a stub whose value is ""; ARRAYFORMULA of a
 * bare range (`=ARRAYFORMULA(Objectives!A2:A)`) spills the range, where HyperFormula gives
 * #VALUE!. Registered once per process; TODAY() and NOW() in an engine built without runtime hooks
 * are an error rather than a silent read of the machine's clock.
 */
import { ArraySize, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from 'hyperformula';
import { hooksOf, type EngineHooks } from './engine-hooks.js';

interface CallAst {
  args: unknown[];
}

function clockHooks(config: unknown): EngineHooks {
  const hooks = hooksOf(config as never);
  if (hooks === undefined) throw new Error('TODAY() and NOW() read the runtime clock: build the engine with createRuntime');
  return hooks;
}

class SheetsFunctionsPlugin extends FunctionPlugin {
  today(ast: CallAst, state: unknown): unknown {
    return this.runFunction(ast.args as never, state as never, this.metadata('TODAY'), () => {
      return clockHooks(this.config).todaySerial();
    });
  }

  now(ast: CallAst, state: unknown): unknown {
    return this.runFunction(ast.args as never, state as never, this.metadata('NOW'), () => {
      return clockHooks(this.config).nowSerial();
    });
  }

  arrayformula(ast: CallAst, state: unknown): unknown {
    return this.runFunction(ast.args as never, state as never, this.metadata('ARRAYFORMULA'), ((value: unknown) =>
      value instanceof SimpleRangeValue ? SimpleRangeValue.onlyValues(value.data) : value) as never);
  }

  /** The argument's size, as a computed array rather than a reference (which would need a scalar). */
  arrayformulaSize(ast: CallAst, state: { formulaAddress: unknown; arraysFlag: boolean }): ArraySize {
    if (ast.args.length !== 1) return ArraySize.error();
    const size = this.arraySizeForAst(ast.args[0] as never, { ...state, arraysFlag: true } as never);
    // A range's size counts as scalar (isRef); ARRAYFORMULA turns it into a real array.
    return size.width === 1 && size.height === 1 ? ArraySize.scalar() : new ArraySize(size.width, size.height);
  }

  sparkline(ast: CallAst, state: unknown): unknown {
    return this.runFunction(ast.args as never, state as never, this.metadata('SPARKLINE'), () => '');
  }
}

(SheetsFunctionsPlugin as unknown as { implementedFunctions: object }).implementedFunctions = {
  TODAY: { method: 'today', parameters: [], isVolatile: true, returnNumberType: 'NUMBER_DATE' },
  NOW: { method: 'now', parameters: [], isVolatile: true, returnNumberType: 'NUMBER_DATETIME' },
  ARRAYFORMULA: {
    method: 'arrayformula',
    sizeOfResultArrayMethod: 'arrayformulaSize',
    enableArrayArithmeticForArguments: true,
    parameters: [{ argumentType: FunctionArgumentType.ANY }],
  },
  SPARKLINE: {
    method: 'sparkline',
    parameters: [{ argumentType: FunctionArgumentType.ANY }, { argumentType: FunctionArgumentType.ANY, optionalArg: true }],
    vectorizationForbidden: true,
  },
};

let registered = false;

export function registerSheetsFunctionsPlugin(): void {
  if (registered) return;
  registered = true;
  const names = { TODAY: 'TODAY', NOW: 'NOW', ARRAYFORMULA: 'ARRAYFORMULA', SPARKLINE: 'SPARKLINE' };
  HyperFormula.registerFunctionPlugin(SheetsFunctionsPlugin as never, { enGB: names });
}
