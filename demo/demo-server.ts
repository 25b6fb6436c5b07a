/**
 * The local demo tracker: the real built dist/apps-script/Code.js, its doGet/doPost run in a
 * bare V8 context over the same local spreadsheet runtime the tests use, served on
 * http://127.0.0.1:8787/exec like an Apps Script web app (JSON bodies, HTTP 200, ACAO *).
 * Every write is saved to a file, so a restart loses nothing.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createRuntime, type Runtime } from '../test/runtime/index.js';
import { loadAddOn } from '../test/runtime/load-add-on.js';
import { webAppEvent } from './web-app-event.js';

export const DEMO_TOKEN = 'demo';
const TOKEN_PROPERTY = 'okrSheets.feedToken';
/** Bodies past this are cut off unread, as a web app would refuse them. */
const MAX_BODY_BYTES = 1_000_000;

export interface DemoOptions {
  port?: number;
  host?: string;
  /** Where the tracker is saved; omitted = kept in memory only. */
  dataFile?: string;
  /** Start from a new example tracker even when a saved one exists. */
  fresh?: boolean;
  now?: () => Date;
  code?: string;
  /**
   * Fault injection for the load bench: the share (0–1) of POSTs whose response is dropped
   * (the connection is cut) after the check-in was written, as a flaky network would. `random`
   * decides, for repeatable runs.
   */
  dropAfterWrite?: number;
  random?: () => number;
  /** Called after each request is answered (for logs). */
  onRequest?: (method: string, path: string, status: number) => void;
}

export interface DemoServer {
  url: string;
  runtime: Runtime;
  addOn: Record<string, any>;
  server: Server;
  close(): Promise<void>;
}

function loadSnapshot(file: string | undefined, fresh: boolean | undefined): unknown {
  if (file === undefined || fresh || !existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8'));
}

function save(runtime: Runtime, file: string | undefined): void {
  if (file === undefined) return;
  mkdirSync(dirname(file), { recursive: true });
  // Write then rename: a crash mid-write never leaves a half file behind.
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, JSON.stringify(runtime.toJSON()));
  renameSync(temporary, file);
}

/** A runtime holding the example tracker, published with the demo token. */
export function demoRuntime(options: DemoOptions = {}): { runtime: Runtime; addOn: Record<string, any>; created: boolean } {
  const snapshot = loadSnapshot(options.dataFile, options.fresh);
  const runtime = createRuntime({ now: options.now, spreadsheetName: 'OKR tracker (demo)' }, snapshot);
  const addOn = loadAddOn(runtime, options.code);
  if (snapshot === undefined) {
    const now = (options.now ?? (() => new Date()))().getTime();
    const bundle = addOn.okrSheets;
    bundle.setUpTracker(runtime.spreadsheet, bundle.silentDialogs(true), now, true);
    (runtime.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService).getScriptProperties().setProperty(TOKEN_PROPERTY, DEMO_TOKEN);
    save(runtime, options.dataFile);
  }
  return { runtime, addOn, created: snapshot === undefined };
}

function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(null);
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, {
    'Content-Type': type,
    // Apps Script's ContentService answers carry ACAO * (apps-script-facts 3.2.6, 3.2.7).
    'Access-Control-Allow-Origin': '*',
    'Cache-Control': 'no-store',
  });
  response.end(body);
}

function textOutput(output: { getContent(): string; getMimeType(): string }): { type: string; body: string } {
  const mime = String(output.getMimeType());
  const type = mime === 'JSON' || mime === 'application/json' ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8';
  return { type, body: output.getContent() };
}

export async function startDemoServer(options: DemoOptions = {}): Promise<DemoServer> {
  const { runtime, addOn } = demoRuntime(options);
  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== '/exec') {
      // What Google answers for a path that is not a deployment.
      send(response, 404, 'text/html; charset=utf-8', '<!doctype html><title>Page Not Found</title><p>Sorry, unable to open the file at this time.</p>');
      return;
    }
    if (request.method === 'GET') {
      const out = textOutput(addOn.doGet(webAppEvent(url)));
      send(response, 200, out.type, out.body);
      return;
    }
    if (request.method === 'POST') {
      const contents = await readBody(request);
      if (contents === null) {
        send(response, 413, 'text/html; charset=utf-8', '<!doctype html><title>Error</title><p>Request too large.</p>');
        return;
      }
      const out = textOutput(addOn.doPost(webAppEvent(url, { contents, type: request.headers['content-type'] ?? 'text/plain' })));
      save(runtime, options.dataFile);
      if ((options.dropAfterWrite ?? 0) > 0 && (options.random ?? Math.random)() < (options.dropAfterWrite ?? 0)) {
        response.socket?.destroy();
        return;
      }
      send(response, 200, out.type, out.body);
      return;
    }
    // Apps Script does not answer CORS preflights or other methods.
    send(response, 405, 'text/html; charset=utf-8', '<!doctype html><title>Error</title><p>Method not allowed.</p>');
  };
  const server = createServer((request, response) => {
    handle(request, response)
      .catch((error: unknown) => {
        // Like Apps Script, a script failure surfaces as a 200 HTML error page.
        if (!response.headersSent) send(response, 200, 'text/html; charset=utf-8', `<!doctype html><title>Error</title><p>${String((error as Error)?.message ?? error).replace(/[<&]/g, '')}</p>`);
      })
      .finally(() => options.onRequest?.(request.method ?? '?', (request.url ?? '/').replace(/token=[^&]*/, 'token=…'), response.statusCode));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8787, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port ?? 8787;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}/exec`,
    runtime,
    addOn,
    server,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // Keep-alive connections would hold close() open until they time out.
        server.closeAllConnections();
      }),
  };
}
