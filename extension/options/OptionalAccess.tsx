import { useEffect, useId, useState } from 'preact/hooks';
import { useOptionsHost } from '../hosts/host-context.js';

interface Props {
  /** Host patterns, each listed in the manifest's optional_host_permissions. */
  origins: readonly string[];
  /** What the permission lets the extension do, and see. */
  text: string;
  /** The switch's name. */
  label: string;
  denied: string;
}

/**
 * One optional host permission as a switch (a checkbox with role="switch": on while granted),
 * with what it allows beside it. Browsers grant a permission only from a user action, so the
 * request is the first thing the click does (https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/API/permissions/request); turning it off
 * gives the permission back.
 * https://www.w3.org/WAI/ARIA/apg/patterns/switch/
 */
export function OptionalAccess({ origins, text, label, denied: deniedText }: Props) {
  const host = useOptionsHost();
  const id = useId();
  const [granted, setGranted] = useState<boolean | null>(null);
  const [denied, setDenied] = useState(false);

  useEffect(() => {
    void host.hasAccess(origins).then(setGranted);
  }, [host, origins]);

  const toggle = (on: boolean) => {
    const asked = on ? host.requestAccess(origins) : host.removeAccess(origins).then((removed) => !removed);
    void asked.then((now) => {
      setGranted(now);
      setDenied(on && !now);
    });
  };

  return (
    <div class="access">
      <div class="field checkbox switch-field">
        <input id={id} type="checkbox" role="switch" checked={granted === true} disabled={granted === null} aria-describedby={`${id}-text`} onChange={(event) => toggle(event.currentTarget.checked)} />
        <label for={id}>{label}</label>
      </div>
      <p id={`${id}-text`} class="hint">
        {text}
      </p>
      {denied && <p class="hint">{deniedText}</p>}
    </div>
  );
}
