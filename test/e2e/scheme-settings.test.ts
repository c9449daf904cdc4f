/**
 * The scheme manager's settings: the contact policy, a link worker's hours and languages (and the safe caseload that
 * follows from them), and the referral criteria form refusing a maximum age below the minimum without changing
 * anything; the safety settings' risk language: the built-in detector's categories (read-only) and the scheme's own
 * added phrases, with the wildcard syntax explained; finding a link worker by name among a page of workers. Every page
 * and state is scanned for accessibility.
 */
import { beforeEach, expect, test } from 'vitest';
import { builtInRiskLanguage } from '../../src/modules/safety/risk-language/index.ts';
import { expectNoSeriousA11yViolations } from './support/a11y.ts';
import { DEMO_USERS, expectHeading, signIn } from './support/auth.ts';
import { useE2E } from './support/e2e.ts';
import { shownErrorSummary } from './support/forms.ts';
import { openFromHome } from './support/pathway.ts';

const e2e = useE2E();

/** The demo link worker (worker@demo.example.org). */
const WORKER_NAME = 'Jordan Evans';

interface Policies {
  annualPeoplePerFte: number;
  fullTimeHours: number;
  interventionWeeks: number;
}

beforeEach(async () => {
  await signIn(e2e.page, DEMO_USERS.manager.email);
  await expectHeading(e2e.page, DEMO_USERS.manager.home);
  await openFromHome(e2e.page, 'Scheme settings');
  await e2e.page.getByRole('heading', { name: 'Policies', exact: true }).waitFor();
});

/** A summary list row's value, by its key ("Contact attempts before a letter"). */
async function rowValue(key: string): Promise<string> {
  const row = e2e.page
    .getByRole('main')
    .locator('.nhsuk-summary-list__row')
    .filter({ has: e2e.page.getByText(key, { exact: true }) });
  return (await row.locator('.nhsuk-summary-list__value').innerText()).trim();
}

test('the manager changes the contact policy and sees it saved', async () => {
  const { page } = e2e;
  const main = page.getByRole('main');
  const before = /^(\d+) attempts over (\d+) days$/.exec(await rowValue('Contact attempts before a letter'));
  expect(before, 'contact policy as shown').not.toBeNull();
  const attempts = Number(before?.[1]) + 1;
  await expectNoSeriousA11yViolations(page, 'scheme settings (manager)');

  // Every policy row links to the same form, named "Change policies".
  await main.getByRole('link', { name: 'Change contact attempts before a letter' }).click();
  await expectHeading(page, 'Policies');
  const field = page.getByLabel('Contact attempts before sending a letter');
  expect(await field.inputValue()).toBe(before?.[1]);
  await expectNoSeriousA11yViolations(page, 'policies form');
  await field.fill(String(attempts));
  await page.getByRole('button', { name: 'Save', exact: true }).click();

  await page.waitForURL((url) => url.pathname === '/settings');
  await expectHeading(page, /Scheme settings$/);
  await expect.poll(() => main.innerText()).toContain('Policies saved.');
  expect(await rowValue('Contact attempts before a letter')).toBe(`${attempts} attempts over ${before?.[2]} days`);
  await expectNoSeriousA11yViolations(page, 'scheme settings after saving the policies');

  // The saved value is what the form offers next time.
  await main.getByRole('link', { name: 'Change contact attempts before a letter' }).click();
  await expectHeading(page, 'Policies');
  expect(await page.getByLabel('Contact attempts before sending a letter').inputValue()).toBe(String(attempts));
});

test('the manager changes a link worker’s hours and languages, and their safe caseload follows', async () => {
  const { page } = e2e;
  const main = page.getByRole('main');
  const hours = 22.5;
  const languages = 'British Sign Language, Polish';

  await main.getByRole('link', { name: `Change ${WORKER_NAME}’s working pattern` }).click();
  await expectHeading(page, `${WORKER_NAME}’s working pattern`);
  await expect.poll(() => main.innerText()).toMatch(/Now: \d+ of \d+ open cases/);
  await expectNoSeriousA11yViolations(page, 'worker’s working pattern form');
  await page.getByLabel('Hours a week', { exact: true }).fill(String(hours));
  await page.getByLabel('Languages they can work in, other than English (optional)').fill(languages);
  await page.getByRole('group', { name: 'Are they taking new cases?' }).getByLabel('Yes', { exact: true }).check();
  await page.getByRole('button', { name: 'Save', exact: true }).click();

  await page.waitForURL((url) => url.pathname === '/settings');
  await expect.poll(() => main.innerText()).toContain(`${WORKER_NAME}’s working pattern saved`);
  // The safe caseload, worked out as the service does from the scheme's policies: a full-time worker's yearly number
  // scaled by their hours, and the open cases at once over the intervention length.
  const settings = await page.request.get('/api/schemes/demo/settings');
  expect(settings.status()).toBe(200);
  const policies = ((await settings.json()) as { policies: Policies }).policies;
  const yearly = policies.annualPeoplePerFte * (hours / policies.fullTimeHours);
  const annualCap = Math.floor(yearly);
  const cap = Math.floor((yearly * Math.min(policies.interventionWeeks, 52)) / 52);
  const row = main
    .getByRole('table', { name: 'Link workers and their capacity' })
    .getByRole('row')
    .filter({ hasText: WORKER_NAME });
  const text = await row.innerText();
  expect(text).toContain(String(hours));
  expect(text).toContain(languages);
  expect(text).toContain(`of ${cap} open cases`);
  expect(text).toContain(`of ${annualCap} people this year`);
  await expectNoSeriousA11yViolations(page, 'scheme settings after changing a worker');

  // The form shows the saved pattern and the new capacity.
  await main.getByRole('link', { name: `Change ${WORKER_NAME}’s working pattern` }).click();
  await expectHeading(page, `${WORKER_NAME}’s working pattern`);
  expect(await page.getByLabel('Hours a week', { exact: true }).inputValue()).toBe(String(hours));
  expect(await page.getByLabel('Languages they can work in, other than English (optional)').inputValue()).toBe(
    languages,
  );
  expect(await main.innerText()).toContain(`of ${cap} open cases`);
});

test('a maximum age below the minimum is refused with an error summary, and nothing changes', async () => {
  const { page } = e2e;
  const main = page.getByRole('main');
  const agesBefore = await rowValue('Ages');
  const changedBefore = await main.getByText(/^Last changed /).innerText();
  const sent: string[] = [];
  page.on('request', (request) => {
    if (request.method() !== 'GET' && request.url().includes('/settings'))
      sent.push(`${request.method()} ${request.url()}`);
  });

  await main.getByRole('link', { name: 'Change ages' }).click();
  await expectHeading(page, 'Referral criteria');
  await page.getByLabel('Minimum age', { exact: true }).fill('65');
  await page.getByLabel('Maximum age (optional)').fill('18');
  await page.getByRole('button', { name: 'Save', exact: true }).click();

  const summary = await shownErrorSummary(page);
  const link = summary.getByRole('link', { name: 'Maximum age must be the same as or more than the minimum age' });
  expect(await link.count()).toBe(1);
  expect(await page.title()).toMatch(/^Error:/);
  expect(new URL(page.url()).pathname).toBe('/settings/criteria');
  await expectNoSeriousA11yViolations(page, 'referral criteria with an age error');
  await link.click();
  const maxAge = page.getByLabel('Maximum age (optional)');
  await expect.poll(() => maxAge.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);

  // Nothing was sent, and the settings are as they were.
  await main.getByRole('link', { name: 'Cancel' }).click();
  await expectHeading(page, /Scheme settings$/);
  await page.getByRole('heading', { name: 'Referral criteria', exact: true }).waitFor();
  expect(await rowValue('Ages')).toBe(agesBefore);
  expect(await main.getByText(/^Last changed /).innerText()).toBe(changedBefore);
  expect(sent).toEqual([]);
});

test('the manager reads what the built-in risk-language detector catches and adds the scheme’s own phrases to it', async () => {
  const { page } = e2e;
  const main = page.getByRole('main');
  expect(await rowValue('Risk language in notes')).toBe('The built-in detector');
  await main.getByRole('link', { name: 'Change risk language phrases' }).click();
  await expectHeading(page, 'Safety settings');
  // The built-in categories are shown read-only, with what each rule catches and an example.
  await main.getByText('What the built-in detector looks for').click();
  await main.getByRole('heading', { name: 'Domestic abuse or coercive control', exact: true }).waitFor();
  const firstAbuseRule = builtInRiskLanguage().find((c) => c.category === 'domestic-abuse')!.rules[0]!;
  expect(await main.innerText()).toContain(`${firstAbuseRule.catches}, for example “${firstAbuseRule.examples[0]}”`);
  expect(await main.innerText()).toContain('a “*” on its own stands for up to two words');
  await expectNoSeriousA11yViolations(page, 'safety settings with the built-in risk language open');

  const phrases = page.getByLabel('Your scheme’s own phrases, one on each line (optional)');
  await phrases.fill('walks * quarry\n* quarry');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const summary = await shownErrorSummary(page);
  expect(await summary.getByRole('link', { name: 'A phrase cannot start or end with “*” on its own' }).count()).toBe(1);
  await expectNoSeriousA11yViolations(page, 'safety settings with a risk phrase error');

  await phrases.fill('walks * quarry\nRailway  Line');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/settings');
  await expect.poll(() => main.innerText()).toContain('Safety settings saved');
  expect(await rowValue('Risk language in notes')).toBe(
    'The built-in detector and 2 phrases of our own:\n\nwalks * quarry\nrailway line',
  );
  const saved = await page.request.get('/api/schemes/demo/settings');
  expect(((await saved.json()) as { safety: { addedRiskPhrases: string[] } }).safety.addedRiskPhrases).toEqual([
    'walks * quarry',
    'railway line',
  ]);
  await expectNoSeriousA11yViolations(page, 'scheme settings after adding risk phrases');

  // Emptying the list leaves the built-in detector alone.
  await main.getByRole('link', { name: 'Change risk language phrases' }).click();
  await expectHeading(page, 'Safety settings');
  expect(await phrases.inputValue()).toBe('walks * quarry\nrailway line');
  await phrases.fill('');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/settings');
  await expect.poll(() => rowValue('Risk language in notes')).toBe('The built-in detector');
});

test('the manager finds a link worker by name, and sees how many there are', async () => {
  const { page } = e2e;
  const main = page.getByRole('main');
  const table = main.getByRole('table', { name: 'Link workers and their capacity' });
  await table.waitFor();
  expect(
    await main
      .getByRole('status')
      .filter({ hasText: /link workers?$/ })
      .innerText(),
  ).toMatch(/^\d+ link workers?$/);

  const search = main.getByRole('search', { name: 'Link workers' });
  await search.getByLabel('Find a link worker by name').fill('evans');
  await search.getByRole('button', { name: 'Search' }).click();
  await page.waitForURL((url) => url.searchParams.get('q') === 'evans');
  await expect
    .poll(() => main.getByRole('status').filter({ hasText: 'match' }).innerText())
    .toMatch(/^\d+ link workers? match(es)? “evans”/);
  await table.getByRole('row').filter({ hasText: WORKER_NAME }).waitFor();
  const matches = Number(/^(\d+)/.exec(await main.getByRole('status').filter({ hasText: 'match' }).innerText())?.[1]);
  await expect.poll(() => table.getByRole('row').count()).toBe(matches + 1);
  await expectNoSeriousA11yViolations(page, 'scheme settings with link workers found by name');

  await search.getByLabel('Find a link worker by name').fill('nobody has this name');
  await search.getByRole('button', { name: 'Search' }).click();
  await expect.poll(() => main.innerText()).toContain('No link workers match “nobody has this name”');
  await expectNoSeriousA11yViolations(page, 'scheme settings with no link worker found');

  await main.getByRole('link', { name: 'Show every link worker' }).click();
  await page.waitForURL((url) => !url.searchParams.has('q'));
  await table.getByRole('row').filter({ hasText: WORKER_NAME }).waitFor();
});
