// Tests run in America/New_York (vitest.config.ts): daylight saving ends on 1 November 2026,
// inside the period used here, so the cadence arithmetic below crosses it.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '../dates.js';
import { checkOkrs, findingCounts, locateOkrFindings, OKR_CHECKS } from './check-okrs.js';
import { OKR_CHECK_KINDS } from './kinds.js';
import type { FeedFinding } from '../feed/feed.js';
import { validateFeed } from '../feed/feed-validate.js';
import { columnsOf, type Columns, type TrackerColumns, type TrackerSettings } from '../tracker-columns.js';
import { CHECK_IN_COLUMNS, KEY_RESULT_COLUMNS, KPI_COLUMNS, OBJECTIVE_COLUMNS, type KeyResultColumn, type KpiColumn, type ObjectiveColumn } from '../tracker-layout.js';
import { zoneNamed } from '../zone.js';

// The unit tests run in New York (vitest.config.ts); the core is handed that zone explicitly.
const NY = zoneNamed('America/New_York');

const at = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min);
/** A Monday, mid-morning, late in 2026-Q4. */
const NOW = at(2026, 11, 23, 10).getTime();
/** The same wall-clock time `days` calendar days before NOW. */
const daysAgo = (days: number) => new Date(addCalendarDays(NOW, -days, NY));

type Row = Record<string, unknown>;

interface Rows {
  settings: Partial<TrackerSettings>;
  objectives: Row[];
  keyResults: Row[];
  checkIns: Row[];
  kpis: Row[];
}

function table<K extends string>(headers: readonly K[], rows: readonly Row[]): Columns<K> {
  return columnsOf([[...headers], ...rows.map((row) => headers.map((h) => row[h] ?? ''))], headers);
}

function tracker(rows: Rows): TrackerColumns {
  return {
    settings: { periodName: '2026-Q4', periodStart: at(2026, 10, 1), periodEnd: at(2026, 12, 31), success: 0.7, cadence: 'weekly', ...rows.settings },
    objectives: table(OBJECTIVE_COLUMNS, rows.objectives),
    keyResults: table(KEY_RESULT_COLUMNS, rows.keyResults),
    checkIns: table(CHECK_IN_COLUMNS, rows.checkIns),
    kpis: table(KPI_COLUMNS, rows.kpis),
  };
}

const objective = (ID: string, more: Partial<Record<ObjectiveColumn, unknown>> = {}): Row => ({ ID, Objective: `Objective ${ID}`, Owner: 'Ana', Parent: '', ...more });
const keyResult = (ID: string, Objective: string, more: Partial<Record<KeyResultColumn, unknown>> = {}): Row => ({
  ID,
  Objective,
  'Key result': `Key result ${ID}`,
  Owner: 'Ana',
  Type: 'increase',
  Start: 0,
  Target: 10,
  Cadence: 'weekly',
  ...more,
});
const kpi = (ID: string, more: Partial<Record<KpiColumn, unknown>> = {}): Row => ({ ID, KPI: `KPI ${ID}`, Owner: 'Ben', Low: 1, High: 9, ...more });
const checkIn = (ID: string, Time: unknown, Value: unknown = 5): Row => ({ Time, ID, Value, 'Request ID': `req-${ID}-${String(Time)}` });

/**
 * A tracker with nothing to find: one owner with three objectives of two key results each,
 * every key result and the KPI checked in two days ago.
 */
function healthy(): Rows {
  const objectives = ['O1', 'O2', 'O3'].map((id) => objective(id));
  const keyResults = objectives.flatMap((o, i) => [keyResult(`KR${2 * i + 1}`, o.ID as string), keyResult(`KR${2 * i + 2}`, o.ID as string)]);
  const kpis = [kpi('KPI1')];
  const checkIns = [...keyResults, ...kpis].map((row) => checkIn(row.ID as string, daysAgo(2)));
  return { settings: {}, objectives, keyResults, checkIns, kpis };
}

type Edit = (rows: Rows) => void;

// Edits of the healthy tracker, so each table row reads as what it changes.
const all = (...edits: Edit[]): Edit => (rows) => edits.forEach((edit) => edit(rows));
const setObjective = (id: string, fields: Row): Edit => (rows) => Object.assign(rows.objectives.find((r) => r.ID === id) as Row, fields);
const setKr = (id: string, fields: Row): Edit => (rows) => Object.assign(rows.keyResults.find((r) => r.ID === id) as Row, fields);
const setSettings = (fields: Partial<TrackerSettings>): Edit => (rows) => Object.assign(rows.settings, fields);
/** `parents('O1:O2')`: O1's parent is O2. */
const parents = (...pairs: string[]): Edit => all(...pairs.map((pair) => setObjective(pair.split(':')[0], { Parent: pair.split(':')[1] })));
/** Adds key result `id` under `objective`, with check-ins at `times`. */
const addKr = (id: string, objectiveId: string, fields: Row = {}, ...times: unknown[]): Edit => (rows) => {
  rows.keyResults.push(keyResult(id, objectiveId, fields));
  rows.checkIns.push(...times.map((time) => checkIn(id, time)));
};
const addKpi = (id: string, ...times: unknown[]): Edit => (rows) => {
  rows.kpis.push(kpi(id));
  rows.checkIns.push(...times.map((time) => checkIn(id, time)));
};
/** Adds objective `id` for `owner` with two key results checked in yesterday, so only the owner's count changes. */
const addObjective = (id: string, owner = 'Ana'): Edit => (rows) => {
  rows.objectives.push(objective(id, { Owner: owner }));
  for (const n of [1, 2]) addKr(`${id}-KR${n}`, id, { Owner: owner }, daysAgo(1))(rows);
};
const setKpi = (id: string, fields: Row): Edit => (rows) => Object.assign(rows.kpis.find((r) => r.ID === id) as Row, fields);
/** Removes objective `id` and its key results. */
const removeObjective = (id: string): Edit => (rows) => {
  rows.objectives = rows.objectives.filter((r) => r.ID !== id);
  rows.keyResults = rows.keyResults.filter((r) => r.Objective !== id);
};
const removeKr = (id: string): Edit => (rows) => void rows.keyResults.splice(rows.keyResults.findIndex((r) => r.ID === id), 1);

const findingsAfter = (edit: Edit, now = NOW): FeedFinding[] => {
  const rows = healthy();
  edit(rows);
  return checkOkrs(tracker(rows), now, NY);
};
const ofKind = (findings: readonly FeedFinding[], kind: string) => findings.filter((f) => f.kind === kind);

describe('checkOkrs: the healthy tracker', () => {
  it('finds nothing in a tracker that follows every rule', () => {
    expect(checkOkrs(tracker(healthy()), NOW, NY)).toEqual([]);
  });
});

/** Two weeks before NOW to the minute: a weekly key result checked in then is due, not yet stale. */
const TWO_WEEKS_AGO = at(2026, 11, 9, 10);

// Each rule: edits that trigger it (with the IDs it must name) and edits that come close but must not.
const TRIGGERS: [kind: string, name: string, edit: Edit, ids: string[]][] = [
  ['too-many-objectives', 'six objectives in the period', all(addObjective('O4'), addObjective('O5'), addObjective('O6')), ['O6']],
  ['too-many-objectives', 'six objectives, each of another owner', all(addObjective('O4', 'Ben'), addObjective('O5', 'Chloé'), addObjective('O6', 'Dee')), ['O6']],
  ['too-few-objectives', 'two objectives in the period', removeObjective('O3'), ['O1']],
  ['too-few-objectives', 'one objective in the period', all(removeObjective('O3'), removeObjective('O2')), ['O1']],
  ['too-few-key-results', 'an objective with one key result', removeKr('KR2'), ['O1']],
  ['too-few-key-results', 'an objective with no key results and no children', all(removeKr('KR1'), removeKr('KR2')), ['O1']],
  ['too-many-key-results', 'an objective with six key results', all(...['a', 'b', 'c', 'd'].map((n) => addKr(`KR1${n}`, 'O1', {}, daysAgo(1)))), ['O1']],
  ['not-measurable', 'an increase without a start', setKr('KR1', { Start: '' }), ['KR1']],
  ['not-measurable', 'a decrease whose target is text', setKr('KR1', { Type: 'decrease', Start: 10, Target: 'lower' }), ['KR1']],
  ['not-measurable', "a start that shows another cell's error", setKr('KR1', { Start: '#N/A' }), ['KR1']],
  ['not-measurable', 'a target equal to its start', setKr('KR2', { Target: '0' }), ['KR2']],
  ['not-measurable', 'a blank type (graded as increase or decrease) with target equal to start', setKr('KR2', { Type: '', Target: 0 }), ['KR2']],
  ['not-measurable', 'a threshold without numbers', setKr('KR3', { Type: 'Threshold', Start: '', Target: '' }), ['KR3']],
  ['not-measurable', 'a threshold whose band is one value', setKr('KR3', { Type: 'range', Start: 5, Target: 5 }), ['KR3']],
  ['missing-owner', 'an objective without an owner', setObjective('O2', { Owner: ' ' }), ['O2']],
  ['missing-owner', 'a key result without an owner', setKr('KR4', { Owner: '' }), ['KR4']],
  ['duplicate-id', "a key result with an objective's ID, typed differently", setKr('KR6', { ID: ' o1 ' }), ['o1']],
  ['duplicate-id', "a KPI with a key result's ID", addKpi('KR1', daysAgo(1)), ['KR1']],
  ['duplicate-id', 'the same key result ID three times', all(addKr('KR1', 'O1'), addKr('KR1', 'O2')), ['KR1', 'KR1']],
  ['unknown-objective', 'a key result of a missing objective', setKr('KR1', { Objective: 'O9' }), ['KR1']],
  ['unknown-objective', 'a key result that names no objective', setKr('KR1', { Objective: '' }), ['KR1']],
  ['unknown-parent', 'an objective whose parent is missing', parents('O2:O9'), ['O2']],
  ['unknown-parent', 'an objective whose parent is a key result', parents('O2:KR1'), ['O2']],
  ['parent-cycle', "two objectives that are each other's parent", parents('O1:O2', 'O2: o1'), ['O1']],
  ['parent-cycle', 'an objective that is its own parent', parents('O3:O3'), ['O3']],
  ['parent-cycle', 'a cycle of three entered from below', parents('O1:O3', 'O2:O1', 'O3:O2'), ['O1']],
  ['parent-cycle', 'two separate cycles', all(addObjective('O4'), parents('O1:O2', 'O2:O1', 'O3:O4', 'O4:O3')), ['O1', 'O3']],
  ['zero-weights', 'an objective whose key results all weigh 0', all(setKr('KR1', { Weight: 0 }), setKr('KR2', { Weight: '0%' })), ['O1']],
  ['kpi-needs-okr', 'a KPI far above its high', setKpi('KPI1', { Value: 12 }), ['KPI1']],
  ['kpi-needs-okr', 'a KPI far below its only bound, with a key result following another KPI', all(setKpi('KPI1', { Value: 0.5, High: '' }), addKpi('KPI2', daysAgo(1)), addKr('KR9', 'O1', { KPI: 'KPI2' }, daysAgo(1))), ['KPI1']],
  ['stale-key-result', 'a weekly key result last checked in 15 days ago', addKr('KR9', 'O1', {}, daysAgo(15)), ['KR9']],
  ['stale-key-result', 'a weekly key result checked in two weeks and a minute ago', addKr('KR9', 'O1', {}, new Date(TWO_WEEKS_AGO.getTime() - 60_000)), ['KR9']],
  ['stale-key-result', 'a key result never checked in, weeks after the period start', addKr('KR9', 'O1'), ['KR9']],
  ['stale-key-result', 'a blank cadence, with the Settings default', all(setSettings({ cadence: 'biweekly' }), addKr('KR9', 'O1', { Cadence: '' }, daysAgo(29))), ['KR9']],
  ['stale-key-result', 'a cadence in days', addKr('KR9', 'O1', { Cadence: 3 }, daysAgo(7)), ['KR9']],
  ['stale-key-result', 'a recent check-in with a blank value (not a check-in)', all(addKr('KR9', 'O1', {}, daysAgo(20)), (rows) => void rows.checkIns.push(checkIn('KR9', daysAgo(1), ''))), ['KR9']],
  ['stale-key-result', 'a key result following a KPI last updated 20 days ago', all(addKpi('KPI2', daysAgo(20)), addKr('KR9', 'O1', { KPI: 'kpi2' }, daysAgo(1))), ['KR9']],
  ['stale-kpi', 'a KPI last updated 31 days ago', addKpi('KPI2', daysAgo(31)), ['KPI2']],
  ['stale-kpi', 'a KPI never updated, more than 30 days after the period start', addKpi('KPI2'), ['KPI2']],
];

const NEAR_MISSES: [kind: string, name: string, edit: Edit][] = [
  ['too-many-objectives', 'five objectives of several owners', all(addObjective('O4', 'Ben'), addObjective('O5', 'Chloé'))],
  ['too-many-objectives', 'five objectives and a sixth row repeating an ID (only duplicate-id)', all(addObjective('O4'), addObjective('O5'), (rows) => void rows.objectives.push(objective('o5 ')))],
  ['too-few-objectives', 'three objectives, each of another owner', all(setObjective('O2', { Owner: 'Ben' }), setObjective('O3', { Owner: 'Chloé' }))],
  ['too-few-objectives', 'an empty tracker', (rows) => Object.assign(rows, { objectives: [], keyResults: [], checkIns: [], kpis: [] })],
  ['too-few-key-results', 'a parent objective whose children carry the key results', all((rows) => void rows.objectives.push(objective('CO1', { Owner: 'Ana' })), parents('O1:CO1', 'O2:CO1'))],
  ['too-many-key-results', 'an objective with five key results', all(...['a', 'b', 'c'].map((n) => addKr(`KR1${n}`, 'O1', {}, daysAgo(1))))],
  ['not-measurable', 'a milestone without numbers', setKr('KR1', { Type: 'milestone', Start: '', Target: '' })],
  ['not-measurable', 'a baseline without numbers', setKr('KR1', { Type: 'Baseline', Start: '', Target: '' })],
  ['not-measurable', 'numbers typed as text', setKr('KR1', { Start: '1,200', Target: '$1,500' })],
  ['not-measurable', 'a threshold band from 70% to 80%', setKr('KR1', { Type: 'threshold', Start: 0.7, Target: '80%' })],
  ['not-measurable', 'an unknown type (the Grade column says what is wrong)', setKr('KR1', { Type: 'grow', Start: '' })],
  ['missing-owner', 'a KPI without an owner', (rows) => void (rows.kpis[0].Owner = '')],
  ['missing-owner', 'an owner with spaces around it', setKr('KR1', { Owner: '  Ana ' })],
  ['duplicate-id', 'IDs that differ by more than case and spaces', addKpi('O1a', daysAgo(1))],
  ['unknown-objective', 'an objective named with other case and spaces', setKr('KR1', { Objective: ' o1 ' })],
  ['unknown-parent', 'a parent named with other case and spaces', parents('O2: o1 ')],
  ['parent-cycle', 'a chain of parents with a top', parents('O3:O2', 'O2:O1')],
  ['parent-cycle', 'a parent that does not exist (only unknown-parent)', parents('O3:O3x')],
  ['zero-weights', 'one key result weighs 0, the other is blank (1)', setKr('KR1', { Weight: 0 })],
  ['zero-weights', 'a 0 next to a negative weight (the rollup shows that error)', all(setKr('KR1', { Weight: 0 }), setKr('KR2', { Weight: -1 }))],
  ['stale-key-result', 'a weekly key result checked in exactly two weeks ago', addKr('KR9', 'O1', {}, TWO_WEEKS_AGO)],
  ['stale-key-result', 'a monthly key result checked in 5 weeks ago', addKr('KR9', 'O1', { Cadence: 'Monthly' }, daysAgo(35))],
  ['stale-key-result', 'a key result carried over: last check-in before a recent period start', all(setSettings({ periodStart: at(2026, 11, 15) }), addKr('KR9', 'O1', {}, at(2026, 9, 1)))],
  ['stale-key-result', 'a check-in time typed as text', addKr('KR9', 'O1', {}, '2026-11-20')],
  ['stale-key-result', 'a garbage cadence (the Next check-in column shows that error)', addKr('KR9', 'O1', { Cadence: 'quarterly' })],
  ['stale-key-result', 'no check-in and no period start', all(setSettings({ periodStart: '' }), addKr('KR9', 'O1'))],
  ['stale-key-result', 'a key result following a KPI updated yesterday', all(addKpi('KPI2', daysAgo(1)), addKr('KR9', 'O1', { KPI: ' KPI2' }))],
  ['stale-kpi', 'a KPI updated 29 days ago', addKpi('KPI2', daysAgo(29))],
  ['kpi-needs-okr', 'a KPI in warning, just outside its band', setKpi('KPI1', { Value: 9.5 })],
  ['kpi-needs-okr', 'a KPI in breach that a key result follows', all(setKpi('KPI1', { Value: 12 }), addKr('KR9', 'O1', { KPI: ' kpi1' }, daysAgo(1)))],
  ['kpi-needs-okr', 'a KPI with no value yet', setKpi('KPI1', { Value: '' })],
  ['kpi-needs-okr', 'a KPI whose value shows an error', setKpi('KPI1', { Value: '#N/A' })],
];

describe('checkOkrs: each rule', () => {
  it('has a triggering case and a near miss for every kind', () => {
    expect(new Set(TRIGGERS.map(([kind]) => kind))).toEqual(new Set(OKR_CHECK_KINDS));
    expect(new Set(NEAR_MISSES.map(([kind]) => kind))).toEqual(new Set(OKR_CHECK_KINDS));
  });

  it.each(TRIGGERS)('%s: finds %s', (kind, _, edit, ids) => {
    expect(ofKind(findingsAfter(edit), kind).map((f) => f.id)).toEqual(ids);
  });

  it.each(NEAR_MISSES)('%s: finds nothing for %s', (kind, _, edit) => {
    expect(ofKind(findingsAfter(edit), kind)).toEqual([]);
  });
});

describe('checkOkrs: messages say what is wrong and how to fix it', () => {
  it.each<[string, string, Edit]>([
    ['too-few-objectives', 'The tracker has 2 objectives this period; 3 to 5 cover what matters to the team: add objectives', removeObjective('O3')],
    ['too-many-objectives', 'The tracker has 6 objectives this period; 3 to 5 keep the team focused: merge or drop the least important (from O6 on', all(addObjective('O4'), addObjective('O5'), addObjective('O6'))],
    ['kpi-needs-okr', 'KPI KPI1 is in breach (12, healthy is 1 to 9) and no key result brings it back: promote it to an objective with OKR → Promote KPI to OKR…', setKpi('KPI1', { Value: 12 })],
    ['too-few-key-results', 'Objective O1 has 1 key result; 2 to 5 show whether it was met: add key results on the Key Results sheet with O1 in their Objective column.', removeKr('KR2')],
    ['not-measurable', 'Key result KR1 has no Start, so its progress cannot be measured: enter the value at the start of the period in Start', setKr('KR1', { Start: '' })],
    ['not-measurable', 'Key result KR1 has Start "abc", which is not a number and no Target, so', setKr('KR1', { Start: 'abc', Target: '' })],
    ['not-measurable', 'Key result KR1 has Target equal to Start (0), so there is nothing to move: set the value to reach', setKr('KR1', { Target: 0 })],
    ['missing-owner', 'Key result KR4 has no owner: enter who checks it in, in the Owner column.', setKr('KR4', { Owner: '' })],
    ['duplicate-id', 'ID kr1 on Key Results row 8 is already used on Key Results row 2: give each objective, key result and KPI its own ID', addKr('kr1', 'O1', {}, daysAgo(1))],
    ['unknown-objective', 'Key result KR1 belongs to objective O9, which is not on the Objectives sheet: correct the ID in its Objective column, or add objective O9.', setKr('KR1', { Objective: 'O9' })],
    ['unknown-parent', 'Objective O2 has parent O9, which is not on the Objectives sheet', parents('O2:O9')],
    ['parent-cycle', "Objectives O1 → O2 → O3 → O1 are each other's parents, so none of them rolls up: clear the Parent of one of them", parents('O2:O3', 'O3:O1', 'O1:O2')],
    ['parent-cycle', 'Objective O3 is its own parent, so it rolls up nowhere: clear its Parent', parents('O3:o3')],
    ['zero-weights', 'Objective O1 has no grade because all 2 of its key results weigh 0: give at least one a weight above 0 (a blank weight counts as 1).', all(setKr('KR1', { Weight: 0 }), setKr('KR2', { Weight: 0 }))],
    ['stale-key-result', 'Key result KR9 was last checked in on 2026-11-08 and is checked in weekly: two check-ins were missed. Record one', addKr('KR9', 'O1', {}, daysAgo(15))],
    ['stale-key-result', 'Key result KR9 has had no check-in since the period started on 2026-10-01 and is checked in every two weeks', addKr('KR9', 'O1', { Cadence: 'fortnightly' })],
    ['stale-kpi', 'KPI KPI2 has had no value since the period started on 2026-10-01, more than 30 days ago: record its current value', addKpi('KPI2')],
    ['stale-kpi', 'KPI KPI2 was last updated on 2026-10-14, more than 30 days ago', addKpi('KPI2', daysAgo(40))],
  ])('%s says %j', (kind, words, edit) => {
    const [finding] = ofKind(findingsAfter(edit), kind);
    expect(finding.message).toContain(words);
  });
});

describe('locateOkrFindings', () => {
  it('gives the sheet row of each finding, counting the blank rows it skips', () => {
    const rows = healthy();
    rows.keyResults.push({}, { ID: '   ' }, keyResult('KR9', 'O9'));
    rows.checkIns.push(checkIn('KR9', daysAgo(1)));
    rows.objectives[1].Owner = '';
    const located = locateOkrFindings(tracker(rows), NOW, NY);
    expect(located.map(({ finding, at: where }) => [finding.kind, finding.id, where.sheet, where.row])).toEqual([
      ['missing-owner', 'O2', 'Objectives', 3],
      ['unknown-objective', 'KR9', 'Key Results', 10],
    ]);
  });

  it('links a short period to its first objective, and a long one to the first objective past the fifth', () => {
    const short = locateOkrFindings(tracker({ ...healthy(), objectives: [{}, objective('O2'), objective('O3')] }), NOW, NY);
    expect(short.filter((l) => l.finding.kind === 'too-few-objectives').map((l) => [l.finding.id, l.at.row])).toEqual([['O2', 3]]);
    const rows = healthy();
    for (const id of ['O4', 'O5', 'O6', 'O7']) addObjective(id)(rows);
    expect(locateOkrFindings(tracker(rows), NOW, NY).filter((l) => l.finding.kind === 'too-many-objectives').map((l) => [l.finding.id, l.at.row])).toEqual([['O6', 7]]);
  });

  it('lists findings by kind in the order OKR_CHECKS gives, then by sheet and row', () => {
    const findings = findingsAfter(all(addKpi('KPI2'), setKr('KR6', { Owner: '' }), setObjective('O3', { Owner: '' }), setKr('KR1', { Objective: 'O9' }), addKpi('KR2', daysAgo(1))));
    expect(findings.map((f) => `${f.kind} ${f.id}`)).toEqual([
      'too-few-key-results O1',
      'missing-owner O3',
      'missing-owner KR6',
      'duplicate-id KR2',
      'unknown-objective KR1',
      'stale-kpi KPI2',
    ]);
  });

  it.each([[Number.NaN], [Infinity], ['2026-11-23'], [undefined]])('refuses now = %s with a clear message', (now) => {
    expect(() => checkOkrs(tracker(healthy()), now as number, NY)).toThrow(/OKR checks: now must be a time in milliseconds/);
  });
});

describe('OKR_CHECKS and findingCounts', () => {
  it('describes every kind in one line, each kind once and in kebab case', () => {
    expect(new Set(OKR_CHECK_KINDS).size).toBe(OKR_CHECKS.length);
    for (const { kind, description } of OKR_CHECKS) {
      expect(kind).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(description).toMatch(/^[A-Z][^\n]{10,80}$/);
    }
  });

  it('counts findings by kind, every kind present, zeros included', () => {
    const counts = findingCounts([{ kind: 'stale-kpi' }, { kind: 'missing-owner' }, { kind: 'stale-kpi' }, { kind: 'not-a-kind' }, { kind: 'toString' }]);
    expect(Object.keys(counts)).toEqual([...OKR_CHECK_KINDS]);
    expect(counts['stale-kpi']).toBe(2);
    expect(counts['missing-owner']).toBe(1);
    expect(Object.values(counts).reduce((a, b) => a + b)).toBe(3);
  });
});

// ---- Properties and bad inputs --------------------------------------------------------------

const ERROR_TEXTS = ['#N/A', '#REF!', '#VALUE!', 'Error: OKR_LATEST: check-in row 4: time is blank: enter a date', '#ERROR!'];
const garbage = fc.oneof(
  fc.constantFrom('', ' ', 'abc', 'weekly', 'quarterly', '2026-11-01', 'last week', '1,200', '40%', 'done', ...ERROR_TEXTS),
  fc.constantFrom(0, -7, 1.5, 3, 1e9, Number.NaN, Infinity, -Infinity, true, false, null, undefined),
  fc.date({ min: at(2026, 1, 1), max: at(2027, 1, 1) }),
  fc.constant(new Date(Number.NaN)),
  fc.string({ maxLength: 6 }),
);
const idCell = fc.constantFrom('', ' ', 'O1', 'o1 ', 'O2', 'O3', 'KR1', 'kr1', 'KR2', 'KPI1', '#REF!');
const owner = fc.constantFrom('', '  ', 'Ana', ' ana', 'Ben', '#N/A');
const row = <T extends Record<string, fc.Arbitrary<unknown>>>(shape: T) => fc.record(shape, { requiredKeys: [] });
const anyTracker = fc
  .record({
    settings: row({ periodStart: fc.oneof(garbage, fc.constant(at(2026, 10, 1))), cadence: garbage }),
    objectives: fc.array(row({ ID: idCell, Owner: owner, Parent: idCell }), { maxLength: 8 }),
    keyResults: fc.array(row({ ID: idCell, Objective: idCell, Owner: owner, Type: garbage, Start: garbage, Target: garbage, Weight: garbage, Cadence: garbage }), { maxLength: 10 }),
    checkIns: fc.array(row({ ID: idCell, Time: garbage, Value: garbage }), { maxLength: 10 }),
    kpis: fc.array(row({ ID: idCell, Owner: owner }), { maxLength: 4 }),
  })
  .map((rows) => tracker(rows as Rows));

const SHEET_OF: Record<string, keyof Pick<TrackerColumns, 'objectives' | 'keyResults' | 'kpis'>> = { Objectives: 'objectives', 'Key Results': 'keyResults', KPIs: 'kpis' };
const trimmedLower = (value: unknown) => (typeof value === 'string' ? value.trim().toLowerCase() : String(value ?? '').toLowerCase());

describe('checkOkrs: properties', () => {
  test.prop([anyTracker])('never throws, and every finding names a non-blank ID and points at a row with that ID', (data) => {
    for (const { finding, at: where } of locateOkrFindings(data, NOW, NY)) {
      expect(finding.id.trim()).not.toBe('');
      const columns = data[SHEET_OF[where.sheet]];
      expect(trimmedLower(columns.ID[where.row - 2])).toBe(trimmedLower(finding.id));
    }
  });

  test.prop([anyTracker])('lists findings by kind order, then sheet and row, with kebab-case kinds the feed accepts', (data) => {
    const located = locateOkrFindings(data, NOW, NY);
    const rank = (l: (typeof located)[number]) => [OKR_CHECK_KINDS.indexOf(l.finding.kind as never), Object.keys(SHEET_OF).indexOf(l.at.sheet), l.at.row];
    for (let i = 1; i < located.length; i++) {
      const [a, b] = [rank(located[i - 1]), rank(located[i])];
      expect(a[0] < b[0] || (a[0] === b[0] && (a[1] < b[1] || (a[1] === b[1] && a[2] <= b[2])))).toBe(true);
    }
    const findings = located.map((l) => l.finding);
    const feed = { version: 1, tracker: { name: 'T', url: null }, generatedAt: new Date(NOW).toISOString(), period: { name: 'Q', start: null, end: null }, objectives: [], keyResults: [], kpis: [], findings };
    expect(validateFeed(JSON.parse(JSON.stringify(feed))).ok).toBe(true);
  });

  test.prop([fc.integer({ min: 0, max: 9 }), fc.array(owner, { minLength: 9, maxLength: 9 })])('a period with n objectives is short below 3 (but not at 0) and too long above 5, whoever owns them', (n, owners) => {
    const rows = healthy();
    rows.objectives = [];
    rows.keyResults = [];
    for (let i = 1; i <= n; i++) addObjective(`X${i}`, owners[i - 1])(rows);
    const findings = checkOkrs(tracker(rows), NOW, NY);
    expect([ofKind(findings, 'too-few-objectives').length, ofKind(findings, 'too-many-objectives').length]).toEqual([n > 0 && n < 3 ? 1 : 0, n > 5 ? 1 : 0]);
  });

  test.prop([anyTracker, fc.constantFrom('upper', 'lower', 'padded')])('reads IDs as the core compares them: case and spaces change no kind', (data, style) => {
    const restyle = (value: unknown) => (typeof value !== 'string' ? value : style === 'upper' ? value.toUpperCase() : style === 'lower' ? value.toLowerCase() : ` ${value} `);
    const styled: TrackerColumns = {
      ...data,
      objectives: { ...data.objectives, ID: data.objectives.ID.map(restyle), Parent: data.objectives.Parent.map(restyle) },
      keyResults: { ...data.keyResults, ID: data.keyResults.ID.map(restyle), Objective: data.keyResults.Objective.map(restyle) },
      kpis: { ...data.kpis, ID: data.kpis.ID.map(restyle) },
      checkIns: { ...data.checkIns, ID: data.checkIns.ID.map(restyle) },
    };
    const kinds = (columns: TrackerColumns) => locateOkrFindings(columns, NOW, NY).map((l) => `${l.finding.kind} ${l.at.sheet} ${l.at.row}`);
    expect(kinds(styled)).toEqual(kinds(data));
  });
});

describe('checkOkrs: bad input', () => {
  // What a damaged or half-typed tracker holds; none of it may throw, and each gives the finding a person can act on.
  it.each<[string, Edit, string[]]>([
    ['a check-in time typed as text that is not a date', addKr('KR9', 'O1', {}, 'last week'), ['stale-key-result KR9']],
    ['a check-in time showing an error', addKr('KR9', 'O1', {}, '#REF!'), ['stale-key-result KR9']],
    ['a period start typed as text', all(setSettings({ periodStart: '2026-10-01' }), addKr('KR9', 'O1')), ['stale-key-result KR9']],
    ['a period start that is not a date', all(setSettings({ periodStart: 'Q4' }), addKr('KR9', 'O1')), []],
    ['a period start showing an error', all(setSettings({ periodStart: 'Error: something' }), addKpi('KPI2')), []],
    ['a default cadence that is garbage', all(setSettings({ cadence: 'sometimes' }), addKr('KR9', 'O1', { Cadence: '' })), []],
    ['a cadence of 0 days', addKr('KR9', 'O1', { Cadence: 0 }), []],
    ['a cadence of -7 days', addKr('KR9', 'O1', { Cadence: -7 }), []],
    ['a cadence of 1.5 days', addKr('KR9', 'O1', { Cadence: 1.5 }), []],
    ['a cadence that is a date', addKr('KR9', 'O1', { Cadence: at(2026, 1, 1) }), []],
    ['an ID showing an error', addKr('#REF!', 'O1', {}, daysAgo(1)), []],
    ['an objective cell showing an error', addKr('KR9', '#N/A', {}, daysAgo(1)), ['unknown-objective KR9']],
    ['a weight showing an error', setKr('KR1', { Weight: '#VALUE!' }), []],
    ['a start and target that are invalid dates', setKr('KR1', { Start: new Date(Number.NaN), Target: new Date(Number.NaN) }), ['not-measurable KR1']],
    ['a target of Infinity', setKr('KR1', { Target: Infinity }), ['not-measurable KR1']],
    ['booleans for start and target', setKr('KR1', { Start: true, Target: false }), ['not-measurable KR1']],
    ['null and undefined cells', setKr('KR1', { Owner: null, Type: undefined, Cadence: null }), ['missing-owner KR1']],
  ])('%s', (_, edit, expected) => {
    expect(findingsAfter(edit).map((f) => `${f.kind} ${f.id}`)).toEqual(expected);
  });

  it('reads columns shorter than their row count as blanks', () => {
    const data = tracker(healthy());
    const short: TrackerColumns = { ...data, keyResults: { ...data.keyResults, rows: data.keyResults.rows + 3, Owner: [] }, checkIns: { ...data.checkIns, rows: data.checkIns.rows + 2 } };
    expect(checkOkrs(short, NOW, NY).map((f) => f.kind)).toEqual(new Array(6).fill('missing-owner'));
  });
});
