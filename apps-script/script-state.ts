/**
 * What the add-on keeps in script properties: the feed token and the content revision that
 * keys the feed cache. Strings only, as Properties stores them (https://developers.google.com/apps-script/reference/properties/properties).
 */
const TOKEN = 'okrSheets.feedToken';
const REVISION = 'okrSheets.revision';

export function feedToken(): string | null {
  return PropertiesService.getScriptProperties().getProperty(TOKEN);
}

/** A new random token: two UUIDs (244 random bits), without dashes. */
export function rotateFeedToken(): string {
  const token = (Utilities.getUuid() + Utilities.getUuid()).replace(/-/g, '');
  PropertiesService.getScriptProperties().setProperty(TOKEN, token);
  return token;
}

export function revision(): string {
  return PropertiesService.getScriptProperties().getProperty(REVISION) ?? '0';
}

/** Marks the tracker as changed, so cached feeds are no longer served. */
export function bumpRevision(): string {
  const next = String(Number(revision()) + 1);
  PropertiesService.getScriptProperties().setProperty(REVISION, next);
  return next;
}
