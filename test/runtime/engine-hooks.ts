/**
 * What the process-wide HyperFormula plugins need from the runtime that owns an engine. Plugin
 * registration in HyperFormula is global and static, so each engine carries its runtime's hooks
 * in `config.context`, and the plugins dispatch through them; runtimes stay independent.
 */
export type CustomFunctionTable = Record<string, (...args: unknown[]) => unknown>;

export interface EngineAddress {
  sheet: number;
  row: number;
  col: number;
}

export interface EngineHooks {
  /** The function the add-on bound for `name`, if any. */
  customFunction(name: string): ((...args: unknown[]) => unknown) | undefined;
  /** Runs one custom-function call: counts it and switches the runtime to custom-function mode. */
  runCustomFunction<T>(name: string, cell: EngineAddress, body: () => T): T;
  /** Today's and this moment's serial numbers in the spreadsheet zone, from the runtime clock. */
  todaySerial(): number;
  nowSerial(): number;
  /** The spreadsheet's zone. */
  timeZone(): string;
  /** A date serial as a Date of the add-on's realm (instant in the spreadsheet zone). */
  serialToDate(serial: number): Date;
  /** A Date (any realm) as a serial in the spreadsheet zone. */
  dateToSerial(date: Date): number;
  /** Whether a cell's number format is a date format (its numbers are dates). */
  isDateFormatted(address: EngineAddress): boolean;
}

/** The hooks of the engine a plugin runs in; undefined in an engine no runtime built. */
export function hooksOf(config: { context?: unknown }): EngineHooks | undefined {
  const context = config.context as { okrRuntimeHooks?: EngineHooks } | undefined;
  return context?.okrRuntimeHooks;
}
