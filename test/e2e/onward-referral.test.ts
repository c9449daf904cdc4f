/**
 * An onward referral, closed loop, as the people involved live it: Aisha (link worker) opens Nasreen Akhtar's case,
 * chooses "Refer to a community service", finds a service near Nasreen that speaks Urdu, and refers her with her
 * consent, sharing her language on top of the minimum necessary. Chris Lee of Lakeside Community Hub finds it in the
 * organisation's inbox, sees only what was shared, accepts it, marks it started and completes it with an outcome.
 * Aisha then sees the outcome on the case. Every page is scanned for accessibility.
 */
import { randomBytes } from 'node:crypto';
import { expect, test } from 'vitest';
import { expectNoSeriousA11yViolations } from './support/a11y.ts';
import { DEMO_USERS, expectHeading, signIn, signOut } from './support/auth.ts';
import { useE2E } from './support/e2e.ts';
import { findInPagedList, openFromHome } from './support/pathway.ts';

const e2e = useE2E();

const WORKER = 'worker2@demo.example.org';
const PERSON = 'Nasreen Akhtar';
const SERVICE = "Lakeside Women's Group (Urdu and Punjabi)";

test(
  'a worker refers a person on with consent; the organisation accepts and completes it; the worker sees the outcome',
  { timeout: 240_000 },
  async () => {
    const { page } = e2e;
    const main = page.getByRole('main');
    const message = `Would like to meet other women and practise English (${randomBytes(2).toString('hex')}).`;
    const outcome = `Came to three sessions and now goes with her neighbour (${randomBytes(2).toString('hex')}).`;

    // Aisha opens Nasreen's case and goes to refer her on.
    await signIn(page, WORKER);
    await openFromHome(page, 'My caseload', /caseload/i);
    await (await findInPagedList(page, PERSON)).click();
    await expectHeading(page, new RegExp(PERSON));
    const caseUrl = new URL(page.url()).pathname;
    await main.getByRole('link', { name: 'Refer to a community service' }).click();
    await expectHeading(page, 'Find a service');

    // A service near Nasreen (her postcode is filled in from the case) that speaks Urdu.
    await expect.poll(() => main.getByLabel('Postcode').inputValue()).toMatch(/^LK/);
    const urdu = await main
      .getByLabel('Language')
      .locator('option', { hasText: /^Urdu$/ })
      .getAttribute('value');
    await main.getByLabel('Language').selectOption(urdu ?? '');
    await main.getByRole('button', { name: 'Search' }).click();
    await main.getByRole('link', { name: SERVICE }).click();
    await expectHeading(page, SERVICE);
    await main
      .getByRole('button', { name: `Refer ${PERSON} to this service` })
      .or(main.getByRole('link', { name: `Refer ${PERSON} to this service` }))
      .click();
    await expectHeading(page, new RegExp(`${SERVICE.replace(/[()]/g, '\\$&')}$`));
    await expectNoSeriousA11yViolations(page, 'new onward referral');

    // The minimum necessary is ticked; nothing is sent without consent and a message.
    await expect.poll(() => main.getByLabel('Name', { exact: true }).isChecked()).toBe(true);
    await expect.poll(() => main.getByLabel('Address', { exact: true }).isChecked()).toBe(false);
    await main.getByRole('button', { name: 'Send referral' }).click();
    const summary = page.locator('.nhsuk-error-summary');
    await expect.poll(() => summary.innerText()).toMatch(/agrees to this referral/);
    await expect.poll(() => summary.innerText()).toMatch(/Enter a message to the service/);
    await expectNoSeriousA11yViolations(page, 'new onward referral with errors');

    await main.getByLabel('Yes, they agree').check();
    await main.getByLabel('Language and interpreter').check();
    await main.getByLabel('Message to the service').fill(message);
    const preview = main.locator('dl').last();
    await expect.poll(() => preview.innerText()).toMatch(/Language and interpreter\s+Urdu/);
    expect(await preview.innerText()).not.toMatch(/Date of birth|Address/);
    await main.getByRole('button', { name: 'Send referral' }).click();
    await page.waitForURL((url) => url.pathname === caseUrl);
    await expect.poll(() => main.innerText()).toContain(`Referral sent to ${SERVICE}`);
    const section = main.locator('#onward-referrals');
    await expect
      .poll(() => section.innerText())
      .toMatch(new RegExp(`${SERVICE.replace(/[()]/g, '\\$&')}\\s+Waiting for an answer`));
    await expectNoSeriousA11yViolations(page, 'case with an onward referral');
    await signOut(page);

    // Chris Lee of Lakeside Community Hub: the inbox, only what Nasreen agreed to share.
    await signIn(page, DEMO_USERS.community.email);
    await openFromHome(page, 'Referrals received');
    await expectNoSeriousA11yViolations(page, 'inbox');
    await main.getByRole('link', { name: PERSON }).first().click();
    await expectHeading(page, new RegExp(`${PERSON}$`));
    const shared = await main.innerText();
    expect(shared).toContain(message);
    expect(shared).toContain('Urdu');
    expect(shared).not.toMatch(/Date of birth|Address|bereavement|mother died/i);
    await expectNoSeriousA11yViolations(page, 'inbox referral');

    await main.getByRole('button', { name: 'Accept referral' }).click();
    await expect.poll(() => main.innerText()).toMatch(/Referral accepted/);
    await main.getByRole('button', { name: 'Mark as started' }).click();
    await expect.poll(() => main.innerText()).toMatch(/Marked as started/);
    await main.getByRole('button', { name: 'Complete referral' }).click();
    await expect
      .poll(() => page.locator('.nhsuk-error-summary').first().innerText())
      .toMatch(/Select whether the person attended/);
    await expectNoSeriousA11yViolations(page, 'inbox referral, complete with errors');
    await main.getByLabel('Yes, they attended').check();
    await main.getByLabel('What happened').fill(outcome);
    await main.getByRole('button', { name: 'Complete referral' }).click();
    await expect.poll(() => main.innerText()).toMatch(/Referral completed/);
    await expectNoSeriousA11yViolations(page, 'inbox referral, completed');
    await signOut(page);

    // Aisha sees the outcome on the case, and each step on the timeline.
    await signIn(page, WORKER);
    await page.goto(caseUrl);
    await expectHeading(page, new RegExp(PERSON));
    await expect.poll(() => section.innerText()).toMatch(/Completed/);
    expect(await section.innerText()).toContain(`Yes, they attended. ${outcome}`);
    expect(await main.locator('section', { has: page.locator('#timeline') }).innerText()).toMatch(
      new RegExp(`Onward referral to ${SERVICE.replace(/[()]/g, '\\$&')}: completed`),
    );
    await expectNoSeriousA11yViolations(page, 'case with the outcome');
  },
);

test(
  'the scheme manager sets when unanswered onward referrals are chased and declined',
  { timeout: 120_000 },
  async () => {
    const { page } = e2e;
    const main = page.getByRole('main');
    await signIn(page, DEMO_USERS.manager.email);
    await page.goto('/settings/safety');
    await expectHeading(page, 'Safety settings');
    const reminder = main.getByLabel('Working days without an answer before an onward referral is chased');
    const decline = main.getByLabel('Days without an answer before an onward referral is declined automatically');
    await expect.poll(() => reminder.inputValue()).toBe('5');
    expect(await decline.inputValue()).toBe('14');

    // A decline that could come before the reminder is refused, naming the field.
    await reminder.fill('5');
    await decline.fill('8');
    await main.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.locator('.nhsuk-error-summary').innerText()).toMatch(/could come before the reminder/);
    await expectNoSeriousA11yViolations(page, 'safety settings with an onward timing error');

    await reminder.fill('3');
    await decline.fill('10');
    await main.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL((url) => url.pathname === '/settings');
    await expect
      .poll(() => main.innerText())
      .toMatch(/Reminder after 3 working days, declined automatically after 10 days/);
    await expectNoSeriousA11yViolations(page, 'settings with onward timings');
  },
);
