/**
 * The local Apps Script runtime: fakes of the Google services the add-on uses, sharing one
 * context (clock, call counter, realm), around one spreadsheet whose formulas a real engine
 * (HyperFormula) evaluates. Every runtime is independent, so tests may run in parallel.
 * See each service's file for how it differs from the real one.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CacheStores, FakeCacheService } from './cache.js';
import type { CallCounter } from './call-counter.js';
import { ChartHiddenDimensionStrategy, ChartMergeStrategy, ChartType } from './chart.js';
import { FakeContentService } from './content.js';
import { RuntimeContext, type ResolvedOptions } from './context.js';
import type { CustomFunctionTable } from './engine-hooks.js';
import { FakeHtmlService } from './html-template.js';
import { FakeLockService, LockRegistry } from './lock.js';
import { fakeConsole, FakeLogger } from './logger.js';
import { FakePropertiesService, PropertyStores } from './properties.js';
import { cellAt, presentLoading, refreshCustomFunctionCells } from './runtime-helpers.js';
import { fakeScriptApp, WebAppState } from './script-app.js';
import { FakeSession } from './session.js';
import { takeSnapshot } from './snapshot.js';
import { restoreSnapshot } from './snapshot-restore.js';
import { FakeSpreadsheet } from './spreadsheet.js';
import { FakeSpreadsheetApp } from './spreadsheet-app.js';
import { FakeUi, ScriptUi } from './ui.js';
import { FakeUtilities } from './utilities.js';
import { checkOptions } from './options.js';
import type { Realm } from './realm.js';
import { Workbook, type Toast } from './workbook.js';

export interface RuntimeOptions {
  /** The spreadsheet's zone (File → Settings → Time zone), default 'America/New_York'. */
  timeZone?: string;
  /**
   * The script's zone (`Session.getScriptTimeZone()`), default the manifest's `timeZone`
   * (dist/apps-script/appsscript.json). Apps Script runs the script's local-time Date methods
   * in it; here they run in the process's zone, so the two must be equal (run with TZ=<zone>).
   */
  scriptTimeZone?: string;
  /**
   * Required: the clock every fake and the add-on's own Date.now()/new Date() read, e.g.
   * `() => new Date('2026-11-23T15:00:00Z')`. The demo passes the real clock explicitly.
   */
  now: () => Date;
  /** `Session.getActiveUser().getEmail()`; default 'owner@example.com', '' = anonymous. */
  user?: string;
  /** The owner (effective user), default 'owner@example.com'. */
  owner?: string;
  /** Default 'OKR tracker'. */
  spreadsheetName?: string;
  /** Grid rows per new sheet, default 1000 (Sheets' default). */
  maxRows?: number;
  /** Grid columns per new sheet, default 26. */
  maxColumns?: number;
  /** Where `HtmlService.createHtmlOutputFromFile(name)` reads `name.html`; default dist/apps-script. */
  htmlDir?: string;
  /** The deployed web app's /exec URL; null (default) before a deployment. See script-app.ts for what getUrl answers where. */
  webAppUrl?: string | null;
  /** What getUrl answers outside a web-app request once deployed: 'dev' (default, as Google commonly does) or 'exec'. */
  serviceUrlOutsideRequest?: 'dev' | 'exec';
  /** Whether getActiveSpreadsheet() gives the bound spreadsheet inside doGet/doPost; default true. */
  activeSpreadsheetInWebApp?: boolean;
  /** The script project's name, which names a bound script's add-on menu; default 'Untitled project'. */
  scriptProjectName?: string;
}

export interface Runtime {
  /** SpreadsheetApp, PropertiesService, LockService, CacheService, ContentService, HtmlService, Session, Utilities, Logger, console, ScriptApp, Charts. */
  globals: Record<string, unknown>;
  spreadsheet: FakeSpreadsheet;
  calls: CallCounter;
  ui: FakeUi;
  logs: string[];
  /** Toasts shown with `Spreadsheet.toast`. */
  toasts: Toast[];
  /** Simulated other executions holding locks; `endExecution()` releases this one's locks. */
  locks: LockRegistry;
  /** The runtime clock (options.now plus time slept or waited). */
  clock: { now(): Date; advance(ms: number): void };
  /** The custom functions the formula engine calls (the bundle's `okrSheets.customFunctions`). */
  useFunctions(table: Record<string, (...args: unknown[]) => unknown>): void;
  /** The hover note of an error cell (`'Key Results'!N2`), or null when the cell is no error. */
  cellError(a1: string): { type: string; message: string } | null;
  /** Makes `getValues` show the cell (`'Key Results'!N3`) as "Loading..." for its next `reads` reads, as Sheets does while a custom function runs. */
  presentLoading(a1: string, reads: number): void;
  /** Runs `body` as a request to the deployed web app: getUrl answers /exec inside it. */
  webAppRequest<T>(body: () => T): T;
  /** Called by `loadAddOn`: the add-on's context, whose Date/Error the fakes then use. */
  attach(context: Record<string, unknown>, realm: Realm): void;
  toJSON(): unknown;
  destroy(): void;
}

const DEFAULT_HTML_DIR = join(fileURLToPath(new URL('../../dist/apps-script/', import.meta.url)));

export function createRuntime(options: RuntimeOptions, snapshot?: unknown): Runtime {
  const resolved: ResolvedOptions = checkOptions(options, DEFAULT_HTML_DIR);
  const ctx = new RuntimeContext(resolved, options.now);
  const book = new Workbook(ctx);
  const spreadsheet = new FakeSpreadsheet(ctx, book);
  const properties = new PropertyStores();
  if (snapshot === undefined) book.active = book.addSheet('Sheet1');
  else restoreSnapshot(book, properties, snapshot);
  const ui = new FakeUi();
  const webApp = new WebAppState(options, `1${book.id.slice(0, 56)}`);
  const locks = new LockRegistry(ctx);
  let addOn: Record<string, unknown> = {};
  let destroyed = false;
  const globals: Record<string, unknown> = {
    SpreadsheetApp: new FakeSpreadsheetApp(ctx, spreadsheet, new ScriptUi(ctx, ui, options.scriptProjectName), webApp),
    PropertiesService: new FakePropertiesService(ctx, properties),
    LockService: new FakeLockService(ctx, locks),
    CacheService: new FakeCacheService(ctx, new CacheStores()),
    ContentService: new FakeContentService(ctx),
    HtmlService: new FakeHtmlService(ctx, () => addOn),
    Session: new FakeSession(ctx, book.id),
    Utilities: new FakeUtilities(ctx),
    Logger: new FakeLogger(ctx),
    console: fakeConsole(ctx),
    ScriptApp: fakeScriptApp(webApp),
    Charts: { ChartType, ChartMergeStrategy, ChartHiddenDimensionStrategy },
  };
  return {
    globals,
    spreadsheet,
    calls: ctx.calls,
    ui,
    logs: ctx.logs,
    toasts: book.toasts,
    locks,
    clock: { now: () => new Date(ctx.nowMs()), advance: (ms) => ctx.clock.advance(ms) },
    useFunctions(table: CustomFunctionTable): void {
      if (typeof table !== 'object' || table === null) throw new Error('runtime.useFunctions: expected an object of functions, e.g. okrSheets.customFunctions');
      for (const [name, fn] of Object.entries(table)) {
        if (typeof fn !== 'function') throw new Error(`runtime.useFunctions: ${name} is ${typeof fn}, not a function`);
      }
      book.functions = { ...table };
      // Cells computed without the functions show #NAME?: compute them again. A spreadsheet
      // restored from a snapshot and not read yet has computed nothing, so it needs no second pass.
      if (book.engine.evaluated) refreshCustomFunctionCells(book);
    },
    cellError: (a1) => cellAt(book, a1),
    webAppRequest: (body) => webApp.request(body),
    presentLoading: (a1, reads) => presentLoading(book, a1, reads),
    attach(context, realm): void {
      addOn = context;
      ctx.realm = realm;
    },
    toJSON: () => takeSnapshot(book, properties),
    destroy(): void {
      if (destroyed) return;
      destroyed = true;
      book.destroy();
    },
  };
}
