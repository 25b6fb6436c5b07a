import type { ComponentChildren } from 'preact';
import { usePopupHost } from '../hosts/host-context.js';
import { isSheetLink } from '../feed/sheet-tab.js';

interface Props {
  href: string;
  label?: string;
  children: ComponentChildren;
}

/**
 * A link into the spreadsheet: a real link (its address shows, it can be copied), whose click
 * reuses a tab already on that spreadsheet when the browser lets us find one.
 */
export function SheetLink({ href, label, children }: Props) {
  const host = usePopupHost();
  // Only the spreadsheet's own addresses become links (shared/feed/sheet-url.ts).
  if (!isSheetLink(href)) return <span aria-label={label}>{children}</span>;
  return (
    <a
      href={href}
      target="_blank"
      rel="noreferrer"
      aria-label={label}
      onClick={(event) => {
        if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
        event.preventDefault();
        void host.openSheet(href);
      }}
    >
      {children}
    </a>
  );
}
