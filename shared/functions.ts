/**
 * The registry of custom functions: the one list the build turns into Apps Script stubs,
 * the tests into a HyperFormula plugin, and the README into its function reference.
 */
import type { CustomFunctionSpec } from './custom-function.js';
import { OKR_GRADE_SPEC } from './grade.js';

export const CUSTOM_FUNCTIONS: readonly CustomFunctionSpec[] = [OKR_GRADE_SPEC];
