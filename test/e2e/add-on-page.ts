/**
 * The add-on's own HTML (the Record check-in sidebar, its dialogs) opened on its own in the test
 * browser: the HTML the built add-on hands to `showSidebar`/`showModalDialog` when its menu
 * function runs, served at a made-up googleusercontent address as Apps Script serves it, with
 * `google.script.run` bridged to the add-on's global functions in the demo runtime.
 * Differences from Apps Script: no outer Sheets frame or sandbox iframe, and the panel's size is
 * the viewport's. https://developers.google.com/apps-script/guides/html/reference/run
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { Runtime } from '../runtime/index.js';

const PANEL_URL = 'https://n-okr-sheets-0lu-script.googleusercontent.test/userCodeAppPanel';
/** Sheets' sidebar is 300 px wide (https://developers.google.com/workspace/add-ons/concepts/dialogs). */
export const SIDEBAR_VIEWPORT = { width: 300, height: 720 };

type AddOn = Record<string, unknown>;
type CallAnswer = { ok: true; value: unknown } | { ok: false; message: string };

/**
 * google.script.run: every `withSuccessHandler`/`withFailureHandler` returns a new runner with
 * those handlers, and any other name calls that server function asynchronously. Runs in the page.
 */
function installScriptRun(): void {
  type Handlers = { success?: (value: unknown) => void; failure?: (error: Error) => void };
  const call = (window as unknown as { okrTestServerCall(name: string, args: unknown[]): Promise<CallAnswer> }).okrTestServerCall;
  const runner = (handlers: Handlers): object =>
    new Proxy(
      {},
      {
        get: (_, name) => {
          if (name === 'withSuccessHandler') return (success: Handlers['success']) => runner({ ...handlers, success });
          if (name === 'withFailureHandler') return (failure: Handlers['failure']) => runner({ ...handlers, failure });
          return (...args: unknown[]) => {
            void call(String(name), args).then((answer) => (answer.ok ? handlers.success?.(answer.value) : handlers.failure?.(new Error(answer.message))));
          };
        },
      },
    );
  Object.assign(window, { google: { script: { run: runner({}) } } });
}

/**
 * Runs a server function as google.script.run does: only the script's public globals (no
 * trailing underscore), arguments and answers as plain JSON, a thrown error to the failure handler.
 */
function serverCall(addOn: AddOn, name: string, args: unknown[]): CallAnswer {
  const target = addOn[name];
  if (name.endsWith('_') || typeof target !== 'function') return { ok: false, message: `Script function not found: ${name}` };
  try {
    const value: unknown = target(...(JSON.parse(JSON.stringify(args)) as unknown[]));
    return { ok: true, value: value === undefined ? null : JSON.parse(JSON.stringify(value)) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** Runs a menu function of the add-on and returns the HTML of the sidebar or dialog it showed. */
export function shownHtml(runtime: Runtime, addOn: AddOn, menuFunction: string, kind: 'sidebar' | 'modal'): string {
  const run = addOn[menuFunction];
  if (typeof run !== 'function') throw new Error(`the add-on has no ${menuFunction}`);
  const before = runtime.ui.dialogs.length;
  run();
  const shown = runtime.ui.dialogs.slice(before).find((dialog) => dialog.kind === kind);
  if (shown === undefined) throw new Error(`${menuFunction} showed no ${kind} (alerts: ${JSON.stringify(runtime.ui.alerts.slice(-1))})`);
  return shown.html;
}

export interface AddOnPageOptions {
  viewport: { width: number; height: number };
  /** Console errors and page errors are added here, for the test to assert on. */
  errors: string[];
}

/** Opens add-on HTML in a new page of `context`; resolves once it has loaded (server calls answer later). */
export async function openAddOnPage(context: BrowserContext, addOn: AddOn, html: string, options: AddOnPageOptions): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(options.viewport);
  page.on('console', (message) => {
    if (message.type() === 'error') options.errors.push(`add-on page: ${message.text()}`);
  });
  page.on('pageerror', (error) => options.errors.push(`add-on page: ${error.message}`));
  await page.exposeFunction('okrTestServerCall', (name: string, args: unknown[]) => serverCall(addOn, name, args));
  await page.addInitScript(installScriptRun);
  // Served from memory: the browser has no network, and nothing else may answer this address.
  await page.route(PANEL_URL, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  await page.goto(PANEL_URL);
  return page;
}
