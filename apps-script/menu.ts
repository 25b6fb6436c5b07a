/**
 * The OKR menu, and the functions its items call. `onOpen` may run with no authorization
 * (AuthMode.NONE, https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle):
 * it only builds the menu. Which menu: see `menuKind` (apps-script/menu-kind.ts).
 */
import { sheetsDialogs } from './ui.js';
import { setUpTracker, type SetUpReport } from './actions/set-up.js';
import { showDueDialog } from './actions/due.js';
import { showCheckOkrsDialog } from './actions/check-okrs.js';
import { promoteKpi } from './actions/promote-kpi.js';
import { showPublishDialog } from './actions/publish.js';
import { closeQuarter } from './actions/close-quarter.js';
import { startNextPeriod } from './actions/start-next-period.js';
import { recordEditAdjustments } from './adjustments.js';
import { sidebarCheckIn, sidebarItems, type SidebarAnswer, type SidebarItem } from './actions/sidebar.js';
import { bumpRevision } from './script-state.js';
import { messageOf } from '../shared/functions/array-args.js';
import { MENU, MENU_NAME } from '../shared/menu-path.js';
import { markInstalledAsAddOn, menuKind } from './menu-kind.js';

const MENU_ITEMS: readonly (readonly [caption: string, functionName: string] | null)[] = [
  [MENU.setUp, 'okrSetUpTracker'],
  [MENU.setUpWithExamples, 'okrSetUpTrackerWithExamples'],
  null,
  [MENU.recordCheckIn, 'okrShowCheckInSidebar'],
  [MENU.checkInsDue, 'okrShowDueCheckIns'],
  [MENU.checkOkrs, 'okrCheckOkrs'],
  [MENU.promoteKpi, 'okrPromoteKpi'],
  null,
  [MENU.publish, 'okrPublish'],
  [MENU.closeQuarter, 'okrCloseQuarter'],
  [MENU.startNextPeriod, 'okrStartNextPeriod'],
];

export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const ui = SpreadsheetApp.getUi();
  const menu = menuKind(e) === 'add-on' ? ui.createAddonMenu() : ui.createMenu(MENU_NAME);
  for (const item of MENU_ITEMS) {
    if (item === null) menu.addSeparator();
    else menu.addItem(item[0], item[1]);
  }
  menu.addToUi();
}

/** Runs only when the add-on is installed from the Marketplace, never in a bound script. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  markInstalledAsAddOn();
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

/**
 * Any edit may change the feed: mark the cached feed stale. Simple triggers may use Properties.
 * Then log changes of a key result's Start, Target, Type or Weight (apps-script/adjustments.ts).
 */
export function onEdit(e?: GoogleAppsScript.Events.SheetsOnEdit): void {
  bumpRevision();
  recordEditAdjustments(e, Date.now());
}

/** Runs a menu action and shows what went wrong in words, instead of a stack trace. */
function guarded(title: string, action: () => void): void {
  try {
    action();
  } catch (error) {
    SpreadsheetApp.getUi().alert(title, messageOf(error), SpreadsheetApp.getUi().ButtonSet.OK);
  }
}

function describeSetUp(report: SetUpReport): string {
  if (report.cancelled) return 'Nothing was changed.';
  const lines = [
    report.created.length > 0 ? `Created: ${report.created.join(', ')}.` : 'All sheets were there.',
    report.addedHeaders.length > 0 ? `Added missing columns: ${report.addedHeaders.join(', ')}.` : '',
    `Wrote ${report.formulas} column formulas and the Dashboard.`,
    report.movedToLog > 0 ? `Copied ${report.movedToLog} typed Current value(s) into the Check-ins log.` : '',
    report.examples ? 'Added the example OKRs, KPIs and check-ins.' : '',
    ...report.warnings,
  ];
  return lines.filter((l) => l !== '').join('\n');
}

function runSetUp(withExamples: boolean): void {
  guarded('Set up tracker', () => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    spreadsheet.toast('Laying out the tracker…', 'okr-sheets', 30);
    const report = setUpTracker(spreadsheet, sheetsDialogs(), Date.now(), withExamples);
    bumpRevision();
    SpreadsheetApp.getUi().alert('Set up tracker', describeSetUp(report), SpreadsheetApp.getUi().ButtonSet.OK);
  });
}

export function okrSetUpTracker(): void {
  runSetUp(false);
}

export function okrSetUpTrackerWithExamples(): void {
  runSetUp(true);
}

export function okrShowCheckInSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('sidebar').setTitle('Record check-in');
  SpreadsheetApp.getUi().showSidebar(html);
}

export function okrSidebarItems(): SidebarItem[] {
  return sidebarItems(SpreadsheetApp.getActiveSpreadsheet(), Date.now());
}

export function okrSidebarCheckIn(form: unknown): SidebarAnswer {
  return sidebarCheckIn(SpreadsheetApp.getActiveSpreadsheet(), form, Date.now());
}

export function okrShowDueCheckIns(): void {
  guarded('Check-ins due', () => showDueDialog(SpreadsheetApp.getActiveSpreadsheet(), Date.now()));
}

export function okrCheckOkrs(): void {
  guarded('Check OKRs', () => showCheckOkrsDialog(SpreadsheetApp.getActiveSpreadsheet(), Date.now(), sheetsDialogs()));
}

export function okrPromoteKpi(): void {
  guarded('Promote KPI to OKR', () => {
    const ui = SpreadsheetApp.getUi();
    const answer = ui.prompt('Promote KPI to OKR', 'ID of the KPI in Breach to promote (leave blank for the first one):', ui.ButtonSet.OK_CANCEL);
    if (answer.getSelectedButton() !== ui.Button.OK) return;
    const chosen = answer.getResponseText().trim();
    const done = promoteKpi(SpreadsheetApp.getActiveSpreadsheet(), sheetsDialogs(), Date.now(), chosen === '' ? undefined : chosen);
    if (done !== null) ui.alert('Promote KPI to OKR', `Created objective ${done.objective} and key result ${done.keyResult} for ${done.kpi}.`, ui.ButtonSet.OK);
  });
}

export function okrPublish(): void {
  guarded('Publish for the browser extension', () => showPublishDialog(sheetsDialogs()));
}

export function okrCloseQuarter(): void {
  guarded('Close quarter', () => {
    const done = closeQuarter(SpreadsheetApp.getActiveSpreadsheet(), sheetsDialogs(), Date.now());
    if (done !== null) {
      SpreadsheetApp.getUi().alert(
        'Close quarter',
        `Archived ${done.rows.objectives} objectives, ${done.rows.keyResults} key results and ${done.rows.checkIns} check-ins in "${done.archive}". The tracker now runs ${done.next.name} (${done.next.start} to ${done.next.end}). Review the ${done.review.keyResults} key results in "${done.review.sheet}", tick those to carry over, then run Start next period….`,
        SpreadsheetApp.getUi().ButtonSet.OK,
      );
    }
  });
}

export function okrStartNextPeriod(): void {
  guarded('Start next period', () => {
    const done = startNextPeriod(SpreadsheetApp.getActiveSpreadsheet(), sheetsDialogs(), Date.now());
    if (done !== null) SpreadsheetApp.getUi().alert('Start next period', `Carried ${done.created.length} key result(s) from "${done.review}" into ${done.period}: ${done.created.map((c) => `${c.from} → ${c.id}`).join(', ') || 'none new'}.`, SpreadsheetApp.getUi().ButtonSet.OK);
  });
}
