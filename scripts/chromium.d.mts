import type { BrowserContext, Worker } from 'playwright-core';
export const CHROMIUM: string;
export const CHROMIUM_FLAGS: readonly string[];
export function chromiumMissing(): string | null;
export function launchWithExtension(
  extensionDir: string,
  options?: { extraFlags?: string[]; profilePrefix?: string },
): Promise<{ context: BrowserContext; profile: string; worker: Worker; extensionId: string }>;
