/**
 * Asking for help without a GP: a member of the public fills in the plain-English self-referral form (no sign-in),
 * gets a reference and nothing of what they told us back, and the request reaches the link workers' triage queue.
 * The form's own errors link to the fields. Every state is scanned for accessibility.
 */
import { expect, test } from 'vitest';
import { expectNoSeriousA11yViolations } from './support/a11y.ts';
import { DEMO_USERS, expectHeading, signIn } from './support/auth.ts';
import { useE2E } from './support/e2e.ts';
import { shownErrorSummary } from './support/forms.ts';
import { findInPagedList, fillDate, openFromHome, uniquePerson } from './support/pathway.ts';

const e2e = useE2E();

const FORM = '/self-referral/demo';
const TITLE = 'Ask for help from a social prescriber';
/** The server refuses a form sent sooner than this after it was opened (SELF_REFERRAL_MIN_SECONDS, 4 by default). */
const BOT_TIMING_MS = 4_500;

test('someone refers themselves, sees only a reference, and the request reaches the triage queue', async () => {
  const { page } = e2e;
  const person = uniquePerson('Tomas');
  const main = page.getByRole('main');

  await page.goto(FORM);
  await expectHeading(page, new RegExp(`${TITLE}$`));
  await page.getByLabel('First name', { exact: true }).waitFor();
  // The form's token is issued when the page loads; sending sooner than the bot timing is refused.
  const openedAt = Date.now();
  expect(await main.innerText()).toContain('If you need help now');
  const session = await page.request.get('/api/auth/session');
  expect(session.status(), 'no sign-in needed').toBe(401);
  await expectNoSeriousA11yViolations(page, 'self-referral form');

  await page.getByLabel('First name', { exact: true }).fill(person.givenName);
  await page.getByLabel('Last name', { exact: true }).fill(person.familyName);
  await fillDate(page, 'Date of birth', { day: '4', month: '11', year: '1979' });
  await page.getByLabel('NHS number (optional)').fill(person.nhsNumber);
  await page.getByLabel('Address line 1', { exact: true }).fill(person.addressLine1);
  await page.getByLabel('Town or city', { exact: true }).fill(person.town);
  await page.getByLabel('Postcode', { exact: true }).fill(person.postcode);
  await page.getByLabel('Phone number (optional)').fill(person.phone);
  await page.getByLabel('Email address (optional)').fill(person.email);
  await page
    .getByRole('group', { name: 'How would you like us to contact you?' })
    .getByLabel('Text message', { exact: true })
    .check();
  await page.getByLabel('Your GP practice code (optional)').fill('Y90001');
  const needs = page.getByRole('group', { name: 'What would you like help with?' });
  await needs.getByLabel('Feeling lonely or cut off from people', { exact: true }).check();
  await needs.getByLabel('Money and benefits', { exact: true }).check();
  await page.getByLabel('Tell us more (optional)').fill('I moved here for work and do not know anyone yet.');
  const consent = page.getByRole('group', { name: 'Tick the boxes you agree with' });
  await consent.getByLabel(/can contact me$/).check();
  await consent.getByLabel('I agree you can tell my GP practice how things are going').check();

  await page.waitForTimeout(Math.max(0, BOT_TIMING_MS - (Date.now() - openedAt)));
  await page.getByRole('button', { name: 'Send', exact: true }).click();

  // The confirmation gives a reference and says what happens next, but shows nothing the person told us.
  await page.waitForURL((url) => url.pathname === `${FORM}/sent`);
  await expectHeading(page, 'Your request has been sent');
  const reference = (await main.locator('strong').first().innerText()).trim();
  expect(reference).toMatch(/^[A-Z0-9-]{6,40}$/);
  const confirmation = await main.innerText();
  expect(confirmation).toContain('What happens next');
  for (const detail of [
    person.givenName,
    person.familyName,
    person.postcode,
    person.phone,
    person.email,
    person.nhsNumber,
  ]) {
    expect(confirmation, `the confirmation must not show "${detail}"`).not.toContain(detail);
  }
  expect(await page.title()).not.toContain(person.familyName);
  await expectNoSeriousA11yViolations(page, 'self-referral sent');

  // A link worker finds the request in the triage queue, marked as a self-referral.
  await signIn(page, DEMO_USERS.worker.email);
  await expectHeading(page, DEMO_USERS.worker.home);
  await openFromHome(page, 'Triage queue');
  const link = await findInPagedList(page, new RegExp(`^${person.name}(, \\d+)?$`));
  const row = main.getByRole('row').filter({ hasText: person.name });
  const rowText = await row.innerText();
  expect(rowText).toContain('Self-referral');
  expect(rowText).toContain('Waiting for triage');
  await expectNoSeriousA11yViolations(page, 'triage queue with the self-referral');
  await link.click();
  await expectHeading(page, new RegExp(`${person.name}$`));
  await expect.poll(() => main.innerText()).toContain('Came from');
  const referral = await main.innerText();
  expect(referral).toContain('Self-referral');
  expect(referral).toContain('I moved here for work and do not know anyone yet.');
  await expectNoSeriousA11yViolations(page, 'self-referral opened for triage');
});

test('sending the form empty lists each missing answer, linked to its field', async () => {
  const { page } = e2e;
  await page.goto(FORM);
  await expectHeading(page, new RegExp(`${TITLE}$`));
  await page.getByRole('button', { name: 'Send', exact: true }).click();

  const summary = await shownErrorSummary(page);
  const text = await summary.innerText();
  for (const problem of [
    'Enter your first name',
    'Enter your last name',
    'Enter your date of birth',
    'Choose how you would like us to contact you',
    'Choose at least one thing you would like help with',
    'Tick the box to say we can contact you',
  ]) {
    expect(text, problem).toContain(problem);
  }
  const links = summary.locator('a[href^="#"]');
  expect(await links.count()).toBeGreaterThanOrEqual(6);
  expect(await page.title()).toMatch(/^Error:/);
  expect(new URL(page.url()).pathname, 'nothing was sent').toBe(FORM);
  await expectNoSeriousA11yViolations(page, 'self-referral form with errors');

  // Each error takes you to its field.
  await summary.getByRole('link', { name: 'Enter your last name' }).click();
  const lastName = page.getByLabel('Last name', { exact: true });
  await expect.poll(() => lastName.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
  await summary.getByRole('link', { name: 'Choose at least one thing you would like help with' }).click();
  const firstNeed = page.getByRole('group', { name: 'What would you like help with?' }).getByRole('checkbox').first();
  await expect.poll(() => firstNeed.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
});
