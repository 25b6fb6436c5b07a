import type { Scope } from '../check-in/due.js';
import * as strings from '../strings/popup.js';

/** Mine / Team as two toggle buttons: each says with aria-pressed whether it is the current view. */
export function ViewSwitch({ scope, onChange }: { scope: Scope; onChange(scope: Scope): void }) {
  const option = (value: Scope, label: string) => (
    <button type="button" aria-pressed={scope === value} onClick={() => onChange(value)}>
      {label}
    </button>
  );
  return (
    <div class="switch" role="group" aria-label={strings.viewLabel}>
      {option('mine', strings.mine)}
      {option('team', strings.team)}
    </div>
  );
}
