import { describe, expect, it } from 'vitest';
import { UTC } from '../../shared/zone.js';
import { EXAMPLE_LOG_DAYS, exampleRows } from './examples.js';

describe('exampleRows', () => {
  const now = Date.UTC(2026, 10, 23, 12);

  it('reaches back EXAMPLE_LOG_DAYS, no further: the demo sizes its cycle by it', () => {
    const { checkIns } = exampleRows(now, -Infinity, UTC);
    const oldest = Math.min(...checkIns.map((row) => (row.Time as Date).getTime()));
    expect((now - oldest) / 86_400_000).toBe(EXAMPLE_LOG_DAYS);
  });

  it('keeps only the check-ins since the period began, and every KPI reading', () => {
    const periodStart = now - 10 * 86_400_000;
    const { checkIns } = exampleRows(now, periodStart, UTC);
    expect(checkIns.filter((row) => !String(row.ID).startsWith('KPI')).every((row) => (row.Time as Date).getTime() >= periodStart)).toBe(true);
    expect(checkIns.filter((row) => String(row.ID).startsWith('KPI'))).toHaveLength(exampleRows(now, -Infinity, UTC).checkIns.filter((row) => String(row.ID).startsWith('KPI')).length);
  });
});
