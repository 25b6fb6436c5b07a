// A tracker at the size the brief names: 5,000 key results and 50,000 check-ins load,
// recalculate and read back through batched calls. No timing assertion (the suite's timeout
// bounds it); the point is that it finishes and costs a handful of calls.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JAN_15, useRuntime } from './fixtures.js';
import { CODE_PATH, loadAddOn } from './load-add-on.js';

describe('a large tracker', () => {
  it('loads 5,000 key results and 50,000 check-ins and grades them in one call', () => {
    const runtime = useRuntime({ now: JAN_15 });
    loadAddOn(runtime, readFileSync(CODE_PATH, 'utf8'));
    const ss = runtime.services.SpreadsheetApp.getActiveSpreadsheet();
    const kr = ss.insertSheet('Key Results');
    const log = ss.insertSheet('Check-ins');
    kr.insertRowsAfter(kr.getMaxRows(), 4_001);
    log.insertRowsAfter(log.getMaxRows(), 49_001);
    kr.getRange(2, 1, 5_000, 5).setValues(Array.from({ length: 5_000 }, (_, i) => [`KR${i}`, '', 0, 100, i % 101]));
    log.getRange(2, 1, 50_000, 3).setValues(Array.from({ length: 50_000 }, (_, i) => [new Date(Date.UTC(2026, 0, 1 + (i % 14), 15)), `KR${i % 5_000}`, i % 100]));
    kr.getRange('F2').setFormula('=OKR_GRADE(C2:C, D2:D, E2:E, B2:B)');
    runtime.calls.reset();

    const grades = kr.getRange('F2:F5001').getValues();
    const rows = log.getDataRange().getValues();
    expect([grades[0][0], grades[50][0], grades[100][0], grades[4999][0]]).toEqual([0, 0.5, 1, 0.5]);
    expect(rows).toHaveLength(50_001);
    expect((rows[1][0] as Date).toISOString()).toBe('2026-01-01T15:00:00.000Z');
    expect(runtime.calls.snapshot()).toEqual({ 'Range.getValues': 2, 'Sheet.getDataRange': 1, 'Sheet.getRange': 1, 'customFunction.OKR_GRADE': 1 });
  }, 60_000);
});
