/**
 * The one line of pace guidance beside a key result, as data (the popup words it in the key
 * result's unit). No imports on purpose: the popup uses it as is, without the grading core.
 */
export type PaceGuidance = { kind: 'needs'; perWeek: number } | { kind: 'on-pace'; grade: number } | null;

// A forecast grade exactly at success must not read as short of it because of the 16th digit.
const TOLERANCE = 1e-9;

/**
 * - a forecast at or above success → on pace for the forecast grade;
 * - otherwise a change still needed (OKR_PACE, not 0) → needs that much per week;
 * - otherwise, nothing more needed (the value is already at success) → on pace for the forecast;
 * - otherwise nothing: a forecast short of success with no pace to give (a threshold or baseline
 *   key result, an ended period) would read "on pace for 0.00" beside a grade of 1.00.
 */
export function paceGuidance(needsPerWeek: number | null, forecast: number | null, success: number): PaceGuidance {
  if (forecast !== null && forecast + TOLERANCE >= success) return { kind: 'on-pace', grade: forecast };
  if (needsPerWeek !== null && needsPerWeek !== 0) return { kind: 'needs', perWeek: needsPerWeek };
  return needsPerWeek === 0 && forecast !== null ? { kind: 'on-pace', grade: forecast } : null;
}
