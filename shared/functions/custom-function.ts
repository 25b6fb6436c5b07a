/**
 * What one custom function is, as data. One registry of these (`functions.ts`) drives the
 * Apps Script stubs with their JSDoc, the HyperFormula test plugin, and the README reference,
 * so the three cannot drift apart (a conventions test checks it).
 */
import type { Zone } from '../zone.js';

export interface ParamSpec {
  /** The parameter's name in formula help, lower snake case: `period_start`. */
  name: string;
  description: string;
  optional?: boolean;
}

interface Example {
  /** A formula a user can type, with literal arguments so it runs anywhere. */
  formula: string;
  /** The value it shows, as the README prints it. A test evaluates `formula` and compares. */
  result: string;
  note?: string;
}

export interface CallContext {
  /** The time of the call (ms). Only the adapter knows it; the core never reads the clock. */
  now: () => number;
  /**
   * The spreadsheet's time zone, which date cells and calendar arithmetic belong to. The
   * adapter reads it from the spreadsheet lazily, at most once per call, and only when a
   * function needs it.
   */
  zone: Zone;
}

/**
 * - `broadcast` (the default): the broadcast shape of all range arguments;
 * - `first`: the rows of the first argument, one column;
 * - `{ rowsOf, columnsOf }`: the rows of one argument by the columns of another (0-based indexes);
 * - `weekly`: the rows of the first argument by the weeks between the arguments named
 *   `period_start` and `period_end` (`weekCountOf` in `weekly.ts`): the one size that follows
 *   from argument values rather than range shapes.
 */
type ResultShape = 'broadcast' | 'first' | 'weekly' | { rowsOf: number; columnsOf: number };

export interface CustomFunctionSpec {
  name: string;
  /** One sentence: the formula help line in Sheets. */
  summary: string;
  /** The rules, as the README explains them (Markdown). */
  description: string;
  params: ParamSpec[];
  returns: string;
  examples: Example[];
  /** The messages a user may see in a cell, one per rule that can fail. */
  errors: string[];
  /**
   * How the result's size follows from the arguments, for engines that must know it before
   * evaluating (HyperFormula).
   */
  resultShape?: ResultShape;
  impl: (args: unknown[], context: CallContext) => unknown;
}
