import { describe, expect, it } from 'vitest';
import { BADGE_COLORS, GLYPHS, badgeText } from './badge.js';

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

describe('badgeText', () => {
  it.each([
    [0, ''],
    [-1, ''],
    [1, '1'],
    [99, '99'],
    [100, '99+'],
  ])('shows %i as "%s"', (count, text) => expect(badgeText(count)).toBe(text));
});

describe('badge vocabulary', () => {
  it.each(Object.entries(BADGE_COLORS))('keeps white text readable on the %s colour (4.5:1)', (_name, color) => {
    expect((1 + 0.05) / (luminance(color) + 0.05)).toBeGreaterThanOrEqual(4.5);
  });

  it('gives each state its own glyph, short enough for the badge', () => {
    const glyphs = Object.values(GLYPHS);
    expect(new Set(glyphs).size).toBe(glyphs.length);
    for (const glyph of glyphs) expect(glyph.length).toBeLessThanOrEqual(4);
  });
});
