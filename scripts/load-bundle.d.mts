import type { Context } from 'node:vm';

export const APPS_SCRIPT_GLOBAL: 'okrSheets';
/** The vm context after Code.js ran in it: its globals are whatever Code.js defines. */
export function loadContext(code: string, globals?: Record<string, unknown>, filename?: string, prepare?: (context: Context) => void): Context;
/** The bundle object (`okrSheets`) of `code`: whatever Code.js defines, for the caller to check. */
export function loadBundle(code: string, globals?: Record<string, unknown>): unknown;
