import { describe, expect, it } from 'vitest';
import { forgetLastView, readLastView, rememberLastView, type LastView } from './last-view-store.js';

const KEY = 'okr-sheets.popup-view';

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
const view: LastView = { ...day, nodes: [['ul', { class: 'key-results' }, ['li', {}, 'Grow revenue']]] };

describe('the last view in localStorage', () => {
  it('gives back what was kept, from the first instant of its day to the last', () => {
    const { storage } = memoryStorage();
    rememberLastView(storage, view);
    expect(readLastView(storage, day.from)).toEqual(view.nodes);
    expect(readLastView(storage, day.until - 1)).toEqual(view.nodes);
  });

  it('gives nothing before or after its day, and keeps it (the clock may come back)', () => {
    const { storage, items } = memoryStorage();
    rememberLastView(storage, view);
    expect(readLastView(storage, day.until)).toBeNull();
    expect(readLastView(storage, day.from - 1)).toBeNull();
    expect(items.has(KEY)).toBe(true);
  });

  it.each([
    ['not JSON', '<ul><li>Grow revenue</li></ul>'],
    ['JSON null', 'null'],
    ['a number', '42'],
    ['no nodes', JSON.stringify({ ...day })],
    ['nodes not a list', JSON.stringify({ ...day, nodes: 'ul' })],
    ['from as text', JSON.stringify({ ...view, from: String(day.from) })],
    ['no until', JSON.stringify({ from: day.from, nodes: [] })],
  ])('forgets a saved value that is %s', (_, saved) => {
    const { storage, items } = memoryStorage();
    items.set(KEY, saved);
    expect(readLastView(storage, day.from)).toBeNull();
    expect(items.has(KEY)).toBe(false);
  });

  it('forgets the old view when a new one does not fit', () => {
    const { storage, items } = memoryStorage(200);
    rememberLastView(storage, view);
    expect(items.has(KEY)).toBe(true);
    rememberLastView(storage, { ...view, nodes: [['p', {}, 'x'.repeat(500)]] });
    expect(items.has(KEY)).toBe(false);
  });

  it('forgets on demand (the options changed)', () => {
    const { storage, items } = memoryStorage();
    rememberLastView(storage, view);
    forgetLastView(storage);
    expect(items.has(KEY)).toBe(false);
  });
});
