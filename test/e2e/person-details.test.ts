/**
 * Correcting a person's details from their case: the demo link worker opens a case from My caseload, changes the
 * person's phone number to something that is not a phone number (the server refuses it, the error summary names the
 * field and nothing is saved), then to a real number, and the case page shows it. Every state is scanned for
 * accessibility.
 */
import { randomInt } from 'node:crypto';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { expectNoSeriousA11yViolations } from './support/a11y.ts';
import { DEMO_USERS, expectHeading, signIn } from './support/auth.ts';
import { useE2E } from './support/e2e.ts';
import { shownErrorSummary } from './support/forms.ts';
import { openFromHome } from './support/pathway.ts';

const e2e = useE2E();

/** The value of the case page's "Phone" row in the contact details. */
async function phoneOnCasePage(page: Page): Promise<string> {
  const row = page
    .getByRole('main')
    .locator('.nhsuk-summary-list__row')
    .filter({ has: page.locator('dt', { hasText: /^Phone$/ }) });
  return ((await row.locator('dd').first().textContent()) ?? '').trim();
}

test('a link worker corrects a person’s phone number from their case, after a wrong one is refused', async () => {
  const { page } = e2e;
  const main = page.getByRole('main');

  // The worker opens the first person on their caseload.
  await signIn(page, DEMO_USERS.worker.email);
  await expectHeading(page, DEMO_USERS.worker.home);
  await openFromHome(page, 'My caseload');
  const firstCase = main.getByRole('table').getByRole('link').first();
  const name = ((await firstCase.textContent()) ?? '').trim();
  expect(name).not.toBe('');
  await firstCase.click();
  await page.waitForURL(/\/cases\/[^/]+$/);
  const caseUrl = page.url();
  await expectHeading(page, name);
  const phoneBefore = await phoneOnCasePage(page);

  // "Change details" names the person for screen readers.
  await main.getByRole('link', { name: `Change details for ${name}`, exact: true }).click();
  await page.waitForURL(/\/cases\/[^/]+\/person$/);
  await expectHeading(page, `Change ${name}’s details`);
  const phone = page.getByLabel('Phone number', { exact: true });
  await phone.waitFor();
  // The form starts with what is saved.
  const givenName = await page.getByLabel('First name', { exact: true }).inputValue();
  const familyName = await page.getByLabel('Last name', { exact: true }).inputValue();
  expect(`${givenName} ${familyName}`).toBe(name);
  if (phoneBefore !== 'Not given') expect(await phone.inputValue()).toBe(phoneBefore);
  expect(await page.getByLabel(/^NHS number/).inputValue()).toMatch(/^(\d{10})?$/);
  await expectNoSeriousA11yViolations(page, 'change a person’s details');

  // Not a phone number: the server refuses it, the error summary takes focus and links to the phone field.
  await phone.fill('call the daughter');
  await page.getByRole('button', { name: 'Save changes' }).click();
  const summary = await shownErrorSummary(page);
  expect(await summary.getByRole('heading').innerText()).toBe('There is a problem');
  const summaryLink = summary.getByRole('link', { name: /is not a phone number/ });
  expect(await summaryLink.getAttribute('href')).toBe('#patient-phone');
  expect(await summaryLink.innerText()).toContain('Enter a UK phone number');
  expect(await phone.getAttribute('aria-invalid')).toBe('true');
  expect(await page.title()).toMatch(/^Error: /);
  expect(new URL(page.url()).pathname).toMatch(/\/person$/);
  // The link in the summary moves focus to the phone field.
  await summaryLink.click();
  await expect.poll(() => phone.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
  await expectNoSeriousA11yViolations(page, 'change details with an invalid phone number');

  // Nothing was saved: the case, read afresh in another tab, still has the old number.
  const other = await e2e.context.newPage();
  await other.goto(caseUrl);
  await expectHeading(other, name);
  expect(await phoneOnCasePage(other)).toBe(phoneBefore);
  await other.close();

  // A real number is saved and the case page says so, with the new number.
  const newPhone = `07700 9${String(randomInt(100_000)).padStart(5, '0')}`;
  await phone.fill(newPhone);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.waitForURL((url) => url.href === caseUrl);
  await expectHeading(page, name);
  const banner = main.locator('.nhsuk-notification-banner--success');
  await expect.poll(() => banner.innerText()).toContain(`${name}’s details have been changed`);
  await expect.poll(() => banner.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
  expect(await phoneOnCasePage(page)).toBe(newPhone);
  await expectNoSeriousA11yViolations(page, 'case after changing the person’s details');
});
