// The popup benchmark's reference: the popup's first-paint markup for the same feed (its
// compact rows, closed), written out as plain HTML with no script and styled by the popup's own
// first-paint stylesheets, so "popup / static" is the cost
// of the extension's code (reading storage, Preact rendering) over the browser's own parse,
// layout and paint of the same content.
import { pathToFileURL } from 'node:url';

const escapes = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeHtml = (text) => String(text).replace(/[&<>"]/g, (c) => escapes[c]);

const STATUS_LABELS = { done: 'done', 'on-track': 'on track', 'at-risk': 'at risk', 'off-track': 'off track', 'not-started': 'not started' };

const grade = (value) => (value === null ? '–' : value.toFixed(2));

/** The words the popup writes beside a due check-in; a fixed phrase here, the same length. */
const DUE_WORDS = 'overdue 2 weeks';

function bar(grade) {
  const percent = Math.round(Math.min(1, Math.max(0, grade ?? 0)) * 100);
  return `<span class="progress" aria-hidden="true"><span class="progress-fill" style="width: ${percent}%;"></span></span>`;
}

function keyResultItem(keyResult) {
  return (
    `<li class="key-result status-${keyResult.status ?? 'none'}"><button type="button" class="kr-row" aria-expanded="false">` +
    `<span class="kr-title" dir="auto">${escapeHtml(keyResult.title)}</span><span class="grade" title="grade">${grade(keyResult.grade)}</span>` +
    `<span class="kr-line">${bar(keyResult.grade)}<span class="status-label">${STATUS_LABELS[keyResult.status] ?? 'no status'}</span>` +
    `${keyResult.due ? `<span class="due-tag">${DUE_WORDS}</span>` : ''}</span></button></li>`
  );
}

function objectiveSection(objective, keyResults) {
  return (
    `<section class="objective status-${objective.status ?? 'none'}"><h3 class="objective-head"><span class="objective-title" dir="auto">${escapeHtml(objective.title)}</span>` +
    `${bar(objective.grade)}<span class="status-label">${STATUS_LABELS[objective.status] ?? 'no status'}</span><span class="grade" title="grade">${grade(objective.grade)}</span></h3>` +
    `<ul class="key-results">${keyResults.map(keyResultItem).join('')}</ul></section>`
  );
}

/** The popup shows the three most overdue, then "and N more". */
function dueSection(keyResults) {
  const due = keyResults.filter((keyResult) => keyResult.due);
  const items = due
    .slice(0, 3)
    .map(
      (keyResult) =>
        `<li><button type="button" class="due-row"><span class="due-title" dir="auto">${escapeHtml(keyResult.title)}</span><span class="due-when overdue">${DUE_WORDS}</span></button></li>`,
    );
  if (due.length > 3) items.push(`<li><button type="button" class="due-row due-more">and ${due.length - 3} more: check in all, the most overdue first</button></li>`);
  return (
    `<section class="due" aria-labelledby="due-title"><div class="due-head"><h2 id="due-title">Due check-ins (${due.length})</h2>` +
    `<span class="muted due-how">pick one to check in, then the rest</span></div><ul class="due-list">${items.join('')}</ul></section>`
  );
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
<div id="app"><header class="bar"><h1>OKR Sheets</h1><div class="switch" role="group" aria-label="Show key results"><button type="button" aria-pressed="false">Mine</button><button type="button" aria-pressed="true">Team</button></div><button type="button" class="quiet icon" aria-label="Refresh"><span aria-hidden="true">\u21bb</span></button><button type="button" class="quiet icon" aria-label="Options"><span aria-hidden="true">\u2699</span></button></header>
<main>${dueSection(feed.keyResults)}<section class="tracker" aria-labelledby="tracker-bench"><div class="tracker-head"><h2 id="tracker-bench">${escapeHtml(feed.tracker.name)}</h2><a href="${escapeHtml(feed.tracker.url)}">Open the sheet</a></div>
<p class="muted tracker-fresh">${escapeHtml(feed.period.name)} · updated just now</p>
${sections.join('\n')}</section></main></div>
</body>
</html>
`;
}
