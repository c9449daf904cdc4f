/**
 * What an administrator does to an existing account — add and remove a role, reset the password, reset two-factor,
 * deactivate and reactivate — and the audit log that records it; plus the scheme form's own check of its short
 * name. Every confirmation page and state is scanned for accessibility.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { expectNoSeriousA11yViolations } from './support/a11y.ts';
import { DEMO_USERS, expectHeading, signIn } from './support/auth.ts';
import { useE2E } from './support/e2e.ts';
import { activateAccountWithTwoFactor } from './support/two-factor.ts';
import { uniqueEmail, uniqueSuffix } from './support/unique.ts';
import { createUserAsAdministrator } from './support/users.ts';
import { shownErrorSummary } from './support/forms.ts';

const e2e = useE2E();
const DEMO_SCHEME = 'Demo Social Prescribing Service';

beforeEach(async () => {
  await signIn(e2e.page, DEMO_USERS.administrator.email);
  await expectHeading(e2e.page, DEMO_USERS.administrator.home);
});

describe('administrator: one account', () => {
  test('roles, password reset, two-factor reset, deactivation and reactivation, all in the audit log', async () => {
    const { page } = e2e;
    const name = `E2E Actions ${uniqueSuffix()}`;
    const email = uniqueEmail('actions');
    const { id, oneTimePassword } = await createUserAsAdministrator(page, { name, email, roles: ['Link worker'] });
    // The person signs in, replaces the one-time password and sets up an authenticator (through the API: this
    // journey is about the administrator), so there is two-factor to reset.
    await activateAccountWithTwoFactor(e2e.baseUrl, email, oneTimePassword, 'saffron-glacier-ember-93');

    const detail = `/admin/users/${encodeURIComponent(id)}`;
    const main = page.getByRole('main');
    const expectDetail = async (...texts: (string | RegExp)[]): Promise<void> => {
      await page.waitForURL((url) => url.pathname === detail);
      await expectHeading(page, name);
      for (const text of texts) {
        await expect.poll(() => main.innerText(), { message: `user page shows ${text}` }).toMatch(text);
      }
    };
    await page.goto(detail);
    await expectDetail(/Two-factor authentication\s+On/, /Status\s+Active/);

    // Add a role.
    await main.getByRole('button', { name: 'Add a role' }).click();
    await expectHeading(page, `${name} Add a role`);
    await expectNoSeriousA11yViolations(page, 'add a role');
    await page.getByLabel('Role', { exact: true }).selectOption({ label: 'Supervisor' });
    await page.getByLabel('Scheme', { exact: true }).selectOption('demo');
    await page.getByRole('button', { name: 'Add role' }).click();
    await expectDetail(`${name} has a new role`);
    const roles = page.getByRole('table', { name: `Roles of ${name}` });
    await expect.poll(() => roles.innerText()).toContain('Supervisor');

    // Remove it again.
    const removeLink = roles.getByRole('link', { name: `Remove role Supervisor in ${DEMO_SCHEME}` });
    const membershipId = decodeURIComponent(
      /\/memberships\/([^/]+)\/remove$/.exec((await removeLink.getAttribute('href')) ?? '')?.[1] ?? '',
    );
    expect(membershipId, 'membership id from the remove link').not.toBe('');
    await removeLink.click();
    await expectHeading(page, 'Remove role');
    expect(await main.innerText()).toContain(`Supervisor, ${DEMO_SCHEME}`);
    await expectNoSeriousA11yViolations(page, 'remove role confirmation');
    await main.getByRole('button', { name: 'Remove role' }).click();
    await expectDetail(`${name} no longer has the role Supervisor, ${DEMO_SCHEME}`);
    expect(await roles.innerText()).not.toContain('Supervisor');

    // Reset the password: the reason is required, then a new one-time password is shown once.
    await main.getByRole('button', { name: 'Reset password' }).click();
    await expectHeading(page, `Reset password for ${name}`);
    await expectNoSeriousA11yViolations(page, 'reset password confirmation');
    await main.getByRole('button', { name: 'Reset password' }).click();
    const summary = await shownErrorSummary(page);
    expect(await summary.innerText()).toContain('Enter the reason for resetting the password');
    expect(await page.title()).toMatch(/^Error:/);
    await expectNoSeriousA11yViolations(page, 'reset password without a reason');
    await page.getByLabel('Reason', { exact: true }).fill('Forgotten password; identity checked by phone');
    await main.getByRole('button', { name: 'Reset password' }).click();
    await expectHeading(page, 'Password reset');
    const newOneTimePassword = ((await main.locator('code').first().textContent()) ?? '').trim();
    expect(newOneTimePassword.length, 'new one-time password length').toBeGreaterThanOrEqual(12);
    expect(newOneTimePassword).not.toBe(oneTimePassword);
    await expectNoSeriousA11yViolations(page, 'password reset, one-time password shown');
    await main.getByRole('link', { name: `View ${name}’s account` }).click();
    await expectDetail(/Two-factor authentication\s+On/);
    expect(await main.innerText()).not.toContain(newOneTimePassword);

    // Reset two-factor.
    await main.getByRole('button', { name: 'Reset two-factor' }).click();
    await expectHeading(page, `Reset two-factor authentication for ${name}`);
    await expectNoSeriousA11yViolations(page, 'reset two-factor confirmation');
    await page.getByLabel('Reason', { exact: true }).fill('Lost phone; identity checked in person');
    await main.getByRole('button', { name: 'Reset two-factor' }).click();
    await expectDetail(
      `Two-factor authentication has been reset for ${name}`,
      /Two-factor authentication\s+Not set up/,
    );
    expect(await main.getByRole('button', { name: 'Reset two-factor' }).count()).toBe(0);

    // Deactivate, then reactivate.
    await main.getByRole('button', { name: 'Deactivate user' }).click();
    await expectHeading(page, `Deactivate ${name}`);
    await expectNoSeriousA11yViolations(page, 'deactivate user confirmation');
    await page.getByLabel('Reason', { exact: true }).fill('Left the service');
    await main.getByRole('button', { name: 'Deactivate user' }).click();
    await expectDetail(`${name} has been deactivated`, /Status\s+Deactivated/);
    await expectNoSeriousA11yViolations(page, 'user page of a deactivated user');
    await main.getByRole('button', { name: 'Reactivate user' }).click();
    await expectDetail(`${name} has been reactivated`, /Status\s+Active/);
    expect(await main.getByRole('button', { name: 'Deactivate user' }).count()).toBe(1);

    // The audit log, filtered by the account's id, shows each of those changes.
    const auditActions = async (recordId: string): Promise<string[]> => {
      await page.goto('/admin/audit');
      await expectHeading(page, 'Audit log');
      await page.getByLabel('Record ID', { exact: true }).fill(recordId);
      await page.getByRole('button', { name: 'Search' }).click();
      await page.waitForURL((url) => url.searchParams.get('recordId') === recordId);
      const cells = page.getByRole('table').locator('tbody td code:not(.nhsuk-body-s)');
      let actions: string[] = [];
      await expect
        .poll(
          async () => {
            const records = await page.getByRole('table').locator('tbody td code.nhsuk-body-s').allTextContents();
            actions = await cells.allTextContents();
            return records.length > 0 && records.every((record) => record === recordId);
          },
          { message: `every entry shown is about ${recordId}` },
        )
        .toBe(true);
      return actions;
    };
    const userActions = await auditActions(id);
    for (const action of [
      'user.create',
      'auth.password-changed',
      'auth.two-factor-enrolled',
      'user.reset-password',
      'user.reset-two-factor',
      'user.deactivate',
      'user.reactivate',
    ]) {
      expect(userActions, action).toContain(action);
    }
    // Newest first.
    expect(userActions.indexOf('user.reactivate')).toBeLessThan(userActions.indexOf('user.deactivate'));
    expect(await page.getByRole('table').innerText()).toContain('Left the service');
    await expectNoSeriousA11yViolations(page, 'audit log filtered by record id');

    const membershipActions = await auditActions(membershipId);
    expect(membershipActions).toEqual(['membership.delete', 'membership.create']);
  });
});

describe('administrator: a new scheme', () => {
  test('the short name must be lowercase letters, numbers and hyphens', async () => {
    const { page } = e2e;
    const suffix = uniqueSuffix();
    await page.goto('/admin/organisations/new');
    await expectHeading(page, 'Add an organisation');
    await page
      .getByRole('group', { name: 'Type of organisation' })
      .getByRole('radio', { name: 'Social prescribing scheme' })
      .check();
    await page.getByLabel('Name', { exact: true }).fill(`E2E Scheme ${suffix}`);
    await expectNoSeriousA11yViolations(page, 'new organisation form, scheme chosen');

    await page.getByLabel('Short name', { exact: true }).fill('Bad Slug');
    await page.getByRole('button', { name: 'Add organisation' }).click();
    const summary = await shownErrorSummary(page);
    expect(await summary.innerText()).toContain('lowercase letters, numbers and hyphens');
    expect(await page.title()).toMatch(/^Error:/);
    await expectNoSeriousA11yViolations(page, 'new scheme with a bad short name');

    const shortName = page.getByLabel('Short name', { exact: true });
    await shortName.fill(`e2e-${suffix}`);
    expect(await shortName.inputValue()).toBe(`e2e-${suffix}`);
    await page.getByRole('button', { name: 'Add organisation' }).click();
    await page.waitForURL((url) => url.pathname === '/admin/organisations');
    await expect.poll(() => page.getByRole('main').innerText()).toContain(`E2E Scheme ${suffix} has been added`);
    const row = page
      .getByRole('table')
      .getByRole('row')
      .filter({ hasText: `E2E Scheme ${suffix}` });
    await row.waitFor();
    expect(await row.innerText()).toContain('Social prescribing scheme');
  });
});
