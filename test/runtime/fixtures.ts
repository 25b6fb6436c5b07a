/**
 * Test helpers for the runtime's own tests: a runtime destroyed when the test ends, and its
 * services with their fake types.
 */
import { onTestFinished } from 'vitest';
import type { FakeCacheService } from './cache.js';
import type { FakeContentService } from './content.js';
import type { FakeHtmlService } from './html-template.js';
import { createRuntime, type Runtime, type RuntimeOptions } from './index.js';
import type { FakeLockService } from './lock.js';
import type { FakeLogger } from './logger.js';
import type { FakePropertiesService } from './properties.js';
import type { FakeSession } from './session.js';
import type { FakeSpreadsheetApp } from './spreadsheet-app.js';
import type { FakeUtilities } from './utilities.js';

export interface Services {
  SpreadsheetApp: FakeSpreadsheetApp;
  PropertiesService: FakePropertiesService;
  LockService: FakeLockService;
  CacheService: FakeCacheService;
  ContentService: FakeContentService;
  HtmlService: FakeHtmlService;
  Session: FakeSession;
  Utilities: FakeUtilities;
  Logger: FakeLogger;
  console: Record<'log' | 'info' | 'warn' | 'error', (...args: unknown[]) => void>;
}

/** A runtime for one test, on the fixed clock JAN_15 unless the test gives its own. */
export function useRuntime(options: Partial<RuntimeOptions> = {}, snapshot?: unknown): Runtime & { services: Services } {
  const runtime = createRuntime({ now: JAN_15, ...options }, snapshot);
  onTestFinished(() => runtime.destroy());
  return Object.assign(runtime, { services: runtime.globals as unknown as Services });
}

/** A fixed clock: 2026-01-15 10:00 in New York. */
export const JAN_15 = (): Date => new Date('2026-01-15T15:00:00Z');
