/**
 * Signing in and out: every demo role lands on its own home page, a wrong password is refused with an error
 * summary, and signing out really ends the session. Each state is scanned for accessibility.
 */
import { describe, expect, test } from 'vitest';
import { expectNoSeriousA11yViolations } from './support/a11y.ts';
import { DEMO_USERS, expectHeading, signIn, signOut, submitSignIn } from './support/auth.ts';
import { useE2E } from './support/e2e.ts';
import { shownErrorSummary } from './support/forms.ts';

const e2e = useE2E();

describe('signing in', () => {
  test('the sign-in page is accessible', async () => {
    const { page } = e2e;
    await page.goto('/sign-in');
    await expectHeading(page, /sign in/i);
    await expect(page.getByLabel('Email address', { exact: true }).count()).resolves.toBe(1);
    await expect(page.getByLabel('Password', { exact: true }).count()).resolves.toBe(1);
    await expectNoSeriousA11yViolations(page, 'sign-in page');
  });

  test.each(
    Object.values(DEMO_USERS).map((user) => [`${/^[aeiou]/.test(user.role) ? 'an' : 'a'} ${user.role}`, user] as const),
  )('%s lands on their home page', async (_role, user) => {
    const { page } = e2e;
    await signIn(page, user.email);
    expect(new URL(page.url()).pathname).toBe('/');
    await expectHeading(page, user.home);
    await expectNoSeriousA11yViolations(page, `${user.home} home page`);
  });

  test("a link worker's home page lists their scheme team by name and role, a page at a time", async () => {
    const { page } = e2e;
    await signIn(page, DEMO_USERS.worker.email);
    const team = page.getByRole('region', { name: 'Your scheme team' });
    const rows = team.getByRole('table').locator('tbody').getByRole('row');
    await rows.first().waitFor();
    const count = await rows.count();
    expect(count).toBeGreaterThan(1);
    expect(count).toBeLessThanOrEqual(20);
    expect(await team.innerText()).toContain('Link worker');
    const names = await rows.locator('td:first-child').allInnerTexts();
    expect(names, 'by name').toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    await expectNoSeriousA11yViolations(page, 'home page with the scheme team');
  });

  test('a wrong password is refused with an error summary and no session', async () => {
    const { page } = e2e;
    await page.goto('/sign-in');
    await submitSignIn(page, DEMO_USERS.worker.email, 'not-the-password');
    const summary = await shownErrorSummary(page);
    // Announced to screen readers, and the page title says there is an error.
    expect(
      await page
        .getByRole('alert')
        .filter({ hasText: /there is a problem/i })
        .count(),
    ).toBeGreaterThan(0);
    expect((await summary.innerText()).toLowerCase()).toMatch(/email|password/);
    expect(await page.title()).toMatch(/^Error:/);
    // The summary gets focus so screen-reader users hear it at once (NHS.UK error summary pattern).
    expect(await summary.evaluate((element) => element.matches(':focus-within, :focus'))).toBe(true);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await expectNoSeriousA11yViolations(page, 'sign-in with a wrong password');

    const session = await page.request.get('/api/auth/session');
    expect(session.status()).toBe(401);
  });

  test('an empty form names the fields to fix', async () => {
    const { page } = e2e;
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    const summary = await shownErrorSummary(page);
    // Each error in the summary links to its field.
    const links = summary.locator('a[href^="#"]');
    expect(await links.count()).toBeGreaterThan(0);
    await expectNoSeriousA11yViolations(page, 'sign-in with empty fields');
  });
});

describe('signing out', () => {
  test('sign out returns to sign-in and the home page then asks to sign in again', async () => {
    const { page } = e2e;
    await signIn(page, DEMO_USERS.referrer.email);
    await expectHeading(page, DEMO_USERS.referrer.home);

    await signOut(page);
    await page.waitForURL((url) => url.pathname === '/sign-in');
    await expectHeading(page, /sign in/i);

    await page.goto('/');
    await page.waitForURL((url) => url.pathname === '/sign-in');
    await expectHeading(page, /sign in/i);

    const session = await page.request.get('/api/auth/session');
    expect(session.status()).toBe(401);
  });

  test('the session survives a page reload', async () => {
    const { page } = e2e;
    await signIn(page, DEMO_USERS.supervisor.email);
    await expectHeading(page, DEMO_USERS.supervisor.home);
    await page.reload();
    await expectHeading(page, DEMO_USERS.supervisor.home);
  });
});
