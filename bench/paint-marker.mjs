// Runs in the page before any of its own code (playwright's addInitScript), so the popup and the
// static page are timed by the same code. A MutationObserver counts the elements each target's
// selector matches after every batch of DOM changes (the HTML parser's and Preact's alike); when
// a target is reached, the time is taken after the next frame has been painted: a task posted
// from requestAnimationFrame runs after that frame's style, layout and paint. Times are
// `performance.now()`, milliseconds since the page's navigation started.

/**
 * `targets`: `[{ key, selector, count }]`. Sets `window.__paintMarks`: `{ [key]: ms | null,
 * batches, counts, countsAtMark }`: `batches` counts the observer's callbacks, `counts[key]` is
 * what the selector matched at the last one, `countsAtMark[key]` what it matched when the
 * target was reached.
 */
export function installPaintMarker(targets) {
  const marks = { batches: 0, counts: {}, countsAtMark: {} };
  for (const target of targets) {
    marks[target.key] = null;
    marks.counts[target.key] = 0;
  }
  Object.defineProperty(window, '__paintMarks', { value: marks });
  const pending = new Set(targets.map((target) => target.key));
  const markAfterPaint = (key) =>
    requestAnimationFrame(() => {
      const mark = () => {
        marks[key] = performance.now();
      };
      // The page's own tasks queued for after this frame (Preact runs effects in a timeout
      // posted from its own requestAnimationFrame) must not delay the mark: a user-blocking
      // task runs before them, straight after the frame's style, layout and paint.
      const { scheduler } = globalThis;
      if (typeof scheduler?.postTask === 'function') {
        void scheduler.postTask(mark, { priority: 'user-blocking' });
        return;
      }
      const channel = new MessageChannel();
      channel.port1.onmessage = mark;
      channel.port2.postMessage(null);
    });
  const observer = new MutationObserver(() => {
    marks.batches += 1;
    for (const target of targets) {
      const matched = document.querySelectorAll(target.selector).length;
      marks.counts[target.key] = matched;
      if (pending.has(target.key) && matched >= target.count) {
        pending.delete(target.key);
        marks.countsAtMark[target.key] = matched;
        markAfterPaint(target.key);
      }
    }
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}
