import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import schema from './feed.schema.json';
import { describeValue, foreignLocalLinks, validateCheckInResponse, validateFeed, validateKeyResult } from './feed-validate.js';
import type { Feed, FeedKeyResult } from './feed.js';

const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
const schemaAccepts = ajv.compile(schema);

function keyResult(overrides: Partial<FeedKeyResult> = {}): FeedKeyResult {
  return {
    id: 'KR1',
    objective: 'O1',
    title: 'Raise NPS from 30 to 45',
    owner: 'Ada',
    type: 'increase',
    unit: 'points',
    start: 30,
    target: 45,
    current: 36,
    weight: 1,
    grade: 0.4,
    status: 'at-risk',
    forecast: 0.55,
    cadence: 'weekly',
    lastCheckIn: '2025-03-03',
    nextCheckIn: '2025-03-10',
    due: true,
    ...overrides,
  };
}

function goodFeed(): Feed {
  return {
    version: 1,
    tracker: { name: 'Team OKRs', url: 'https://docs.google.com/spreadsheets/d/abc/edit' },
    generatedAt: '2025-03-10T09:30:00.000Z',
    period: { name: '2025 Q1', start: '2025-01-01', end: '2025-03-31' },
    objectives: [{ id: 'O1', title: 'Delight customers', owner: 'Ada', parent: null, grade: 0.4, status: 'at-risk' }],
    keyResults: [keyResult(), keyResult({ id: 'KR2', type: 'milestone', current: 'done', grade: 1, status: 'done', due: false })],
    kpis: [{ id: 'K1', title: 'Uptime', owner: null, value: 99.95, low: 99.9, high: null, status: 'healthy', updated: '2025-03-09T12:00:00Z' }],
  };
}

/** The feed as plain JSON to break: edits put values of the wrong type on purpose. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- edits write values the Feed type forbids, to see the validator refuse them
type LooseFeed = Record<string, any>;

type Edit = (feed: LooseFeed) => void;

const goodVariants: [string, Edit][] = [
  ['the reference feed', () => {}],
  ['empty lists', (f) => Object.assign(f, { objectives: [], keyResults: [], kpis: [] })],
  ['every nullable field null', (f) => {
    f.tracker.url = null;
    Object.assign(f.period, { start: null, end: null });
    for (const key of ['objective', 'owner', 'type', 'unit', 'start', 'target', 'current', 'weight', 'grade', 'status', 'forecast', 'cadence', 'lastCheckIn', 'nextCheckIn']) f.keyResults[0][key] = null;
  }],
  ['fields the contract does not know yet', (f) => Object.assign(f, { theme: 'dark' }, { keyResults: [{ ...f.keyResults[0], mood: 'calm' }] })],
  ['every later addition filled in', (f) => {
    Object.assign(f, { revision: '42', minRefreshMinutes: 5, findings: [{ kind: 'too-many-key-results', id: 'O1', message: 'O1 has 6 key results', link: 'https://docs.google.com/spreadsheets/d/abc/edit#gid=1&range=A2' }] });
    Object.assign(f.period, { weeks: ['2025-01-07', '2025-01-14'], success: 1, ended: false, reviewPeriod: '2024 Q4', toReview: 3, reviewLink: 'https://docs.google.com/spreadsheets/d/abc/edit#gid=7&range=A2' });
    f.objectives[0].weekly = [0.1, null];
    Object.assign(f.keyResults[0], {
      history: [{ time: '2025-01-05T10:00:00.000Z', value: 33, grade: 0.2, confidence: 7, note: null, by: 'Ada' }],
      weekly: [0.2, null], expected: 0.5, forecastGrade: 0.8, needsPerWeek: -1.5, confidence: 10, kpi: 'KPI1', link: null,
    });
    Object.assign(f.kpis[0], { weekly: [99.9, null], weeklyStatus: ['healthy', null] });
  }],
  ['a last check-in given as a time', (f) => (f.keyResults[0].lastCheckIn = '2025-03-03T14:05:00+01:00')],
  ['grades at both ends', (f) => {
    f.keyResults[0].grade = 0;
    f.keyResults[1].grade = 1;
  }],
  ['a demo tracker on http', (f) => (f.tracker.url = 'http://127.0.0.1:8787/sheet')],
  ['a hostile title, which is only text', (f) => (f.keyResults[0].title = '<img src=x onerror=alert(1)>')],
];

const badVariants: [string, Edit, string][] = [
  ['no key results list', (f) => delete f.keyResults, 'keyResults: missing (expected a list)'],
  ['another version', (f) => (f.version = 2), 'version: expected the number 1, got 2'],
  ['no version', (f) => delete f.version, 'version: missing'],
  ['no tracker', (f) => delete f.tracker, 'tracker: missing (expected an object)'],
  ['a tracker link to a script', (f) => (f.tracker.url = 'javascript:alert(1)'), 'tracker.url: expected a Google Sheets address'],
  ['a tracker name that is a number', (f) => (f.tracker.name = 7), 'tracker.name: expected text, got 7'],
  ['a generatedAt that is not a time', (f) => (f.generatedAt = 'yesterday'), 'generatedAt: expected a date YYYY-MM-DD or an ISO 8601 time, got "yesterday"'],
  ['a period start in another format', (f) => (f.period.start = '01/02/2025'), 'period.start: expected a date'],
  ['objectives that are not a list', (f) => (f.objectives = {}), 'objectives: expected a list, got an object'],
  ['an objective without an ID', (f) => (f.objectives[0].id = ''), 'objectives[0].id: expected a non-empty text ID, got ""'],
  ['an objective grade above 1', (f) => (f.objectives[0].grade = 1.5), 'objectives[0].grade: expected a number from 0 to 1 or null, got 1.5'],
  ['a key result grade as text', (f) => (f.keyResults[1].grade = 'abc'), 'keyResults[1].grade: expected a number from 0 to 1 or null, got "abc"'],
  ['a negative grade', (f) => (f.keyResults[0].grade = -0.1), 'keyResults[0].grade'],
  ['an unknown status', (f) => (f.keyResults[0].status = 'green'), 'keyResults[0].status: expected one of done, on-track, at-risk, off-track, not-started or null, got "green"'],
  ['a status in capitals', (f) => (f.keyResults[0].status = 'Done'), 'keyResults[0].status'],
  ['a due flag as text', (f) => (f.keyResults[0].due = 'yes'), 'keyResults[0].due: expected true or false, got "yes"'],
  ['a missing due flag', (f) => delete f.keyResults[0].due, 'keyResults[0].due: missing'],
  ['a target as text', (f) => (f.keyResults[0].target = '45'), 'keyResults[0].target: expected a number or null, got "45"'],
  ['a current that is a boolean', (f) => (f.keyResults[0].current = true), 'keyResults[0].current: expected a number or text or null, got true'],
  ['a negative weight', (f) => (f.keyResults[0].weight = -1), 'keyResults[0].weight: expected a number of at least 0 or null'],
  ['a next check-in with a time', (f) => (f.keyResults[0].nextCheckIn = '2025-03-10T00:00:00Z'), 'keyResults[0].nextCheckIn: expected a date YYYY-MM-DD or null'],
  ['a key result that is text', (f) => (f.keyResults[0] = 'KR1'), 'keyResults[0]: expected an object, got "KR1"'],
  ['a KPI status from key results', (f) => (f.kpis[0].status = 'on-track'), 'kpis[0].status: expected one of healthy, warning, breach or null'],
  ['a revision that is a number', (f) => (f.revision = 42), 'revision: expected a non-empty text, got 42'],
  ['a poll advice below a minute', (f) => (f.minRefreshMinutes = 0), 'minRefreshMinutes: expected a number of at least 1, got 0'],
  ['a week that is a time', (f) => (f.period.weeks = ['2025-01-07T00:00:00Z']), 'period.weeks[0]: expected a date YYYY-MM-DD'],
  ['a review period that is a number', (f) => (f.period.reviewPeriod = 2024), 'period.reviewPeriod: expected text or null, got 2024'],
  ['a success of 0', (f) => (f.period.success = 0), 'period.success: expected a number above 0 and up to 1, got 0'],
  ['a review count below 0', (f) => (f.period.toReview = -1), 'period.toReview: expected a whole number of at least 0, got -1'],
  ['a weekly grade above 1', (f) => (f.keyResults[0].weekly = [0.5, 1.2]), 'keyResults[0].weekly[1]: expected a number from 0 to 1 or null, got 1.2'],
  ['a confidence of 11', (f) => (f.keyResults[0].confidence = 11), 'keyResults[0].confidence: expected a number from 1 to 10 or null, got 11'],
  ['a history point without a time', (f) => (f.keyResults[0].history = [{ value: 3, grade: null, confidence: null, note: null, by: null }]), 'keyResults[0].history[0].time: missing'],
  ['a key result link to a script', (f) => (f.keyResults[0].link = 'javascript:alert(1)'), 'keyResults[0].link: expected a Google Sheets address'],
  ['a finding kind in capitals', (f) => (f.findings = [{ kind: 'TooMany', id: 'O1', message: 'x' }]), 'findings[0].kind: expected a kebab-case kind, got "TooMany"'],
  ['a KPI weekly status from key results', (f) => (f.kpis[0].weeklyStatus = ['on-track']), 'kpis[0].weeklyStatus[0]: expected one of healthy, warning, breach or null'],
  ['a KPI value as text', (f) => (f.kpis[0].value = 'n/a'), 'kpis[0].value: expected a number or null, got "n/a"'],
];

function edited(edit: Edit): unknown {
  const feed: LooseFeed = structuredClone(goodFeed());
  edit(feed);
  return feed;
}

describe('validateFeed', () => {
  it.each(goodVariants)('accepts %s, as the schema does', (_name, edit) => {
    const feed = edited(edit);
    expect(validateFeed(feed)).toEqual({ ok: true, value: feed });
    expect(schemaAccepts(feed)).toBe(true);
  });

  it.each(badVariants)('rejects %s with a readable problem, as the schema does', (_name, edit, problem) => {
    const feed = edited(edit);
    const result = validateFeed(feed);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.join('\n')).toContain(problem);
    expect(schemaAccepts(feed)).toBe(false);
  });

  it.each([null, 'html', 42, undefined])('rejects a whole answer of %s', (value) => {
    expect(validateFeed(value)).toEqual({ ok: false, problems: [`the answer: expected an object, got ${describeValue(value)}`] });
    expect(schemaAccepts(value)).toBe(false);
  });

  it('lists every problem, not only the first', () => {
    const result = validateFeed(edited((f) => Object.assign(f, { version: 0, kpis: 'none' })));
    expect(result.ok ? [] : result.problems).toHaveLength(2);
  });

  // Any JSON value put in place of any field: the validator and the schema must give the same answer.
  const paths = [
    ['version'], ['tracker'], ['tracker', 'url'], ['generatedAt'], ['period', 'end'], ['objectives'], ['objectives', 0, 'status'],
    ['keyResults', 0], ['keyResults', 0, 'current'], ['keyResults', 0, 'grade'], ['keyResults', 1, 'weight'], ['keyResults', 1, 'lastCheckIn'],
    ['kpis', 0, 'low'], ['kpis', 0, 'updated'],
  ] as const;
  test.prop([fc.constantFrom(...paths), fc.oneof(fc.jsonValue(), fc.constantFrom('2025-01-01', '2025-01-01T00:00:00Z', 'on-track', 'https://x', 0.5, -2))])(
    'agrees with the JSON schema whatever value a field holds',
    (path, value) => {
      const feed: LooseFeed = structuredClone(goodFeed());
      let target = feed;
      for (const key of path.slice(0, -1)) target = target[key];
      target[path[path.length - 1]] = value;
      expect(validateFeed(feed).ok).toBe(schemaAccepts(feed));
    },
  );
});

describe('validateKeyResult and validateCheckInResponse', () => {
  it('accepts a key result and names the problems of a broken one', () => {
    expect(validateKeyResult(keyResult()).ok).toBe(true);
    expect(validateKeyResult({ ...keyResult(), grade: 2 })).toEqual({ ok: false, problems: ['grade: expected a number from 0 to 1 or null, got 2'] });
  });

  it.each([
    ['a success with an updated key result', { ok: true, checkIn: { id: 'KR1', requestId: 'r1', value: 40 }, keyResult: keyResult() }, true],
    ['a duplicate with no key result', { ok: true, checkIn: { id: 'KR1', requestId: 'r1', value: 'done' }, keyResult: null, duplicate: true }, true],
    ['an answer without ok', { checkIn: { id: 'KR1', requestId: 'r1', value: 40 }, keyResult: null }, false],
    ['a check-in without its request ID', { ok: true, checkIn: { id: 'KR1', value: 40 }, keyResult: null }, false],
    ['a broken key result', { ok: true, checkIn: { id: 'KR1', requestId: 'r1', value: 40 }, keyResult: { id: 'KR1' } }, false],
  ])('reads %s', (_name, answer, ok) => {
    expect(validateCheckInResponse(answer).ok).toBe(ok);
  });
});

// "Open the sheet" must lead to the spreadsheet only: a feed cannot send the user to another site.
describe('links', () => {
  const SHEET = 'https://docs.google.com/spreadsheets/d/abc/edit#gid=1&range=A2';
  const withLinks = (link: string): unknown => edited((f) => {
    f.tracker.url = link;
    f.keyResults[0].link = link;
  });

  it.each([
    ['a spreadsheet', SHEET],
    ['a spreadsheet of another Google account', 'https://docs.google.com/spreadsheets/u/1/d/abc/edit'],
    ['the demo on 127.0.0.1', 'http://127.0.0.1:8787/sheet#gid=1'],
    ['the demo on localhost', 'http://localhost:8787/'],
  ])('accepts %s: %s', (_name, link) => {
    expect(validateFeed(withLinks(link)).ok).toBe(true);
    expect(schemaAccepts(withLinks(link))).toBe(true);
  });

  it.each([
    ['a script', 'javascript:alert(1)'],
    ['a script in capitals', 'JAVASCRIPT:alert(1)'],
    ['a data URL', 'data:text/html,<script>alert(1)</script>'],
    ['a blob URL', 'blob:https://docs.google.com/abc'],
    ['a file', 'file:///etc/passwd'],
    ['plain http to Google', 'http://docs.google.com/spreadsheets/d/abc/edit'],
    ['another Google page', 'https://docs.google.com/document/d/abc/edit'],
    ['the Sheets path without its slash', 'https://docs.google.com/spreadsheetsx/d/abc'],
    ['a lookalike host', 'https://docs.google.com.evil.com/spreadsheets/d/abc'],
    ['the host in the query', 'https://evil.com/?docs.google.com/spreadsheets/'],
    ['the host in the path', 'https://evil.com/docs.google.com/spreadsheets/'],
    ['userinfo before another host', 'https://docs.google.com@evil.com/spreadsheets/d/abc'],
    ['userinfo with a password', 'https://docs.google.com:pw@evil.com/spreadsheets/'],
    ['a port', 'https://docs.google.com:8443/spreadsheets/d/abc'],
    ['a backslash that some parsers read as a slash', 'https://docs.google.com\\@evil.com/spreadsheets/'],
    ['an uppercase host (Google writes it lowercase)', 'https://DOCS.GOOGLE.COM/spreadsheets/d/abc'],
    ['an IDN lookalike (Cyrillic о)', 'https://d\u043Ecs.google.com/spreadsheets/d/abc'],
    ['an IDN lookalike in punycode', 'https://xn--dcs-0ed.google.com/spreadsheets/d/abc'],
    ['a fullwidth dot', 'https://docs\uFF0Egoogle.com/spreadsheets/d/abc'],
    ['protocol-relative', '//docs.google.com/spreadsheets/d/abc'],
    ['leading blank', ' https://docs.google.com/spreadsheets/d/abc'],
    ['a tab inside', 'https://docs.google.com/spreadsheets/\td/abc'],
    ['a line break inside', 'https://docs.google.com/spreadsheets/d/abc\n'],
    ['https to the loopback address', 'https://127.0.0.1:8787/'],
    ['the loopback address without a port', 'http://127.0.0.1/'],
    ['another loopback address', 'http://127.0.0.2:8787/'],
    ['the loopback address as a number', 'http://2130706433:8787/'],
    ['localhost with a lookalike suffix', 'http://localhost.evil.com:8787/'],
    ['localhost with userinfo', 'http://localhost:8787@evil.com/'],
    ['an empty text', ''],
  ])('refuses %s: %j, as the schema does', (_name, link) => {
    const feed = withLinks(link);
    const result = validateFeed(feed);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toContain('tracker.url: expected a Google Sheets address (https://docs.google.com/spreadsheets/…)');
    expect(schemaAccepts(feed)).toBe(false);
  });

  it.each([
    ['the same origin as the feed', 'http://127.0.0.1:8787/sheet', 'http://127.0.0.1:8787/exec', []],
    ['another port on the same machine', 'http://127.0.0.1:9999/admin', 'http://127.0.0.1:8787/exec', ['http://127.0.0.1:9999/admin']],
    ['localhost for a feed on 127.0.0.1', 'http://localhost:8787/', 'http://127.0.0.1:8787/exec', ['http://localhost:8787/']],
    ['a loopback link in a feed from Google', 'http://127.0.0.1:8787/', 'https://script.google.com/macros/s/x/exec', ['http://127.0.0.1:8787/']],
    ['a spreadsheet link', SHEET, 'https://script.google.com/macros/s/x/exec', []],
  ])('names a local link on another origin than the feed: %s', (_name, link, feedUrl, foreign) => {
    const feed = withLinks(link) as Feed;
    expect(foreignLocalLinks(feed, feedUrl)).toEqual(foreign.length === 0 ? [] : [link, link]);
  });
});
