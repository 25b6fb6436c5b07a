/**
 * The global functions Apps Script calls by name, other than custom functions: triggers, the
 * web app, menu items and the sidebar's `google.script.run` calls. The build writes a
 * top-level stub for each. Names must not end in `_`, or Apps Script hides them
 * (apps-script-facts 1.19, 2.22).
 */
export interface EntryPoint {
  name: string;
  params: string[];
  description: string;
}

export const ENTRY_POINTS: readonly EntryPoint[] = [];
