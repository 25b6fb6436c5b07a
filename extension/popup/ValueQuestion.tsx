import type { Doubt } from '../check-in/check-in-input.js';
import * as strings from '../strings/popup.js';

/** "Did you mean 72%?" with the two answers; each sends the check-in with the value it names. */
export function ValueQuestion({ doubt, onAnswer }: { doubt: Doubt; onAnswer(value: string): void }) {
  return (
    <div class="doubt" role="alert">
      <p>{doubt.message}</p>
      <div class="actions">
        {doubt.suggestion !== null && doubt.suggestionShown !== null && (
          <button type="button" class="primary" onClick={() => onAnswer(doubt.suggestion!)}>
            {strings.useSuggestion(doubt.suggestionShown)}
          </button>
        )}
        <button type="button" class="quiet" onClick={() => onAnswer(doubt.typed)}>
          {strings.keepTyped(doubt.typedShown)}
        </button>
      </div>
    </div>
  );
}
