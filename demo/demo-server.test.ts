// The demo server as an HTTP client sees it: Google's 302 from /exec to a one-time echo URL on
// another origin, ACAO * on both hops, a POST run once on the first hop, an HTML page with
// status 200 for a refused deployment, what Google answers for other paths and methods, saving
// across restarts, and the fault hook the load bench uses.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_TOKEN, startDemoServer, type DemoServer } from './demo-server.js';
import { demoFlags } from './cli-flags.js';

/** 2026-11-23 10:00 in New York. */
const NOW = () => new Date('2026-11-23T15:00:00Z');
let servers: DemoServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

/** The example tracker the first server of the file set up, in the default zone, for the next ones to start from. */
let exampleTracker: unknown;

/**
 * A demo server on a free port at NOW. Without a zone or a file of its own, it starts from a
 * copy of the example tracker the first such server set up: Set up takes seconds, and these
 * tests are about what the server answers, not about setting up.
 */
async function start(options: Parameters<typeof startDemoServer>[0] = {}): Promise<DemoServer> {
  const copy = options.timeZone === undefined && options.dataFile === undefined;
  const server = await startDemoServer({ port: 0, now: NOW, ...options, snapshot: copy ? exampleTracker : undefined });
  if (copy) exampleTracker ??= server.runtime.toJSON();
  servers.push(server);
  return server;
}

const checkIn = (requestId: string) => JSON.stringify({ token: DEMO_TOKEN, id: 'KR6', value: 8, requestId });
const logOf = (demo: DemoServer) => demo.runtime.spreadsheet.getSheetByName('Check-ins')!.getDataRange().getValues();
const rowsWith = (demo: DemoServer, requestId: string) => logOf(demo).filter((row) => row[6] === requestId).length;

/** The first hop only: the 302 and where it points. */
async function firstHop(url: string, init: RequestInit = {}): Promise<{ response: Response; location: URL }> {
  const response = await fetch(url, { ...init, redirect: 'manual' });
  return { response, location: new URL(response.headers.get('location') ?? 'missing:') };
}

describe('demo server: the /exec hop', () => {
  it.each(['GET', 'POST'])('answers a %s with a 302 to a one-time echo URL on another origin, with ACAO *', async (method) => {
    const demo = await start();
    const init = method === 'GET' ? {} : { method, body: checkIn(`first-hop-${method}`) };
    const { response, location } = await firstHop(`${demo.url}?token=${DEMO_TOKEN}`, init);
    expect(response.status).toBe(302);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(location.origin).toBe(demo.echoOrigin);
    expect(location.origin).not.toBe(new URL(demo.url).origin);
    expect(location.pathname).toBe('/macros/echo');
    expect(location.searchParams.get('user_content_key')).toMatch(/^[\w-]{20,}$/);
  });

  it('serves the JSON at the echo URL once, with ACAO *', async () => {
    const demo = await start();
    const { location } = await firstHop(`${demo.url}?token=${DEMO_TOKEN}`);
    const echo = await fetch(location);
    expect(echo.status).toBe(200);
    expect(echo.headers.get('access-control-allow-origin')).toBe('*');
    expect(echo.headers.get('content-type')).toContain('application/json');
    expect((await echo.json()).keyResults.map((k: { id: string }) => k.id)).toEqual(['KR1', 'KR2', 'KR3', 'KR4', 'KR5', 'KR6']);
    expect((await fetch(location)).status).toBe(404);
  });

  it('serves the example tracker to a client that follows the redirect, as fetch does', async () => {
    const demo = await start();
    const response = await fetch(`${demo.url}?token=${DEMO_TOKEN}`);
    expect(response.redirected).toBe(true);
    expect(new URL(response.url).origin).toBe(demo.echoOrigin);
    expect((await response.json()).version).toBe(1);
  });

  it('runs a POST once, on the first hop; following the 302 with a GET writes nothing more', async () => {
    const demo = await start();
    const response = await fetch(demo.url, { method: 'POST', body: checkIn('posted-once-1') });
    expect(response.redirected).toBe(true);
    expect(await response.json()).toMatchObject({ ok: true, checkIn: { requestId: 'posted-once-1' } });
    expect(rowsWith(demo, 'posted-once-1')).toBe(1);
  });

  it('refuses a POST re-sent to the echo URL, as Google does, after the write already happened', async () => {
    const demo = await start();
    const { location } = await firstHop(demo.url, { method: 'POST', body: checkIn('re-posted-1') });
    const again = await fetch(location, { method: 'POST', body: checkIn('re-posted-1') });
    expect(again.status).toBe(405);
    expect(again.headers.get('content-type')).toContain('text/html');
    expect(rowsWith(demo, 're-posted-1')).toBe(1);
  });

  it('answers errors through the same redirect, as JSON', async () => {
    const demo = await start();
    const answer = await (await fetch(`${demo.url}?token=wrong`)).json();
    expect(answer.error.code).toBe('unauthorized');
  });
});

describe('demo server: what Google refuses', () => {
  it.each(['GET', 'POST'])('answers a %s to the restricted deployment with an HTML page and status 200, running nothing', async (method) => {
    const demo = await start();
    const before = logOf(demo).length;
    const response = await fetch(`${demo.restrictedUrl}?token=${DEMO_TOKEN}`, method === 'GET' ? {} : { method, body: checkIn('restricted-1') });
    expect(response.status).toBe(200);
    expect(response.redirected).toBe(false);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await response.text()).toContain('<title>Sign in');
    expect(logOf(demo)).toHaveLength(before);
  });

  it.each([
    ['a path that is no deployment', (demo: DemoServer) => demo.url.replace('/exec', '/nope'), 'GET', 404],
    ['a preflight', (demo: DemoServer) => demo.url, 'OPTIONS', 405],
    ['a HEAD health check', (demo: DemoServer) => demo.url, 'HEAD', 403],
    ['/exec on the echo origin', (demo: DemoServer) => `${demo.echoOrigin}/exec`, 'GET', 404],
    ['an echo URL on the /exec origin', (demo: DemoServer) => demo.url.replace('/exec', '/macros/echo?user_content_key=x'), 'GET', 404],
    ['an echo key that never existed', (demo: DemoServer) => `${demo.echoOrigin}/macros/echo?user_content_key=made-up-key`, 'GET', 404],
  ])('answers %s like Google', async (_name, target, method, status) => {
    const demo = await start();
    expect((await fetch(target(demo), { method, redirect: 'manual' })).status).toBe(status);
  });
});

describe('demo server: saving and faults', () => {
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
    expect(rowsWith(demo, 'dropped-0001')).toBe(1);
  });
});

describe('demo server: time zones', () => {
  const feedOf = async (demo: DemoServer) => (await fetch(`${demo.url}?token=${DEMO_TOKEN}`)).json();
  const wall = (date: Date, zone: string) => new Intl.DateTimeFormat('sv-SE', { timeZone: zone, dateStyle: 'short', timeStyle: 'medium' }).format(date);

  it('puts the demo spreadsheet in the zone given, its period at midnight there', async () => {
    const demo = await start({ timeZone: 'Australia/Sydney' });
    expect(demo.runtime.spreadsheet.getSpreadsheetTimeZone()).toBe('Australia/Sydney');
    const [first, last] = demo.runtime.spreadsheet.getSheetByName('Settings')!.getRange('B3:B4').getValues().map((row) => row[0] as Date);
    expect([wall(first, 'Australia/Sydney'), wall(last, 'Australia/Sydney')]).toEqual(['2026-10-01 00:00:00', '2026-12-31 00:00:00']);
    const feed = await feedOf(demo);
    expect([feed.period.start, feed.period.end]).toEqual(['2026-10-01', '2026-12-31']);
  });

  it('serves the same tracker whatever zone its own process started in', async () => {
    const feeds: unknown[] = [];
    const original = process.env.TZ;
    try {
      for (const processZone of ['Pacific/Kiritimati', 'America/St_Johns']) {
        process.env.TZ = processZone;
        const demo = await start({ timeZone: 'Europe/Berlin' });
        // The demo runs the script as Google does: in the manifest's zone.
        expect(process.env.TZ).toBe('Etc/UTC');
        const feed = await feedOf(demo);
        // Everything but the links, which carry each runtime's own spreadsheet id (and so does the
        // content hash that ends the revision: its counter and day are compared).
        feeds.push({ period: feed.period, generatedAt: feed.generatedAt, revision: feed.revision.split('.').slice(0, 2).join('.'), keyResults: feed.keyResults.map(({ link: _link, ...kr }: { link: unknown }) => kr) });
      }
    } finally {
      process.env.TZ = original;
    }
    expect(feeds[1]).toEqual(feeds[0]);
  });

  it('refuses a zone it does not know, naming it', async () => {
    await expect(startDemoServer({ port: 0, now: NOW, timeZone: 'Mars/Olympus' })).rejects.toThrow('Unknown time zone "Mars/Olympus": give an IANA name such as Europe/Berlin');
  });

  it.each([
    [[], 'Asia/Tokyo'],
    [['--time-zone', 'America/St_Johns', '--fresh'], 'America/St_Johns'],
  ])('takes --time-zone from the command line (%j), the machine\'s zone by default', (argv, zone) => {
    expect(demoFlags(argv, 'Asia/Tokyo')).toMatchObject({ timeZone: zone, port: 8787 });
  });
});

describe('demo server: a cycle in progress on any day', () => {
  const settingsOf = (demo: DemoServer) => Object.fromEntries(demo.runtime.spreadsheet.getSheetByName('Settings')!.getDataRange().getValues().map((row) => [row[0], row[1]]));
  const day = (date: unknown) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'UTC', dateStyle: 'short' }).format(date as Date);
  const examplesKept = (demo: DemoServer) => logOf(demo).filter((row) => String(row[6]).startsWith('example-')).length;

  it("keeps every example check-in in a quarter's first days: the period is a demo cycle 8 weeks in, not the young quarter", async () => {
    const early = await start({ now: () => new Date('2027-01-03T12:00:00Z'), timeZone: 'UTC' });
    const late = await start({ now: () => new Date('2026-11-23T12:00:00Z'), timeZone: 'UTC' });
    expect(examplesKept(early)).toBe(examplesKept(late));
    const settings = settingsOf(early);
    expect([settings['Period name'], day(settings['Period start']), day(settings['Period end'])]).toEqual(['Demo cycle', '2026-11-08', '2027-02-06']);
    // Grades to show and check-ins due, as later in a quarter.
    const feed = await (await fetch(`${early.url}?token=${DEMO_TOKEN}`)).json();
    expect(feed.keyResults.find((kr: { id: string }) => kr.id === 'KR6').grade).toBeTypeOf('number');
    expect(feed.keyResults.filter((kr: { due: boolean }) => kr.due).length).toBeGreaterThan(0);
  });

  it('uses the quarter, as Set up makes it, once the quarter holds every example check-in', async () => {
    const settings = settingsOf(await start({ now: () => new Date('2026-11-23T12:00:00Z'), timeZone: 'UTC' }));
    expect([settings['Period name'], day(settings['Period start']), day(settings['Period end'])]).toEqual(['2026-Q4', '2026-10-01', '2026-12-31']);
  });
});
