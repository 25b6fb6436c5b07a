/**
 * Which web-app URLs serve the browser extension. Only a deployment's /exec URL runs for
 * people who are not signed in as an editor; the /dev URL is the test URL, served only to
 * editors signed in to Google, so the extension (which sends no Google login) would get a
 * sign-in page (https://developers.google.com/apps-script/guides/web#test_a_web_app_deployment).
 * `ScriptApp.getService().getUrl()` may answer either, and for Workspace accounts a URL under
 * /a/macros/<domain>/ (https://developers.google.com/apps-script/reference/script/service#getUrl()),
 * which is fine when it ends in /exec. The add-on's Publish dialog and the extension's options
 * both judge a URL here, and say the same thing.
 */
export type WebAppUrlKind = 'exec' | 'dev' | 'none' | 'other';

const GOOGLE_WEB_APP = /^https:\/\/script\.google\.com\/(?:a\/macros\/[^/?#]+|macros)\/s\/[\w-]+\/(exec|dev)\/?(?:[?#].*)?$/;

export function webAppUrlKind(url: string | null | undefined): WebAppUrlKind {
  if (url === null || url === undefined || url.trim() === '') return 'none';
  const kind = GOOGLE_WEB_APP.exec(url.trim())?.[1];
  return kind === 'exec' || kind === 'dev' ? kind : 'other';
}

/** How to get the URL that works: the same words in the add-on and in the extension. */
export const DEPLOY_ADVICE =
  'Run npm run deploy (or in the Apps Script editor choose Deploy → Manage deployments, with Execute as: Me and Who has access: Anyone) and copy the Feed URL it gives, the one ending in /exec.';

export const DEV_URL_REFUSED = `This is the web app's /dev test URL: it answers only editors signed in to Google, so the extension would get a sign-in page. ${DEPLOY_ADVICE}`;
