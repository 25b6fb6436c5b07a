/**
 * "Publish for the browser extension…": shows the web app URL and the access token to paste
 * into the extension, creating the token on first use and rotating it on request. The token
 * is shown only in this dialog: never logged, never put in a cell.
 */
import type { Dialogs } from '../ui.js';
import { escapeHtml, showDialog } from '../html.js';
import { feedToken, rotateFeedToken } from '../script-state.js';
import { DEPLOY_ADVICE, webAppUrlKind } from '../../shared/web-app-url.js';

export function publishToken(dialogs: Dialogs): { token: string; rotated: boolean } {
  const existing = feedToken();
  if (existing === null) return { token: rotateFeedToken(), rotated: true };
  const rotate = dialogs.confirm(
    'Rotate the access token?',
    'The tracker is already published. Answer Yes to make a new token (extensions using the old one stop working until you paste the new one), or No to show the current one.',
  );
  return rotate ? { token: rotateFeedToken(), rotated: true } : { token: existing, rotated: false };
}

/**
 * The Feed URL part of the dialog. `getService().getUrl()` called from a menu commonly answers
 * the /dev test URL, which serves signed-in editors only
 * (https://developers.google.com/apps-script/reference/script/service#getUrl()), so a URL is
 * shown only when it is a deployed /exec one; otherwise the dialog says how to get that.
 */
function feedUrlHtml(url: string | null): string {
  const kind = webAppUrlKind(url);
  if (kind === 'exec') return `<label for="url">Feed URL</label><input id="url" readonly value="${escapeHtml(String(url))}" onclick="this.select()">`;
  const why =
    kind === 'none'
      ? 'The web app is not deployed yet.'
      : kind === 'dev'
        ? 'Google gives this dialog only the web app\'s /dev test URL, which answers signed-in editors only: the extension would get a sign-in page.'
        : `Google gives this dialog a web app URL that does not end in /exec (${escapeHtml(String(url))}).`;
  return `<p><strong>${why}</strong> ${escapeHtml(DEPLOY_ADVICE)} Paste that URL into the extension.</p>`;
}

export function showPublishDialog(dialogs: Dialogs): void {
  const { token, rotated } = publishToken(dialogs);
  const urlPart = feedUrlHtml(ScriptApp.getService().getUrl());
  showDialog(
    `${urlPart}<label for="token">Access token</label><input id="token" readonly value="${escapeHtml(token)}" onclick="this.select()">
<p class="hint">${rotated ? 'A new token was made. ' : ''}In the extension's options, add a tracker and paste the Feed URL and this token. Anyone with the URL and the token can read this tracker and add check-ins: share them only with your team.</p>`,
    'Publish for the browser extension',
  );
}
