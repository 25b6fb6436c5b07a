/**
 * The add-on's menu, named once for every text that tells a user where to click: the add-on's
 * dialogs and errors, the OKR checks, the extension's options, scripts/clasp.mjs and the README
 * (a conventions test keeps them to these names).
 *
 * A script bound to the spreadsheet (how the README installs okr-sheets) adds a top-level menu
 * named MENU_NAME with `Ui.createMenu`. `createAddonMenu()` would put the items under
 * Extensions → <script project name> ("Untitled project" until renamed), a name the code does
 * not control (https://developers.google.com/apps-script/reference/base/ui#createAddonMenu()).
 * Installed as a published add-on, the items sit under Extensions → <the add-on's name>, which
 * is MENU_NAME when it is published as "OKR": so "OKR → Set up tracker" is the whole path in a
 * bound script and the end of the path in an add-on
 * (https://developers.google.com/workspace/add-ons/concepts/menus).
 */
export const MENU_NAME = 'OKR';

/** The captions of the menu's items, in the words the menu shows. */
export const MENU = {
  setUp: 'Set up tracker',
  setUpWithExamples: 'Set up tracker with examples',
  recordCheckIn: 'Record check-in…',
  checkInsDue: 'Check-ins due',
  checkOkrs: 'Check OKRs…',
  promoteKpi: 'Promote KPI to OKR…',
  publish: 'Publish for the browser extension…',
  closeQuarter: 'Close quarter…',
  startNextPeriod: 'Start next period…',
} as const;

export type MenuCaption = (typeof MENU)[keyof typeof MENU];

/** "OKR → Set up tracker": where a user finds an item. */
export function menuPath(caption: MenuCaption): string {
  return `${MENU_NAME} → ${caption}`;
}
