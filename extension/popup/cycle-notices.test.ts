import type { VNode } from 'preact';
import { describe, expect, it } from 'vitest';
import type { FeedFinding, FeedPeriod } from '../../shared/feed/feed.js';
import { CycleNotices } from './CycleNotices.js';
import { SheetLink } from './SheetLink.js';

type Node = VNode<Record<string, unknown>>;

const children = (node: Node): unknown[] => [node.props.children].flat(Infinity as 1);
const all = (node: Node, match: (n: Node) => boolean): Node[] =>
  children(node).flatMap((child) => {
    if (child === null || typeof child !== 'object') return [];
    const element = child as Node;
    return match(element) ? [element, ...all(element, match)] : all(element, match);
  });
const text = (node: Node): string => children(node).map((child) => (typeof child === 'object' && child !== null ? text(child as Node) : child === false || child === undefined || child === null ? '' : String(child))).join('');

const period: FeedPeriod = { name: '2027-Q1', start: '2027-01-01', end: '2027-03-31' };
const review = { reviewPeriod: '2026-Q4', toReview: 12, reviewLink: 'https://docs.google.com/spreadsheets/d/x/edit#gid=7&range=A2' };
const finding = (kind: string, id: string, link: string | null = null): FeedFinding => ({ kind, id, message: `${id} needs work`, link });
const render = (p: FeedPeriod, findings?: FeedFinding[], trackerUrl: string | null = 'https://docs.google.com/spreadsheets/d/x/edit') =>
  CycleNotices({ period: p, findings, trackerUrl }) as Node;

describe('CycleNotices', () => {
  it('asks for the review of the ended period, with a link to its sheet', () => {
    const root = render({ ...period, ...review });
    const [notice] = all(root, (n) => n.type === 'p');
    expect(text(notice)).toBe('2026-Q4 ended: review 12 key results. Open the review');
    expect(all(notice, (n) => (n.type as unknown) === SheetLink).map((link) => link.props.href)).toEqual([review.reviewLink]);
  });

  it('says "key result" for one, and links to the tracker before the review sheet exists', () => {
    const root = render({ ...period, ended: true, reviewPeriod: '2027-Q1', toReview: 1, reviewLink: null });
    const [notice] = all(root, (n) => n.type === 'p');
    expect(text(notice)).toBe('2027-Q1 ended: review 1 key result. Open the review');
    expect(all(notice, (n) => (n.type as unknown) === SheetLink)[0].props.href).toBe('https://docs.google.com/spreadsheets/d/x/edit');
  });

  it.each([
    ['an older feed', period],
    ['nothing left to review', { ...period, ...review, toReview: 0 }],
    ['no period to review', { ...period, toReview: 3, reviewPeriod: null }],
  ])('shows no review notice for %s', (_name, p) => {
    expect(all(render(p), (n) => n.type === 'p')).toEqual([]);
  });

  it('counts the findings and lists them one click away, each linked to its row when it can be', () => {
    const root = render(period, [finding('too-many-key-results', 'O1', 'https://docs.google.com/x#gid=1&range=A3'), finding('missing-owner', 'KR4')]);
    const [details] = all(root, (n) => n.type === 'details');
    expect(text(all(details, (n) => n.type === 'summary')[0])).toBe('OKR checks: 2 things to fix');
    const items = all(details, (n) => n.type === 'li');
    expect(items.map(text)).toEqual(['O1: O1 needs work', 'KR4: KR4 needs work']);
    expect(all(items[0], (n) => (n.type as unknown) === SheetLink).map((link) => link.props.href)).toEqual(['https://docs.google.com/x#gid=1&range=A3']);
    expect(all(items[1], (n) => (n.type as unknown) === SheetLink)).toEqual([]);
  });

  it.each([[undefined], [[]]])('shows no findings for %j', (findings) => {
    expect(all(render(period, findings), (n) => n.type === 'details')).toEqual([]);
  });
});
