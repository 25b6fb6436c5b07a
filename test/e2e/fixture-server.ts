/**
 * A stand-in for the Apps Script web app, for the browser cases the demo tracker cannot produce
 * (Google's 302 hop, hostile text, an HTML answer, a broken feed). Like Apps Script it answers
 * every request with HTTP 200 (errors as `{error}` JSON), runs the script on the first request
 * and then 302-redirects to an "echo" URL on another origin (localhost instead of 127.0.0.1)
 * that serves the answer (so a POST comes back as a GET, as browsers do it), sends
 * `Access-Control-Allow-Origin: *` on both hops, and does not answer the OPTIONS preflight.
 * It differs in that:
 * - it listens on 127.0.0.1 on a random port, and `stop()`/`start()` take it down and bring it
 *   back on the same port;
 * - `mode = 'html'` answers with an HTML error page carrying the CORS header (real Apps Script
 *   error pages lack it, so without the optional host permission a browser sees a network error);
 * - a check-in sets the key result's current value and re-grades it with the shared core,
 *   without statuses, forecasts or the Check-ins sheet.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo, Socket } from 'node:net';
import { randomUUID } from 'node:crypto';
import type { ApiErrorCode, Feed, FeedCheckIn } from '../../shared/feed/feed.js';
import { constantTimeEqual, parseBody, readCheckIn } from '../../shared/check-in/check-in-request.js';
import { gradeOne } from '../../shared/functions/grade.js';

type Mode = 'json' | 'html';

interface RecordedRequest {
  method: string;
  path: string;
  contentType: string | null;
  /** The request ID of a check-in POST, as received (before any dedupe). */
  requestId: string | null;
}

export function fixtureFeed(): Feed {
  return JSON.parse(readFileSync(new URL('./fixtures/feed.json', import.meta.url), 'utf8')) as Feed;
}

const ERROR_PAGE = '<!DOCTYPE html><html><head><title>Error</title></head><body><div>Script function not found: doGet</div></body></html>';

export async function startFixtureServer(token = 'fixture-token') {
  let port = 0;
  const sockets = new Set<Socket>();
  const echoes = new Map<string, string>();
  const state = {
    feed: fixtureFeed(),
    mode: 'json' as Mode,
    checkIns: [] as FeedCheckIn[],
    requests: [] as RecordedRequest[],
  };

  const send = (response: ServerResponse, status: number, type: string, body: string, headers: Record<string, string> = {}) => {
    response.writeHead(status, { 'Content-Type': type, 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-store', ...headers });
    response.end(body);
  };
  const error = (code: ApiErrorCode, message: string) => JSON.stringify({ error: { code, message } });

  function runPost(body: string): string {
    const parsed = parseBody(body);
    if (!parsed.ok) return error(parsed.code, parsed.message);
    if (typeof parsed.value.token !== 'string' || !constantTimeEqual(parsed.value.token, token)) return error('unauthorized', 'The access token is wrong.');
    const checkIn = readCheckIn(parsed.value);
    if (!checkIn.ok) return error(checkIn.code, checkIn.message);
    const request = checkIn.value;
    const index = state.feed.keyResults.findIndex((kr) => kr.id === request.id);
    if (index < 0) return error('not-found', `There is no key result "${request.id}".`);
    const earlier = state.checkIns.find((entry) => entry.requestId === request.requestId);
    if (earlier) return JSON.stringify({ ok: true, checkIn: earlier, keyResult: state.feed.keyResults[index], duplicate: true });
    const time = new Date().toISOString();
    const entry: FeedCheckIn = { time, id: request.id, value: request.value, confidence: request.confidence, note: request.note || null, by: request.by || null, requestId: request.requestId };
    state.checkIns.push(entry);
    const kr = state.feed.keyResults[index];
    let grade = kr.grade;
    try {
      grade = gradeOne(kr.start ?? '', kr.target ?? '', request.value, kr.type ?? '');
    } catch {
      // A value the grade cannot read keeps the old grade, as the sheet's error cell would not feed the popup.
    }
    const updated = { ...kr, current: request.value, grade, lastCheckIn: time, due: false };
    state.feed.keyResults[index] = updated;
    return JSON.stringify({ ok: true, checkIn: entry, keyResult: updated });
  }

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    let requestId: string | null;
    try {
      requestId = request.method === 'POST' ? (JSON.parse(body) as { requestId?: string }).requestId ?? null : null;
    } catch {
      requestId = null;
    }
    state.requests.push({ method: request.method ?? '', path: url.pathname, contentType: request.headers['content-type'] ?? null, requestId });

    if (request.method === 'OPTIONS') {
      // Apps Script has no preflight answer: a request that needs one fails CORS, here as there.
      response.writeHead(405, { 'Content-Type': 'text/html' });
      return response.end('Method not allowed');
    }
    if (url.pathname === '/echo' && request.method === 'GET') {
      const answer = echoes.get(url.searchParams.get('user_content_key') ?? '');
      return answer === undefined ? send(response, 404, 'text/html', 'Not found') : send(response, 200, 'application/json', answer);
    }
    if (url.pathname !== '/exec') return send(response, 404, 'text/html', 'Not found');
    if (state.mode === 'html') return send(response, 200, 'text/html', ERROR_PAGE);
    let answer: string;
    if (request.method === 'GET') {
      const given = url.searchParams.get('token') ?? '';
      answer = constantTimeEqual(given, token) ? JSON.stringify(state.feed) : error('unauthorized', 'The access token is wrong.');
    } else if (request.method === 'POST') answer = runPost(body);
    else return send(response, 405, 'text/html', 'Method not allowed');
    const key = randomUUID();
    echoes.set(key, answer);
    return send(response, 302, 'text/html', '', { Location: `http://localhost:${port}/echo?user_content_key=${key}` });
  };

  const server = createServer((request, response) => void handle(request, response));
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const listen = () => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
  await listen();
  port = (server.address() as AddressInfo).port;

  return Object.assign(state, {
    url: `http://127.0.0.1:${port}/exec`,
    token,
    /** Check-in POSTs received for one request ID, duplicates included. */
    postsOf: (requestId: string) => state.requests.filter((entry) => entry.method === 'POST' && entry.requestId === requestId).length,
    reset() {
      Object.assign(state, { feed: fixtureFeed(), mode: 'json', checkIns: [], requests: [] });
    },
    /** Goes down: refuses connections, as an unreachable host would. */
    async stop() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
    async start() {
      await listen();
    },
    async close() {
      if (server.listening) await this.stop();
    },
  });
}

export type FixtureServer = Awaited<ReturnType<typeof startFixtureServer>>;
