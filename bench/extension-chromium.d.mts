export const CHROMIUM: string;
export function missingBrowser(): string | null;
