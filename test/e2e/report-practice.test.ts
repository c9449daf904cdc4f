/**
 * The GP practices report, as a manager preparing to visit a practice: every table with its chart, figures from the
 * demo, the practices that have stopped referring; then the printable monthly summary of one practice, laid out for
 * A4 without the page's header and buttons when printed, and a bad month named on its field. Each page is scanned
 * for accessibility.
 */
import { describe, expect, test } from 'vitest';
import { expectNoSeriousA11yViolations } from './support/a11y.ts';
import { DEMO_USERS, expectHeading, signIn } from './support/auth.ts';
import { useE2E } from './support/e2e.ts';
import { shownErrorSummary } from './support/forms.ts';
import { openFromHome } from './support/pathway.ts';

const e2e = useE2E();

type Table = { key: string; title: string; chart: unknown; rows: Record<string, string | number | null>[] };

describe('the GP practices report', () => {
  test('a manager reads each practice, opens and prints its monthly summary, and is told of a bad month', async () => {
    const { page } = e2e;
    const main = page.getByRole('main');
    await signIn(page, DEMO_USERS.manager.email);
    await expectHeading(page, DEMO_USERS.manager.home);
    await openFromHome(page, 'Reports');
    await main.getByRole('link', { name: 'GP practices', exact: true }).click();
    await expectHeading(page, 'GP practices');

    const view = (await (await page.request.get('/api/schemes/demo/reports/practices')).json()) as {
      filters: { to: string };
      tables: Table[];
    };
    expect(view.tables.map((t) => t.title)).toEqual([
      'Referrals by GP practice',
      'Referrals by GP practice and month',
      'Common reasons for referral, by GP practice',
      "Outcomes for each GP practice's patients",
      'Practices that have stopped referring',
    ]);
    await expect
      .poll(() => main.getByRole('heading', { level: 2 }).allInnerTexts())
      .toEqual(['Filter the report', 'Print a practice’s monthly summary', ...view.tables.map((t) => t.title)]);
    // The demo's network: four practices, each with referrals, needs and (for most) outcomes.
    const practices = view.tables.find((t) => t.key === 'practice-referrals')!.rows;
    expect(practices.filter((r) => Number(r.referrals) > 0).length).toBeGreaterThanOrEqual(4);
    expect(view.tables.find((t) => t.key === 'practice-needs')!.rows.length).toBeGreaterThan(0);
    expect(view.tables.find((t) => t.key === 'practice-outcomes')!.rows.length).toBeGreaterThan(0);
    const charted = view.tables.filter((t) => t.chart !== null && t.rows.length > 0).length;
    expect(charted).toBe(2);
    await expect
      .poll(() => page.locator('figure.linkwork-chart svg[role="img"]').count(), { timeout: 15_000 })
      .toBe(charted);
    const shown = main.getByRole('table', { name: 'Referrals by GP practice: the figures', exact: true });
    expect(await shown.innerText()).toContain('Riverside Medical Practice');
    await expectNoSeriousA11yViolations(page, 'GP practices report with its charts');

    // The printable summary of one practice for the last whole month.
    await main.getByLabel('Practice to summarise', { exact: true }).selectOption({ value: 'Y90001' });
    await main.getByRole('button', { name: 'Open the summary' }).click();
    await page.waitForURL((url) => url.pathname === '/reports/practices/Y90001/summary');
    const month = new URL(page.url()).searchParams.get('month') ?? '';
    expect(month).toMatch(/^\d{4}-\d{2}$/);
    await expect
      .poll(() => main.getByRole('heading', { level: 1 }).innerText())
      .toContain('Riverside Medical Practice');
    expect(await main.getByRole('heading', { level: 2 }).allInnerTexts()).toEqual([
      'The month at a glance',
      'Most common reasons for referral',
      'Outcomes for the practice’s patients',
      'Referrals over the last 12 months',
    ]);
    const glance = main.getByRole('table', { name: /^Riverside Medical Practice and the whole scheme in / });
    expect(await glance.locator('tbody tr').count()).toBe(10);
    const year = main.getByRole('table', { name: 'Referrals received each month' });
    const referrals = await year
      .locator('tbody tr td:first-of-type')
      .allInnerTexts()
      .then((cells) => cells.reduce((sum, c) => sum + Number(c), 0));
    expect(referrals, 'the demo practice referred in the last year').toBeGreaterThan(0);
    await expectNoSeriousA11yViolations(page, 'practice summary');

    // Printed: the content only, without the header, the back link, the month form or the print button.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.nhsuk-header').isVisible()).toBe(false);
    expect(await main.getByRole('button', { name: 'Print this summary' }).isVisible()).toBe(false);
    expect(await main.getByLabel('Month', { exact: true }).isVisible()).toBe(false);
    expect(await glance.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    // A month that is not one is refused on its field.
    await main.getByLabel('Month', { exact: true }).fill('2026-13');
    await main.getByRole('button', { name: 'Show this month' }).click();
    await page.waitForURL((url) => url.searchParams.get('month') === '2026-13');
    const errors = await shownErrorSummary(page);
    expect(await errors.getByRole('link', { name: /"2026-13" is not a month/ }).getAttribute('href')).toBe('#month');
    await expectNoSeriousA11yViolations(page, 'practice summary with a bad month');

    // A practice that is not known is not found.
    await page.goto(`/reports/practices/ZZ9999/summary?month=${month}`);
    await expectHeading(page, 'Page not found');
  });
});
