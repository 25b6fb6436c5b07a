interface Props {
  id: string;
  label: string;
  value: string;
  onInput(value: string): void;
  hint?: string;
  problem?: string;
  type?: 'text' | 'url' | 'password' | 'number' | 'time' | 'date';
  min?: number;
  max?: number;
}

/** A labelled input whose hint and problem are announced with it (aria-describedby). */
export function TextField({ id, label, value, onInput, hint, problem, type = 'text', min, max }: Props) {
  const described = [hint ? `${id}-hint` : '', problem ? `${id}-problem` : ''].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        // Preact's types split <input> by type to check role; every type here takes the same attributes.
        type={type as 'text'}
        value={value}
        min={min}
        max={max}
        spellcheck={false}
        autoComplete="off"
        aria-invalid={problem !== undefined}
        aria-describedby={described || undefined}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
      {problem && (
        <p id={`${id}-problem`} class="field-error">
          {problem}
        </p>
      )}
    </div>
  );
}
