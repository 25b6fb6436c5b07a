/**
 * A place to lay a render out where no one sees it (render-ahead.ts): a shadow root, so its ids
 * cannot clash with the page's, of an element that is hidden, inert and clipped to no height
 * (never in sight, in the focus order or in the page's scroll size), at the popup's width and
 * styled by copies of the page's stylesheets, so that it lays out as the popup would.
 */
export interface HiddenPlace {
  root: HTMLElement;
  /** Settles when the copies of the page's stylesheets have loaded or failed. */
  styled: Promise<unknown>;
  remove(): void;
}

/**
 * A hidden place to lay the app out at `width` (the page's own unless told: a page out of sight
 * may have no width at all, as Chrome's offscreen documents do), styled as the page is.
 */
export function hiddenPlace(width = document.body.clientWidth): HiddenPlace {
  const host = document.createElement('div');
  host.inert = true;
  host.setAttribute('aria-hidden', 'true');
  // Named, so that tools that check the page (the tests' accessibility scan) can leave it out.
  host.dataset.outOfSight = '';
  host.style.cssText = `position:absolute;top:0;left:0;width:${width}px;height:0;overflow:hidden;visibility:hidden;pointer-events:none`;
  const shadow = host.attachShadow({ mode: 'open' });
  const styles = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((link) => {
    const copy = document.createElement('link');
    copy.rel = 'stylesheet';
    copy.href = link.href;
    return copy;
  });
  // A stylesheet that fails to load only makes the view kept shorter or longer than a screen.
  const styled = Promise.all(
    styles.map(
      (link) =>
        new Promise((settle) => {
          link.addEventListener('load', settle, { once: true });
          link.addEventListener('error', settle, { once: true });
        }),
    ),
  );
  // What is kept is measured (view-of.ts keeps what starts within two screens): objectives out
  // of sight skip layout (popup.css, content-visibility) and would be placed by a guessed
  // height, and here every one is out of sight, so each is laid out for real.
  const measured = document.createElement('style');
  measured.textContent = '.objective { content-visibility: visible; }';
  const root = document.createElement('div');
  shadow.append(...styles, measured, root);
  document.body.append(host);
  return { root, styled, remove: () => host.remove() };
}
