/**
 * The safety and workforce report, as a manager checking the team is safe: every table with its chart, figures from
 * the demo (risks, supervision, training, lone working and caseloads), one table as a CSV, and the page scanned for
 * accessibility with its charts drawn.
 */
import { describe, expect, test } from 'vitest';
import { expectNoSeriousA11yViolations } from './support/a11y.ts';
import { DEMO_USERS, expectHeading, signIn } from './support/auth.ts';
import { useE2E } from './support/e2e.ts';
import { openFromHome } from './support/pathway.ts';

const e2e = useE2E();

type Row = Record<string, string | number | null>;
type Table = { key: string; title: string; chart: unknown; rows: Row[] };

const total = (table: Table | undefined, column: string) =>
  (table?.rows ?? []).reduce((sum, row) => sum + Number(row[column] ?? 0), 0);

describe('the safety and workforce report', () => {
  test('a manager reads every table and chart, with real figures from the demo, and downloads one', async () => {
    const { page } = e2e;
    const main = page.getByRole('main');
    await signIn(page, DEMO_USERS.manager.email);
    await expectHeading(page, DEMO_USERS.manager.home);
    await openFromHome(page, 'Reports');
    await main.getByRole('link', { name: 'Safety and workforce', exact: true }).click();
    await expectHeading(page, 'Safety and workforce');

    const view = (await (await page.request.get('/api/schemes/demo/reports/safety?from=2020-01')).json()) as {
      tables: Table[];
    };
    const byKey = (key: string) => view.tables.find((t) => t.key === key);
    await expect
      .poll(() => main.getByRole('heading', { level: 2 }).allInnerTexts())
      .toEqual(['Filter the report', ...view.tables.map((t) => t.title)]);
    // The demo team's work shows in the figures.
    expect(total(byKey('risks-by-level'), 'total'), 'risk checks').toBeGreaterThan(0);
    expect(total(byKey('escalation-actions'), 'due'), 'escalation actions').toBeGreaterThan(0);
    expect(total(byKey('supervision-by-worker'), 'sessions'), 'supervision sessions').toBeGreaterThan(0);
    expect(byKey('training-compliance')!.rows.at(-1)!.workers, 'link workers').not.toBe(0);
    expect(total(byKey('training-by-course'), 'current'), 'current training').toBeGreaterThan(0);
    expect(total(byKey('lone-working'), 'visits'), 'lone-working visits').toBeGreaterThan(0);
    expect(total(byKey('competence-overrides'), 'allocated'), 'allocations').toBeGreaterThan(0);
    expect(total(byKey('competence-overrides'), 'overrides'), 'competence overrides').toBeGreaterThan(0);
    expect(byKey('caseload-against-cap')!.rows.at(-1)!.meanShare, 'caseload against the cap').not.toBeNull();

    // Every table with rows and a chart draws it, on the page as shown (the last twelve months).
    const shown = (await (await page.request.get('/api/schemes/demo/reports/safety')).json()) as { tables: Table[] };
    const charted = shown.tables.filter((t) => t.chart !== null && t.rows.length > 0).length;
    expect(charted).toBeGreaterThanOrEqual(9);
    await expect
      .poll(() => page.locator('figure.linkwork-chart svg[role="img"]').count(), { timeout: 15_000 })
      .toBe(charted);
    expect(await main.getByRole('table', { name: 'Caseload against the safe cap: the figures' }).count()).toBe(1);
    expect(await main.getByRole('table', { name: 'Supervision on schedule by link worker: the figures' }).count()).toBe(
      1,
    );
    await expectNoSeriousA11yViolations(page, 'safety and workforce report with its charts');

    const download = main.getByRole('link', { name: /^Download this table \(CSV\)\s*: Risk checks by level$/ });
    const csv = await page.request.get((await download.getAttribute('href')) ?? '');
    expect(csv.status()).toBe(200);
    expect((await csv.text()).replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
      'Month,Risk checks,Immediate,High,Medium,Low,None found',
    );
  });
});
