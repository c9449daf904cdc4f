/**
 * First sign-in on a deployment that requires two-factor authentication (the production default): the
 * administrator sets up an authenticator at sign-in, adds a person, and that person replaces their one-time password
 * and sets up their own authenticator before they reach their home page. Every step is scanned for accessibility.
 */
import { expect, test } from 'vitest';
import { expectNoSeriousA11yViolations } from './support/a11y.ts';
import { DEMO_USERS, expectHeading, signOut, submitSignIn } from './support/auth.ts';
import { useE2E } from './support/e2e.ts';
import { enrolAuthenticator } from './support/two-factor.ts';
import { uniqueEmail, uniqueSuffix } from './support/unique.ts';
import { createUserAsAdministrator } from './support/users.ts';
import { shownErrorSummary } from './support/forms.ts';

// The demo turns two-factor off; turn it back on before the server starts (the CLI cannot open a data folder a
// running server holds).
const e2e = useE2E({
  prepare: [
    ['seed', '--demo'],
    ['two-factor', 'on'],
  ],
});

test('a new user replaces their one-time password and sets up an authenticator at first sign-in', async () => {
  const { page } = e2e;

  // The administrator has no authenticator yet, so signing in asks them to set one up first.
  await page.goto('/sign-in');
  await submitSignIn(page, DEMO_USERS.administrator.email);
  await page.waitForURL((url) => url.pathname === '/sign-in/enrol-two-factor');
  await expectHeading(page, 'Set up two-factor authentication');
  await enrolAuthenticator(page, { label: 'two-factor set-up at sign-in' });
  await page.waitForURL((url) => url.pathname === '/');
  await expectHeading(page, DEMO_USERS.administrator.home);

  const email = uniqueEmail('first');
  const name = `E2E First ${uniqueSuffix()}`;
  const { oneTimePassword } = await createUserAsAdministrator(page, { name, email, roles: ['Link worker'] });
  await signOut(page);
  await page.waitForURL((url) => url.pathname === '/sign-in');

  await submitSignIn(page, email, oneTimePassword);
  await page.waitForURL((url) => url.pathname === '/sign-in/change-password');
  await expectHeading(page, 'Create a new password');
  await expectNoSeriousA11yViolations(page, 'first sign-in: create a new password');
  // The steps cannot be skipped.
  await page.goto('/');
  await page.waitForURL((url) => url.pathname === '/sign-in/change-password');
  await expectHeading(page, 'Create a new password');

  const fillPasswords = async (newPassword: string): Promise<void> => {
    await page.getByLabel('Current password', { exact: true }).fill(oneTimePassword);
    await page.getByLabel('New password', { exact: true }).fill(newPassword);
    await page.getByLabel('Confirm new password', { exact: true }).fill(newPassword);
    await page.getByRole('button', { name: 'Change password' }).click();
  };
  await fillPasswords('password123456');
  const summary = await shownErrorSummary(page);
  expect(await summary.innerText()).toContain('too common');
  expect(await page.title()).toMatch(/^Error:/);
  await expectNoSeriousA11yViolations(page, 'first sign-in: a common password refused');

  await fillPasswords('orchid-harbour-velvet-42');
  await page.waitForURL((url) => url.pathname === '/sign-in/enrol-two-factor');
  await expectHeading(page, 'Set up two-factor authentication');
  // Same pages as the administrator's above, already scanned.
  await enrolAuthenticator(page, { label: 'new user two-factor set-up', scan: false });
  await page.waitForURL((url) => url.pathname === '/');
  await expectHeading(page, 'Link worker home');
  await expect.poll(() => page.getByRole('main').innerText()).toContain(email);
});
