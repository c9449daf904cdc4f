import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Waits until the error summary is shown and has taken focus, as the page moves focus to it after a
 * failed submit. Typing before that can be interrupted by the focus move on a slow machine.
 */
export async function shownErrorSummary(page: Page): Promise<Locator> {
  const summary = page.locator('.nhsuk-error-summary');
  await summary.waitFor();
  await expect
    .poll(() => summary.evaluate((el) => el.contains(el.ownerDocument.activeElement)), { timeout: 10_000 })
    .toBe(true);
  return summary;
}
