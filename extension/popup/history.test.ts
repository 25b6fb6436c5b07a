import type { VNode } from 'preact';
import { describe, expect, it } from 'vitest';
import { keyResult, progressKeyResult } from '../test-support/sample-feed.js';
import { HistoryTable } from './HistoryTable.js';

type Node = VNode<Record<string, unknown>>;

const children = (node: Node): unknown[] => [node.props.children].flat(Infinity as 1);
const elements = (node: Node, type: string): Node[] =>
  children(node).flatMap((child) => {
    if (child === null || typeof child !== 'object') return [];
    const element = child as Node;
    return element.type === type ? [element, ...elements(element, type)] : elements(element, type);
  });
const text = (node: Node): string => children(node).map((child) => (typeof child === 'object' && child !== null ? text(child as Node) : String(child ?? ''))).join('');

describe('HistoryTable', () => {
  it('lists the check-ins newest first: date, value, confidence, note under column headers', () => {
    const table = HistoryTable({ id: 'h1', keyResult: progressKeyResult() }) as Node;
    expect(table.type).toBe('table');
    expect(table.props).toMatchObject({ id: 'h1', 'aria-label': 'Check-ins of Raise NPS from 30 to 45' });
    expect(elements(table, 'th').map((th) => [th.props.scope, text(th)])).toEqual([
      ['col', 'Date'],
      ['col', 'Value (points)'],
      ['col', 'Confidence'],
      ['col', 'Note'],
    ]);
    const rows = elements(table, 'tbody').flatMap((body) => elements(body, 'tr'));
    expect(rows.map((row) => elements(row, 'td').map(text))).toEqual([
      ['Mar 3', '36', '6/10', 'Support replies faster'],
      ['Feb 3', '33', '–', ''],
      ['Jan 13', '31', '5/10', 'First survey wave'],
    ]);
  });

  it('shows percent key results in percent, with no unit in the header', () => {
    const kr = keyResult({
      unit: '%',
      start: 0.6,
      target: 0.75,
      current: 0.65,
      history: [{ time: '2025-02-10T12:00:00.000Z', value: 0.625, grade: 0.17, confidence: 8, note: null, by: null }],
    });
    const table = HistoryTable({ id: 'h2', keyResult: kr }) as Node;
    expect(elements(table, 'th').map(text)[1]).toBe('Value');
    expect(elements(table, 'td').map(text).slice(0, 3)).toEqual(['Feb 10', '62.5%', '8/10']);
  });

  it('shows a dash for a time it cannot read rather than "Invalid Date"', () => {
    const point = { time: 'soon', value: 40, grade: 0.67, confidence: null, note: null, by: null };
    const table = HistoryTable({ id: 'h4', keyResult: progressKeyResult({ history: [point] }) }) as Node;
    expect(text(elements(table, 'td')[0]!)).toBe('–');
  });

  it('says so when the period has no check-ins yet', () => {
    const empty = HistoryTable({ id: 'h3', keyResult: progressKeyResult({ history: [] }) }) as Node;
    expect([empty.type, empty.props.id, text(empty)]).toEqual(['p', 'h3', 'No check-ins this period yet.']);
  });
});
