import { useEffect, useState } from 'preact/hooks';
import { useOptionsHost } from '../ui/host-context.js';

interface Props {
  /** Host patterns, each listed in the manifest's optional_host_permissions. */
  origins: readonly string[];
  text: string;
  button: string;
  granted: string;
  denied: string;
}

/**
 * One optional host permission, asked for from a click. Browsers grant a permission only from a
 * user action, so the request is the first thing the click does (extension-notes §c pitfall 4).
 */
export function OptionalAccess({ origins, text, button, granted: grantedText, denied: deniedText }: Props) {
  const host = useOptionsHost();
  const [granted, setGranted] = useState<boolean | null>(null);
  const [denied, setDenied] = useState(false);

  useEffect(() => {
    void host.hasAccess(origins).then(setGranted);
  }, [host, origins]);

  if (granted) return <p class="hint">{grantedText}</p>;
  return (
    <div class="google-access">
      <p class="hint">{text}</p>
      <button
        type="button"
        onClick={() =>
          void host.requestAccess(origins).then((ok) => {
            setGranted(ok);
            setDenied(!ok);
          })
        }
      >
        {button}
      </button>
      {denied && <p class="hint">{deniedText}</p>}
    </div>
  );
}
