import { useEffect, useState } from 'preact/hooks';
import * as strings from '../lib/strings.js';
import { useOptionsHost } from '../ui/host-context.js';

/**
 * The optional host permission for script.google.com and its redirect target. Browsers grant a
 * permission only from a user action, so the request is the first thing the click does
 * (extension-notes §c pitfall 4).
 */
export function GoogleAccess() {
  const host = useOptionsHost();
  const [granted, setGranted] = useState<boolean | null>(null);
  const [denied, setDenied] = useState(false);

  useEffect(() => {
    void host.hasGoogleAccess().then(setGranted);
  }, [host]);

  if (granted) return <p class="hint">{strings.googleAccessGranted}</p>;
  return (
    <div class="google-access">
      <p class="hint">{strings.googleAccessText}</p>
      <button
        type="button"
        onClick={() =>
          void host.requestGoogleAccess().then((ok) => {
            setGranted(ok);
            setDenied(!ok);
          })
        }
      >
        {strings.googleAccessButton}
      </button>
      {denied && <p class="hint">{strings.googleAccessDenied}</p>}
    </div>
  );
}
