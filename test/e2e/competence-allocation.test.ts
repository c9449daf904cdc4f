/**
 * Competence-matched allocation in the browser: a referral flagged for significant mental health needs cannot be
 * given to a link worker whose suicide prevention training has lapsed — a link worker is told a scheme manager must
 * decide — and the scheme manager allocates it only by recording an override with a reason, which the case then
 * shows (who, when, why, what training was missing). Every page reached is scanned for accessibility.
 */
import { expect, test } from 'vitest';
import { expectNoSeriousA11yViolations } from './support/a11y.ts';
import { DEMO_USERS, expectHeading, signIn, signOut } from './support/auth.ts';
import { shownErrorSummary } from './support/forms.ts';
import { useE2E } from './support/e2e.ts';
import {
  escapeRegExp,
  fillDate,
  findInPagedList,
  openFromHome,
  sendReferral,
  uniquePerson,
} from './support/pathway.ts';

const e2e = useE2E();

/** worker3@demo.example.org, whose suicide prevention training has lapsed. */
const LAPSED_WORKER = 'Tomasz Kowalski';

function daysAgo(days: number) {
  const d = new Date(Date.now() - days * 86_400_000);
  return { day: String(d.getUTCDate()), month: String(d.getUTCMonth() + 1), year: String(d.getUTCFullYear()) };
}

test("allocation is refused for lapsed training, then allowed with a scheme manager's override that the case shows", async () => {
  const { page } = e2e;
  const main = page.getByRole('main');
  const person = uniquePerson('Iris');

  // The scheme manager sees the team's training and records the worker's suicide prevention, done 400 days ago (lapsed).
  await signIn(page, DEMO_USERS.manager.email);
  await expectHeading(page, DEMO_USERS.manager.home);
  await page.goto('/training/matrix');
  await expectHeading(page, 'Training matrix');
  // The matrix shows people a page at a time, by name: the worker may be on a later page as the demo team grows.
  const lapsed = await findInPagedList(page, LAPSED_WORKER);
  expect(await main.getByRole('table').innerText()).toMatch(/Not recorded|Current|Expired|Expiring soon/);
  await expectNoSeriousA11yViolations(page, 'training matrix');
  await lapsed.click();
  await expectHeading(page, new RegExp(`${LAPSED_WORKER}$`));
  await page.getByLabel('Training', { exact: true }).selectOption({ label: 'Suicide prevention' });
  await fillDate(page, 'Date completed', daysAgo(400));
  await expectNoSeriousA11yViolations(page, "a person's training");
  await page.getByRole('button', { name: 'Record training' }).click();
  await expect.poll(() => main.innerText()).toContain('Suicide prevention recorded');
  const suicidePrevention = main
    .getByRole('table', { name: 'Training and its status' })
    .getByRole('row')
    .filter({ hasText: 'Suicide prevention' });
  expect(await suicidePrevention.innerText()).toContain('Expired');
  await signOut(page);
  await page.waitForURL((url) => url.pathname === '/sign-in');

  // A GP refers someone with significant mental health needs.
  await signIn(page, DEMO_USERS.referrer.email);
  await expectHeading(page, DEMO_USERS.referrer.home);
  await openFromHome(page, 'Refer someone');
  await page.getByLabel('NHS number', { exact: true }).waitFor();
  // "Not wanting to be here" is risk language: the referrer is told where to get urgent help, and the referral is still made.
  await sendReferral(page, person, {
    needs: ['Loneliness and social isolation'],
    reason: 'Low mood since losing her job; has spoken of not wanting to be here.',
    crisis: true,
  });
  await signOut(page);
  await page.waitForURL((url) => url.pathname === '/sign-in');

  // The link worker accepts it and flags its complexity, then cannot give it to the worker whose training lapsed.
  await signIn(page, DEMO_USERS.worker.email);
  await expectHeading(page, DEMO_USERS.worker.home);
  await openFromHome(page, 'Triage queue');
  await (await findInPagedList(page, new RegExp(`^${escapeRegExp(person.name)}(, \\d+)?$`))).click();
  await expectHeading(page, new RegExp(`${escapeRegExp(person.name)}$`));
  await page.getByRole('button', { name: 'Accept onto the waiting list' }).click();
  await expect.poll(() => main.innerText()).toContain('Referral accepted.');
  const complexity = page.getByRole('group', { name: 'What makes this referral complex?' });
  await complexity.getByLabel('Significant mental health needs', { exact: true }).check();
  await expectNoSeriousA11yViolations(page, 'referral with complexity flags');
  await page.getByRole('button', { name: 'Save complexity' }).click();
  await expect.poll(() => main.innerText()).toContain('Complexity saved: Significant mental health needs');
  expect(await main.innerText()).toContain('Complexity flags set');

  await page.getByRole('button', { name: 'Allocate a link worker' }).click();
  await expectHeading(page, /Allocate a link worker$/);
  await page.getByRole('radio', { name: new RegExp(`^${LAPSED_WORKER}`) }).check();
  await expect.poll(() => main.innerText()).toContain(`${LAPSED_WORKER}’s training for this case is not current`);
  expect(await main.innerText()).toMatch(/Suicide prevention lapsed on/);
  expect(await main.innerText()).toContain('ask a scheme manager: only they can allocate with an override');
  await expectNoSeriousA11yViolations(page, 'allocation refused for lapsed training');
  await page.getByRole('button', { name: `Allocate to ${LAPSED_WORKER}` }).click();
  const refusal = await shownErrorSummary(page);
  expect(await refusal.innerText()).toContain(
    `${LAPSED_WORKER}’s training for this case is not current. Choose another link worker, or ask a scheme manager to allocate with an override`,
  );
  await signOut(page);
  await page.waitForURL((url) => url.pathname === '/sign-in');

  // The scheme manager allocates it anyway, only with a reason and accepting the risk.
  await signIn(page, DEMO_USERS.manager.email);
  await expectHeading(page, DEMO_USERS.manager.home);
  await page.goto('/waiting-list');
  await expectHeading(page, /Waiting list$/);
  await (await findInPagedList(page, `Allocate ${person.name}`)).click();
  await expectHeading(page, /Allocate a link worker$/);
  // The page suggests a shortlist; the manager finds the worker they have in mind by name, weighed the same way.
  await expect.poll(() => main.getByRole('status').first().innerText()).toMatch(/link workers, suggested first/);
  await page.getByLabel('Search for a link worker by name').fill('kowal');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect.poll(() => main.innerText()).toContain('1 link worker matches “kowal”, each weighed for this referral.');
  expect(await main.getByRole('table', { name: 'Link workers matching “kowal”' }).innerText()).toContain(
    'Training missing or lapsed',
  );
  await expectNoSeriousA11yViolations(page, 'link workers found by name');
  await page.getByRole('radio', { name: new RegExp(`^${LAPSED_WORKER}`) }).check();
  await expect.poll(() => main.innerText()).toContain('You can allocate anyway only by recording an override');
  await page.getByRole('button', { name: `Allocate to ${LAPSED_WORKER}` }).click();
  const missing = await shownErrorSummary(page);
  expect(await missing.innerText()).toContain(
    `Give your reason for allocating to ${LAPSED_WORKER} although their training is not current`,
  );
  await expectNoSeriousA11yViolations(page, 'override needs a reason');
  const reason =
    'Only worker who speaks with the family already; refresher booked next week and weekly supervision until then.';
  await page.getByLabel('Why are you allocating to this link worker anyway?').fill(reason);
  await page.getByLabel('I accept the risk of allocating to someone whose training is not current').check();
  const overCap = page.getByLabel('I know this worker is over their safe caseload');
  if ((await overCap.count()) > 0) await overCap.check();
  await page.getByRole('button', { name: `Allocate to ${LAPSED_WORKER}` }).click();
  await expect
    .poll(() => main.innerText())
    .toContain(`${person.name} has been allocated to ${LAPSED_WORKER}, with your training override recorded`);
  expect(await main.innerText()).toContain(`Manager’s reason for allocating anyway: ${reason}`);
  await expectNoSeriousA11yViolations(page, 'referral allocated with an override');

  // The case shows the override: who, why, and the training that was missing.
  await main.getByRole('link', { name: 'Open the case' }).click();
  await expect.poll(() => main.innerText()).toContain('Allocated with a training override');
  const caseText = await main.innerText();
  expect(caseText).toContain(`allocated this case to ${LAPSED_WORKER}`);
  expect(caseText).toMatch(/Suicide prevention lapsed on .* \(needed for significant mental health needs\)/);
  expect(caseText).toContain(reason);
  await expectNoSeriousA11yViolations(page, 'case with a training override');
});

test('a link worker records training with its certificate, and the scheme manager adds a course to the catalogue', async () => {
  const { page } = e2e;
  const main = page.getByRole('main');
  const pdf = Buffer.from(
    '%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
    'latin1',
  );

  await signIn(page, DEMO_USERS.worker.email);
  await expectHeading(page, DEMO_USERS.worker.home);
  await page.goto('/training');
  await expectHeading(page, 'My training');
  await expect.poll(() => main.innerText()).toContain('Training and its status');
  await expectNoSeriousA11yViolations(page, 'my training');

  // A program renamed .pdf is refused by its bytes, whatever its name and declared type.
  await page.getByLabel('Training', { exact: true }).selectOption({ label: 'Motivational interviewing' });
  await fillDate(page, 'Date completed', daysAgo(3));
  await page.getByLabel('Certificate (optional)').setInputFiles({
    name: 'certificate.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(512, 0x90)]),
  });
  await page.getByRole('button', { name: 'Record training' }).click();
  const refused = await shownErrorSummary(page);
  expect(await refused.innerText()).toContain('The certificate must be a PDF, PNG or JPEG file.');
  await expectNoSeriousA11yViolations(page, 'certificate refused');

  await page
    .getByLabel('Certificate (optional)')
    .setInputFiles({ name: 'MI certificate.pdf', mimeType: 'application/pdf', buffer: pdf });
  await page.getByRole('button', { name: 'Record training' }).click();
  await expect.poll(() => main.innerText()).toContain('Motivational interviewing recorded');
  const records = main.getByRole('table', { name: 'Training records, newest first' });
  expect(await records.getByRole('row').filter({ hasText: 'Motivational interviewing' }).first().innerText()).toContain(
    'Does not expire',
  );
  await records.getByRole('link', { name: 'Download MI certificate.pdf' }).first().waitFor();
  await signOut(page);
  await page.waitForURL((url) => url.pathname === '/sign-in');

  // The scheme manager adds the scheme's own course, needed for domestic abuse cases.
  const courseName = `Trauma-informed practice ${Date.now().toString(36)}`;
  await signIn(page, DEMO_USERS.manager.email);
  await expectHeading(page, DEMO_USERS.manager.home);
  await page.goto('/training/catalogue');
  await expectHeading(page, 'Training catalogue');
  await expect.poll(() => main.innerText()).toContain('Suicide prevention');
  await expectNoSeriousA11yViolations(page, 'training catalogue');
  await main.getByRole('link', { name: 'Add a course of your own' }).click();
  await expectHeading(page, 'Add a course');
  await page.getByLabel('Code', { exact: true }).fill(`trauma_${Date.now().toString(36)}`);
  await page.getByLabel('Name', { exact: true }).fill(courseName);
  await page.getByLabel('Renew every (months)').fill('24');
  await page.getByRole('group', { name: 'Required for' }).getByLabel('Link worker', { exact: true }).check();
  await page
    .getByRole('group', { name: 'Needed for complex cases' })
    .getByLabel('Domestic abuse', { exact: true })
    .check();
  await expectNoSeriousA11yViolations(page, 'add a course');
  await page.getByRole('button', { name: 'Save course' }).click();
  await expectHeading(page, 'Training catalogue');
  await expect.poll(() => main.innerText()).toContain(`${courseName} saved`);
  expect(await main.getByRole('row').filter({ hasText: courseName }).innerText()).toMatch(
    /Every 2 years[\s\S]*Link worker[\s\S]*Domestic abuse/,
  );
});
