// The popup benchmark's reference: the popup's markup for the same feed, written out as plain
// HTML with no script and styled by the popup's own stylesheets, so "popup / static" is the cost
// of the extension's code (reading storage, Preact rendering) over the browser's own parse,
// layout and paint of the same content.
import { pathToFileURL } from 'node:url';

const escapes = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeHtml = (text) => String(text).replace(/[&<>"]/g, (c) => escapes[c]);

const STATUS_LABELS = { done: 'done', 'on-track': 'on track', 'at-risk': 'at risk', 'off-track': 'off track', 'not-started': 'not started' };

const grade = (value) => (value === null ? '–' : value.toFixed(2));

function progress(keyResult) {
  if (keyResult.type === 'milestone' || keyResult.target === null) return escapeHtml(keyResult.current ?? '–');
  return escapeHtml(`${keyResult.current} / ${keyResult.target}${keyResult.unit ? ` ${keyResult.unit}` : ''}`);
}

function keyResultItem(keyResult) {
  const title = escapeHtml(keyResult.title);
  const percent = Math.round(Math.min(1, Math.max(0, keyResult.grade ?? 0)) * 100);
  return (
    `<li class="key-result status-${keyResult.status ?? 'none'}"><div class="kr-head"><span class="kr-title">${title}` +
    `${keyResult.due ? '<span class="due-tag">due</span>' : ''}</span><span class="grade" title="grade">${grade(keyResult.grade)}</span></div>` +
    `<div class="progress" role="progressbar" aria-label="Progress of ${title}" aria-valuemin="0" aria-valuemax="100" aria-valuenow="${percent}">` +
    `<div class="progress-fill" style="width: ${percent}%;"></div></div>` +
    `<p class="kr-meta"><span class="status-dot" aria-hidden="true"></span><span class="status-label">${STATUS_LABELS[keyResult.status] ?? 'no status'}</span>` +
    ` · <span>${keyResult.owner ? `Owner: ${escapeHtml(keyResult.owner)}` : 'No owner'}</span> · <span class="amount">${progress(keyResult)}</span></p>` +
    `<button type="button" class="check-in" aria-label="Check in: ${title}">Check in</button></li>`
  );
}

function objectiveSection(objective, keyResults) {
  return (
    `<section class="objective"><h3><span class="objective-title">${escapeHtml(objective.title)}</span>` +
    `<span class="grade" title="grade">${grade(objective.grade)}</span></h3>` +
    `<ul class="key-results">${keyResults.map(keyResultItem).join('')}</ul></section>`
  );
}

function dueSection(keyResults) {
  const due = keyResults.filter((keyResult) => keyResult.due);
  const items = due.map(
    (keyResult) => `<li><button type="button" class="link">${escapeHtml(keyResult.title)}</button><span class="muted"> · ${keyResult.nextCheckIn}</span></li>`,
  );
  return `<section class="due" aria-labelledby="due-title"><h2 id="due-title">Due check-ins (${due.length})</h2><ul class="due-list">${items.join('')}</ul></section>`;
}

/** The whole page; `extensionDir` holds the built theme.css and popup.css. */
export function staticPopupPage(feed, extensionDir) {
  const css = (name) => pathToFileURL(`${extensionDir}/${name}`).href;
  const sections = feed.objectives.map((objective) =>
    objectiveSection(objective, feed.keyResults.filter((keyResult) => keyResult.objective === objective.id)),
  );
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="color-scheme" content="light dark" />
<title>OKR Sheets (static reference)</title>
<link rel="stylesheet" href="${css('theme.css')}" />
<link rel="stylesheet" href="${css('popup.css')}" />
</head>
<body>
<div id="app"><header class="bar"><h1>OKR Sheets</h1><div class="switch" role="group" aria-label="Show key results"><button type="button" aria-pressed="false">Mine</button><button type="button" aria-pressed="true">Team</button></div><button type="button" class="quiet">Refresh</button><button type="button" class="quiet">Options</button></header>
<main>${dueSection(feed.keyResults)}<section class="tracker" aria-labelledby="tracker-bench"><div class="tracker-head"><h2 id="tracker-bench">${escapeHtml(feed.tracker.name)}</h2><a href="${escapeHtml(feed.tracker.url)}">Open the sheet</a></div>
<p class="muted">${escapeHtml(feed.period.name)} · updated just now</p>
${sections.join('\n')}</section></main></div>
</body>
</html>
`;
}
