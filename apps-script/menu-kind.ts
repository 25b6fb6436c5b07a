/**
 * Which menu `onOpen` builds: a top-level OKR menu in a script bound to the spreadsheet (how the
 * README installs okr-sheets), the add-on menu under Extensions when it runs as an installed
 * add-on. Google gives no "is this an add-on" call, so two documented signs decide:
 * - only an add-on opens with `e.authMode` NONE (installed, not yet used in this file;
 *   https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle);
 * - only an add-on gets `onInstall`
 *   (https://developers.google.com/apps-script/guides/triggers#oninstalle), which records it in
 *   script properties: the add-on's one project serves every install, so once is enough.
 * Published add-ons must use `createAddonMenu`
 * (https://developers.google.com/workspace/add-ons/concepts/menus); a bound script gets a
 * top-level menu, since `createAddonMenu()` there is named after the script project.
 */
const INSTALLED_AS_ADD_ON = 'okrSheets.installedAsAddOn';

export type MenuKind = 'bound' | 'add-on';

export function menuKind(e: { authMode?: unknown } | undefined): MenuKind {
  if (e?.authMode !== undefined && e.authMode === ScriptApp.AuthMode.NONE) return 'add-on';
  try {
    return PropertiesService.getScriptProperties().getProperty(INSTALLED_AS_ADD_ON) === 'true' ? 'add-on' : 'bound';
  } catch {
    // Properties are refused only in the modes an add-on runs in; a bound script can read them.
    return 'add-on';
  }
}

export function markInstalledAsAddOn(): void {
  PropertiesService.getScriptProperties().setProperty(INSTALLED_AS_ADD_ON, 'true');
}
