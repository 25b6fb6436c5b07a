export function headerOf(key: string): string;
export function formatFigure(key: string, value: unknown): string;
export function formatTable(rows: readonly Record<string, unknown>[]): string;
export function formatMarkdown(rows: readonly Record<string, unknown>[]): string;
