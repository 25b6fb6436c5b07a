// "Check OKRs…" through the built bundle on the template's own tracker: the findings the example
// data really has, rows broken by hand, the dialog's links, and the counts on the Dashboard.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTracker, NOW, type Tracker } from './harness.js';

// Setting up the example tracker is the slow part, so each describe sets one up and its tests
// run in order on it, the later ones building on what the earlier ones did.
let tracker: Tracker | undefined;

const DAY = 86_400_000;
type Finding = { kind: string; id: string; message: string; link: string | null };
const check = (t: Tracker, now = NOW.getTime()) => t.addOn.okrSheets.checkTracker(t.spreadsheet, now) as Finding[];
const sheet = (t: Tracker, name: string) => t.spreadsheet.getSheetByName(name)!;
const summary = (findings: Finding[]) => findings.map((f) => `${f.kind} ${f.id} ${f.link?.replace(/.*#/, '#')}`);

/** The link to a row as the dialog and the feed give it. */
function rowLink(t: Tracker, name: string, row: number): string {
  return `${t.spreadsheet.getUrl()}#gid=${sheet(t, name).getSheetId()}&range=A${row}`;
}

/** Types `value` into the cell of row `id`, column `header`, as a person would. */
function edit(t: Tracker, name: string, id: string, header: string, value: unknown): void {
  const target = sheet(t, name);
  const values = target.getDataRange().getValues();
  const column = values[0].indexOf(header);
  const row = values.findIndex((r) => r[values[0].indexOf('ID')] === id);
  if (column < 0 || row < 1) throw new Error(`no cell ${name}!${id}/${header}`);
  target.getRange(row + 1, column + 1).setValue(value);
}

/** Runs a menu item the way Sheets does: the global function named by the item. */
function click(t: Tracker, caption: string): void {
  t.addOn.onOpen();
  t.addOn[t.runtime.ui.functionFor('OKR', caption)]();
}

/** The Dashboard's cells holding `text`, as [row, column]. */
function cellsWith(t: Tracker, text: string): [number, number][] {
  const found: [number, number][] = [];
  sheet(t, 'Dashboard')
    .getDataRange()
    .getValues()
    .forEach((row, r) => row.forEach((cell, c) => cell === text && found.push([r + 1, c + 1])));
  return found;
}

/** The counts block below the "OKR checks" cell: [label, count] rows. */
function countsBlock(t: Tracker): unknown[][] {
  const [[row, column]] = cellsWith(t, 'OKR checks');
  return sheet(t, 'Dashboard').getRange(row, column, 16, 2).getValues();
}

/** The counts rows of the block, as the example tracker has them plus `changes`. */
function expectedCounts(changes: Record<string, number> = {}): [string, number][] {
  const labels: [string, number][] = [
    ['More than 5 objectives in the period', 0],
    ['Fewer than 3 objectives in the period', 0],
    ['Fewer than 2 key results in an objective', 0],
    ['More than 5 key results in an objective', 0],
    ['A key result without numbers, or with its target equal to its start', 0],
    ['An objective or key result without an owner', 0],
    ['An ID used twice among objectives, key results and KPIs', 0],
    ['A key result whose objective does not exist', 0],
    ['An objective whose parent does not exist', 0],
    ["Objectives that are each other's parents", 0],
    ['An objective whose key results all weigh 0', 0],
    ['A KPI in breach that no key result brings back', 1],
    ['A key result with no check-in for two of its cadences', 0],
    ['A KPI not updated in 30 days', 0],
  ];
  return labels.map(([label, count]) => [label, changes[label] ?? count]);
}

describe('Check OKRs on the example tracker', () => {
  let before: unknown[][];
  let calls: { getValues: number; setValues: number };
  beforeAll(() => {
    tracker = newTracker();
    before = sheet(tracker, 'Dashboard').getRange(1, 1, 12, 12).getValues();
    tracker.runtime.calls.reset();
    click(tracker, 'Check OKRs…');
    calls = { getValues: tracker.runtime.calls.count('Range.getValues'), setValues: tracker.runtime.calls.count('Range.setValues') };
  });
  afterAll(() => tracker?.runtime.destroy());

  it('passes its own checks but for the finding it shows on purpose: KPI3 in breach, to promote to an OKR', () => {
    const findings = check(tracker!);
    expect(summary(findings)).toEqual([`kpi-needs-okr KPI3 ${rowLink(tracker!, 'KPIs', 4).replace(/.*#/, '#')}`]);
    expect(findings[0].message).toBe(
      'KPI KPI3 is in breach (6, healthy is at most 4) and no key result brings it back: promote it to an objective with OKR → Promote KPI to OKR…, until it is healthy again.',
    );
  });


  it('reads the tracker once and writes the Dashboard block with one setValues', () => {
    // The repair's look at the computed columns (Objectives, Key Results, KPIs, the log's header
    // row), then Settings, Objectives, Key Results, Check-ins, KPIs, and the Dashboard to find the block.
    expect(calls).toEqual({ getValues: 10, setValues: 1 });
  });

  it('shows the findings by kind, each linked to its row, with how to fix it', () => {
    const dialog = tracker!.runtime.ui.dialogs.at(-1)!;
    // The menu reads the real clock, so only the findings that do not age are asserted here.
    expect(dialog.title).toMatch(/^Check OKRs \(\d+\)$/);
    expect(dialog.html).not.toContain('objectives in the period');
    expect(dialog.html).toContain('<h3>A KPI in breach that no key result brings back (1)</h3>');
    const link = rowLink(tracker!, 'KPIs', 4).replace('&', '&amp;');
    expect(dialog.html).toContain(`<li><a href="${link}">KPI3</a>: KPI KPI3 is in breach (6, healthy is at most 4)`);
  });

  it('writes when it checked and the count of every kind, zeros included, onto the Dashboard', () => {
    const block = countsBlock(tracker!);
    expect(block.slice(0, 2)).toEqual([
      ['OKR checks', ''],
      ['Checked 2026-11-23 10:00', ''],
    ]);
    expect(block.slice(2)).toEqual(expectedCounts());
  });

  it("breaks none of the Dashboard's spilled formulas", () => {
    expect(sheet(tracker!, 'Dashboard').getRange(1, 1, 12, 12).getValues()).toEqual(before);
    expect(sheet(tracker!, 'Dashboard').getRange(4, 1).getValue()).toBe('CO1');
  });

  it('finds the key results and KPIs nobody checked in 40 days on, and updates its block in place', () => {
    const [header] = cellsWith(tracker!, 'OKR checks');
    const stale = check(tracker!, NOW.getTime() + 40 * DAY).filter((f) => f.kind.startsWith('stale-'));
    expect(stale.map((f) => `${f.kind} ${f.id}`)).toEqual([
      ...['KR1', 'KR2', 'KR3', 'KR4', 'KR5', 'KR6'].map((id) => `stale-key-result ${id}`),
      ...['KPI1', 'KPI2', 'KPI3', 'KPI4'].map((id) => `stale-kpi ${id}`),
    ]);
    expect(cellsWith(tracker!, 'OKR checks')).toEqual([header]);
    expect(countsBlock(tracker!)[1][0]).toBe('Checked 2027-01-02 10:00');
    expect(countsBlock(tracker!).slice(2)).toEqual(expectedCounts({ 'A key result with no check-in for two of its cadences': 6, 'A KPI not updated in 30 days': 4 }));
  });

  it('clears the KPI finding once KPI3 is promoted, leaving the new objective to get a second key result (run last: it adds rows)', () => {
    const promoted = tracker!.addOn.okrSheets.promoteKpi(tracker!.spreadsheet, tracker!.addOn.okrSheets.silentDialogs(true), NOW.getTime(), 'KPI3');
    expect(promoted).toMatchObject({ kpi: 'KPI3' });
    expect(check(tracker!).map((f) => `${f.kind} ${f.id}`)).toEqual(['too-few-key-results O-KPI3']);
  });
});

describe('Check OKRs on rows broken by hand', () => {
  beforeAll(() => {
    tracker = newTracker();
    edit(tracker, 'Key Results', 'KR2', 'Owner', '');
    edit(tracker, 'Key Results', 'KR6', 'Target', 0);
    edit(tracker, 'Key Results', 'KR4', 'ID', 'kr1');
    edit(tracker, 'Key Results', 'KR5', 'Objective', '<img src=x onerror=alert(1)>');
    edit(tracker, 'Objectives', 'O2', 'Parent', 'O3');
    edit(tracker, 'Objectives', 'O3', 'Parent', 'O2');
    // A header cell placed by hand (or by a later template): the block goes below it.
    sheet(tracker, 'Dashboard').getRange(40, 20).setValue('  OKR checks ');
    click(tracker, 'Check OKRs…');
  });
  afterAll(() => tracker?.runtime.destroy());

  const BROKEN = [
    ['too-few-key-results', 'O3', 'Objectives', 5],
    ['not-measurable', 'KR6', 'Key Results', 7],
    ['missing-owner', 'KR2', 'Key Results', 3],
    ['duplicate-id', 'kr1', 'Key Results', 5],
    ['unknown-objective', 'KR5', 'Key Results', 6],
    ['parent-cycle', 'O2', 'Objectives', 4],
  ] as const;

  it('finds each broken row, linked to it', () => {
    const broken = check(tracker!).filter((f) => f.kind !== 'kpi-needs-okr');
    expect(broken.map((f) => [f.kind, f.id, f.link])).toEqual(BROKEN.map(([kind, id, name, row]) => [kind, id, rowLink(tracker!, name, row)]));
  });

  it('escapes in the dialog what people typed', () => {
    const html = tracker!.runtime.ui.dialogs.at(-1)!.html;
    expect(html).not.toContain('<img');
    expect(html).toContain('belongs to objective &lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain(`<a href="${rowLink(tracker!, 'Key Results', 3).replace('&', '&amp;')}">KR2</a>: Key result KR2 has no owner`);
  });

  it('fills the header cell placed by hand, wherever it is', () => {
    expect(cellsWith(tracker!, 'OKR checks')).toEqual([[40, 20]]);
    expect(sheet(tracker!, 'Dashboard').getRange(40, 20, 16, 2).getValues().slice(2)).toEqual(
      expectedCounts({
        'Fewer than 2 key results in an objective': 1,
        'A key result without numbers, or with its target equal to its start': 1,
        'An objective or key result without an owner': 1,
        'An ID used twice among objectives, key results and KPIs': 1,
        'A key result whose objective does not exist': 1,
        "Objectives that are each other's parents": 1,
      }),
    );
  });

  it('reads the tracker by header after columns were inserted before the IDs', () => {
    for (const name of ['Objectives', 'Key Results']) {
      sheet(tracker!, name).insertColumnsBefore(1, 1);
      sheet(tracker!, name).getRange(1, 1).setValue('Notes');
    }
    const broken = check(tracker!).filter((f) => f.kind !== 'kpi-needs-okr');
    expect(broken.map((f) => [f.kind, f.id, f.link])).toEqual(BROKEN.map(([kind, id, name, row]) => [kind, id, rowLink(tracker!, name, row)]));
  });
});

describe('Check OKRs on an empty or damaged tracker', () => {
  beforeAll(() => {
    tracker = newTracker({ examples: false });
    tracker.setUp(false);
  });
  afterAll(() => tracker?.runtime.destroy());

  it('says "No problems found" when there is nothing to find', () => {
    click(tracker!, 'Check OKRs…');
    const dialog = tracker!.runtime.ui.dialogs.at(-1)!;
    expect(dialog.title).toBe('Check OKRs (0)');
    expect(dialog.html).toContain('No problems found');
  });

  it.each([
    ['Dashboard', 'The tracker has no "Dashboard" sheet: run OKR → Set up tracker to create it.'],
    ['Key Results', 'The tracker has no "Key Results" sheet: run OKR → Set up tracker to create it.'],
  ])('without its %s sheet, says so and writes nothing', (name, message) => {
    const dialogs = tracker!.runtime.ui.dialogs.length;
    sheet(tracker!, name).setName(`Old ${name}`);
    tracker!.runtime.calls.reset();
    click(tracker!, 'Check OKRs…');
    tracker!.spreadsheet.getSheetByName(`Old ${name}`)!.setName(name);
    expect(tracker!.runtime.ui.alerts.at(-1)!.prompt).toBe(message);
    expect(tracker!.runtime.ui.dialogs).toHaveLength(dialogs);
    expect(tracker!.runtime.calls.count('Range.setValues')).toBe(0);
  });
});
