import * as strings from '../strings/popup.js';
import { usePopupHost } from '../hosts/host-context.js';

interface Props {
  trackerId: string;
  keyResultId: string;
  title: string;
  snoozed: boolean;
}

/** A toggle: pressed while reminders of this due check-in are snoozed (the worker keeps the state). */
export function SnoozeButton({ trackerId, keyResultId, title, snoozed }: Props) {
  const host = usePopupHost();
  return (
    <button
      type="button"
      class="quiet small"
      aria-pressed={snoozed}
      aria-label={strings.snoozeFor(title)}
      onClick={() => void host.send({ type: 'snooze', trackerId, keyResultId, snoozed: !snoozed })}
    >
      {strings.snooze}
    </button>
  );
}
