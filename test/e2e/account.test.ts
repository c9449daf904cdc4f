/**
 * A signed-in person's own account: the account page, changing the password, signing out everywhere, and setting up
 * an authenticator app that is then asked for at the next sign-in. Each page and state is scanned for accessibility.
 * Demo users' passwords and authenticators change here; this file has its own server and database.
 */
import { describe, expect, test } from 'vitest';
import { expectNoSeriousA11yViolations } from './support/a11y.ts';
import { DEMO_PASSWORD, DEMO_USERS, expectHeading, signIn, signOut, submitSignIn } from './support/auth.ts';
import { useE2E } from './support/e2e.ts';
import { enrolAuthenticator, nextTotp, wrongTotp } from './support/two-factor.ts';
import { shownErrorSummary } from './support/forms.ts';

const e2e = useE2E();

/** Opens "Your account" from the header, as a person would. */
async function openAccount(): Promise<void> {
  const { page } = e2e;
  await page.getByRole('banner').getByRole('link', { name: 'Your account' }).click();
  await page.waitForURL((url) => url.pathname === '/account');
  await expectHeading(page, 'Your account');
}

describe('your account', () => {
  test('the account page shows who you are and your security settings', async () => {
    const { page } = e2e;
    await signIn(page, DEMO_USERS.worker.email);
    await openAccount();
    const main = await page.getByRole('main').innerText();
    expect(main).toContain(DEMO_USERS.worker.email);
    expect(main).toMatch(/Two-factor authentication\s+Off/);
    expect(main).toContain('Link worker');
    await expectNoSeriousA11yViolations(page, 'your account');
  });

  test('changing your password: too short is refused, then the new one works at the next sign-in', async () => {
    const { page } = e2e;
    const user = DEMO_USERS.supervisor;
    const newPassword = 'lantern-meadow-copper-7';
    await signIn(page, user.email);
    await openAccount();
    await page.getByRole('link', { name: 'Change your password' }).click();
    await expectHeading(page, 'Change your password');
    await expectNoSeriousA11yViolations(page, 'change your password');

    await page.getByLabel('Current password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByLabel('New password', { exact: true }).fill('too-short');
    await page.getByLabel('Confirm new password', { exact: true }).fill('too-short');
    await page.getByRole('button', { name: 'Change password' }).click();
    const summary = await shownErrorSummary(page);
    expect(await summary.innerText()).toContain('at least 12 characters');
    expect(await page.title()).toMatch(/^Error:/);
    await expectNoSeriousA11yViolations(page, 'change your password with a too-short password');

    await page.getByLabel('New password', { exact: true }).fill(newPassword);
    await page.getByLabel('Confirm new password', { exact: true }).fill(newPassword);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.waitForURL((url) => url.pathname === '/account');
    await expectHeading(page, 'Your account');
    await expect.poll(() => page.getByRole('main').innerText()).toContain('Your password has been changed');

    await signOut(page);
    await page.waitForURL((url) => url.pathname === '/sign-in');
    await page.getByText('You have signed out', { exact: true }).waitFor();
    // The old password no longer works; the new one does.
    await submitSignIn(page, user.email, DEMO_PASSWORD);
    await shownErrorSummary(page);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    // After signing out, the next sign-in on this page starts at home, not at the page that was left.
    await submitSignIn(page, user.email, newPassword);
    await page.waitForURL((url) => url.pathname === '/');
    await expectHeading(page, user.home);
  });

  test('signing out everywhere ends this session too', async () => {
    const { page } = e2e;
    await signIn(page, DEMO_USERS.referrer.email);
    await openAccount();
    await page.getByRole('link', { name: 'Sign out everywhere' }).click();
    await expectHeading(page, 'Sign out everywhere');
    await expectNoSeriousA11yViolations(page, 'sign out everywhere');

    await page.getByRole('main').getByRole('button', { name: 'Sign out everywhere' }).click();
    await page.waitForURL((url) => url.pathname === '/sign-in');
    await expectHeading(page, 'Sign in');
    await page.getByText('You have signed out', { exact: true }).waitFor();
    const session = await page.request.get('/api/auth/session');
    expect(session.status()).toBe(401);
    await page.goto('/account');
    await page.waitForURL((url) => url.pathname === '/sign-in');
  });
});

describe('authenticator app', () => {
  test('setting one up shows the QR code and recovery codes, and the next sign-in asks for a code', async () => {
    const { page } = e2e;
    const user = DEMO_USERS.community;
    await signIn(page, user.email);
    await openAccount();
    await page.getByRole('link', { name: 'Set up your authenticator app' }).click();
    await expectHeading(page, 'Set up your authenticator app');
    const { secret } = await enrolAuthenticator(page, {
      label: 'set up your authenticator app',
      currentPassword: DEMO_PASSWORD,
    });

    await page.waitForURL((url) => url.pathname === '/account');
    await expectHeading(page, 'Your account');
    const main = await page.getByRole('main').innerText();
    expect(main).toContain('Your authenticator app is set up');
    expect(main).toMatch(/Two-factor authentication\s+On/);

    // Signing in again now needs a code from the app.
    await signOut(page);
    await page.waitForURL((url) => url.pathname === '/sign-in');
    await submitSignIn(page, user.email);
    await page.waitForURL((url) => url.pathname === '/sign-in/two-factor');
    await expectHeading(page, 'Enter your security code');
    await expectNoSeriousA11yViolations(page, 'two-factor sign-in step');

    await page.getByLabel('Security code', { exact: true }).fill(wrongTotp(secret));
    await page.getByRole('button', { name: 'Continue' }).click();
    const summary = await shownErrorSummary(page);
    expect((await summary.innerText()).toLowerCase()).toContain('security code');
    expect(await page.title()).toMatch(/^Error:/);
    expect(new URL(page.url()).pathname).toBe('/sign-in/two-factor');
    await expectNoSeriousA11yViolations(page, 'two-factor sign-in step with a wrong code');

    // The code used to confirm the set-up cannot be replayed; the app's next one signs in.
    await page.getByLabel('Security code', { exact: true }).fill(nextTotp(secret));
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await expectHeading(page, user.home);
  });
});
