import * as strings from '../strings/options.js';

interface Props {
  days: readonly number[];
  problem?: string;
  onChange(days: number[]): void;
}

/** Monday first, as working weeks are read; the stored numbers stay Date.getDay's (0 = Sunday). */
const WEEK = [1, 2, 3, 4, 5, 6, 0];

/**
 * The working days, one checkbox each, on one row, in a fieldset whose legend names the group.
 * Each shows its first three letters; the rest of the name is in the label too, hidden from
 * view only, so a screen reader reads "Wednesday" (which starts with what is shown: WCAG 2.5.3).
 */
export function WorkingDays({ days, problem, onChange }: Props) {
  const toggle = (day: number, on: boolean) => onChange(on ? [...days, day] : days.filter((other) => other !== day));
  return (
    <fieldset aria-describedby={problem ? 'working-days-problem' : undefined}>
      <legend>{strings.workingDays}</legend>
      <div class="days">
        {WEEK.map((day) => (
          <div class="field checkbox" key={day}>
            <input id={`day-${day}`} type="checkbox" checked={days.includes(day)} onChange={(event) => toggle(day, event.currentTarget.checked)} />
            <label for={`day-${day}`}>
              {strings.dayNames[day]!.slice(0, 3)}
              <span class="visually-hidden">{strings.dayNames[day]!.slice(3)}</span>
            </label>
          </div>
        ))}
      </div>
      {problem && (
        <p id="working-days-problem" class="field-error">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
