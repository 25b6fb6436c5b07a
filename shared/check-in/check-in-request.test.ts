import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { LIMITS, constantTimeEqual, parseBody, readCheckIn, sameRequestId } from './check-in-request.js';
import { MAX_REQUEST_BYTES } from '../feed/feed.js';

const REQUEST_ID = 'req-0001';

/** A valid body with `overrides` laid over it; `undefined` removes a field. */
function body(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const out: Record<string, unknown> = { id: 'KR1', value: 42, requestId: REQUEST_ID };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete out[key];
    else out[key] = value;
  }
  return out;
}

/** The message of a refused body (the test fails if it was accepted). */
function refusal(fields: Record<string, unknown>): string {
  const result = readCheckIn(body(fields));
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.value)}`);
  expect(result.code).toBe('bad-request');
  return result.message;
}

function accepted(fields: Record<string, unknown>) {
  const result = readCheckIn(body(fields));
  if (!result.ok) throw new Error(`expected the body to be accepted, got "${result.message}"`);
  return result.value;
}

describe('parseBody', () => {
  it.each([
    ['no body', undefined],
    ['a null body', null],
    ['an empty body', ''],
    ['a blank body', ' \n\t '],
  ])('refuses %s', (_, text) => {
    expect(parseBody(text)).toEqual({ ok: false, code: 'bad-request', message: 'The request has no body: send the check-in as JSON text.' });
  });

  it('refuses a body longer than MAX_REQUEST_BYTES, saying how long it is', () => {
    const text = JSON.stringify({ note: 'x'.repeat(MAX_REQUEST_BYTES) });
    expect(parseBody(text)).toEqual({
      ok: false,
      code: 'bad-request',
      message: `The request is too large (${text.length} characters; at most ${MAX_REQUEST_BYTES}).`,
    });
  });

  it('reads a body of exactly MAX_REQUEST_BYTES characters', () => {
    const prefix = '{"note":"';
    const text = `${prefix}${'x'.repeat(MAX_REQUEST_BYTES - prefix.length - 2)}"}`;
    expect(text.length).toBe(MAX_REQUEST_BYTES);
    expect(parseBody(text).ok).toBe(true);
  });

  it.each(['{', '{"id": "KR1",}', "{'id': 'KR1'}", 'id=KR1&value=4', 'undefined'])('refuses invalid JSON %j', (text) => {
    expect(parseBody(text)).toEqual({ ok: false, code: 'bad-request', message: 'The request body is not valid JSON.' });
  });

  it.each(['null', '[]', '[{"id":"KR1"}]', '42', '"KR1"', 'true'])('refuses JSON %s, which is not an object', (text) => {
    expect(parseBody(text)).toEqual({ ok: false, code: 'bad-request', message: 'The request body must be a JSON object.' });
  });

  it('gives the parsed object', () => {
    expect(parseBody(' {"id":"KR1","value":42,"requestId":"req-0001"} ')).toEqual({ ok: true, value: { id: 'KR1', value: 42, requestId: REQUEST_ID } });
  });
});

describe('readCheckIn', () => {
  it('reads a full check-in', () => {
    const result = readCheckIn(body({ id: ' KR1 ', value: 42, confidence: 7, note: ' Shipped ', by: ' ada@example.com ' }));
    expect(result).toEqual({
      ok: true,
      value: { id: 'KR1', value: 42, confidence: 7, note: ' Shipped ', by: ' ada@example.com ', requestId: REQUEST_ID },
    });
  });

  it('gives no confidence and empty note and by when they are left out', () => {
    expect(accepted({})).toEqual({ id: 'KR1', value: 42, confidence: null, note: '', by: '', requestId: REQUEST_ID });
  });

  describe('id', () => {
    const missing = '"id" is missing: give the ID of a key result or KPI, e.g. "KR1".';
    it.each([
      ['missing', undefined],
      ['null', null],
      ['empty', ''],
      ['blank', '   '],
      ['a number', 1],
      ['a list', ['KR1']],
    ])('refuses an id that is %s', (_, id) => {
      expect(refusal({ id })).toBe(missing);
    });

    it(`accepts an id of ${LIMITS.id} characters after trimming and refuses a longer one`, () => {
      expect(accepted({ id: ` ${'K'.repeat(LIMITS.id)} ` }).id).toBe('K'.repeat(LIMITS.id));
      expect(refusal({ id: 'K'.repeat(LIMITS.id + 1) })).toBe(`"id" is too long (at most ${LIMITS.id} characters).`);
    });
  });

  describe('value', () => {
    it.each([
      [42, 42],
      [0, 0],
      [-3.5, -3.5],
      ['1,200', 1200],
      ['25%', 0.25],
      [' 7 ', 7],
      ['$1,000', 1000],
      ['done', 'done'],
      ['  40 percent  ', '40 percent'],
      ['not done', 'not done'],
      [true, 'done'],
      [false, 'not done'],
    ])('reads %j as %j', (value, expected) => {
      expect(accepted({ value }).value).toBe(expected);
    });

    const missing = '"value" is missing: give the key result\'s new value, e.g. 42.';
    it.each([
      ['missing', undefined],
      ['null', null],
      ['empty text', ''],
      ['blank text', '  '],
      ['a list', [1]],
      ['an object', { amount: 1 }],
    ])('refuses a value that is %s', (_, value) => {
      expect(refusal({ value })).toBe(missing);
    });

    it.each([NaN, Infinity, -Infinity])('refuses the number %d', (value) => {
      expect(refusal({ value })).toBe('"value" must be a finite number.');
    });

    it('accepts text of 100 characters after trimming and refuses 101', () => {
      expect(accepted({ value: ` ${'a'.repeat(100)} ` }).value).toBe('a'.repeat(100));
      expect(refusal({ value: 'a'.repeat(101) })).toBe('"value" is too long (at most 100 characters).');
    });
  });

  describe('confidence', () => {
    it.each([
      [1, 1],
      [10, 10],
      [7, 7],
      ['7', 7],
      [' 3 ', 3],
      ['', null],
      [null, null],
      [undefined, null],
    ])('reads %j as %j', (confidence, expected) => {
      expect(accepted({ confidence }).confidence).toBe(expected);
    });

    it.each([0, 11, 2.5, -1, 'x', '2.5', true, NaN, Infinity, [5], { level: 5 }])('refuses %j', (confidence) => {
      expect(refusal({ confidence })).toBe('"confidence" must be a whole number from 1 to 10.');
    });
  });

  describe('requestId', () => {
    const message =
      '"requestId" must be 8–100 characters of letters, digits, dot, dash, underscore or colon (a UUID is ideal): it makes retries safe.';

    it.each([
      ['8 characters', 'abcd1234'],
      ['100 characters', 'a'.repeat(100)],
      ['a UUID', '3f2a9c1e-7b4d-4e8a-9f00-1c2d3e4f5a6b'],
      ['every allowed sign', 'A.b-C_d:9'],
    ])('accepts %s', (_, requestId) => {
      expect(accepted({ requestId }).requestId).toBe(requestId);
    });

    it.each([
      ['missing', undefined],
      ['null', null],
      ['a number', 12345678],
      ['7 characters', 'abc1234'],
      ['101 characters', 'a'.repeat(101)],
      ['with a space', 'abcd 1234'],
      ['with surrounding spaces', ' abcd1234 '],
      ['with a slash', 'abcd/1234'],
      ['with a non-ASCII letter', 'abcdé1234'],
      ['with a newline', 'abcd1234\n'],
    ])('refuses one that is %s', (_, requestId) => {
      expect(refusal({ requestId })).toBe(message);
    });
  });

  describe.each([
    ['note', LIMITS.note],
    ['by', LIMITS.by],
  ])('%s', (field, max) => {
    it.each([
      [undefined, ''],
      [null, ''],
      ['', ''],
      ['  ', ''],
      [' \n\t ', ''],
      ['  on track  ', '  on track  '],
      ['line one\nline two\n', 'line one\nline two\n'],
    ])('reads %j as %j (as sent; only blanks count as none)', (value, expected) => {
      expect(accepted({ [field]: value })[field as 'note' | 'by']).toBe(expected);
    });

    it(`accepts ${max} characters, blanks included, and refuses ${max + 1}`, () => {
      expect(accepted({ [field]: ` ${'n'.repeat(max - 2)} ` })[field as 'note' | 'by']).toBe(` ${'n'.repeat(max - 2)} `);
      expect(refusal({ [field]: ` ${'n'.repeat(max - 1)} ` })).toBe(`"${field}" is too long (${max + 1} characters; at most ${max}).`);
      expect(refusal({ [field]: 'n'.repeat(max + 1) })).toBe(`"${field}" is too long (${max + 1} characters; at most ${max}).`);
    });

    it.each([42, true, ['text'], { text: 'x' }])('refuses %j, which is not text', (value) => {
      expect(refusal({ [field]: value })).toBe(`"${field}" must be text.`);
    });
  });

  describe('seenLastCheckIn', () => {
    it('is left out when the request does not carry it', () => {
      expect('seenLastCheckIn' in accepted({})).toBe(false);
    });

    it.each([
      [null, null],
      ['2026-11-23T15:00:00.000Z', Date.UTC(2026, 10, 23, 15)],
      ['2026-11-23T15:00:00Z', Date.UTC(2026, 10, 23, 15)],
      ['2026-11-23T15:00Z', Date.UTC(2026, 10, 23, 15)],
      ['2026-11-23T10:00:00-05:00', Date.UTC(2026, 10, 23, 15)],
      ['2026-11-23T20:30:00.5+05:30', Date.UTC(2026, 10, 23, 15, 0, 0, 500)],
      ['2024-02-29T00:00:00.000Z', Date.UTC(2024, 1, 29)],
    ])('reads %j as %j', (seenLastCheckIn, expected) => {
      expect(accepted({ seenLastCheckIn }).seenLastCheckIn).toBe(expected);
    });

    const message =
      '"seenLastCheckIn" must be the key result\'s lastCheckIn as the feed gave it (an ISO 8601 time such as 2026-11-23T15:00:00.000Z), or null when there was none.';
    it.each([
      ['a date without a time', '2026-11-23'],
      ['a time without a zone', '2026-11-23T15:00:00'],
      ['a day that does not exist', '2026-02-31T00:00:00Z'],
      ['a month that does not exist', '2026-13-01T00:00:00Z'],
      ['an hour that does not exist', '2026-11-23T25:00:00Z'],
      ['empty text', ''],
      ['words', 'yesterday'],
      ['a number', 1795446000000],
      ['true', true],
      ['a list', ['2026-11-23T15:00:00Z']],
      ['an object', { time: '2026-11-23T15:00:00Z' }],
      ['padded text', ' 2026-11-23T15:00:00Z '],
      ['too long text', `2026-11-23T15:00:00.${'0'.repeat(40)}Z`],
    ])('refuses %s', (_, seenLastCheckIn) => {
      expect(refusal({ seenLastCheckIn })).toBe(message);
    });

    test.prop([fc.date({ min: new Date(0), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true })])('reads back any time the feed writes', (date) => {
      expect(accepted({ seenLastCheckIn: date.toISOString() }).seenLastCheckIn).toBe(date.getTime());
    });
  });

  it('reports the first bad field in the order id, value, confidence, requestId, note, by', () => {
    const allBad = { id: '', value: null, confidence: 0, requestId: 'x', note: 1, by: 2 };
    expect(refusal(allBad)).toMatch(/^"id"/);
    expect(refusal({ ...allBad, id: 'KR1' })).toMatch(/^"value"/);
    expect(refusal({ ...allBad, id: 'KR1', value: 1 })).toMatch(/^"confidence"/);
    expect(refusal({ ...allBad, id: 'KR1', value: 1, confidence: 5 })).toMatch(/^"requestId"/);
    expect(refusal({ ...allBad, id: 'KR1', value: 1, confidence: 5, requestId: REQUEST_ID })).toMatch(/^"note"/);
    expect(refusal({ ...allBad, id: 'KR1', value: 1, confidence: 5, requestId: REQUEST_ID, note: 'ok' })).toMatch(/^"by"/);
  });

  it('ignores fields it does not know, such as the token', () => {
    expect(accepted({ token: 'secret', extra: [1, 2] })).toEqual({ id: 'KR1', value: 42, confidence: null, note: '', by: '', requestId: REQUEST_ID });
  });
});

describe('constantTimeEqual', () => {
  it.each([
    ['', '', true],
    ['secret-token', 'secret-token', true],
    ['secret-token', 'secret-tokem', false],
    ['secret-token', 'Secret-token', false],
    ['secret', 'secret-token', false],
    ['secret-token', 'secret', false],
    ['', 'a', false],
    ['a', '', false],
    ['\0', '', false],
    ['ab', 'abab', false],
    ['aaaa', 'aa', false],
    ['é', 'e', false],
  ])('compares %j and %j as %s', (a, b, equal) => {
    expect(constantTimeEqual(a, b)).toBe(equal);
  });

  test.prop([fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' })])('agrees with === for any two strings', (a, b) => {
    expect(constantTimeEqual(a, b)).toBe(a === b);
  });

  // Random pairs are almost never equal or near-equal: also compare a string with copies of itself
  // changed in one place or cut short, where a naive loop would go wrong.
  test.prop([fc.string({ unit: 'binary', minLength: 1 }), fc.nat(), fc.integer({ min: 1, max: 0xffff })])(
    'tells a string from itself changed at one place or cut short',
    (a, at, delta) => {
      const i = at % a.length;
      const changed = a.slice(0, i) + String.fromCharCode((a.charCodeAt(i) + delta) % 0x10000) + a.slice(i + 1);
      expect(constantTimeEqual(a, a.slice(0, i))).toBe(false);
      expect(constantTimeEqual(a, changed)).toBe(a === changed);
      expect(constantTimeEqual(a, `${a}`)).toBe(true);
    },
  );
});

describe('sameRequestId', () => {
  const wallClock = (d: Date) => d.toISOString().slice(0, 19).replace('T', ' ');
  it.each([
    ['12345678', '12345678', true],
    ['00000042', '00000042', true],
    ['00000042', '0000042', false],
    ['abc-12345', 'ABC-12345', false],
    ["'-0000042", '-0000042', true],
    [' 12345678', '12345678', false],
    [12345678, '12345678', true],
    [42, '00000042', true],
    [42, '42.00000', true],
    [43, '00000042', false],
    [100000, '1e5', true],
    [46349, '2026-11-23', true],
    [(12 * 3600 + 30 * 60 + 45) / 86400, '12:30:45', true],
    [new Date('2026-11-23T00:00:00Z'), '2026-11-23', true],
    [new Date('2026-11-24T00:00:00Z'), '2026-11-23', false],
    [new Date('1899-12-30T12:30:45Z'), '12:30:45', true],
    [new Date('2026-11-23T00:00:00Z'), '46349000', false],
    [true, 'TRUE', false],
    ['', 'anything', false],
  ])('matches cell %j with request ID %j: %s', (cell, id, expected) => {
    expect(sameRequestId(cell, id, wallClock)).toBe(expected);
  });
});
