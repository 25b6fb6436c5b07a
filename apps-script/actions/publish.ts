/**
 * "Publish for the browser extension…": shows the web app URL and the access token to paste
 * into the extension, creating the token on first use and rotating it on request. The token
 * is shown only in this dialog: never logged, never put in a cell.
 */
import type { Dialogs } from '../ui.js';
import { escapeHtml, showDialog } from '../html.js';
import { feedToken, rotateFeedToken } from '../script-state.js';

export function publishToken(dialogs: Dialogs): { token: string; rotated: boolean } {
  const existing = feedToken();
  if (existing === null) return { token: rotateFeedToken(), rotated: true };
  const rotate = dialogs.confirm(
    'Rotate the access token?',
    'The tracker is already published. Answer Yes to make a new token (extensions using the old one stop working until you paste the new one), or No to show the current one.',
  );
  return rotate ? { token: rotateFeedToken(), rotated: true } : { token: existing, rotated: false };
}

export function showPublishDialog(dialogs: Dialogs): void {
  const { token, rotated } = publishToken(dialogs);
  const url = ScriptApp.getService().getUrl();
  const urlPart =
    url === null || url === ''
      ? `<p><strong>The web app is not deployed yet.</strong> Run <code>npm run deploy</code>, or in the Apps Script editor choose Deploy → New deployment → Web app, with <em>Execute as: Me</em> and <em>Who has access: Anyone</em>. Then open this dialog again.</p>`
      : `<label for="url">Feed URL</label><input id="url" readonly value="${escapeHtml(url)}" onclick="this.select()">`;
  showDialog(
    `${urlPart}<label for="token">Access token</label><input id="token" readonly value="${escapeHtml(token)}" onclick="this.select()">
<p class="hint">${rotated ? 'A new token was made. ' : ''}In the extension's options, add a tracker and paste both. Anyone with the URL and the token can read this tracker and add check-ins: share them only with your team.</p>`,
    'Publish for the browser extension',
  );
}
