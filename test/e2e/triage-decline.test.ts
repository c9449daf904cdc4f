/**
 * A referral the service cannot take: the demo scheme excludes acute mental health crises (with the crisis pathway to
 * suggest instead), so a GP who refers someone in crisis is shown "out of scope" with that alternative at once; the
 * link worker declines it with a reason, and the GP reads the decline as a letter. Every state is scanned for
 * accessibility.
 */
import { expect, test } from 'vitest';
import { expectNoSeriousA11yViolations } from './support/a11y.ts';
import { DEMO_USERS, expectHeading, signIn, signOut } from './support/auth.ts';
import { useE2E } from './support/e2e.ts';
import { shownErrorSummary } from './support/forms.ts';
import { findInPagedList, openFromHome, sendReferral, uniquePerson } from './support/pathway.ts';

const e2e = useE2E();

const CRISIS = 'Acute mental health crisis or active suicidal plans';
/** The SNOMED CT concept a decline is coded with ("Social prescribing declined"). */
const DECLINED_CODE = '871711000000103';

test('an out-of-scope referral is declined with the alternative pathway, and the GP reads why', async () => {
  const { page } = e2e;
  const main = page.getByRole('main');
  const person = uniquePerson('Robin');

  // The GP refers someone in crisis and is told at once that it is out of scope, and what to do instead.
  await signIn(page, DEMO_USERS.referrer.email);
  await expectHeading(page, DEMO_USERS.referrer.home);
  await openFromHome(page, 'Refer someone');
  await page.getByLabel('NHS number', { exact: true }).waitFor();
  await sendReferral(page, person, {
    needs: ['Low mood'],
    circumstances: [CRISIS],
    reason: 'Low mood since losing their job; said last week they have thought about ending their life.',
    // A crisis-type exclusion: the GP is warned what to do now, not told "Referral sent" (crisis-referral.test.ts).
    crisis: true,
  });
  await expect.poll(() => main.innerText()).toContain('Criteria check');
  const result = await main.innerText();
  expect(result, 'the demo scheme makes an acute crisis out of scope (seed-pathway.ts)').toContain('Out of scope');
  expect(result).toContain('This referral is outside the service’s criteria.');
  const alternative = /Suggested alternative: (.+)/.exec(result)?.[1]?.trim() ?? '';
  expect(alternative, 'the alternative pathway shown with the result').not.toBe('');
  await expectNoSeriousA11yViolations(page, 'out-of-scope referral sent');
  await signOut(page);
  await page.waitForURL((url) => url.pathname === '/sign-in');

  // The link worker can read where the alternative came from: the scheme's exclusions.
  await signIn(page, DEMO_USERS.worker.email);
  await expectHeading(page, DEMO_USERS.worker.home);
  await openFromHome(page, 'Scheme settings');
  await expect.poll(() => main.innerText()).toContain(`${CRISIS}: out of scope. Suggest: ${alternative}`);
  await expectNoSeriousA11yViolations(page, 'scheme settings, read only');

  // The link worker sees the flag in the triage queue and declines, suggesting the alternative.
  await openFromHome(page, 'Triage queue');
  const inQueue = await findInPagedList(page, new RegExp(`^${person.name}(, \\d+)?$`));
  expect(await main.getByRole('row').filter({ hasText: person.name }).innerText()).toContain('Out of scope');
  await inQueue.click();
  await expectHeading(page, new RegExp(`${person.name}$`));
  // The red out-of-scope result, with its alternative, is read before the decision.
  await main.getByRole('heading', { name: 'Decide on this referral' }).waitFor();
  const triage = await main.innerText();
  expect(triage.indexOf(`Suggested alternative: ${alternative}`)).toBeGreaterThan(-1);
  expect(triage.indexOf(`Suggested alternative: ${alternative}`)).toBeLessThan(
    triage.indexOf('Decide on this referral'),
  );
  await main.getByRole('link', { name: 'Decline this referral' }).click();
  await expectHeading(page, /Decline this referral$/);
  const reasonBox = page.getByLabel('Why is this referral not for the service?');
  await reasonBox.waitFor();
  // The criteria check's suggestion is filled in for the worker to keep or change.
  expect(await page.getByLabel('What should they do instead? (optional)').inputValue()).toBe(alternative);
  await expectNoSeriousA11yViolations(page, 'decline form');

  // Without a reason, nothing is declined.
  await page.getByRole('button', { name: 'Decline referral' }).click();
  const summary = await shownErrorSummary(page);
  expect(await summary.innerText()).toContain('Enter why this referral is not for the service');
  expect(await page.title()).toMatch(/^Error:/);
  expect(new URL(page.url()).pathname).toMatch(/\/decline$/);
  await expectNoSeriousA11yViolations(page, 'decline form with an error');

  const reason = 'They need urgent help from the crisis team today, which a link worker cannot give.';
  await reasonBox.fill(reason);
  await page.getByRole('button', { name: 'Decline referral' }).click();
  await page.waitForURL((url) => /^\/referrals\/[^/]+$/.test(url.pathname));
  await expect.poll(() => main.innerText()).toContain('Referral declined. The referrer has been sent the reason.');
  const declined = await main.innerText();
  expect(declined).toContain('Declined');
  expect(declined).toContain(`Why it was declined: ${reason}`);
  expect(declined).toContain(`Suggested alternative: ${alternative}`);
  await expectNoSeriousA11yViolations(page, 'referral declined');
  await signOut(page);
  await page.waitForURL((url) => url.pathname === '/sign-in');

  // The GP sees the referral declined and reads the message back.
  await signIn(page, DEMO_USERS.referrer.email);
  await expectHeading(page, DEMO_USERS.referrer.home);
  await openFromHome(page, 'Your referrals');
  const mine = await findInPagedList(page, person.name);
  const row = await main.getByRole('row').filter({ hasText: person.name }).innerText();
  expect(row).toContain('Declined');
  await expectNoSeriousA11yViolations(page, 'your referrals with a declined one');
  await mine.click();
  await expectHeading(page, new RegExp(`${person.name}$`));
  const letter = page.getByRole('region', { name: `Social prescribing referral declined: ${person.name}` });
  await letter.waitFor();
  const letterText = await letter.innerText();
  expect(letterText).toContain('Referral declined');
  expect(letterText).toContain(`SNOMED CT ${DECLINED_CODE}`);
  expect(letterText).toContain(reason);
  expect(letterText).toContain(alternative);
  expect(await letter.getByRole('button', { name: 'Print this letter' }).count()).toBe(1);
  await expectNoSeriousA11yViolations(page, 'declined referral with the message back');
}, 180_000);
