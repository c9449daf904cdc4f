/**
 * Commissioning reports, as a PCN or ICB lead reads them: the demo commissioner chooses the activity report across
 * their scheme, sees every count suppressed (a range, a multiple of 5 or [c]) and no person's name, downloads a
 * table as CSV with the same figures, and, once granted a second scheme, reads both summed. A link worker has no way
 * in. Every page reached is scanned for accessibility.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { expectNoSeriousA11yViolations } from './support/a11y.ts';
import { DEMO_PASSWORD, DEMO_USERS, expectHeading, signIn } from './support/auth.ts';
import { useE2E } from './support/e2e.ts';
import { shownErrorSummary } from './support/forms.ts';
import { openFromHome } from './support/pathway.ts';
import { uniqueSuffix } from './support/unique.ts';

const e2e = useE2E();

const NOTICE =
  'Counts from 1 to 7 are shown as 1–7 and others rounded to the nearest 5; [c] marks a count hidden so that another cannot be worked out.';

interface ViewTable {
  key: string;
  title: string;
  columns: { key: string; label: string; kind: string }[];
  rows: Record<string, string | number | null>[];
  chart: unknown;
}

interface View {
  tables: ViewTable[];
  schemes: { slug: string; name: string }[];
}

/** A count as a commissioner may see it: none, a range, a multiple of 5 (thousands separated on the page) or [c]. */
function isSuppressedCount(text: string): boolean {
  if (text === '1–7' || text === '[c]' || text === '0') return true;
  const value = Number(text.replace(/,/g, ''));
  return /^\d[\d,]*$/.test(text) && value % 5 === 0;
}

/** The cells of a report's data table, by its caption, as the page shows them (narrow-screen labels left out). */
async function shownCells(page: Page, title: string): Promise<string[][]> {
  const table = page.getByRole('table', { name: `${title}: the figures`, exact: true });
  await table.waitFor();
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('td > span:last-child')].map((c) => c.textContent?.trim() ?? '')),
    );
}

/** The first patient's name in the demo triage queue, read as the demo link worker. */
async function aDemoPatientName(page: Page): Promise<string> {
  const response = await page.request.get('/api/schemes/demo/triage');
  expect(response.status()).toBe(200);
  const queue = (await response.json()) as { items: { patient: { name: string } }[] };
  const name = queue.items[0]?.patient.name ?? '';
  expect(name.length, 'the demo triage queue has someone in it').toBeGreaterThan(0);
  return name;
}

/** Signs in through the API as the demo administrator and returns a POST that sends the CSRF token. */
async function administratorApi(page: Page) {
  const signedIn = await page.request.post('/api/auth/sign-in', {
    data: { email: DEMO_USERS.administrator.email, password: DEMO_PASSWORD },
  });
  expect(signedIn.status(), await signedIn.text()).toBe(200);
  const csrf = String(((await signedIn.json()) as { csrfToken: string }).csrfToken);
  return async <T>(url: string, data: Record<string, unknown>): Promise<T> => {
    const response = await page.request.post(url, { headers: { 'X-CSRF-Token': csrf }, data });
    expect(response.status(), await response.text()).toBe(201);
    return (await response.json()) as T;
  };
}

describe('commissioning reports', () => {
  let patientName = '';

  test('a link worker is refused the commissioning pages', async () => {
    const { page } = e2e;
    await signIn(page, DEMO_USERS.worker.email);
    await expectHeading(page, DEMO_USERS.worker.home);
    patientName = await aDemoPatientName(page);
    expect(await page.getByRole('main').getByRole('link', { name: 'Commissioning reports' }).count()).toBe(0);
    await page.goto('/commissioning');
    await expectHeading(page, 'You do not have access');
    await expectNoSeriousA11yViolations(page, 'commissioning refused');
    await page.goto('/commissioning/reports/activity');
    await expectHeading(page, 'You do not have access');
    expect(await page.getByRole('table').count()).toBe(0);
    expect((await page.request.get('/api/commissioning/schemes')).status()).toBe(403);
    expect((await page.request.get('/api/commissioning/reports/activity')).status()).toBe(403);
  });

  test('the demo commissioner reads the activity report across their scheme, suppressed, and downloads a table', async () => {
    const { page } = e2e;
    const main = page.getByRole('main');
    expect(patientName, 'read in the first test').not.toBe('');

    await signIn(page, DEMO_USERS.commissioner.email);
    await expectHeading(page, DEMO_USERS.commissioner.home);
    expect(await main.getByRole('heading', { name: 'Your scheme team' }).count()).toBe(0);
    await expectNoSeriousA11yViolations(page, 'commissioner home');

    await openFromHome(page, 'Commissioning reports');
    const scheme = main.getByRole('checkbox', { name: 'Demo Social Prescribing Service', exact: true });
    expect(await scheme.isChecked()).toBe(true);
    expect(await main.getByRole('radio', { name: /^Activity and flow/ }).isChecked()).toBe(true);
    await expectNoSeriousA11yViolations(page, 'commissioning: choose a report');

    await main.getByRole('button', { name: 'Show the report' }).click();
    await expectHeading(page, 'Activity and flow');
    expect(new URL(page.url()).pathname).toBe('/commissioning/reports/activity');
    await main.getByRole('heading', { name: 'Referrals by need', level: 2 }).waitFor();
    expect(await main.getByText(NOTICE, { exact: true }).count()).toBe(1);
    expect(await main.getByLabel('Link worker').count(), 'no worker filter').toBe(0);
    expect(await main.getByRole('list').first().innerText()).toBe('Demo Social Prescribing Service');
    const summary = await main.getByRole('status').first().innerText();
    expect(summary).toMatch(/^From \w+ \d{4} to \w+ \d{4}; every practice and every need\./);

    // Every count the server sends is suppressed, and the page shows each as it came.
    const view = (await (await page.request.get('/api/commissioning/reports/activity')).json()) as View;
    expect(view.schemes).toEqual([{ slug: 'demo', name: 'Demo Social Prescribing Service' }]);
    const counts = view.tables.flatMap((t) =>
      t.columns.filter((c) => c.kind === 'count').flatMap((c) => t.rows.map((r) => String(r[c.key]))),
    );
    expect(counts.length).toBeGreaterThan(10);
    expect(counts.filter((c) => !isSuppressedCount(c))).toEqual([]);
    expect(
      counts.some((c) => c === '1–7' || c === '[c]'),
      'the demo data is small enough to hide some',
    ).toBe(true);
    const byNeed = view.tables.find((t) => t.key === 'referrals-by-need');
    if (!byNeed) throw new Error('no referrals-by-need table');
    const needCells = await shownCells(page, 'Referrals by need');
    expect(needCells.map((row) => row[0])).toEqual(byNeed.rows.map((r) => String(r.referrals)));
    for (const row of needCells) expect(isSuppressedCount(row[0] ?? '')).toBe(true);

    // Charts are drawn from the counts shown as numbers; no person is named anywhere.
    await expect
      .poll(() => page.locator('figure.linkwork-chart svg[role="img"]').count(), { timeout: 15_000 })
      .toBeGreaterThanOrEqual(5);
    expect(await main.innerText()).not.toContain(patientName);
    await expectNoSeriousA11yViolations(page, 'commissioned activity report');

    // The table's CSV holds the same suppressed figures.
    const download = main.getByRole('link', { name: /^Download this table \(CSV\)\s*: Referrals by need$/ });
    const href = (await download.getAttribute('href')) ?? '';
    expect(new URL(href, e2e.baseUrl).pathname).toBe(
      '/api/commissioning/reports/activity/tables/referrals-by-need.csv',
    );
    const csv = await page.request.get(href);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
    const text = (await csv.text()).replace(/^\uFEFF/, '');
    expect(text).not.toContain(patientName);
    const lines = text.split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('Need,Referrals,Share (%)');
    expect(lines.slice(1).map((line) => /,([^,]*),[^,]*$/.exec(line)?.[1])).toEqual(
      byNeed.rows.map((r) => String(r.referrals)),
    );
  });

  test('granted a second scheme, the commissioner chooses the schemes and reads them together', async () => {
    const { page } = e2e;
    const main = page.getByRole('main');
    const suffix = uniqueSuffix();
    const second = { slug: `e2e-${suffix}`, name: `Eastside Wellbeing ${suffix}` };

    const post = await administratorApi(page);
    await post('/api/admin/organisations', { type: 'scheme', name: second.name, slug: second.slug });
    const users = (await (
      await page.request.get(`/api/admin/users?q=${encodeURIComponent(DEMO_USERS.commissioner.email)}`)
    ).json()) as { items: { id: string; email: string }[] };
    const commissioner = users.items.find((u) => u.email === DEMO_USERS.commissioner.email);
    if (!commissioner) throw new Error('the demo commissioner is not listed');
    await post(`/api/admin/users/${commissioner.id}/memberships`, { role: 'commissioner', schemeSlug: second.slug });
    await e2e.context.clearCookies();

    await signIn(page, DEMO_USERS.commissioner.email);
    await page.goto('/commissioning');
    await expectHeading(page, 'Commissioning reports');
    for (const name of ['Demo Social Prescribing Service', second.name])
      expect(await main.getByRole('checkbox', { name, exact: true }).isChecked()).toBe(true);

    // Unticking every scheme is refused on the page, naming the field.
    await main.getByRole('checkbox', { name: 'Demo Social Prescribing Service', exact: true }).uncheck();
    await main.getByRole('checkbox', { name: second.name, exact: true }).uncheck();
    await main.getByRole('button', { name: 'Show the report' }).click();
    const summary = await shownErrorSummary(page);
    expect(await summary.getByRole('link', { name: 'Select at least one scheme to report on' }).count()).toBe(1);
    await expectNoSeriousA11yViolations(page, 'commissioning: no scheme chosen');

    await main.getByRole('checkbox', { name: 'Demo Social Prescribing Service', exact: true }).check();
    await main.getByRole('checkbox', { name: second.name, exact: true }).check();
    await main.getByRole('button', { name: 'Show the report' }).click();
    await expectHeading(page, 'Activity and flow');
    await main.getByRole('heading', { name: 'Referrals by need', level: 2 }).waitFor();
    expect(await main.getByRole('list').first().innerText()).toBe(`Demo Social Prescribing Service\n${second.name}`);
    await expectNoSeriousA11yViolations(page, 'commissioned report across two schemes');

    // The new scheme has no referrals yet, so the sum across both equals the demo scheme's own figures.
    const both = (await (
      await page.request.get(`/api/commissioning/reports/activity?schemes=demo,${second.slug}`)
    ).json()) as View;
    const demoOnly = (await (
      await page.request.get('/api/commissioning/reports/activity?schemes=demo')
    ).json()) as View;
    expect(both.schemes.map((s) => s.slug)).toEqual(['demo', second.slug].sort());
    expect(both.tables).toEqual(demoOnly.tables);

    // One scheme only: the address names it.
    await page.goto('/commissioning');
    await main.getByRole('checkbox', { name: second.name, exact: true }).uncheck();
    await main.getByRole('button', { name: 'Show the report' }).click();
    await page.waitForURL((url) => url.searchParams.get('schemes') === 'demo');
    await expectHeading(page, 'Activity and flow');
  });
});
