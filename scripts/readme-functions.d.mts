import type { CustomFunctionSpec } from '../shared/functions/custom-function.js';

export const START_MARKER: string;
export const END_MARKER: string;
export function loadRegistry(): Promise<readonly CustomFunctionSpec[]>;
export function signature(spec: CustomFunctionSpec): string;
export function headingAnchor(heading: string): string;
export function renderReference(specs: readonly CustomFunctionSpec[]): string;
export function extractSection(readme: string): string;
export function replaceSection(readme: string, section: string): string;
