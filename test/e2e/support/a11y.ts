/** Accessibility checks: every page must meet WCAG 2.2 AA (PRODUCT.md), so serious findings fail the journey. */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const FAILING_IMPACTS = new Set(['serious', 'critical']);

/**
 * Runs axe on the page as it is now and throws a readable list of serious or critical violations.
 * `label` names the state being scanned (e.g. "sign-in with errors") in the failure message.
 */
export async function expectNoSeriousA11yViolations(page: Page, label = page.url()): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const serious = results.violations.filter((violation) => FAILING_IMPACTS.has(violation.impact ?? ''));
  if (serious.length === 0) return;
  const lines = serious.map((violation) => {
    const targets = violation.nodes
      .slice(0, 5)
      .map(
        (node) => `      - ${node.target.join(' ')}${node.failureSummary ? `: ${oneLine(node.failureSummary)}` : ''}`,
      );
    const more = violation.nodes.length > 5 ? [`      … and ${violation.nodes.length - 5} more`] : [];
    return [
      `  • ${violation.id} (${violation.impact}): ${violation.help} — ${violation.helpUrl}`,
      ...targets,
      ...more,
    ].join('\n');
  });
  throw new Error(`Accessibility violations on ${label} (${page.url()}):\n${lines.join('\n')}`);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
