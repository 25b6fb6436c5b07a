import type { JSX } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { FeedKeyResult } from '../../shared/feed.js';
import type { CheckInField, CheckInInput, CheckInValues } from '../lib/checkin-input.js';
import { acceptsText, parseCheckIn } from '../lib/checkin-input.js';
import * as strings from '../lib/strings.js';

interface Props {
  keyResult: FeedKeyResult;
  initial: CheckInInput;
  onSubmit(values: CheckInValues): Promise<void>;
  onCancel(): void;
}

/** Value (prefilled), confidence 1–10 and a note; Escape cancels, problems show beside their field. */
export function CheckInForm({ keyResult, initial, onSubmit, onCancel }: Props) {
  const id = useId();
  const [input, setInput] = useState(initial);
  const [problems, setProblems] = useState<Partial<Record<CheckInField, string>>>({});
  const [busy, setBusy] = useState(false);
  const valueRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    valueRef.current?.focus();
    valueRef.current?.scrollIntoView({ block: 'nearest' });
  }, []);

  const submit = async (event: Event) => {
    event.preventDefault();
    const parsed = parseCheckIn(input, keyResult);
    if (!parsed.ok) {
      setProblems(parsed.problems);
      return;
    }
    setBusy(true);
    await onSubmit(parsed.values);
  };

  const field = (name: CheckInField, label: string, control: (props: Record<string, unknown>) => JSX.Element) => {
    const errorId = `${id}-${name}-error`;
    return (
      <div class="field">
        <label for={`${id}-${name}`}>{label}</label>
        {control({
          id: `${id}-${name}`,
          value: input[name],
          'aria-invalid': problems[name] !== undefined,
          'aria-describedby': problems[name] ? errorId : undefined,
          onInput: (event: Event) => setInput({ ...input, [name]: (event.currentTarget as HTMLInputElement).value }),
        })}
        {problems[name] && (
          <p id={errorId} class="field-error">
            {problems[name]}
          </p>
        )}
      </div>
    );
  };

  return (
    <form class="check-in-form" onSubmit={submit} onKeyDown={(event) => event.key === 'Escape' && onCancel()} noValidate>
      {field('value', `${strings.valueLabel}${keyResult.unit ? ` (${keyResult.unit})` : ''}`, (props) => (
        <input {...props} ref={valueRef} type="text" inputMode={acceptsText(keyResult) ? 'text' : 'decimal'} autoComplete="off" />
      ))}
      {field('confidence', strings.confidenceLabel, (props) => <input {...props} type="number" min={1} max={10} step={1} />)}
      {field('note', strings.noteLabel, (props) => <textarea {...props} rows={2} />)}
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>
          {strings.saveCheckIn}
        </button>
        <button type="button" class="quiet" onClick={onCancel}>
          {strings.cancel}
        </button>
      </div>
    </form>
  );
}
