// Tests run in America/New_York (vitest.config.ts), as the feed builder's own tests do.
import { zoneNamed } from '../../shared/zone.js';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { buildFeed } from '../../shared/feed/feed-build.js';
import type { Feed } from '../../shared/feed/feed.js';
import { worstStatus } from '../../shared/feed/judgement.js';
import { columnsOf, type TrackerColumns } from '../../shared/tracker-columns.js';
import { CHECK_IN_COLUMNS, KEY_RESULT_COLUMNS, KPI_COLUMNS, OBJECTIVE_COLUMNS } from '../../shared/tracker-layout.js';
import { BADGE_COLORS } from '../badge/badge.js';
import { MAX_NAMED_BEHIND, badgeState } from '../badge/badge-state.js';
import { hasPendingCheckIns, judgedSnapshot } from './judged-view.js';
import { withCheckIns } from './local-checkins.js';
import { localFeed, localSnapshot } from './local-view.js';
import { defaults } from '../storage/options.js';
import { newOutboxItem } from '../check-in/outbox.js';
import { paceText } from '../format/progress-text.js';

const NOW = new Date(2026, 10, 23, 10).getTime();
const TODAY = '2026-11-23';
const ZONE = 'America/New_York';

type Row = Record<string, unknown>;
const table = <K extends string>(headers: readonly K[], rows: readonly Row[]) => columnsOf([[...headers], ...rows.map((row) => headers.map((h) => row[h] ?? ''))], headers);

interface Rows {
  objectives: Row[];
  keyResults: Row[];
  checkIns: Row[];
}

function tracker(rows: Rows): TrackerColumns {
  return {
    settings: { periodName: '2026-Q4', periodStart: new Date(2026, 9, 1), periodEnd: new Date(2026, 11, 31), success: 0.7, cadence: 'weekly' },
    objectives: table(OBJECTIVE_COLUMNS, rows.objectives),
    keyResults: table(KEY_RESULT_COLUMNS, rows.keyResults),
    checkIns: table(CHECK_IN_COLUMNS, rows.checkIns),
    kpis: table(KPI_COLUMNS, []),
  };
}

const build = (rows: Rows, now = NOW): Feed => buildFeed(tracker(rows), { now, zone: zoneNamed(Intl.DateTimeFormat().resolvedOptions().timeZone), trackerName: 'Team OKRs', trackerUrl: null });
let requests = 0;
const logRow = (id: string, time: number, value: unknown) => ({ Time: new Date(time), ID: id, Value: value, 'Request ID': `req-${++requests}` });

/** The tracker template's first objective: KR1 65% → 75% (0.7 now) and a points key result. */
const example: Rows = {
  objectives: [{ ID: 'O1', Objective: 'Delight customers' }, { ID: 'O2', Objective: 'Company', Parent: '' }],
  keyResults: [
    { ID: 'KR1', Objective: 'O1', 'Key result': 'Increase customer satisfaction from 65% to 75%', Type: 'increase', Start: 0.65, Target: 0.75, Unit: '%' },
    { ID: 'KR2', Objective: 'O1', 'Key result': 'Cut onboarding from 30 to 25 days', Type: 'decrease', Start: 30, Target: 25, Unit: 'days' },
  ],
  checkIns: [logRow('KR1', new Date(2026, 10, 16).getTime(), 0.7), logRow('KR2', new Date(2026, 10, 16).getTime(), 28)],
};
example.objectives[0]!.Parent = 'O2';

describe('localFeed after a check-in made here', () => {
  it('moves the key result, its objective and the parent objective at once, as the tracker will', () => {
    const before = build(example);
    const after = localFeed(before, new Map([['KR1', 0.72]]), TODAY, TODAY);
    const server = build({ ...example, checkIns: [...example.checkIns, logRow('KR1', NOW, 0.72)] });
    expect(before.objectives.map((o) => o.grade)).toEqual([expect.closeTo(0.45, 9), expect.closeTo(0.45, 9)]);
    expect(after.keyResults[0]).toMatchObject({ current: 0.72, grade: expect.closeTo(0.7, 9) });
    expect(after.objectives.map((o) => o.grade)).toEqual(server.objectives.map((o) => expect.closeTo(o.grade!, 9)));
    expect(after.objectives[0]!.grade).toBeCloseTo(0.55, 9);
    expect(after.objectives[1]!.grade).toBeCloseTo(0.55, 9);
  });

  it('leaves the feed as built when nothing is pending, statuses judged the same day', () => {
    const feed = build(example);
    const view = localFeed(feed, new Map(), TODAY, TODAY);
    expect(view.objectives.map((o) => [o.grade, o.status])).toEqual(feed.objectives.map((o) => [o.grade, o.status]));
    expect(view.keyResults.map((k) => [k.grade, k.status])).toEqual(feed.keyResults.map((k) => [k.grade, k.status]));
  });

  it('judges a cached feed at today, not at the day it was built', () => {
    // Built on Nov 2 with KR2 on track; three weeks later nothing moved and it is off track.
    const early = build(example, new Date(2026, 10, 2, 10).getTime());
    expect(early.keyResults[1]!.status).toBe('on-track');
    expect(localFeed(early, new Map(), TODAY, '2026-11-02').keyResults[1]!.status).toBe('at-risk');
  });
});

/** Random trackers: objectives under random earlier parents, key results under random objectives. */
const trackers = fc
  .record({
    objectives: fc.array(fc.option(fc.nat(6), { nil: null }), { minLength: 1, maxLength: 6 }),
    keyResults: fc.array(
      fc.record({
        objective: fc.nat(6),
        kind: fc.constantFrom('increase', 'decrease', 'milestone'),
        weight: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
        value: fc.option(fc.double({ min: -0.5, max: 1.5, noNaN: true }), { nil: null }),
        owner: fc.constantFrom('Ada', 'Grace'),
      }),
      { maxLength: 10 },
    ),
    pending: fc.option(fc.record({ index: fc.nat(9), value: fc.double({ min: -0.5, max: 1.5, noNaN: true }) }), { nil: null }),
  })
  .map(({ objectives, keyResults, pending }) => {
    const objectiveRows = objectives.map((parent, i) => ({ ID: `O${i}`, Objective: `Objective ${i}`, Parent: parent !== null && parent < i ? `O${parent}` : '' }));
    const scaled = (kind: string, fraction: number) => (kind === 'milestone' ? Math.min(1, Math.max(0, fraction)) : kind === 'increase' ? 10 + 20 * fraction : 50 - 20 * fraction);
    const krRows = keyResults.map((k, i) => ({
      ID: `KR${i}`,
      Objective: `O${k.objective % objectives.length}`,
      'Key result': `Key result ${i}`,
      Owner: k.owner,
      Type: k.kind,
      Start: k.kind === 'milestone' ? '' : k.kind === 'increase' ? 10 : 50,
      Target: k.kind === 'milestone' ? '' : k.kind === 'increase' ? 30 : 30,
      Weight: k.weight ?? '',
    }));
    const checkIns = keyResults.flatMap((k, i) => (k.value === null ? [] : [logRow(`KR${i}`, new Date(2026, 10, 10).getTime(), scaled(k.kind, k.value))]));
    const rows: Rows = { objectives: objectiveRows, keyResults: krRows, checkIns };
    const target = pending !== null && keyResults.length > 0 ? pending.index % keyResults.length : null;
    const value = target === null ? null : scaled(keyResults[target]!.kind, pending!.value);
    return { rows, pending: target === null ? null : { id: `KR${target}`, value: value! } };
  });

describe('the local view over random trackers', () => {
  test.prop([trackers], { numRuns: 60 })('shows every objective grade as the tracker computes it after the check-in', ({ rows, pending }) => {
    const feed = build(rows);
    const view = localFeed(feed, new Map(pending === null ? [] : [[pending.id, pending.value]]), TODAY, TODAY);
    const server = pending === null ? feed : build({ ...rows, checkIns: [...rows.checkIns, logRow(pending.id, NOW, pending.value)] });
    view.objectives.forEach((objective, i) => {
      const expected = server.objectives[i]!.grade;
      if (expected === null) expect(objective.grade).toBeNull();
      else expect(objective.grade).toBeCloseTo(expected, 9);
    });
    view.keyResults.forEach((keyResult, i) => expect(keyResult.grade ?? -1).toBeCloseTo(server.keyResults[i]!.grade ?? -1, 9));
  });

  test.prop([trackers], { numRuns: 60 })('never lets label, badge and guidance disagree', ({ rows, pending }) => {
    const feed = build(rows);
    const outbox =
      pending === null ? [] : [newOutboxItem({ trackerId: 't1', keyResultId: pending.id, keyResultTitle: pending.id, value: pending.value, confidence: null, note: null, by: null }, 'req-local', NOW)];
    const snapshot = {
      options: { ...defaults, trackers: [{ id: 't1', name: 'Team', url: 'https://script.google.com/macros/s/x/exec', token: 'tok' }] },
      caches: { t1: { feed, fetchedAt: NOW, error: null } },
      outbox,
    };
    const view = localSnapshot(snapshot, NOW, ZONE).caches.t1!.feed!;
    const badge = badgeState({ snapshot, now: NOW, timeZone: ZONE, online: true });
    const worst = worstStatus(view.keyResults.map((k) => k.status));
    expect(badge.color).toBe(worst === null ? BADGE_COLORS.neutral : BADGE_COLORS[worst]);
    const behindCount = view.keyResults.filter((k) => k.status === 'at-risk' || k.status === 'off-track').length;
    for (const keyResult of view.keyResults) {
      const behind = keyResult.status === 'at-risk' || keyResult.status === 'off-track';
      // The tooltip names a key result only when its label says at risk or off track, in the label's words.
      const line = badge.title.split('\n').find((text) => text.startsWith(`• ${keyResult.title} (`));
      if (line !== undefined) expect(line.endsWith(`— ${keyResult.status === 'off-track' ? 'off track' : 'at risk'}`)).toBe(true);
      if (behindCount <= MAX_NAMED_BEHIND) expect(line !== undefined).toBe(behind);
      if (behind) expect(paceText(keyResult, view.period.success!) ?? '').not.toContain('on pace');
      if (keyResult.status === 'done') expect(paceText(keyResult, view.period.success!)).toBeNull();
    }
  });
});

describe("the popup's two halves of the local view", () => {
  const snapshotWith = (outbox: ReturnType<typeof newOutboxItem>[]) => ({
    options: { ...defaults, trackers: [{ id: 't1', name: 'Team', url: 'https://script.google.com/macros/s/x/exec', token: 'tok' }] },
    caches: { t1: { feed: build(example), fetchedAt: NOW, error: null } },
    outbox,
  });
  const checkIn = newOutboxItem({ trackerId: 't1', keyResultId: 'KR1', keyResultTitle: 'KR1', value: 0.72, confidence: null, note: null, by: null }, 'req-two-halves', NOW);

  it('judges without the grading core while nothing waits, as the badge does', () => {
    const snapshot = snapshotWith([]);
    expect(hasPendingCheckIns(snapshot)).toBe(false);
    expect(judgedSnapshot(snapshot, NOW, ZONE, null)).toEqual(localSnapshot(snapshot, NOW, ZONE));
  });

  it('refuses to show a view without a waiting check-in applied, and with it shows what the badge shows', () => {
    const snapshot = snapshotWith([checkIn]);
    expect(hasPendingCheckIns(snapshot)).toBe(true);
    expect(() => judgedSnapshot(snapshot, NOW, ZONE, null)).toThrow(/check-ins made here are waiting/);
    const view = judgedSnapshot(snapshot, NOW, ZONE, withCheckIns);
    expect(view).toEqual(localSnapshot(snapshot, NOW, ZONE));
    expect(view.caches.t1!.feed!.objectives[0]!.grade).toBeCloseTo(0.55, 9);
  });

  it('needs no grading core for a refused check-in, which the view does not apply', () => {
    const snapshot = snapshotWith([{ ...checkIn, state: 'failed' }]);
    expect(hasPendingCheckIns(snapshot)).toBe(false);
    expect(judgedSnapshot(snapshot, NOW, ZONE, null)).toEqual(localSnapshot(snapshot, NOW, ZONE));
  });
});
