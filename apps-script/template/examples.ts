/**
 * The example tracker ("Set up tracker with examples"): OKRs and KPIs of the kinds the OKR
 * articles describe, one key result of every type, and a log of check-ins dated relative to
 * now so that some check-ins are due. Pure data: the clock comes in as an argument.
 */
import { addCalendarDays } from '../../shared/dates.js';
import type { Zone } from '../../shared/zone.js';

type Row = Record<string, unknown>;

export interface ExampleRows {
  objectives: Row[];
  keyResults: Row[];
  kpis: Row[];
  checkIns: Row[];
}

const PEOPLE = { ana: 'Ana', ben: 'Ben', chloe: 'Chloé', lead: 'Leadership' } as const;

/** How far back the examples' log reaches, in days: its oldest check-in is this old. */
export const EXAMPLE_LOG_DAYS = 50;

export function exampleRows(now: number, periodStart: number, zone: Zone): ExampleRows {
  const objectives: Row[] = [
    { ID: 'CO1', Objective: 'Grow a loyal customer base', Owner: PEOPLE.lead, Parent: '' },
    { ID: 'O1', Objective: 'Delight our customers', Owner: PEOPLE.ana, Parent: 'CO1' },
    { ID: 'O2', Objective: 'Run a reliable, efficient service', Owner: PEOPLE.ben, Parent: '' },
    { ID: 'O3', Objective: 'Launch the partner program', Owner: PEOPLE.chloe, Parent: 'CO1' },
  ];
  const kr = (ID: string, Objective: string, title: string, Owner: string, Type: string, Start: unknown, Target: unknown, Unit: string, Cadence: string, Weight: unknown = '') => ({
    ID,
    Objective,
    'Key result': title,
    Owner,
    Type,
    Start,
    Target,
    Unit,
    Weight,
    Cadence,
  });
  const keyResults: Row[] = [
    kr('KR1', 'O1', 'Increase customer satisfaction from 65% to 75%', PEOPLE.ana, 'increase', 0.65, 0.75, '%', 'weekly', 2),
    kr('KR2', 'O1', 'Cut onboarding time from 30 to 25 days', PEOPLE.ana, 'decrease', 30, 25, 'days', 'biweekly'),
    kr('KR3', 'O2', 'Keep utilisation between 70% and 80%', PEOPLE.ben, 'threshold', 0.7, 0.8, '%', 'weekly'),
    kr('KR4', 'O2', 'Establish a baseline for monthly customer churn', PEOPLE.ben, 'baseline', '', '', '%', 'monthly'),
    kr('KR5', 'O3', 'Deliver the partner portal by November 30', PEOPLE.chloe, 'milestone', '', '', '', 'weekly'),
    kr('KR6', 'O3', 'Sign 12 launch partners', PEOPLE.chloe, 'increase', 0, 12, 'partners', 'weekly'),
  ];
  const kpis: Row[] = [
    { ID: 'KPI1', KPI: 'Customer satisfaction (CSAT)', Owner: PEOPLE.ana, Low: 0.7, High: 1 },
    { ID: 'KPI2', KPI: 'Uptime', Owner: PEOPLE.ben, Low: 0.995, High: '' },
    { ID: 'KPI3', KPI: 'Support first response (hours)', Owner: PEOPLE.ben, Low: '', High: 4 },
    { ID: 'KPI4', KPI: 'Email signups per week', Owner: PEOPLE.chloe, Low: 500, High: '' },
  ];

  // [id, days ago, value, confidence, note, by]
  const log: [string, number, unknown, number, string, string][] = [
    ['KR1', 42, 0.65, 6, 'Survey baseline', 'ana@example.com'],
    ['KR1', 28, 0.66, 6, '', 'ana@example.com'],
    ['KR1', 16, 0.68, 7, 'New help centre live', 'ana@example.com'],
    ['KR1', 2, 0.7, 7, '', 'ana@example.com'],
    ['KR2', 41, 30, 5, '', 'ana@example.com'],
    ['KR2', 27, 29, 5, 'Checklist trimmed', 'ana@example.com'],
    ['KR2', 20, 27, 6, '', 'ana@example.com'],
    ['KR3', 24, 0.74, 8, '', 'ben@example.com'],
    ['KR3', 17, 0.78, 8, '', 'ben@example.com'],
    ['KR3', 10, 0.82, 6, 'Two big launches', 'ben@example.com'],
    ['KR3', 3, 0.75, 8, 'Back in the band', 'ben@example.com'],
    ['KR5', 29, 0.2, 7, 'Design signed off', 'chloe@example.com'],
    ['KR5', 8, 0.4, 6, 'API half done', 'chloe@example.com'],
    ['KR6', 30, 2, 5, '', 'chloe@example.com'],
    ['KR6', 20, 3, 5, '', 'chloe@example.com'],
    ['KR6', 10, 5, 6, 'Three more in legal review', 'chloe@example.com'],
    ['KPI1', 5, 0.72, 7, '', 'ana@example.com'],
    ['KPI2', 1, 0.999, 9, '', 'ben@example.com'],
    ['KPI3', 4, 6, 4, 'Two agents out sick', 'ben@example.com'],
    ['KPI4', 6, 470, 5, '', 'chloe@example.com'],
    // Earlier weeks, so the Progress sheet, its charts and the sparklines draw lines. They are
    // older than each ID's latest check-in above, which stays the one the tests rely on.
    ['KR1', 35, 0.65, 6, '', 'ana@example.com'],
    ['KR1', 21, 0.67, 6, '', 'ana@example.com'],
    ['KR1', 9, 0.69, 7, '', 'ana@example.com'],
    ['KR2', 48, 30, 5, 'Measured the current flow', 'ana@example.com'],
    ['KR2', 34, 30, 5, '', 'ana@example.com'],
    ['KR3', 45, 0.72, 7, '', 'ben@example.com'],
    ['KR3', 38, 0.73, 7, '', 'ben@example.com'],
    ['KR3', 31, 0.71, 7, '', 'ben@example.com'],
    ['KR5', 43, 0.1, 7, 'Kick-off', 'chloe@example.com'],
    ['KR5', 22, 0.25, 7, '', 'chloe@example.com'],
    ['KR5', 15, 0.3, 6, '', 'chloe@example.com'],
    ['KR6', 50, 0, 5, '', 'chloe@example.com'],
    ['KR6', 44, 1, 5, 'First partner signed', 'chloe@example.com'],
    ['KR6', 37, 1, 5, '', 'chloe@example.com'],
    ['KPI1', 47, 0.69, 6, '', 'ana@example.com'],
    ['KPI1', 33, 0.7, 6, '', 'ana@example.com'],
    ['KPI1', 19, 0.71, 7, '', 'ana@example.com'],
    ['KPI2', 43, 0.998, 9, '', 'ben@example.com'],
    ['KPI2', 29, 0.997, 9, '', 'ben@example.com'],
    ['KPI2', 15, 0.999, 9, '', 'ben@example.com'],
    ['KPI3', 39, 3.5, 6, '', 'ben@example.com'],
    ['KPI3', 25, 4.5, 5, '', 'ben@example.com'],
    ['KPI3', 11, 5, 4, '', 'ben@example.com'],
    ['KPI4', 41, 520, 6, '', 'chloe@example.com'],
    ['KPI4', 27, 505, 6, '', 'chloe@example.com'],
    ['KPI4', 13, 490, 5, '', 'chloe@example.com'],
  ];
  const checkIns = log
    .map(([id, daysAgo, value, confidence, note, by], i) => ({
      Time: new Date(addCalendarDays(now, -daysAgo, zone)),
      ID: id,
      Value: value,
      Confidence: confidence,
      Note: note,
      By: by,
      'Request ID': `example-${i + 1}`,
    }))
    // A period that began recently keeps only the check-ins made since it began.
    .filter((row) => (row.Time as Date).getTime() >= periodStart || row.ID.startsWith('KPI'))
    .sort((a, b) => (a.Time as Date).getTime() - (b.Time as Date).getTime());
  return { objectives, keyResults, kpis, checkIns };
}
