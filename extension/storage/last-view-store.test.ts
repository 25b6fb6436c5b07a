import { describe, expect, it } from 'vitest';
import { forgetViews, readLastView, rememberLastView, rememberViewsAhead, type LastView } from './last-view-store.js';

const KEY = 'okr-sheets.popup-view';
const AHEAD_KEY = 'okr-sheets.popup-views-ahead';

/** localStorage as the popup sees it: strings only, and a quota that can refuse a write. */
function memoryStorage(quotaChars = Number.POSITIVE_INFINITY) {
  const items = new Map<string, string>();
  const storage = {
    getItem: (key: string) => items.get(key) ?? null,
    setItem(key: string, value: string) {
      if (value.length > quotaChars) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      items.set(key, String(value));
    },
    removeItem: (key: string) => void items.delete(key),
  };
  return { storage: storage as unknown as Storage, items };
}

const day = { from: Date.UTC(2026, 11, 4, 5), until: Date.UTC(2026, 11, 5, 5) };
const ZONE = 'Europe/Berlin';
const view: LastView = { ...day, zone: ZONE, nodes: [['ul', { class: 'key-results' }, ['li', {}, 'Grow revenue']]] };

describe('the last view in localStorage', () => {
  it('gives back what was kept, from the first instant of its day to the last', () => {
    const { storage } = memoryStorage();
    rememberLastView(storage, view);
    expect(readLastView(storage, day.from, ZONE)).toEqual(view.nodes);
    expect(readLastView(storage, day.until - 1, ZONE)).toEqual(view.nodes);
  });

  it('gives nothing before or after its day, and keeps it (the clock may come back)', () => {
    const { storage, items } = memoryStorage();
    rememberLastView(storage, view);
    expect(readLastView(storage, day.until, ZONE)).toBeNull();
    expect(readLastView(storage, day.from - 1, ZONE)).toBeNull();
    expect(items.has(KEY)).toBe(true);
  });

  it('gives only a view judged in the zone the user is in now (after travel, the day and what is due today differ), and keeps the others for a return', () => {
    const { storage, items } = memoryStorage();
    rememberLastView(storage, view);
    const paris: LastView = { ...view, zone: 'Europe/Paris', nodes: [['p', {}, 'judged in Paris']] };
    rememberViewsAhead(storage, [paris]);
    // The same instants, at the same offset even: each zone gets only its own.
    expect(readLastView(storage, day.from, 'Europe/Paris')).toEqual(paris.nodes);
    expect(readLastView(storage, day.from, 'Pacific/Kiritimati')).toBeNull();
    expect(readLastView(storage, day.from, 'Asia/Kolkata')).toBeNull();
    expect(items.has(KEY)).toBe(true);
    expect(readLastView(storage, day.from, ZONE)).toEqual(view.nodes);
  });

  it.each([
    ['not JSON', '<ul><li>Grow revenue</li></ul>'],
    ['JSON null', 'null'],
    ['a number', '42'],
    ['no nodes', JSON.stringify({ ...day })],
    ['nodes not a list', JSON.stringify({ ...day, nodes: 'ul' })],
    ['from as text', JSON.stringify({ ...view, from: String(day.from) })],
    ['no until', JSON.stringify({ from: day.from, nodes: [] })],
    ['no zone (kept before views knew theirs)', JSON.stringify({ ...day, nodes: [] })],
  ])('forgets a saved value that is %s', (_, saved) => {
    const { storage, items } = memoryStorage();
    items.set(KEY, saved);
    expect(readLastView(storage, day.from, ZONE)).toBeNull();
    expect(items.has(KEY)).toBe(false);
  });

  it('forgets the old view when a new one does not fit', () => {
    const { storage, items } = memoryStorage(200);
    rememberLastView(storage, view);
    expect(items.has(KEY)).toBe(true);
    rememberLastView(storage, { ...view, nodes: [['p', {}, 'x'.repeat(500)]] });
    expect(items.has(KEY)).toBe(false);
  });

  it('forgets on demand (the options changed, a check-in was made), the views ahead too', () => {
    const { storage, items } = memoryStorage();
    rememberLastView(storage, view);
    rememberViewsAhead(storage, [nextDay(1)]);
    forgetViews(storage);
    expect(items.has(KEY)).toBe(false);
    expect(items.has(AHEAD_KEY)).toBe(false);
  });
});

const DAY_MS = 86_400_000;
/** The view rendered ahead for the `offset`th day after `day`. */
const nextDay = (offset: number): LastView => ({ from: day.from + offset * DAY_MS, until: day.until + offset * DAY_MS, zone: ZONE, nodes: [['p', {}, `day +${offset}`]] });

describe('the views rendered ahead for the next days', () => {
  it("gives each day its own view, and today's last view before any", () => {
    const { storage } = memoryStorage();
    rememberViewsAhead(storage, [nextDay(1), nextDay(2), nextDay(3)]);
    expect(readLastView(storage, day.from, ZONE)).toBeNull();
    expect(readLastView(storage, nextDay(1).from, ZONE)).toEqual(nextDay(1).nodes);
    expect(readLastView(storage, nextDay(3).until - 1, ZONE)).toEqual(nextDay(3).nodes);
    expect(readLastView(storage, nextDay(3).until, ZONE)).toBeNull();
    rememberLastView(storage, nextDay(2));
    rememberViewsAhead(storage, [{ ...nextDay(2), nodes: [['p', {}, 'ahead']] }]);
    expect(readLastView(storage, nextDay(2).from, ZONE)).toEqual(nextDay(2).nodes);
  });

  it('replaces them all at once', () => {
    const { storage } = memoryStorage();
    rememberViewsAhead(storage, [nextDay(1), nextDay(2)]);
    rememberViewsAhead(storage, [nextDay(3)]);
    expect(readLastView(storage, nextDay(1).from, ZONE)).toBeNull();
    expect(readLastView(storage, nextDay(3).from, ZONE)).toEqual(nextDay(3).nodes);
  });

  it("does not read them when today's last view answers", () => {
    const { storage, items } = memoryStorage();
    rememberLastView(storage, view);
    items.set(AHEAD_KEY, 'not JSON');
    expect(readLastView(storage, day.from, ZONE)).toEqual(view.nodes);
    expect(items.get(AHEAD_KEY)).toBe('not JSON');
  });

  it.each([
    ['not JSON', '{'],
    ['not a list', JSON.stringify(nextDay(1))],
    ['a view without nodes', JSON.stringify([{ from: nextDay(1).from, until: nextDay(1).until }])],
    ['a view with until as text', JSON.stringify([{ ...nextDay(1), until: String(nextDay(1).until) }])],
  ])('forgets a saved value that is %s, and keeps the last view', (_, saved) => {
    const { storage, items } = memoryStorage();
    rememberLastView(storage, view);
    items.set(AHEAD_KEY, saved);
    expect(readLastView(storage, nextDay(1).from, ZONE)).toBeNull();
    expect(items.has(AHEAD_KEY)).toBe(false);
    expect(readLastView(storage, day.from, ZONE)).toEqual(view.nodes);
  });

  it('keeps none that do not fit, and the last view stays', () => {
    const { storage, items } = memoryStorage(200);
    rememberLastView(storage, view);
    rememberViewsAhead(storage, [nextDay(1), nextDay(2), { ...nextDay(3), nodes: [['p', {}, 'x'.repeat(500)]] }]);
    expect(items.has(AHEAD_KEY)).toBe(false);
    expect(items.get(KEY)).toBe(JSON.stringify(view));
  });
});
