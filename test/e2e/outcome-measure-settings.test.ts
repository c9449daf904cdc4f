/**
 * The scheme manager's outcome measures: adding a licensed measure as a JSON definition (invalid JSON refused in the
 * browser, a conversion table with a gap refused by the server naming the part), then asking it of everyone with a
 * review interval, and both still saved after a reload. The measure is invented: never a real licensed measure.
 */
import { beforeEach, expect, test } from 'vitest';
import { expectNoSeriousA11yViolations } from './support/a11y.ts';
import { DEMO_USERS, expectHeading, signIn } from './support/auth.ts';
import { useE2E } from './support/e2e.ts';
import { shownErrorSummary } from './support/forms.ts';
import { openFromHome } from './support/pathway.ts';
import { uniqueSuffix } from './support/unique.ts';

const e2e = useE2E();

/** Invented raw sum (3–15) → reported score; no real measure's table. */
const CONVERSION: Record<string, number> = {
  '3': 4,
  '4': 6.5,
  '5': 8,
  '6': 9.5,
  '7': 11,
  '8': 12.5,
  '9': 14,
  '10': 15.5,
  '11': 17,
  '12': 18.5,
  '13': 20,
  '14': 22,
  '15': 25,
};

/** An invented measure: three questions answered from 1 to 5, added up and converted. */
function inventedMeasure(key: string, name: string, conversion: Record<string, number>) {
  const scale = { min: 1, max: 5, minLabel: 'Never', maxLabel: 'Always' };
  return {
    key,
    version: 1,
    name,
    shortName: 'IPS',
    licence: 'Invented Measures Ltd; used under the scheme’s licence (test data only)',
    items: [
      { key: 'pottering', text: 'I have found time to potter about', scale },
      { key: 'hurried', text: 'I have felt hurried', scale, reverse: true },
      { key: 'unwound', text: 'I have unwound in the evening', scale },
    ],
    scores: [
      {
        key: 'pace',
        label: 'Pace',
        items: ['pottering', 'hurried', 'unwound'],
        method: 'sum',
        conversion,
        better: 'higher',
        minimumImportantChange: 2,
      },
    ],
  };
}

beforeEach(async () => {
  await signIn(e2e.page, DEMO_USERS.manager.email);
  await expectHeading(e2e.page, DEMO_USERS.manager.home);
  await openFromHome(e2e.page, 'Scheme settings');
  await e2e.page.getByRole('heading', { name: 'Outcome measures', exact: true }).waitFor();
});

test('the manager adds an invented licensed measure, asks it of everyone every 8 weeks, and both stay saved', async () => {
  const { page } = e2e;
  const main = page.getByRole('main');
  const suffix = uniqueSuffix();
  const key = `pace-${suffix}`;
  const name = `Invented pace scale ${suffix}`;
  const label = `${name} (IPS)`;
  const sent: string[] = [];
  page.on('request', (request) => {
    if (request.method() !== 'GET' && request.url().includes('/outcome-measures')) sent.push(request.method());
  });

  await main.getByRole('link', { name: 'Change measures asked of everyone' }).click();
  await expectHeading(page, 'Outcome measures');
  await expectNoSeriousA11yViolations(page, 'outcome measures form');
  await main.getByRole('link', { name: 'Add a licensed measure' }).click();
  await expectHeading(page, 'Add a licensed measure');
  await expectNoSeriousA11yViolations(page, 'add a licensed measure');

  // Text that is not JSON is refused in the browser: nothing is sent.
  const definition = page.getByLabel('The measure’s definition, as JSON');
  await definition.fill('{ "key": "pace", ');
  await page.getByRole('button', { name: 'Add measure', exact: true }).click();
  let summary = await shownErrorSummary(page);
  expect(await summary.innerText()).toContain('The definition is not valid JSON');
  expect(sent).toEqual([]);

  // A conversion table with a gap (no raw total 9) is refused by the server, naming the part and the fix.
  const withGap = Object.fromEntries(Object.entries(CONVERSION).filter(([raw]) => raw !== '9'));
  await definition.fill(JSON.stringify(inventedMeasure(key, name, withGap), null, 2));
  await page.getByRole('button', { name: 'Add measure', exact: true }).click();
  await expect.poll(() => sent).toEqual(['POST']);
  summary = await shownErrorSummary(page);
  await expect
    .poll(() => summary.innerText())
    .toContain(
      'definition.scores[0].conversion: The conversion table has no reported score for raw total 9. Give a reported score for every raw total from 3 to 15.',
    );
  const link = summary.getByRole('link', { name: /^definition\.scores\[0\]\.conversion: / });
  expect(await link.count()).toBe(1);
  expect(await page.title()).toMatch(/^Error:/);
  await expectNoSeriousA11yViolations(page, 'add a licensed measure with a server refusal');
  await link.click();
  await expect.poll(() => definition.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);

  // The whole table is accepted.
  await definition.fill(JSON.stringify(inventedMeasure(key, name, CONVERSION), null, 2));
  await page.getByRole('button', { name: 'Add measure', exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/settings');
  await expect.poll(() => main.innerText()).toContain(`${name} added.`);

  // Ask it of everyone, due again every 8 weeks.
  await main.getByRole('link', { name: 'Change measures asked of everyone' }).click();
  await expectHeading(page, 'Outcome measures');
  const box = main.getByRole('checkbox', { name: label, exact: true });
  expect(await box.isChecked()).toBe(false);
  expect(await main.innerText()).toContain('Added by the scheme, version 1. Licence: Invented Measures Ltd');
  await box.check();
  await page.getByLabel('Weeks before a measure is due again').fill('8');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/settings');
  await expect.poll(() => main.innerText()).toContain('Outcome measures saved.');
  await expect.poll(() => main.innerText()).toContain('due again every 8 weeks');

  // After a reload both are still there: on the settings page and in the form.
  await page.reload();
  await expectHeading(page, /Scheme settings$/);
  await page.getByRole('heading', { name: 'Outcome measures', exact: true }).waitFor();
  const asked = main
    .locator('.nhsuk-summary-list__row')
    .filter({ has: page.getByText('Asked of everyone', { exact: true }) });
  await expect.poll(() => asked.innerText()).toContain(label);
  await main.getByRole('link', { name: 'Change review interval' }).click();
  await expectHeading(page, 'Outcome measures');
  expect(await main.getByRole('checkbox', { name: label, exact: true }).isChecked()).toBe(true);
  expect(await page.getByLabel('Weeks before a measure is due again').inputValue()).toBe('8');

  const api = await page.request.get('/api/schemes/demo/outcome-measures');
  expect(api.status()).toBe(200);
  const settings = ((await api.json()) as { settings: { measures: string[]; reviewWeeks: number } }).settings;
  expect(settings.measures).toContain(key);
  expect(settings.reviewWeeks).toBe(8);
});
