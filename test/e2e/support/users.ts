/** Administrator steps shared by journeys that need a fresh account to work on. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { expectHeading } from './auth.ts';

export interface NewUser {
  name: string;
  email: string;
  /** Each role as the Role list shows it ("Link worker"), in scheme `demo` unless it is Administrator. */
  roles: string[];
}

export interface CreatedUser {
  id: string;
  oneTimePassword: string;
}

/**
 * Fills in /admin/users/new as an administrator (already signed in) and reads the one-time password and the new
 * account's id from the confirmation. Leaves the page on the confirmation.
 */
export async function createUserAsAdministrator(page: Page, user: NewUser): Promise<CreatedUser> {
  await page.goto('/admin/users/new');
  await expectHeading(page, 'Add a user');
  await page.getByLabel('Full name', { exact: true }).fill(user.name);
  await page.getByLabel('Email address', { exact: true }).fill(user.email);
  for (let i = 1; i < user.roles.length; i++) await page.getByRole('button', { name: 'Add another role' }).click();
  for (const [index, role] of user.roles.entries()) {
    const group = page.getByRole('group', { name: user.roles.length > 1 ? `Role ${index + 1}` : 'Role and scheme' });
    await group.getByLabel('Role', { exact: true }).selectOption({ label: role });
    if (role !== 'Administrator') await group.getByLabel('Scheme', { exact: true }).selectOption('demo');
  }
  await page.getByRole('button', { name: 'Create user' }).click();
  await expectHeading(page, 'User created');
  const main = page.getByRole('main');
  const oneTimePassword = ((await main.locator('code').first().textContent()) ?? '').trim();
  expect(oneTimePassword.length, 'one-time password length').toBeGreaterThanOrEqual(12);
  const href = (await main.getByRole('link', { name: `View ${user.name}’s account` }).getAttribute('href')) ?? '';
  const id = decodeURIComponent(/^\/admin\/users\/([^/]+)$/.exec(href)?.[1] ?? '');
  expect(id, `user id from ${href}`).not.toBe('');
  return { id, oneTimePassword };
}
