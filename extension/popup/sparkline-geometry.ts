/**
 * Where a sparkline's lines go, as SVG path data in pixels: the weekly grades, and the expected
 * progress (0 at the period's start, the success grade at its end: the line OKR_STATUS compares
 * against). Pure arithmetic, so a popup of 500 key results pays only for a few strings each.
 */

export const SPARKLINE = { width: 96, height: 24, pad: 2 } as const;

export interface PeriodScale {
  /** Where each week ends, as a fraction 0–1 of the period; null: weeks of equal length. */
  weekEnds: readonly number[] | null;
  /** The grade expected at the period's end. */
  success: number;
}

export interface SparklineGeometry {
  /** "M x y L x y …", a new "M" after each week without a grade (a gap, not a guess). */
  grades: string;
  /** The expected-progress line, period start to period end. */
  expected: string;
  /** The latest week with a grade, marked with a dot so one lone check-in still shows. */
  last: { x: number; y: number };
}

const round = (value: number) => Math.round(value * 10) / 10;
const clamp = (value: number) => (value < 0 ? 0 : value > 1 ? 1 : value);
const xAt = (fraction: number) => round(SPARKLINE.pad + clamp(fraction) * (SPARKLINE.width - 2 * SPARKLINE.pad));
const yAt = (grade: number) => round(SPARKLINE.height - SPARKLINE.pad - clamp(grade) * (SPARKLINE.height - 2 * SPARKLINE.pad));

/** The week ends' positions; equal weeks when the period's dates do not match the grades. */
function weekEnd(scale: PeriodScale, week: number, weeks: number): number {
  const ends = scale.weekEnds;
  return ends !== null && ends.length === weeks ? ends[week]! : (week + 1) / weeks;
}

/** null when no week has a grade: the popup then draws nothing. */
export function sparklineGeometry(weekly: readonly (number | null)[], scale: PeriodScale): SparklineGeometry | null {
  let grades = '';
  let last: SparklineGeometry['last'] | null = null;
  let gap = true;
  for (let week = 0; week < weekly.length; week++) {
    const grade = weekly[week];
    if (typeof grade !== 'number' || !Number.isFinite(grade)) {
      gap = true;
      continue;
    }
    last = { x: xAt(weekEnd(scale, week, weekly.length)), y: yAt(grade) };
    grades += `${grades === '' ? '' : ' '}${gap ? 'M' : 'L'}${last.x} ${last.y}`;
    gap = false;
  }
  if (last === null) return null;
  const expected = `M${xAt(0)} ${yAt(0)} L${xAt(1)} ${yAt(scale.success)}`;
  return { grades, expected, last };
}
