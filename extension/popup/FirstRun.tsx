import * as strings from '../strings/popup.js';
import { usePopupHost } from '../hosts/host-context.js';

/** Nothing configured yet: say what the extension is for and where to start. */
export function FirstRun() {
  const host = usePopupHost();
  return (
    <section class="first-run" aria-labelledby="first-run-title">
      <h2 id="first-run-title">{strings.firstRunTitle}</h2>
      <p>{strings.firstRunText}</p>
      <button type="button" class="primary" onClick={() => void host.openOptions()}>
        {strings.openOptions}
      </button>
    </section>
  );
}
