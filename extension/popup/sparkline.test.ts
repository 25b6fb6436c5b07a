import { fc, test } from '@fast-check/vitest';
import type { VNode } from 'preact';
import { describe, expect, it } from 'vitest';
import { SAMPLE_WEEKS, keyResult, progressKeyResult } from '../test-support/sample-feed.js';
import { DEFAULT_SUCCESS, periodScale } from './period-scale.js';
import { ProgressTrend } from './ProgressTrend.js';
import { Sparkline } from './Sparkline.js';
import { SPARKLINE, sparklineGeometry, type PeriodScale } from './sparkline-geometry.js';

const { width, height, pad } = SPARKLINE;
const equalWeeks: PeriodScale = { weekEnds: null, success: 0.7 };

/** The path's commands as [letter, x, y]. */
function commands(d: string): [string, number, number][] {
  return [...d.matchAll(/([ML])(-?[\d.]+) (-?[\d.]+)/g)].map((m) => [m[1]!, Number(m[2]), Number(m[3])]);
}

describe('sparklineGeometry', () => {
  it('puts week k at the end of its week, grade 0 at the bottom and 1 at the top', () => {
    const geometry = sparklineGeometry([0, 0.5, 1, null], equalWeeks)!;
    const inner = width - 2 * pad;
    expect(commands(geometry.grades)).toEqual([
      ['M', pad + inner / 4, height - pad],
      ['L', pad + inner / 2, height / 2],
      ['L', pad + (3 * inner) / 4, pad],
    ]);
    expect(geometry.last).toEqual({ x: pad + (3 * inner) / 4, y: pad });
  });

  it('draws the expected line from 0 at the period start to success at its end', () => {
    const success = 0.5;
    expect(commands(sparklineGeometry([0.2], { weekEnds: null, success })!.expected)).toEqual([
      ['M', pad, height - pad],
      ['L', width - pad, height - pad - success * (height - 2 * pad)],
    ]);
  });

  it('leaves a gap for a week without a grade instead of joining across it', () => {
    const letters = commands(sparklineGeometry([0.1, 0.2, null, 0.4, 0.5], equalWeeks)!.grades).map(([letter]) => letter);
    expect(letters).toEqual(['M', 'L', 'M', 'L']);
  });

  it('uses the period scale when it has one position per week, equal weeks otherwise', () => {
    const scale = { weekEnds: [0.5, 1], success: 0.7 };
    expect(commands(sparklineGeometry([0, 0], scale)!.grades)[0]![1]).toBe(pad + 0.5 * (width - 2 * pad));
    expect(commands(sparklineGeometry([0, 0, 0, 0], scale)!.grades)[0]![1]).toBe(pad + 0.25 * (width - 2 * pad));
  });

  it.each([[[]], [[null, null]]])('gives nothing to draw for %j', (weekly) => expect(sparklineGeometry(weekly, equalWeeks)).toBeNull());

  const weekly = fc.array(fc.option(fc.double({ min: -0.5, max: 1.5, noNaN: true }), { nil: null }), { maxLength: 106 });
  test.prop([weekly, fc.double({ min: 0.05, max: 1, noNaN: true })])(
    'stays inside its box, moves left to right, and has one point per graded week',
    (grades, success) => {
      const geometry = sparklineGeometry(grades, { weekEnds: null, success });
      const graded = grades.filter((grade) => grade !== null).length;
      if (graded === 0) {
        expect(geometry).toBeNull();
        return;
      }
      const points = commands(geometry!.grades);
      expect(points).toHaveLength(graded);
      for (const [, x, y] of [...points, ...commands(geometry!.expected)]) {
        expect(x).toBeGreaterThanOrEqual(pad);
        expect(x).toBeLessThanOrEqual(width - pad);
        expect(y).toBeGreaterThanOrEqual(pad);
        expect(y).toBeLessThanOrEqual(height - pad);
      }
      for (let i = 1; i < points.length; i++) expect(points[i]![1]).toBeGreaterThan(points[i - 1]![1]);
    },
  );
});

describe('periodScale', () => {
  it("places the feed's week ends by their dates: the last one is the period's end", () => {
    const scale = periodScale('2025-01-01', '2025-03-31', SAMPLE_WEEKS);
    expect(scale.success).toBe(DEFAULT_SUCCESS);
    expect(scale.weekEnds).toHaveLength(SAMPLE_WEEKS.length);
    expect(scale.weekEnds![0]).toBeCloseTo(7 / 89, 12);
    expect(scale.weekEnds![SAMPLE_WEEKS.length - 1]).toBe(1);
  });

  it.each([
    ['no start', null, '2025-03-31', SAMPLE_WEEKS],
    ['no end', '2025-01-01', null, SAMPLE_WEEKS],
    ['no weeks (an older feed)', '2025-01-01', '2025-03-31', undefined],
    ['an end before the start', '2025-03-31', '2025-01-01', SAMPLE_WEEKS],
  ])('falls back to equal weeks with %s', (_, start, end, weeks) => expect(periodScale(start, end, weeks).weekEnds).toBeNull());

  it('reads ISO times as their day', () => {
    expect(periodScale('2025-01-01T05:00:00.000Z', '2025-03-31T04:00:00.000Z', SAMPLE_WEEKS)).toEqual(periodScale('2025-01-01', '2025-03-31', SAMPLE_WEEKS));
  });
});

/** Text and attributes of a rendered tree; function components without hooks are called. */
function flatten(node: unknown): VNode<Record<string, unknown>>[] {
  if (node === null || typeof node !== 'object') return [];
  if (Array.isArray(node)) return node.flatMap(flatten);
  const vnode = node as VNode<Record<string, unknown>>;
  if (typeof vnode.type === 'function') return flatten((vnode.type as (props: object) => unknown)(vnode.props));
  return [vnode, ...flatten(vnode.props.children)];
}

describe('Sparkline', () => {
  it('is one image with the text alternative, built from SVG elements', () => {
    const weekly = [0.2, 0.3, null];
    const nodes = flatten(Sparkline({ weekly, scale: equalWeeks, label: 'grade 0.20 → 0.30 over 2 weeks' }));
    const geometry = sparklineGeometry(weekly, equalWeeks)!;
    expect(nodes.map((node) => node.type)).toEqual(['svg', 'path', 'path', 'circle']);
    expect(nodes[0]!.props).toMatchObject({ role: 'img', 'aria-label': 'grade 0.20 → 0.30 over 2 weeks', width, height });
    expect(nodes.map((node) => node.props.d).filter(Boolean)).toEqual([geometry.expected, geometry.grades]);
  });
});

describe('ProgressTrend', () => {
  const scale = periodScale('2025-01-01', '2025-03-31', SAMPLE_WEEKS);
  const texts = (node: unknown) => flatten(node).flatMap((vnode) => [vnode.props.children].flat().filter((child) => typeof child === 'string'));

  it('shows the sparkline, the confidence and the pace of the sample key result', () => {
    const nodes = flatten(ProgressTrend({ keyResult: progressKeyResult(), scale }));
    expect(nodes.find((node) => node.type === 'svg')?.props['aria-label']).toBe('grade 0.07 → 0.40 over 9 weeks, expected 0.53');
    expect(texts(ProgressTrend({ keyResult: progressKeyResult(), scale }))).toContain('confidence 6/10 · needs +1.5 points/week to reach 0.70');
  });

  it('shows nothing at all for an older feed', () => {
    expect(ProgressTrend({ keyResult: keyResult(), scale })).toBeNull();
  });

  it('shows the words without a sparkline when no week has a grade yet', () => {
    const trend = ProgressTrend({ keyResult: progressKeyResult({ weekly: [null, null] }), scale });
    expect(flatten(trend).map((node) => node.type)).toEqual(['p']);
    expect(texts(trend)).toEqual(['confidence 6/10 · needs +1.5 points/week to reach 0.70']);
  });
});
