// The demo server as an HTTP client sees it: JSON bodies with ACAO *, what Google answers for
// other paths and methods, saving across restarts, and the fault hook the load bench uses.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_TOKEN, startDemoServer, type DemoServer } from './demo-server.js';

const NOW = () => new Date(2026, 10, 23, 10);
let servers: DemoServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

async function start(options: Parameters<typeof startDemoServer>[0] = {}): Promise<DemoServer> {
  const server = await startDemoServer({ port: 0, now: NOW, ...options });
  servers.push(server);
  return server;
}

const checkIn = (requestId: string) => JSON.stringify({ token: DEMO_TOKEN, id: 'KR6', value: 8, requestId });

describe('demo server', () => {
  it('serves the example tracker as JSON with ACAO *', async () => {
    const demo = await start();
    const response = await fetch(`${demo.url}?token=${DEMO_TOKEN}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('content-type')).toContain('application/json');
    const feed = await response.json();
    expect(feed.keyResults.map((k: { id: string }) => k.id)).toEqual(['KR1', 'KR2', 'KR3', 'KR4', 'KR5', 'KR6']);
  });

  it('answers like Google for other paths and methods', async () => {
    const demo = await start();
    expect((await fetch(demo.url.replace('/exec', '/nope'))).status).toBe(404);
    expect((await fetch(demo.url, { method: 'OPTIONS' })).status).toBe(405);
  });

  it('keeps check-ins across a restart', async () => {
    const dataFile = join(mkdtempSync(join(tmpdir(), 'okr-demo-')), 'tracker.json');
    const first = await start({ dataFile });
    const answer = await (await fetch(first.url, { method: 'POST', body: checkIn('restart-check-1') })).json();
    expect(answer.ok).toBe(true);
    await first.close();
    servers = [];
    const second = await start({ dataFile });
    const again = await (await fetch(second.url, { method: 'POST', body: checkIn('restart-check-1') })).json();
    expect(again.duplicate).toBe(true);
  });

  it('drops the response but keeps the write when told to', async () => {
    const demo = await start({ dropAfterWrite: 1 });
    await expect(fetch(demo.url, { method: 'POST', body: checkIn('dropped-0001') })).rejects.toThrow();
    const log = demo.runtime.spreadsheet.getSheetByName('Check-ins')!.getDataRange().getValues();
    expect(log.some((row) => row[6] === 'dropped-0001')).toBe(true);
  });
});
