/**
 * The community connection report, as a scheme manager reads it for a commissioner: onward referrals by month,
 * service, need and status, and unmet need by need and by area, each table with its chart, drawn from the demo's
 * real onward referrals and closed cases. Every page reached is scanned for accessibility, charts included.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { expectNoSeriousA11yViolations } from './support/a11y.ts';
import { DEMO_USERS, expectHeading, signIn } from './support/auth.ts';
import { useE2E } from './support/e2e.ts';
import { openFromHome } from './support/pathway.ts';

const e2e = useE2E();

const COMMUNITY_TABLES = [
  'Onward referrals by month',
  'Onward referrals by service',
  'Onward referrals by need',
  'Onward referrals by status now',
  'Unmet need by need',
  'Unmet need by area',
];

type Row = Record<string, string | number | null>;

/** The header cells of a report's data table, by its caption, as the page shows them. */
async function shownHeaders(page: Page, title: string): Promise<string[]> {
  const table = page.getByRole('table', { name: `${title}: the figures`, exact: true });
  await table.waitFor();
  return table
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => row.querySelector('th > span:last-child')?.textContent?.trim() ?? ''));
}

describe('community connection report', () => {
  test('a manager reads onward referrals and unmet need, with their charts, and the page is accessible', async () => {
    const { page } = e2e;
    const main = page.getByRole('main');
    await signIn(page, DEMO_USERS.manager.email);
    await expectHeading(page, DEMO_USERS.manager.home);
    await openFromHome(page, 'Reports');
    await main.getByRole('link', { name: 'Community connection', exact: true }).click();
    await expectHeading(page, 'Community connection');
    // The first read brings the demo's rollups up to date, which can take a few seconds.
    await expect
      .poll(() => main.getByRole('heading', { level: 2 }).allInnerTexts(), { timeout: 30_000 })
      .toEqual(['Filter the report', ...COMMUNITY_TABLES]);

    const view = (await (await page.request.get('/api/schemes/demo/reports/community')).json()) as {
      tables: { key: string; chart: unknown; rows: Row[] }[];
    };
    const rows = (key: string) => view.tables.find((t) => t.key === key)!.rows;
    const total = (key: string, column: string) => rows(key).reduce((n, r) => n + Number(r[column] ?? 0), 0);
    expect(total('onward-by-month', 'sent'), 'the demo has onward referrals').toBeGreaterThan(0);
    expect(total('unmet-need-by-need', 'cases'), 'the demo has closed cases').toBeGreaterThan(0);
    expect(total('unmet-need-by-area', 'unmet')).toBeGreaterThan(0);
    // Services by their directory names, areas by their district names from the demo's postcodes.
    for (const row of rows('onward-by-service')) expect(String(row.service)).toMatch(/[a-z] [A-Za-z]/);
    expect(rows('unmet-need-by-area').some((r) => !String(r.area).startsWith('Area not known'))).toBe(true);

    const charted = view.tables.filter((t) => t.chart !== null && t.rows.length > 0).length;
    expect(charted).toBe(COMMUNITY_TABLES.length);
    await expect
      .poll(() => page.locator('figure.linkwork-chart svg[role="img"]').count(), { timeout: 15_000 })
      .toBe(charted);
    expect(await shownHeaders(page, 'Onward referrals by service')).toEqual(
      rows('onward-by-service').map((r) => String(r.service)),
    );
    expect(await main.getByRole('link', { name: /^Download this table \(CSV\)/ }).count()).toBe(
      COMMUNITY_TABLES.length,
    );
    await expectNoSeriousA11yViolations(page, 'community connection report with its charts');
  });
});
