/**
 * The administrator's journeys: users (list, create with a one-time password, detail), organisations (list,
 * create a GP practice) and the audit log, each page and state scanned for accessibility.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { expectNoSeriousA11yViolations } from './support/a11y.ts';
import { DEMO_USERS, expectHeading, signIn } from './support/auth.ts';
import { useE2E } from './support/e2e.ts';
import { uniqueEmail, uniqueOdsCode, uniqueSuffix } from './support/unique.ts';
import { shownErrorSummary } from './support/forms.ts';

const e2e = useE2E();

beforeEach(async () => {
  await signIn(e2e.page, DEMO_USERS.administrator.email);
  await expectHeading(e2e.page, DEMO_USERS.administrator.home);
});

describe('administrator: users', () => {
  test('the users list shows the demo users', async () => {
    const { page } = e2e;
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Users' }).click();
    await page.waitForURL('**/admin/users');
    await expectHeading(page, 'Users');
    const table = page.getByRole('table');
    await table.waitFor();
    for (const user of Object.values(DEMO_USERS)) {
      expect(await table.getByRole('cell', { name: user.email, exact: true }).count(), user.email).toBe(1);
    }
    await expectNoSeriousA11yViolations(page, 'users list');
  });

  test('creating a user shows a one-time password once, and the new user has a detail page', async () => {
    const { page } = e2e;
    const email = uniqueEmail('worker');
    const name = `E2E Worker ${uniqueSuffix()}`;

    await page.goto('/admin/users');
    await page.getByRole('button', { name: 'Add a user' }).click();
    await expectHeading(page, 'Add a user');
    await page.getByLabel('Full name', { exact: true }).waitFor();
    await expectNoSeriousA11yViolations(page, 'new user form');

    await page.getByLabel('Full name', { exact: true }).fill(name);
    await page.getByLabel('Email address', { exact: true }).fill(email);
    await page.getByLabel('Role', { exact: true }).selectOption({ label: 'Link worker' });
    await page.getByLabel('Scheme', { exact: true }).selectOption('demo');
    await page.getByRole('button', { name: 'Create user' }).click();

    // The one-time password is shown once, on the confirmation.
    await expectHeading(page, 'User created');
    const main = page.getByRole('main');
    expect(await main.innerText()).toContain('One-time password');
    const oneTimePassword = ((await main.locator('code').first().textContent()) ?? '').trim();
    expect(oneTimePassword.length, 'one-time password length').toBeGreaterThanOrEqual(12);
    await expectNoSeriousA11yViolations(page, 'user created, one-time password shown');

    // The new user's account opens from the confirmation and never shows the password again.
    await main.getByRole('link', { name: /account/ }).click();
    await page.waitForURL(/\/admin\/users\/[^/]+$/);
    await expectHeading(page, name);
    const detail = await page.getByRole('main').innerText();
    expect(detail).toContain(email);
    expect(detail).toContain('Link worker');
    expect(detail).not.toContain(oneTimePassword);
    await expectNoSeriousA11yViolations(page, 'user detail');

    // And the users list finds them by email address.
    await page.goto('/admin/users');
    await page.getByLabel('Name or email address').fill(email);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/[?&]q=/);
    // The table re-renders with the search results; poll rather than catch the old table.
    const rows = page.getByRole('table').locator('tbody').getByRole('row');
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(1);
    expect(await rows.getByRole('link', { name, exact: true }).count()).toBe(1);
    expect(await rows.innerText()).toContain(email);
  });

  test('a duplicate email is refused with an error that names the field', async () => {
    const { page } = e2e;
    await page.goto('/admin/users/new');
    await page.getByLabel('Full name', { exact: true }).fill('Duplicate Person');
    await page.getByLabel('Email address', { exact: true }).fill(DEMO_USERS.worker.email);
    await page.getByLabel('Role', { exact: true }).selectOption({ label: 'Link worker' });
    await page.getByLabel('Scheme', { exact: true }).selectOption('demo');
    await page.getByRole('button', { name: 'Create user' }).click();
    const summary = await shownErrorSummary(page);
    expect((await summary.innerText()).toLowerCase()).toContain('email');
    expect(await page.title()).toMatch(/^Error:/);
    await expectNoSeriousA11yViolations(page, 'new user form with a duplicate email');
  });
});

describe('administrator: organisations', () => {
  test('the organisations list shows the demo scheme, practice and community organisation', async () => {
    const { page } = e2e;
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Organisations' }).click();
    await expectHeading(page, 'Organisations');
    const table = page.getByRole('table');
    await table.waitFor();
    const text = await table.innerText();
    for (const type of ['Social prescribing scheme', 'GP practice', 'Community organisation']) {
      expect(text, type).toContain(type);
    }
    await expectNoSeriousA11yViolations(page, 'organisations list');
  });

  test('an administrator adds a GP practice with an ODS code', async () => {
    const { page } = e2e;
    const odsCode = uniqueOdsCode();
    const name = `E2E Surgery ${uniqueSuffix()}`;

    await page.goto('/admin/organisations');
    await page.getByRole('button', { name: 'Add an organisation' }).click();
    await expectHeading(page, 'Add an organisation');
    await expectNoSeriousA11yViolations(page, 'new organisation form');

    await page.getByRole('group', { name: 'Type of organisation' }).getByRole('radio', { name: 'GP practice' }).check();
    await page.getByLabel('Name', { exact: true }).fill(name);
    await page.getByLabel(/^ODS code/).fill(odsCode);
    await expectNoSeriousA11yViolations(page, 'new organisation form, GP practice chosen');
    await page.getByRole('button', { name: 'Add organisation' }).click();

    await page.waitForURL((url) => url.pathname === '/admin/organisations');
    await expectHeading(page, 'Organisations');
    await expect.poll(() => page.getByRole('main').innerText()).toContain(`${name} has been added`);
    const row = page.getByRole('table').getByRole('row').filter({ hasText: name });
    await row.waitFor();
    const cells = await row.innerText();
    expect(cells).toContain('GP practice');
    expect(cells).toContain(odsCode);
    await expectNoSeriousA11yViolations(page, 'organisations list after adding one');
  });

  test('a GP practice needs a type and a name', async () => {
    const { page } = e2e;
    await page.goto('/admin/organisations/new');
    await page.getByRole('button', { name: 'Add organisation' }).click();
    const summary = await shownErrorSummary(page);
    const text = await summary.innerText();
    expect(text).toContain('Select the type of organisation');
    expect(text).toMatch(/name/i);
    await expectNoSeriousA11yViolations(page, 'new organisation form with errors');
  });
});

describe('administrator: audit log', () => {
  test('filtering by action shows sign-in entries', async () => {
    const { page } = e2e;
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Audit log' }).click();
    await expectHeading(page, 'Audit log');
    await page.getByRole('table').waitFor();
    await expectNoSeriousA11yViolations(page, 'audit log');

    // The demo's seeding alone writes more than a page (50): the next page is older entries, then back to the first.
    const rows = page.getByRole('table').locator('tbody').getByRole('row');
    const firstPage = await rows.allInnerTexts();
    expect(firstPage).toHaveLength(50);
    const pagination = page.getByRole('navigation', { name: 'Pagination' });
    await pagination.getByRole('link', { name: /Next page/ }).click();
    await page.waitForURL(/[?&]after=/);
    await expect
      .poll(async () => (await rows.allInnerTexts())[0], { message: 'the next page shows other entries' })
      .not.toBe(firstPage[0]);
    // Entries can read alike (the same person, action and minute, with no record id: a report viewed twice), so
    // the pages are compared whole rather than by one row.
    const secondPage = await rows.allInnerTexts();
    expect(secondPage).not.toEqual(firstPage);
    await expectNoSeriousA11yViolations(page, 'audit log, second page');
    // Back at the first page: the newest entries again (the searches just made are recorded too, so it may have moved on by a few).
    await pagination.getByRole('link', { name: /First page/ }).click();
    await page.waitForURL((url) => !url.searchParams.has('after'));
    await expect
      .poll(async () => (await rows.allInnerTexts()).includes(firstPage[5]!), { message: 'the first page is back' })
      .toBe(true);
    expect(await rows.allInnerTexts()).not.toEqual(secondPage);

    await page.getByLabel('Action', { exact: true }).fill('auth.sign-in');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/[?&]action=auth\.sign-in/);
    // Poll until the table shows the filtered results (not the unfiltered table from before the search).
    const actionCells = page.getByRole('table').locator('tbody td code:not(.nhsuk-body-s)');
    await expect
      .poll(
        async () => {
          const actions = await actionCells.allTextContents();
          return actions.length > 0 && actions.every((action) => action.startsWith('auth.sign-in'));
        },
        { timeout: 10_000, message: 'every action shown is a sign-in' },
      )
      .toBe(true);
    const adminRows = page.getByRole('table').locator('tbody').getByRole('row').filter({
      hasText: DEMO_USERS.administrator.email,
    });
    expect(await adminRows.filter({ hasText: 'auth.sign-in' }).count()).toBeGreaterThan(0);
    await expectNoSeriousA11yViolations(page, 'audit log filtered by action');
  });
});
