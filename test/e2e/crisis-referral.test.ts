/**
 * A referral that may describe a crisis: a GP ticks "acute mental health crisis or active suicidal plans" (a crisis-type
 * exclusion in the demo scheme) and is told, in red and before anything else, that the service cannot respond to a
 * crisis and what to do now, never "Success". The referral is kept, tops the triage queue with a red "Possible crisis"
 * tag, and its out-of-scope result is read above the actions; accepting it needs a reason, which is kept and shown,
 * and so does allocating one straight from triage. A referrer's answer to a question gets the same crisis check:
 * risk language flags the referral and warns the referrer, and the manager's alert names the person.
 * Every state is scanned for accessibility.
 */
import { expect, test } from 'vitest';
import { expectNoSeriousA11yViolations } from './support/a11y.ts';
import { DEMO_USERS, expectHeading, signIn, signOut } from './support/auth.ts';
import { useE2E } from './support/e2e.ts';
import { shownErrorSummary } from './support/forms.ts';
import { fillDate, findInPagedList, openFromHome, sendReferral, uniquePerson } from './support/pathway.ts';

const e2e = useE2E();

const CRISIS = 'Acute mental health crisis or active suicidal plans';
const CRISIS_TAG = 'Possible crisis – review today';

test('a GP crisis referral warns instead of "sent", tops triage, and is accepted only with a reason', async () => {
  const { page } = e2e;
  const main = page.getByRole('main');
  const person = uniquePerson('Jesse');

  // The GP refers someone in crisis: a red warning with what to do now, and no success banner.
  await signIn(page, DEMO_USERS.referrer.email);
  await expectHeading(page, DEMO_USERS.referrer.home);
  await openFromHome(page, 'Refer someone');
  await page.getByLabel('NHS number', { exact: true }).waitFor();
  await sendReferral(page, person, {
    needs: ['Low mood'],
    circumstances: [CRISIS],
    reason: 'Very low since losing their job; lives alone.',
    crisis: true,
  });
  const warning = page.locator('#possible-crisis');
  await warning.waitFor();
  const warned = await warning.innerText();
  expect(warned).toContain('This service cannot respond to a crisis');
  expect(warned).toContain(`The referral says: ${CRISIS}.`);
  expect(warned).toContain('call 999');
  expect(warned).toMatch(/call NHS 111.*option 2/);
  expect(warned).toMatch(/Pathway to use instead: .+/);
  expect(warned).toContain('review it today');
  expect(await page.getByRole('link', { name: 'call 999' }).getAttribute('href')).toBe('tel:999');
  const shown = await main.innerText();
  expect(shown).not.toContain('Success');
  expect(shown).not.toContain('Referral sent');
  expect(shown).toContain(CRISIS_TAG);
  // The warning is the first thing after the heading and status, above the criteria check.
  expect(shown.indexOf('This service cannot respond to a crisis')).toBeLessThan(shown.indexOf('Criteria check'));
  await expectNoSeriousA11yViolations(page, 'crisis referral sent: the warning');
  await signOut(page);
  await page.waitForURL((url) => url.pathname === '/sign-in');

  // The link worker finds it among the possible crises at the top of the triage queue, ahead of every routine referral.
  await signIn(page, DEMO_USERS.worker.email);
  await expectHeading(page, DEMO_USERS.worker.home);
  await openFromHome(page, 'Triage queue');
  const inQueue = await findInPagedList(page, new RegExp(`^${person.name}(, \\d+)?$`));
  expect(new URL(page.url()).searchParams.get('after'), 'on the first page').toBeNull();
  const rows = await main.getByRole('row').allInnerTexts();
  const body = rows.slice(1);
  const at = body.findIndex((row) => row.includes(person.name));
  expect(at).toBeGreaterThanOrEqual(0);
  expect(
    body.slice(0, at + 1).every((row) => row.includes(CRISIS_TAG)),
    'only possible crises are above it',
  ).toBe(true);
  expect(
    body.slice(at + 1).some((row) => !row.includes(CRISIS_TAG)),
    'routine referrals come after it',
  ).toBe(true);
  expect(body[at]).toContain('Out of scope');
  expect(await main.innerText()).toContain('Possible crises first, then oldest first.');
  await expectNoSeriousA11yViolations(page, 'triage queue with a possible crisis');

  // Opening it: the warning for triage, then the red out-of-scope result, then the decision.
  await inQueue.click();
  await expectHeading(page, new RegExp(`${person.name}$`));
  await page.getByRole('button', { name: 'Accept despite the criteria check' }).waitFor();
  const triage = await main.innerText();
  expect(triage).toContain('Possible crisis: review today');
  expect(triage.indexOf('Criteria check')).toBeGreaterThan(-1);
  expect(triage.indexOf('Criteria check'), 'the result is read before the actions').toBeLessThan(
    triage.indexOf('Decide on this referral'),
  );
  expect(triage.indexOf('Out of scope')).toBeLessThan(triage.indexOf('Accept despite the criteria check'));
  expect(
    await main.getByRole('button', { name: 'Accept onto the waiting list' }).count(),
    'no plain accept for an out-of-scope referral',
  ).toBe(0);
  await expectNoSeriousA11yViolations(page, 'out-of-scope crisis referral to triage');

  // Accepting it without a reason is refused and nothing changes.
  await page.getByRole('button', { name: 'Accept despite the criteria check' }).click();
  const summary = await shownErrorSummary(page);
  expect(await summary.innerText()).toContain(
    'Enter why you are accepting a referral the criteria check put out of scope',
  );
  expect(await page.title()).toMatch(/^Error:/);
  expect(await main.innerText()).toContain('Waiting for triage');
  await expectNoSeriousA11yViolations(page, 'accepting out of scope without a reason');

  const reason =
    'Spoke to the crisis team: they are supporting the person and ask us to help with isolation alongside them.';
  await page.getByLabel('Why are you accepting a referral that is out of scope?').fill(reason);
  await page.getByRole('button', { name: 'Accept despite the criteria check' }).click();
  await expect
    .poll(() => main.innerText())
    .toContain('Referral accepted. The person is on the waiting list for a link worker.');
  const accepted = await main.innerText();
  expect(accepted).toContain('Accepted, waiting for a link worker');
  expect(accepted).toContain(`Accepted despite the criteria check, because: ${reason}`);
  await expectNoSeriousA11yViolations(page, 'out-of-scope referral accepted with a reason');

  // The waiting list carries the red tag too.
  await openFromHome(page, 'Waiting list');
  await findInPagedList(page, new RegExp(`^${person.name}(, \\d+)?$`));
  expect(await main.getByRole('row').filter({ hasText: person.name }).innerText()).toContain(CRISIS_TAG);
  await expectNoSeriousA11yViolations(page, 'waiting list with a possible crisis');
}, 180_000);

test("a GP's answer with risk language is flagged and warned like intake, the manager's alert names the person, and allocating out of scope asks why", async () => {
  const { page } = e2e;
  const main = page.getByRole('main');
  const header = page.getByRole('banner');
  const person = uniquePerson('Robin');
  const outOfScope = uniquePerson('Alex');

  // The GP sends a routine referral, and one naming the crisis exclusion (out of scope) to allocate later.
  await signIn(page, DEMO_USERS.referrer.email);
  await expectHeading(page, DEMO_USERS.referrer.home);
  await openFromHome(page, 'Refer someone');
  await page.getByLabel('NHS number', { exact: true }).waitFor();
  await sendReferral(page, person, { needs: ['Low mood'], reason: 'Recently bereaved and not going out.' });
  const referralPath = new URL(page.url()).pathname;
  await openFromHome(page, 'Refer someone');
  await page.getByLabel('NHS number', { exact: true }).waitFor();
  await sendReferral(page, outOfScope, {
    needs: ['Low mood'],
    circumstances: [CRISIS],
    reason: 'Under the crisis team this week.',
    crisis: true,
  });
  const outOfScopePath = new URL(page.url()).pathname;
  await signOut(page);
  await page.waitForURL((url) => url.pathname === '/sign-in');

  // The link worker asks a question.
  await signIn(page, DEMO_USERS.worker.email);
  await expectHeading(page, DEMO_USERS.worker.home);
  await page.goto(referralPath);
  await expectHeading(page, new RegExp(`${person.name}$`));
  await main.getByRole('link', { name: 'Ask the referrer for more information' }).click();
  await page.getByLabel('What do you need to know?').fill('How has their mood been this month?');
  await page.getByRole('button', { name: 'Send question' }).click();
  await expect.poll(() => main.innerText()).toContain('Question sent to the referrer.');
  await signOut(page);
  await page.waitForURL((url) => url.pathname === '/sign-in');

  // The GP's answer carries risk language: the same red warning as at intake, never "Answer sent".
  await signIn(page, DEMO_USERS.referrer.email);
  await expectHeading(page, DEMO_USERS.referrer.home);
  await page.goto(referralPath);
  await expectHeading(page, new RegExp(`${person.name}$`));
  await page.getByLabel('Your answer').fill('Low all month; on Friday they said they want to end it all.');
  await page.getByRole('button', { name: 'Send answer' }).click();
  const warning = page.locator('#possible-crisis');
  await warning.waitFor();
  const warned = await warning.innerText();
  expect(warned).toContain('This service cannot respond to a crisis');
  expect(warned).toMatch(/risk of harm \("end it all"\)/);
  expect(warned).toContain('call 999');
  const answered = await main.innerText();
  expect(answered).not.toContain('Answer sent');
  expect(answered).toContain(CRISIS_TAG);
  expect(answered).toContain('Flagged as a possible crisis: review today');
  await expectNoSeriousA11yViolations(page, 'an answer with risk language: the warning');
  await signOut(page);
  await page.waitForURL((url) => url.pathname === '/sign-in');

  // The scheme manager's urgent alert names the person and opens the referral.
  await signIn(page, DEMO_USERS.manager.email);
  await expectHeading(page, DEMO_USERS.manager.home);
  await header.getByRole('link', { name: /^Notifications/ }).click();
  await expectHeading(page, 'Notifications');
  const alert = main
    .getByRole('listitem')
    .filter({ hasText: 'Possible crisis referral: review today' })
    .filter({ hasText: person.name });
  await expect.poll(() => alert.count()).toBe(1);
  expect(await alert.innerText()).toContain('answer to a question');
  expect(await alert.getByRole('heading').innerText()).toMatch(/^Urgent: /);
  await expectNoSeriousA11yViolations(page, 'notifications naming the person of a possible-crisis referral');
  await alert.getByRole('link', { name: /^Open the referral/ }).click();
  await page.waitForURL((url) => url.pathname === referralPath);
  await expectHeading(page, new RegExp(`${person.name}$`));

  // Allocating the out-of-scope referral straight from triage asks for the reason first.
  await page.goto(outOfScopePath);
  await expectHeading(page, new RegExp(`${outOfScope.name}$`));
  await main.getByRole('button', { name: 'Allocate a link worker' }).click();
  await expectHeading(page, /Allocate a link worker$/);
  const workers = main.getByRole('group', { name: 'Choose a link worker' });
  await workers.getByRole('radio').first().waitFor();
  if ((await workers.getByRole('radio', { checked: true }).count()) === 0)
    await workers.getByRole('radio').first().check();
  await main.getByRole('button', { name: /^Allocate/ }).click();
  const summary = await shownErrorSummary(page);
  expect(await summary.innerText()).toContain(
    'Enter why you are accepting a referral the criteria check put out of scope',
  );
  await expectNoSeriousA11yViolations(page, 'allocating out of scope without a reason');
  const reason = 'The crisis team has discharged them to us with a plan; they want help with isolation.';
  await page.getByLabel('Why are you accepting a referral that is out of scope?').fill(reason);
  const overCap = page.getByLabel('I know this worker is over their safe caseload');
  if ((await overCap.count()) > 0) await overCap.check();
  await main.getByRole('button', { name: /^Allocate/ }).click();
  await page.waitForURL((url) => url.pathname === outOfScopePath);
  await expect.poll(() => main.innerText()).toContain('has been allocated to');
  expect(await main.innerText()).toContain(`Reason for accepting despite the criteria check: ${reason}`);
  await expectNoSeriousA11yViolations(page, 'out-of-scope referral allocated with a reason');
}, 240_000);

test('someone who asks for help in crisis is told to get help now, not "sent", and the request is kept for review today', async () => {
  const { page } = e2e;
  const main = page.getByRole('main');
  const person = uniquePerson('Sam');

  await page.goto('/self-referral/demo');
  await page.getByLabel('First name', { exact: true }).waitFor();
  const openedAt = Date.now();
  await page.getByLabel('First name', { exact: true }).fill(person.givenName);
  await page.getByLabel('Last name', { exact: true }).fill(person.familyName);
  await fillDate(page, 'Date of birth', { day: '4', month: '11', year: '1979' });
  await page.getByLabel('Address line 1', { exact: true }).fill(person.addressLine1);
  await page.getByLabel('Town or city', { exact: true }).fill(person.town);
  await page.getByLabel('Postcode', { exact: true }).fill(person.postcode);
  await page.getByLabel('Phone number (optional)').fill(person.phone);
  await page
    .getByRole('group', { name: 'How would you like us to contact you?' })
    .getByLabel('Text message', { exact: true })
    .check();
  await page
    .getByRole('group', { name: 'What would you like help with?' })
    .getByLabel('Feeling lonely or cut off from people', { exact: true })
    .check();
  const words = 'I have been stockpiling my tablets and I do not see the point any more.';
  await page.getByLabel('Tell us more (optional)').fill(words);
  await page
    .getByRole('group', { name: 'Tick the boxes you agree with' })
    .getByLabel(/can contact me$/)
    .check();
  // The server refuses a form sent sooner than SELF_REFERRAL_MIN_SECONDS (4 by default) after it was opened.
  await page.waitForTimeout(Math.max(0, 4_500 - (Date.now() - openedAt)));
  await page.getByRole('button', { name: 'Send', exact: true }).click();

  await page.waitForURL((url) => url.pathname === '/self-referral/demo/sent');
  await expectHeading(page, 'Get help now');
  const help = await page.locator('#get-help-now').innerText();
  expect(help).toContain('What you told us suggests you may need urgent help.');
  expect(help).toContain('call 999');
  expect(help).toMatch(/call NHS 111.*option 2/);
  const shown = await main.innerText();
  expect(shown).toContain('Your request has been received');
  expect(shown).not.toContain('Your request has been sent');
  for (const detail of [person.familyName, 'stockpiling', person.phone])
    expect(shown, `the page must not show "${detail}"`).not.toContain(detail);
  await expectNoSeriousA11yViolations(page, 'self-referral in crisis: get help now');

  // The request is in the triage queue among the possible crises.
  await signIn(page, DEMO_USERS.worker.email);
  await expectHeading(page, DEMO_USERS.worker.home);
  await openFromHome(page, 'Triage queue');
  await findInPagedList(page, new RegExp(`^${person.name}(, \\d+)?$`));
  expect(await main.getByRole('row').filter({ hasText: person.name }).innerText()).toContain(CRISIS_TAG);
}, 120_000);
