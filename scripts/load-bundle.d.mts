export const APPS_SCRIPT_GLOBAL: 'okrSheets';
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the bundle's globals are whatever Code.js defines
export function loadContext(code: string, globals?: Record<string, unknown>, filename?: string, prepare?: (context: import("node:vm").Context) => void): Record<string, any>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function loadBundle(code: string, globals?: Record<string, unknown>): any;
