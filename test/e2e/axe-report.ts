/**
 * axe-core in the browser tests (https://github.com/dequelabs/axe-core/blob/develop/doc/API.md):
 * runs the WCAG 2.1 A and AA rules on a page as it is now and gives one readable line per
 * failing element (rule, impact, element, what to fix), so a failing test says what to change
 * without opening a report.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

// axe-core's result types, as @axe-core/playwright (the package we depend on) returns them.
type Result = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];
type NodeResult = Result['nodes'][number];

/** WCAG 2.0 and 2.1, levels A and AA: the bar the extension is held to. No rule is disabled. */
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** "Fix any of the following:\n  Element has …" → "Element has …; …", on one line. */
function summaryOf(node: NodeResult): string {
  return (node.failureSummary ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !/^Fix (any|all) of the following:$/.test(line))
    .join('; ');
}

/** One line per element that fails a rule. */
function describeViolations(violations: readonly Result[]): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact ?? node.impact ?? 'unknown impact'}) at ${node.target.join(' ')}: ${violation.help}. ${summaryOf(node)}`),
  );
}

/**
 * The WCAG 2.1 AA violations on the page, described. `[]` when there are none.
 *
 * A page of one frame is checked with axe.run in the page itself (AxeBuilder's legacy mode): its
 * default runs axe in each frame and then merges the results in a new blank page, a page opened
 * and axe injected again on every check, which only a page with frames needs.
 */
export async function wcagViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(WCAG_21_AA)
    // The popup's views of the next days render out of sight (extension/popup/hidden-place.ts):
    // hidden, inert and aria-hidden, and gone a moment later, maybe in the middle of a scan.
    .exclude('[data-out-of-sight]')
    .setLegacyMode(page.frames().length === 1)
    .analyze();
  return describeViolations(results.violations);
}
