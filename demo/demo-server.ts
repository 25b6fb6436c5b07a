/**
 * The local demo tracker: the real built dist/apps-script/Code.js, its doGet/doPost run in a
 * bare V8 context over the same local spreadsheet runtime the tests use (demo/demo-runtime.ts),
 * served along Google's real request path (demo/google-responses.ts): `/exec` on
 * http://127.0.0.1:8787 runs the script and answers 302 to a one-time echo URL on another
 * origin (http://localhost:8787/macros/echo?user_content_key=…), which serves the JSON. A POST
 * runs doPost once, on the first hop; the client follows with a GET, as browsers do after a
 * 302. `/restricted/exec` stands for a deployment whose access is not "Anyone": Google answers
 * those with an HTML sign-in page and status 200.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Runtime } from '../test/runtime/index.js';
import type { AddOn } from '../test/runtime/load-add-on.js';
import { demoRuntime, saveRuntime, type DemoRuntimeOptions } from './demo-runtime.js';
import { EchoStore } from './echo-store.js';
import { sendEcho, sendNotFound, sendPage, sendRedirect, sendScriptError, sendSignIn } from './google-responses.js';
import { webAppEvent } from './web-app-event.js';

export { DEMO_TOKEN } from './demo-runtime.js';

/** Bodies past this are cut off unread, as a web app would refuse them. */
const MAX_BODY_BYTES = 1_000_000;
const ECHO_PATH = '/macros/echo';

export interface DemoOptions extends DemoRuntimeOptions {
  port?: number;
  host?: string;
  /** The echo URLs' host: another origin on the same port. Default: localhost, or 127.0.0.1 when `host` is localhost. */
  echoHost?: string;
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
  /** The deployment's /exec URL, the one users paste into the extension. */
  url: string;
  /** The origin the answers come from, after the 302 (`http://localhost:<port>`). */
  echoOrigin: string;
  /** A deployment that Google would refuse (access not "Anyone"): an HTML page, status 200. */
  restrictedUrl: string;
  runtime: Runtime;
  addOn: AddOn;
  server: Server;
  close(): Promise<void>;
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

function textOutput(output: { getContent(): string; getMimeType(): string }): { type: string; body: string } {
  const mime = String(output.getMimeType());
  const type = mime === 'JSON' || mime === 'application/json' ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8';
  return { type, body: output.getContent() };
}

const hostnameOf = (request: IncomingMessage) => (request.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();

export async function startDemoServer(options: DemoOptions = {}): Promise<DemoServer> {
  const { runtime, addOn } = demoRuntime(options);
  const host = options.host ?? '127.0.0.1';
  const echoHost = (options.echoHost ?? (host === 'localhost' ? '127.0.0.1' : 'localhost')).toLowerCase();
  const echoes = new EchoStore();
  let port = options.port ?? 8787;
  const echoUrl = (key: string) => `http://${echoHost}:${port}${ECHO_PATH}?user_content_key=${key}&lib=okr-sheets-demo`;

  /** The script has run: its output waits at a one-time echo URL on the other origin. */
  const redirect = (response: ServerResponse, output: { getContent(): string; getMimeType(): string }) => {
    sendRedirect(response, echoUrl(echoes.put(textOutput(output))));
  };

  const onEchoOrigin = (request: IncomingMessage, response: ServerResponse, url: URL) => {
    if (url.pathname !== ECHO_PATH) return sendNotFound(response);
    // Re-sending the POST to the echo URL is what breaks naive clients (https://github.com/tanaikech/taking-advantage-of-Web-Apps-with-google-apps-script).
    if (request.method !== 'GET') return sendPage(response, 405, 'Page Not Found', 'Sorry, unable to open the file at this time.');
    const answer = echoes.take(url.searchParams.get('user_content_key') ?? '');
    return answer === undefined ? sendNotFound(response) : sendEcho(response, answer.type, answer.body);
  };

  const onExecOrigin = async (request: IncomingMessage, response: ServerResponse, url: URL) => {
    if (url.pathname === '/restricted/exec' && (request.method === 'GET' || request.method === 'POST')) return sendSignIn(response);
    if (url.pathname !== '/exec') return sendNotFound(response);
    if (request.method === 'GET') return redirect(response, addOn.doGet(webAppEvent(url)));
    if (request.method === 'HEAD') return sendPage(response, 403, 'Error', 'Forbidden'); // as tanaikech measured: https://github.com/tanaikech/taking-advantage-of-Web-Apps-with-google-apps-script
    if (request.method !== 'POST') {
      // Apps Script does not answer CORS preflights or other methods.
      return sendPage(response, 405, 'Error', 'Method not allowed.');
    }
    const contents = await readBody(request);
    if (contents === null) return sendPage(response, 413, 'Error', 'Request too large.');
    const output = addOn.doPost(webAppEvent(url, { contents, type: request.headers['content-type'] ?? 'text/plain' }));
    saveRuntime(runtime, options.dataFile);
    if ((options.dropAfterWrite ?? 0) > 0 && (options.random ?? Math.random)() < (options.dropAfterWrite ?? 0)) {
      response.socket?.destroy();
      return;
    }
    return redirect(response, output);
  };

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://demo.invalid');
    const handle = async () => (hostnameOf(request) === echoHost ? onEchoOrigin(request, response, url) : onExecOrigin(request, response, url));
    handle()
      .catch((error: unknown) => {
        // Like Apps Script, a script failure surfaces as a 200 HTML error page.
        if (!response.headersSent) sendScriptError(response, String((error as Error)?.message ?? error));
      })
      .finally(() => options.onRequest?.(request.method ?? '?', `${hostnameOf(request)}${(request.url ?? '/').replace(/(token|user_content_key)=[^&]*/g, '$1=…')}`, response.statusCode));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address();
  port = typeof address === 'object' && address !== null ? address.port : port;
  return {
    url: `http://${host}:${port}/exec`,
    echoOrigin: `http://${echoHost}:${port}`,
    restrictedUrl: `http://${host}:${port}/restricted/exec`,
    runtime,
    addOn,
    server,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // Keep-alive connections would hold close() open until they time out.
        server.closeAllConnections();
      }) };
}
