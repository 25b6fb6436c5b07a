import * as strings from '../strings/options.js';
import { GOOGLE_SCRIPT_ORIGINS } from '../feed/tracker-url.js';
import { OptionalAccess } from './OptionalAccess.js';

/** The optional host permission for script.google.com and its redirect target. */
export function GoogleAccess() {
  return (
    <OptionalAccess
      origins={GOOGLE_SCRIPT_ORIGINS}
      text={strings.googleAccessText}
      label={strings.googleAccessButton}
      denied={strings.googleAccessDenied}
    />
  );
}
