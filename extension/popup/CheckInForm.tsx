import type { JSX } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { FeedKeyResult } from '../../shared/feed/feed.js';
import type { CheckInField, CheckInInput, Doubt, SubmittedCheckIn } from '../check-in/check-in-input.js';
import { acceptsText, doubtAbout, parseCheckIn } from '../check-in/check-in-input.js';
import { isDraft } from '../check-in/drafts.js';
import { nudge } from '../check-in/nudge.js';
import { confidenceFromKey } from '../check-in/sprint.js';
import * as strings from '../strings/popup.js';
import { inputUnit } from '../../shared/check-in/value-entry.js';
import { ValueQuestion } from './ValueQuestion.js';
import { usePopupHost } from '../hosts/host-context.js';

interface Props {
  trackerId: string;
  keyResult: FeedKeyResult;
  initial: CheckInInput;
  onSubmit(checkIn: SubmittedCheckIn): Promise<void>;
  /** The second button (and Escape, unless `onEscape` is given): the draft stays for next time. */
  onCancel(): void;
  /** Escape, when it means something else than the second button (the sprint: end it). */
  onEscape?(): void;
  submitLabel?: string;
  /** The second button's words; without them it is Cancel, which also forgets the draft. */
  skipLabel?: string;
}

const plainKey = (event: KeyboardEvent) => !event.altKey && !event.ctrlKey && !event.metaKey;

/**
 * Value (prefilled as the key result is typed, "70" for 70%; ArrowUp moves it toward the target),
 * confidence 1–10 (prefilled with the last one; a digit outside Value and Note sets it, 0 is 10)
 * and a note (Enter saves, Shift+Enter starts a line). What is typed is kept as a draft in
 * storage until saved or cancelled; the `lastCheckIn` shown when the form opened goes with it.
 */
export function CheckInForm({ trackerId, keyResult, initial, onSubmit, onCancel, onEscape, submitLabel, skipLabel }: Props) {
  const id = useId();
  const host = usePopupHost();
  const [input, setInput] = useState(initial);
  const [seen] = useState(keyResult.lastCheckIn);
  const [problems, setProblems] = useState<Partial<Record<CheckInField, string>>>({});
  const [busy, setBusy] = useState(false);
  // The "Did you mean …?" question for the value as typed; answering it sends one of the two.
  const [doubt, setDoubt] = useState<Doubt | null>(null);
  const valueRef = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const typed = useRef(false);

  useEffect(() => {
    valueRef.current?.focus();
    valueRef.current?.select();
    valueRef.current?.scrollIntoView({ block: 'nearest' });
    void host.readDraft(trackerId, keyResult.id).then((draft) => {
      if (draft !== null && !typed.current) setInput(draft);
    });
  }, []);

  const change = (next: CheckInInput) => {
    typed.current = true;
    if (next.value !== input.value) setDoubt(null);
    setInput(next);
    void host.saveDraft(trackerId, keyResult.id, isDraft(next, initial) ? next : null);
  };

  /** `confirmed`: the value text the user chose to keep after the question. */
  const send = async (values: CheckInInput, confirmed: string | null) => {
    const parsed = parseCheckIn(values, keyResult);
    if (!parsed.ok) return setProblems(parsed.problems);
    const question = confirmed === values.value ? null : doubtAbout(keyResult, values.value, parsed.values.value);
    // Nothing is sent until the user picks the likely value or keeps the one typed.
    setDoubt(question);
    if (question !== null) return setProblems({});
    setBusy(true);
    // The host forgets the draft with the same tick's writes (popup-host.ts addCheckIn).
    await onSubmit({ ...parsed.values, seenLastCheckIn: seen });
  };

  const submit = (event: Event) => {
    event.preventDefault();
    void send(input, null);
  };
  const answer = (value: string) => {
    setInput({ ...input, value });
    void send({ ...input, value }, value);
  };

  const keys: Partial<Record<CheckInField, (event: KeyboardEvent) => void>> = {
    value(event) {
      if ((event.key !== 'ArrowUp' && event.key !== 'ArrowDown') || !plainKey(event)) return;
      event.preventDefault();
      change({ ...input, value: nudge(input.value, event.key === 'ArrowUp' ? 'up' : 'down', keyResult) });
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

  const unit = inputUnit(keyResult);

  const formKeys = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      // Handled here: the sprint's own Escape (SprintView) leaves it alone.
      event.preventDefault();
      return (onEscape ?? onCancel)();
    }
    const level = confidenceFromKey(event, valueRef.current);
    if (level === null) return;
    event.preventDefault();
    change({ ...input, confidence: String(level) });
  };

  const cancel = () => {
    if (skipLabel === undefined) void host.saveDraft(trackerId, keyResult.id, null);
    onCancel();
  };

  return (
    <form ref={formRef} class="check-in-form" onSubmit={submit} onKeyDown={formKeys} noValidate>
      {field('value', `${strings.valueLabel}${unit ? ` (${unit})` : ''}`, (props) => (
        <input {...props} ref={valueRef} type="text" inputMode={acceptsText(keyResult) ? 'text' : 'decimal'} autoComplete="off" />
      ))}
      {field('confidence', strings.confidenceLabel, (props) => <input {...props} type="number" min={1} max={10} step={1} />)}
      {doubt && <ValueQuestion doubt={doubt} onAnswer={answer} />}
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
