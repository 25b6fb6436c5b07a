import type { JSX } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { FeedKeyResult } from '../../shared/feed.js';
import type { CheckInField, CheckInInput, SubmittedCheckIn } from '../lib/checkin-input.js';
import { acceptsText, doubtAbout, parseCheckIn } from '../lib/checkin-input.js';
import { isDraft } from '../lib/drafts.js';
import { nudge } from '../lib/nudge.js';
import { confidenceKey } from '../lib/sprint.js';
import * as say from '../lib/sprint-strings.js';
import * as strings from '../lib/strings.js';
import { displayValue, inputUnit } from '../../shared/value-entry.js';
import { useExtrasHost } from './extras.js';

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
 * Value (prefilled as the key result is typed, "70" for 70%; ArrowUp moves it toward the target,
 * ArrowDown away), confidence 1–10 (prefilled with the last one; a digit key outside Value and
 * Note sets it, 0 is 10) and a note (Enter saves, Shift+Enter starts a line). What is typed is kept as a draft in storage
 * until it is saved or cancelled; the `lastCheckIn` shown when the form opened goes with it.
 */
export function CheckInForm({ trackerId, keyResult, initial, onSubmit, onCancel, onEscape, submitLabel, skipLabel }: Props) {
  const id = useId();
  const extras = useExtrasHost();
  const [input, setInput] = useState(initial);
  const [seen] = useState(keyResult.lastCheckIn);
  const [problems, setProblems] = useState<Partial<Record<CheckInField, string>>>({});
  const [busy, setBusy] = useState(false);
  // The "Did you mean …?" question for the value as typed; answering it sends one of the two.
  const [doubt, setDoubt] = useState<{ typed: string; message: string; suggestion: string | null } | null>(null);
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
    if (next.value !== input.value) setDoubt(null);
    setInput(next);
    void extras.saveDraft(trackerId, keyResult.id, isDraft(next, initial) ? next : null);
  };

  /** `confirmed`: the value text the user chose to keep after the question. */
  const send = async (values: CheckInInput, confirmed: string | null) => {
    const parsed = parseCheckIn(values, keyResult);
    if (!parsed.ok) {
      setProblems(parsed.problems);
      return;
    }
    const question = confirmed === values.value ? null : doubtAbout(keyResult, parsed.values.value);
    if (question !== null) {
      // Nothing is sent until the user picks the likely value or keeps the one typed.
      setProblems({});
      setDoubt({ typed: values.value, ...question });
      return;
    }
    setDoubt(null);
    setBusy(true);
    // Both storage writes leave in this tick, the outbox's first: a popup closed at once has
    // handed both to the browser, and one closed sooner has lost neither check-in nor draft.
    const saved = onSubmit({ ...parsed.values, seenLastCheckIn: seen });
    void extras.saveDraft(trackerId, keyResult.id, null);
    await saved;
  };

  const submit = (event: Event) => {
    event.preventDefault();
    void send(input, null);
  };

  const answer = (value: string) => {
    const next = { ...input, value };
    setInput(next);
    void send(next, value);
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
  /** A typed value as the card shows it ("72%"), for the question's buttons. */
  const shown = (text: string) => {
    const parsed = parseCheckIn({ ...input, value: text }, keyResult);
    return parsed.ok ? displayValue(keyResult, parsed.values.value) : text;
  };

  // Digits set confidence anywhere in the form but the fields that take typed text (value,
  // note): in Value, 7 is part of the number.
  const formKeys = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      (onEscape ?? onCancel)();
      return;
    }
    const target = event.target as HTMLElement;
    if (target === valueRef.current || target.tagName === 'TEXTAREA') return;
    const level = plainKey(event) ? confidenceKey(event.key) : null;
    if (level === null) return;
    event.preventDefault();
    change({ ...input, confidence: String(level) });
  };

  const cancel = () => {
    if (skipLabel === undefined) void extras.saveDraft(trackerId, keyResult.id, null);
    onCancel();
  };

  return (
    <form ref={formRef} class="check-in-form" onSubmit={submit} onKeyDown={formKeys} noValidate>
      {field('value', `${strings.valueLabel}${unit ? ` (${unit})` : ''}`, (props) => (
        <input {...props} ref={valueRef} type="text" inputMode={acceptsText(keyResult) ? 'text' : 'decimal'} autoComplete="off" />
      ))}
      {field('confidence', strings.confidenceLabel, (props) => <input {...props} type="number" min={1} max={10} step={1} />)}
      {doubt && (
        <div class="doubt" role="alert">
          <p>{doubt.message}</p>
          <div class="actions">
            {doubt.suggestion !== null && (
              <button type="button" class="primary" onClick={() => answer(doubt.suggestion!)}>
                {say.useSuggestion(shown(doubt.suggestion))}
              </button>
            )}
            <button type="button" class="quiet" onClick={() => answer(doubt.typed)}>
              {say.keepTyped(shown(doubt.typed))}
            </button>
          </div>
        </div>
      )}
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
