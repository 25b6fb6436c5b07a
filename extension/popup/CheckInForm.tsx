import type { JSX } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { FeedKeyResult } from '../../shared/feed.js';
import type { CheckInField, CheckInInput, SubmittedCheckIn } from '../lib/checkin-input.js';
import { acceptsText, parseCheckIn } from '../lib/checkin-input.js';
import { isDraft } from '../lib/drafts.js';
import { nudge } from '../lib/nudge.js';
import { confidenceKey } from '../lib/sprint.js';
import * as strings from '../lib/strings.js';
import { useExtrasHost } from './extras.js';

interface Props {
  trackerId: string;
  keyResult: FeedKeyResult;
  initial: CheckInInput;
  onSubmit(checkIn: SubmittedCheckIn): Promise<void>;
  /** Escape, or the second button: the draft stays for next time. */
  onCancel(): void;
  submitLabel?: string;
  /** The second button's words; without them it is Cancel, which also forgets the draft. */
  skipLabel?: string;
}

const plainKey = (event: KeyboardEvent) => !event.altKey && !event.ctrlKey && !event.metaKey;

/**
 * Value (prefilled, ArrowUp/ArrowDown nudge it), confidence 1–10 (a digit key sets it, 0 is 10)
 * and a note (Enter saves, Shift+Enter starts a line). What is typed is kept as a draft in storage
 * until it is saved or cancelled; the `lastCheckIn` shown when the form opened goes with it.
 */
export function CheckInForm({ trackerId, keyResult, initial, onSubmit, onCancel, submitLabel, skipLabel }: Props) {
  const id = useId();
  const extras = useExtrasHost();
  const [input, setInput] = useState(initial);
  const [seen] = useState(keyResult.lastCheckIn);
  const [problems, setProblems] = useState<Partial<Record<CheckInField, string>>>({});
  const [busy, setBusy] = useState(false);
  const valueRef = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const typed = useRef(false);

  useEffect(() => {
    valueRef.current?.focus();
    valueRef.current?.select();
    valueRef.current?.scrollIntoView({ block: 'nearest' });
    void extras.readDraft(trackerId, keyResult.id).then((draft) => {
      if (draft !== null && !typed.current) setInput(draft);
    });
  }, []);

  const change = (next: CheckInInput) => {
    typed.current = true;
    setInput(next);
    void extras.saveDraft(trackerId, keyResult.id, isDraft(next, initial) ? next : null);
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    const parsed = parseCheckIn(input, keyResult);
    if (!parsed.ok) {
      setProblems(parsed.problems);
      return;
    }
    setBusy(true);
    // Both storage writes leave in this tick, the outbox's first: a popup closed at once has
    // handed both to the browser, and one closed sooner has lost neither check-in nor draft.
    const saved = onSubmit({ ...parsed.values, seenLastCheckIn: seen });
    void extras.saveDraft(trackerId, keyResult.id, null);
    await saved;
  };

  const keys: Partial<Record<CheckInField, (event: KeyboardEvent) => void>> = {
    value(event) {
      if ((event.key !== 'ArrowUp' && event.key !== 'ArrowDown') || !plainKey(event)) return;
      event.preventDefault();
      change({ ...input, value: nudge(input.value, event.key === 'ArrowUp' ? 1 : -1, keyResult) });
    },
    confidence(event) {
      const level = plainKey(event) ? confidenceKey(event.key) : null;
      if (level === null) return;
      event.preventDefault();
      change({ ...input, confidence: String(level) });
    },
    note(event) {
      if (event.key !== 'Enter' || event.shiftKey || !plainKey(event)) return;
      event.preventDefault();
      formRef.current?.requestSubmit();
    },
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
          onInput: (event: Event) => change({ ...input, [name]: (event.currentTarget as HTMLInputElement).value }),
          onKeyDown: keys[name],
        })}
        {problems[name] && (
          <p id={errorId} class="field-error">
            {problems[name]}
          </p>
        )}
      </div>
    );
  };

  const cancel = () => {
    if (skipLabel === undefined) void extras.saveDraft(trackerId, keyResult.id, null);
    onCancel();
  };

  return (
    <form ref={formRef} class="check-in-form" onSubmit={submit} onKeyDown={(event) => event.key === 'Escape' && onCancel()} noValidate>
      {field('value', `${strings.valueLabel}${keyResult.unit ? ` (${keyResult.unit})` : ''}`, (props) => (
        <input {...props} ref={valueRef} type="text" inputMode={acceptsText(keyResult) ? 'text' : 'decimal'} autoComplete="off" />
      ))}
      {field('confidence', strings.confidenceLabel, (props) => <input {...props} type="number" min={1} max={10} step={1} />)}
      {field('note', strings.noteLabel, (props) => <textarea {...props} rows={2} />)}
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>
          {submitLabel ?? strings.saveCheckIn}
        </button>
        <button type="button" class="quiet" onClick={cancel}>
          {skipLabel ?? strings.cancel}
        </button>
      </div>
    </form>
  );
}
