import * as strings from '../strings/options.js';
import { SHEETS_ORIGINS } from '../feed/tracker-url.js';
import { OptionalAccess } from './OptionalAccess.js';

/** The optional host permission that lets "Open the sheet" reuse a tab already on the spreadsheet. */
export function SheetTabsAccess() {
  return (
    <OptionalAccess
      origins={SHEETS_ORIGINS}
      text={strings.sheetTabsText}
      label={strings.sheetTabsButton}
      denied={strings.sheetTabsDenied}
    />
  );
}
