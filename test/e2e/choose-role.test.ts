/**
 * A person with two roles chooses which one to work in from the header, and the home page follows the choice. The
 * choice page is scanned for accessibility.
 */
import { expect, test } from 'vitest';
import { expectNoSeriousA11yViolations } from './support/a11y.ts';
import { DEMO_USERS, expectHeading, signIn, signOut, submitSignIn } from './support/auth.ts';
import { useE2E } from './support/e2e.ts';
import { uniqueEmail, uniqueSuffix } from './support/unique.ts';
import { createUserAsAdministrator } from './support/users.ts';
import { shownErrorSummary } from './support/forms.ts';

const e2e = useE2E();
const DEMO_SCHEME = 'Demo Social Prescribing Service';

test('a link worker who is also a supervisor chooses a role, then changes it from the header', async () => {
  const { page } = e2e;
  const name = `E2E Two Roles ${uniqueSuffix()}`;
  const email = uniqueEmail('roles');
  const newPassword = 'thimble-quarry-lagoon-58';

  await signIn(page, DEMO_USERS.administrator.email);
  await expectHeading(page, DEMO_USERS.administrator.home);
  const { oneTimePassword } = await createUserAsAdministrator(page, {
    name,
    email,
    roles: ['Link worker', 'Supervisor'],
  });
  await signOut(page);
  await page.waitForURL((url) => url.pathname === '/sign-in');

  // First sign-in: replace the one-time password (two-factor is off in the demo).
  await submitSignIn(page, email, oneTimePassword);
  await page.waitForURL((url) => url.pathname === '/sign-in/change-password');
  await page.getByLabel('Current password', { exact: true }).fill(oneTimePassword);
  await page.getByLabel('New password', { exact: true }).fill(newPassword);
  await page.getByLabel('Confirm new password', { exact: true }).fill(newPassword);
  await page.getByRole('button', { name: 'Change password' }).click();

  // With two roles, nothing is assumed: they are asked which one to work in.
  await page.waitForURL((url) => url.pathname === '/choose-role');
  await expectHeading(page, 'Change role or scheme');
  const choices = page.getByRole('group', { name: 'Change role or scheme' });
  expect(await choices.getByRole('radio').count()).toBe(2);
  expect(await choices.getByRole('radio', { checked: true }).count(), 'no role is chosen for them').toBe(0);
  await expectNoSeriousA11yViolations(page, 'change role or scheme');
  await page.getByRole('button', { name: 'Continue' }).click();
  await shownErrorSummary(page);
  expect(await page.locator('.nhsuk-error-summary').innerText()).toContain(
    'Select the role and scheme you want to use',
  );
  await expectNoSeriousA11yViolations(page, 'change role or scheme with an error');

  await choices.getByRole('radio', { name: `Supervisor, ${DEMO_SCHEME}` }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL((url) => url.pathname === '/');
  await expectHeading(page, 'Clinical supervision');
  await expect
    .poll(() => page.getByRole('main').innerText())
    .toContain(`You are now working as Supervisor, ${DEMO_SCHEME}`);

  // Change role from the header link.
  await page.getByRole('banner').getByRole('link', { name: 'Change role or scheme' }).click();
  await page.waitForURL((url) => url.pathname === '/choose-role');
  await expect.poll(() => choices.getByRole('radio', { name: `Supervisor, ${DEMO_SCHEME}` }).isChecked()).toBe(true);
  await choices.getByRole('radio', { name: `Link worker, ${DEMO_SCHEME}` }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL((url) => url.pathname === '/');
  await expectHeading(page, 'Link worker home');

  // The choice belongs to the session: a reload keeps it.
  await page.reload();
  await expectHeading(page, 'Link worker home');
});
