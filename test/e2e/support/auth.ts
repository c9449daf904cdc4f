/** The demo deployment's sign-ins and the browser steps to use them. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export const DEMO_PASSWORD = 'Linkwork-demo-2026';

export type DemoRole =
  'administrator' | 'manager' | 'supervisor' | 'worker' | 'referrer' | 'community' | 'commissioner';

export interface DemoUser {
  email: string;
  /** The role in words, as people say it. */
  role: string;
  /** The h1 of the home page this role lands on. */
  home: string;
}

/** The demo deployment's users (seeded on a fresh embedded database by `linkwork start`). */
export const DEMO_USERS: Record<DemoRole, DemoUser> = {
  administrator: { email: 'admin@demo.example.org', role: 'administrator', home: 'Administration' },
  manager: { email: 'manager@demo.example.org', role: 'scheme manager', home: 'Scheme management' },
  supervisor: { email: 'supervisor@demo.example.org', role: 'supervisor', home: 'Clinical supervision' },
  worker: { email: 'worker@demo.example.org', role: 'link worker', home: 'Link worker home' },
  referrer: { email: 'referrer@demo.example.org', role: 'referrer', home: 'Referrals' },
  community: {
    email: 'community@demo.example.org',
    role: 'community organisation user',
    home: 'Community organisation',
  },
  commissioner: { email: 'commissioner@demo.example.org', role: 'commissioner', home: 'Commissioning' },
};

/** Fills in and submits the sign-in form. Does not wait for the outcome: callers assert where they land. */
export async function submitSignIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  if (!new URL(page.url()).pathname.startsWith('/sign-in')) await page.goto('/sign-in');
  await page.getByLabel('Email address', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** Signs in through the real form and waits until the app has left the sign-in page. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await submitSignIn(page, email, password);
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'), { timeout: 15_000 });
}

/** Signs out with the header link or button (on a phone, behind the header's "Menu"). */
export async function signOut(page: Page): Promise<void> {
  const menu = page.getByRole('banner').getByRole('button', { name: 'Menu' });
  if (await menu.isVisible()) await menu.click();
  await page
    .getByRole('banner')
    .getByRole('button', { name: 'Sign out' })
    .or(page.getByRole('banner').getByRole('link', { name: 'Sign out' }))
    .click();
}

/** Waits for the page's h1 to read `name` and fails with the h1 actually shown (and the URL) if it does not. */
export async function expectHeading(page: Page, name: string | RegExp, timeout = 10_000): Promise<void> {
  await expect
    .poll(async () => `${await firstH1(page)}`, { timeout, message: `h1 on ${page.url()}` })
    .toMatch(typeof name === 'string' ? new RegExp(`^${escapeRegExp(name)}$`) : name);
}

/** The trimmed text of the first h1, or "(no h1)". */
export async function firstH1(page: Page): Promise<string> {
  const h1 = page.locator('h1').first();
  if ((await h1.count()) === 0) return '(no h1)';
  return ((await h1.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
