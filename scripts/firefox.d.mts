import type { Browser } from 'puppeteer-core';
export const FIREFOX: string;
export const ADDON_ID: string;
export const ADDON_UUID: string;
export function firefoxMissing(): string | null;
export function launchFirefoxWithExtension(extensionDir: string, options?: { idleSeconds?: number }): Promise<{ browser: Browser; origin: string; close(): Promise<void> }>;
