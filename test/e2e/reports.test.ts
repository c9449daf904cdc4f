/**
 * Scheme reports, as a manager answers a commissioner: the activity and flow report with every table, its charts and
 * figures; a need filter that lands in the address and narrows the figures consistently; one table as a CSV with the
 * same filters; a range that ends before it starts, named on its field. A link worker has no way in. Every page
 * reached is scanned for accessibility, charts included.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { expectNoSeriousA11yViolations } from './support/a11y.ts';
import { DEMO_USERS, expectHeading, signIn } from './support/auth.ts';
import { useE2E } from './support/e2e.ts';
import { shownErrorSummary } from './support/forms.ts';
import { openFromHome } from './support/pathway.ts';

const e2e = useE2E();

/** The activity report's tables, in the order the server builds them (activity-tables.ts). */
const ACTIVITY_TABLES = [
  'Referrals received by month',
  'Referrals by source',
  'Referrals by GP practice',
  'Referrals by need',
  'Referrals against the criteria',
  'What became of the referrals',
  'Waiting times',
  'Waiting list over time',
  'Sessions and non-attendance',
  'Length of the work together',
  'Sessions attended per person',
  'Discharges and closures by reason',
];

interface ShownRow {
  header: string;
  cells: string[];
}

/** The rows of a report's data table, by its caption, as the page shows them (the narrow-screen labels left out). */
async function shownTable(page: Page, title: string): Promise<ShownRow[]> {
  const table = page.getByRole('table', { name: `${title}: the figures`, exact: true });
  await table.waitFor();
  return table.locator('tbody tr').evaluateAll((rows) =>
    rows.map((row) => ({
      header: row.querySelector('th > span:last-child')?.textContent?.trim() ?? '',
      cells: [...row.querySelectorAll('td > span:last-child')].map((cell) => cell.textContent?.trim() ?? ''),
    })),
  );
}

function asNumber(text: string): number {
  return Number(text.replace(/,/g, ''));
}

/** Referrals received in the range: the sum of the by-month table. */
async function referralsReceived(page: Page): Promise<number> {
  const rows = await shownTable(page, 'Referrals received by month');
  return rows.reduce((sum, row) => sum + asNumber(row.cells[0] ?? ''), 0);
}

/** Waits until every chart the report draws is on the page (Plot loads on the first chart). */
async function chartsDrawn(page: Page, expected: number): Promise<void> {
  await expect
    .poll(() => page.locator('figure.linkwork-chart svg[role="img"]').count(), { timeout: 15_000 })
    .toBe(expected);
}

describe('scheme reports', () => {
  test('a manager reads the activity report, filters it by a need, downloads a table and is told of a bad range', async () => {
    const { page } = e2e;
    const main = page.getByRole('main');

    await signIn(page, DEMO_USERS.manager.email);
    await expectHeading(page, DEMO_USERS.manager.home);
    await openFromHome(page, 'Reports');
    expect(await main.getByRole('link', { name: 'Outcomes', exact: true }).count()).toBe(1);
    expect(await main.getByRole('link', { name: 'Out-of-scope referrals by practice', exact: true }).count()).toBe(1);
    await expectNoSeriousA11yViolations(page, 'reports index');

    await main.getByRole('link', { name: 'Activity and flow', exact: true }).click();
    await expectHeading(page, 'Activity and flow');
    await expect
      .poll(() => main.getByRole('heading', { level: 2 }).allInnerTexts())
      .toEqual(['Filter the report', ...ACTIVITY_TABLES]);
    const summary = await main.getByRole('status').first().innerText();
    expect(summary).toMatch(/^From \w+ \d{4} to \w+ \d{4}; every practice, every need and every link worker\./);
    expect(summary).toContain('The figures are exact to the last change');

    // Every table with rows and a chart draws it; the one table without a chart shows its figures alone.
    const view = (await (await page.request.get('/api/schemes/demo/reports/activity')).json()) as {
      tables: { key: string; chart: unknown; rows: unknown[] }[];
    };
    expect(view.tables.map((t) => t.key)).toHaveLength(ACTIVITY_TABLES.length);
    const charted = view.tables.filter((t) => t.chart !== null && t.rows.length > 0).length;
    expect(charted, 'the demo data fills most charts').toBeGreaterThanOrEqual(8);
    await chartsDrawn(page, charted);
    expect(await main.getByRole('img', { name: /^Referrals received by month, \w+ \d{4} to \w+ \d{4}$/ }).count()).toBe(
      1,
    );
    expect(await main.getByRole('table', { name: 'Length of the work together: the figures' }).count()).toBe(1);
    const waits = await shownTable(page, 'Waiting times');
    expect(waits.map((r) => r.header)).toEqual(['Referral to first contact', 'Referral to first session']);
    for (const row of waits) expect(row.cells.slice(1).every((c) => /^(\d[\d,.]* days?|–)$/.test(c))).toBe(true);
    const sources = await shownTable(page, 'Referrals by source');
    for (const row of sources) expect(row.cells[1]).toMatch(/^(\d+(\.\d)?%|–)$/);
    await expectNoSeriousA11yViolations(page, 'activity report with its charts');

    // Filter by the need most referrals name: the address holds it, and the figures narrow consistently.
    const allReceived = await referralsReceived(page);
    const needs = await shownTable(page, 'Referrals by need');
    const top = needs[0];
    if (!top) throw new Error('the demo data has no referrals by need');
    const topCount = asNumber(top.cells[0] ?? '');
    expect(topCount).toBeGreaterThan(0);
    await main.getByLabel('Need', { exact: true }).selectOption({ label: top.header });
    await main.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL((url) => (url.searchParams.get('need') ?? '') !== '');
    const needCode = new URL(page.url()).searchParams.get('need') ?? '';
    await expect.poll(() => main.getByRole('status').first().innerText()).toContain(`the need ${top.header} and`);
    await expect
      .poll(() => shownTable(page, 'Referrals by need'))
      .toEqual([{ header: top.header, cells: [top.cells[0], '100%'] }]);
    const filteredReceived = await referralsReceived(page);
    expect(filteredReceived, 'the referrals naming the need, once each').toBe(topCount);
    expect(filteredReceived).toBeLessThanOrEqual(allReceived);
    expect(await main.getByLabel('Need', { exact: true }).inputValue()).toBe(needCode);
    await chartsDrawn(page, await page.locator('figure.linkwork-chart').count());
    await expectNoSeriousA11yViolations(page, 'activity report filtered by a need');

    // The table's CSV carries the same filters and the same figures.
    const download = main.getByRole('link', { name: /^Download this table \(CSV\)\s*: Referrals by need$/ });
    const href = (await download.getAttribute('href')) ?? '';
    expect(new URL(href, e2e.baseUrl).searchParams.get('need')).toBe(needCode);
    expect(new URL(href, e2e.baseUrl).pathname).toBe('/api/schemes/demo/reports/activity/tables/referrals-by-need.csv');
    const csv = await page.request.get(href);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
    const lines = (await csv.text()).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('Need,Referrals,Share (%)');
    expect(lines[1]).toBe(`${top.header.includes(',') ? `"${top.header}"` : top.header},${topCount},100`);

    // A range that ends before it starts is refused, and the error names the "from" field.
    await main.getByLabel('From month', { exact: true }).fill('2026-06');
    await main.getByLabel('To month', { exact: true }).fill('2026-01');
    await main.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL((url) => url.searchParams.get('from') === '2026-06');
    const errorSummary = await shownErrorSummary(page);
    const link = errorSummary.getByRole('link', { name: /The range starts \(2026-06\) after it ends \(2026-01\)/ });
    expect(await link.getAttribute('href')).toBe('#from');
    expect(await main.locator('#from-error').innerText()).toContain('Give a "from" month on or before the "to" month.');
    expect(await page.title()).toMatch(/^Error: Activity and flow/);
    await expectNoSeriousA11yViolations(page, 'activity report with a bad range');
  });

  test('a manager reads the outcomes report: every table, its chart when it has one, and accessible', async () => {
    const { page } = e2e;
    const main = page.getByRole('main');
    await signIn(page, DEMO_USERS.manager.email);
    await expectHeading(page, DEMO_USERS.manager.home);
    await page.goto('/reports/outcomes?from=2020-01');
    await expectHeading(page, 'Outcomes');
    const view = (await (await page.request.get('/api/schemes/demo/reports/outcomes?from=2020-01')).json()) as {
      filters: { from: string };
      tables: { title: string; chart: unknown; rows: unknown[] }[];
    };
    expect(view.filters.from).toBe('2020-01');
    expect(view.tables.map((t) => t.title)).toContain('Change since baseline');
    await expect
      .poll(() => main.getByRole('heading', { level: 2 }).allInnerTexts())
      .toEqual(['Filter the report', ...view.tables.map((t) => t.title)]);
    expect(await main.getByRole('status').first().innerText()).toMatch(/^From January 2020 to /);
    expect(await main.getByLabel('From month', { exact: true }).inputValue()).toBe('2020-01');
    await chartsDrawn(page, view.tables.filter((t) => t.chart !== null && t.rows.length > 0).length);
    expect(await main.getByRole('link', { name: /^Download this table \(CSV\)/ }).count()).toBe(view.tables.length);
    await expectNoSeriousA11yViolations(page, 'outcomes report with its charts');
  });

  test("a supervisor reads the safety report for their supervisees' work, choosing only among them", async () => {
    const { page } = e2e;
    const main = page.getByRole('main');
    await signIn(page, DEMO_USERS.supervisor.email);
    await expectHeading(page, DEMO_USERS.supervisor.home);
    await openFromHome(page, 'Reports');
    expect(await main.getByText(/you see the work of the link workers you supervise/).count()).toBe(1);
    expect(await main.getByRole('link', { name: 'Out-of-scope referrals by practice', exact: true }).count()).toBe(0);
    await expectNoSeriousA11yViolations(page, 'reports index for a supervisor');
    await main.getByRole('link', { name: 'Safety and workforce', exact: true }).click();
    await expectHeading(page, 'Safety and workforce');
    const scheme = (await (await page.request.get('/api/schemes/demo/workers')).json()) as {
      workers: { userId: string; name: string; supervisorId: string | null }[];
    };
    const session = (await (await page.request.get('/api/auth/session')).json()) as { user: { id: string } };
    const mine = scheme.workers.filter((w) => w.supervisorId === session.user.id).map((w) => w.name);
    expect(mine.length).toBeGreaterThan(0);
    // The select appears once the link workers have loaded; reading its options before then would find none.
    const offered = () =>
      main
        .getByLabel('Link worker', { exact: true })
        .locator('option')
        .evaluateAll((options) =>
          options.map((o) => o.textContent?.trim() ?? '').filter((t) => t && !/^Every/.test(t)),
        );
    await expect.poll(async () => (await offered()).sort()).toEqual([...mine].sort());
    await chartsDrawn(page, await page.locator('figure.linkwork-chart').count());
    await expectNoSeriousA11yViolations(page, 'safety report for a supervisor');
  });

  test('a link worker has no reports link and is refused the report', async () => {
    const { page } = e2e;
    await signIn(page, DEMO_USERS.worker.email);
    await expectHeading(page, DEMO_USERS.worker.home);
    expect(await page.getByRole('main').getByRole('link', { name: 'Reports', exact: true }).count()).toBe(0);
    await page.goto('/reports/activity');
    await expectHeading(page, 'You do not have access');
    expect(await page.getByRole('table').count()).toBe(0);
    await expectNoSeriousA11yViolations(page, 'report refused');
    const api = await page.request.get('/api/schemes/demo/reports/activity');
    expect(api.status()).toBe(403);
    const csv = await page.request.get('/api/schemes/demo/reports/activity/tables/referrals-by-need.csv');
    expect(csv.status()).toBe(403);
  });
});
