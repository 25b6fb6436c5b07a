/** Small HTML building for dialogs: every piece of sheet text is escaped. */
export function escapeHtml(text: unknown): string {
  return String(text ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const STYLE = `<style>body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#202124;margin:12px}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:4px 8px;border-bottom:1px solid #dadce0}
th{background:#f1f3f4}code,input{font:13px ui-monospace,Menlo,Consolas,monospace}input{width:100%;padding:6px;box-sizing:border-box}
label{display:block;margin:12px 0 4px;font-weight:600}p.hint{color:#5f6368}</style>`;

/** A whole document: the title too, which screen readers announce for the dialog's frame (WCAG 2.4.2). */
function page(body: string, title: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><base target="_top"><title>${escapeHtml(title)}</title>${STYLE}</head><body>${body}</body></html>`;
}

export function showDialog(html: string, title: string, width = 520, height = 360): void {
  const output = HtmlService.createHtmlOutput(page(html, title)).setWidth(width).setHeight(height);
  SpreadsheetApp.getUi().showModalDialog(output, title);
}
