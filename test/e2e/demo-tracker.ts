/**
 * The real demo tracker (demo/demo-server.ts: the built Code.js over the local spreadsheet
 * runtime) for the browser tests: an example tracker of its own (the first of a test file set up
 * anew, the next ones copies of it) saved to its own temp file, so it can be stopped and started
 * again on the same port and file without losing a write. Its `url` is
 * the /exec URL, so every test goes through Google's 302 to the echo origin. It records what
 * reaches the server on either origin (method, host, path, content type, request ID) and reads
 * its sheets back, so the tests compare the popup with what the sheet's own formulas computed.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IncomingMessage } from 'node:http';
import { DEMO_TOKEN, startDemoServer, type DemoServer } from '../../demo/demo-server.js';
import type { Feed } from '../../shared/feed/feed.js';
import { type SETTING_LABELS, SHEETS } from '../../shared/tracker-layout.js';

export interface SeenRequest {
  method: string;
  /** The Host header: the /exec origin's or the echo origin's. */
  host: string;
  path: string;
  contentType: string | null;
  /** The request ID of a POST body, as received. */
  requestId: string | null;
}

export type SheetRecord = Record<string, unknown>;

export interface DemoTracker {
  /** The deployment's /exec URL. */
  readonly url: string;
  /** The origin the 302 leads to, where the answers are served. */
  readonly echoOrigin: string;
  /** A deployment Google would refuse: an HTML page with status 200. */
  readonly restrictedUrl: string;
  readonly token: string;
  /** Requests that reached the web app, across restarts. */
  readonly requests: SeenRequest[];
  /** A sheet's rows that have an ID, as records keyed by header. */
  records(sheet: string): SheetRecord[];
  /** The tracker's name, as the spreadsheet holds it. */
  name(): string;
  /** A value of the Settings sheet, by its label. */
  setting(label: (typeof SETTING_LABELS)[keyof typeof SETTING_LABELS]): unknown;
  /** The spreadsheet's address, which the feed links to. */
  sheetUrl(): string;
  /** The feed as the web app serves it now. */
  feed(): Promise<Feed>;
  postsOf(requestId: string): number;
  /** Goes down: stops listening and drops open connections, as an unreachable host would. */
  stop(): Promise<void>;
  /** Comes back on the same port, from the saved file. */
  start(): Promise<void>;
  close(): Promise<void>;
}

function record(request: IncomingMessage, into: SeenRequest[]): void {
  const seen: SeenRequest = {
    method: request.method ?? '',
    host: request.headers.host ?? '',
    path: new URL(request.url ?? '/', 'http://demo.invalid').pathname,
    contentType: request.headers['content-type'] ?? null,
    requestId: null,
  };
  into.push(seen);
  if (request.method !== 'POST') return;
  // A second reader of the body: stream data events reach every listener.
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    try {
      const id = (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { requestId?: unknown }).requestId;
      seen.requestId = typeof id === 'string' ? id : null;
    } catch {
      seen.requestId = null;
    }
  });
}

/**
 * The saved file of the first new example tracker of this test file. The next trackers start
 * from a copy of it, as the demo does after a restart, instead of setting one up again (seconds
 * of formula evaluation each): every test still gets a tracker of its own.
 */
let exampleTracker: string | undefined;

export async function startDemoTracker(): Promise<DemoTracker> {
  const folder = mkdtempSync(join(tmpdir(), 'okr-sheets-demo-'));
  const dataFile = join(folder, 'tracker.json');
  if (exampleTracker !== undefined) writeFileSync(dataFile, exampleTracker);
  const requests: SeenRequest[] = [];
  let demo: DemoServer | null = null;

  const listen = async (port: number, fresh: boolean) => {
    const started = await startDemoServer({ port, dataFile, fresh });
    started.server.on('request', (request: IncomingMessage) => record(request, requests));
    demo = started;
    return started;
  };
  const running = () => {
    if (demo === null) throw new Error('the demo tracker is stopped');
    return demo;
  };
  const values = (sheet: string) => {
    const found = running().runtime.spreadsheet.getSheetByName(sheet);
    if (found === null) throw new Error(`the demo tracker has no sheet "${sheet}"`);
    return found.getDataRange().getValues() as unknown[][];
  };

  const first = await listen(0, exampleTracker === undefined);
  exampleTracker ??= readFileSync(dataFile, 'utf8');
  const url = first.url;
  const port = Number(new URL(url).port);

  const tracker: DemoTracker = {
    url,
    echoOrigin: first.echoOrigin,
    restrictedUrl: first.restrictedUrl,
    token: DEMO_TOKEN,
    requests,
    records(sheet) {
      const [header, ...rows] = values(sheet);
      return rows.filter((row) => row[0] !== '').map((row) => Object.fromEntries(header.map((h, i) => [String(h), row[i]])));
    },
    name: () => String(running().runtime.spreadsheet.getName()),
    setting(label) {
      return values(SHEETS.settings).find((row) => row[0] === label)?.[1];
    },
    sheetUrl: () => String(running().runtime.spreadsheet.getUrl()),
    async feed() {
      const answer = await fetch(`${url}?token=${encodeURIComponent(DEMO_TOKEN)}`);
      return (await answer.json()) as Feed;
    },
    postsOf: (requestId) => requests.filter((seen) => seen.method === 'POST' && seen.requestId === requestId).length,
    async stop() {
      const stopping = running();
      demo = null;
      const closed = stopping.close();
      stopping.server.closeAllConnections();
      await closed;
      stopping.runtime.destroy();
    },
    async start() {
      if (demo !== null) throw new Error('the demo tracker is already running');
      await listen(port, false);
    },
    async close() {
      if (demo !== null) await tracker.stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
  return tracker;
}
