/**
 * The equity report, as a manager asked who the service reaches: the under-reach table against the demo practices'
 * registered lists, and referrals, engagement and improvement by deprivation decile, ethnic category, age band and
 * sex, each drawn as a chart; the page scanned for accessibility with its charts.
 */
import { describe, expect, test } from 'vitest';
import { expectNoSeriousA11yViolations } from './support/a11y.ts';
import { DEMO_USERS, expectHeading, signIn } from './support/auth.ts';
import { useE2E } from './support/e2e.ts';
import { openFromHome } from './support/pathway.ts';

const e2e = useE2E();

type Table = {
  key: string;
  title: string;
  description: string;
  chart: unknown;
  rows: Record<string, string | number | null>[];
};

describe('the equity report', () => {
  test('a manager reads who is referred, engages and improves, and where the service under-reaches', async () => {
    const { page } = e2e;
    const main = page.getByRole('main');
    await signIn(page, DEMO_USERS.manager.email);
    await expectHeading(page, DEMO_USERS.manager.home);
    await openFromHome(page, 'Reports');
    await main.getByRole('link', { name: 'Equity', exact: true }).click();
    await expectHeading(page, 'Equity');

    const view = (await (await page.request.get('/api/schemes/demo/reports/equity')).json()) as { tables: Table[] };
    expect(view.tables.map((t) => t.title)).toEqual([
      'Where the service under-reaches',
      'Referrals, engagement and improvement by deprivation (IMD decile)',
      'Referrals, engagement and improvement by ethnic category',
      'Referrals, engagement and improvement by age band at referral',
      'Referrals, engagement and improvement by sex',
    ]);
    await expect
      .poll(() => main.getByRole('heading', { level: 2 }).allInnerTexts())
      .toEqual(['Filter the report', ...view.tables.map((t) => t.title)]);

    // The demo's people live in Lakeside's areas: most of them in a known decile, several deciles in all.
    const byDecile = view.tables.find((t) => t.key === 'equity-imd')!.rows;
    const known = byDecile.filter((r) => r.group !== 'Area not known');
    expect(known.length).toBeGreaterThanOrEqual(3);
    expect(known.reduce((s, r) => s + Number(r.referrals), 0)).toBeGreaterThan(0);
    // The demo practices' lists are imported, so ages and sexes are compared with the registered population.
    const reach = view.tables.find((t) => t.key === 'equity-under-reach')!;
    expect(reach.description).toContain('NHS Digital extract of 2026-11-01');
    expect(reach.rows.some((r) => r.comparison === 'Registered population (referrals)')).toBe(true);

    const charted = view.tables.filter((t) => t.chart !== null && t.rows.length > 0).length;
    expect(charted).toBe(4);
    await expect
      .poll(() => page.locator('figure.linkwork-chart svg[role="img"]').count(), { timeout: 15_000 })
      .toBe(charted);
    const shown = main.getByRole('table', { name: 'Where the service under-reaches: the figures', exact: true });
    expect(await shown.innerText()).toContain('Registered population (referrals)');
    await expectNoSeriousA11yViolations(page, 'equity report with its charts');
  });
});
