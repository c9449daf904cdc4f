/**
 * Outcome measures through a case, as a link worker records them. A GP refers someone new and the worker takes them
 * on and reaches them (the demo's own cases already have their baselines); the caseload tags the measures due; a recording
 * with an item left blank is refused and the error names that item and links to it; ONS4 is recorded at baseline,
 * UCLA-3 is declined with a reason; from the discharge page's "Final measures" ONS4 is asked again at discharge; the
 * case page shows the change, a chart and its table; the person is discharged, and the message back carries the
 * "Outcome measures" section with the change. Every page reached is scanned for accessibility.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { expectNoSeriousA11yViolations } from './support/a11y.ts';
import { DEMO_USERS, expectHeading, signIn, signOut } from './support/auth.ts';
import { useE2E } from './support/e2e.ts';
import { shownErrorSummary } from './support/forms.ts';
import {
  escapeRegExp,
  findInPagedList,
  openFromHome,
  sendReferral,
  uniquePerson,
  type Person,
} from './support/pathway.ts';

const e2e = useE2E();

const ONS4_ITEMS = {
  'life-satisfaction': 'Overall, how satisfied are you with your life nowadays?',
  worthwhile: 'Overall, to what extent do you feel that the things you do in your life are worthwhile?',
  happiness: 'Overall, how happy did you feel yesterday?',
  anxiety: 'Overall, how anxious did you feel yesterday?',
} as const;
type Ons4Item = keyof typeof ONS4_ITEMS;

/** The demo link worker (worker@demo.example.org), as allocation names them. */
const WORKER_NAME = 'Jordan Evans';

/**
 * A new person of the demo worker's, reached and so active, with no measure yet asked (the demo's own cases have
 * their baselines recorded): a GP refers them, the worker accepts, allocates to themselves and reaches them.
 * Leaves the worker signed in, on the case page.
 */
async function newActiveCase(page: Page): Promise<Person> {
  const person = uniquePerson('Rosa');
  const main = page.getByRole('main');
  await signIn(page, DEMO_USERS.referrer.email);
  await expectHeading(page, DEMO_USERS.referrer.home);
  await openFromHome(page, 'Refer someone');
  await sendReferral(page, person, {
    needs: ['Loneliness and social isolation'],
    reason: 'Lives alone since moving to be near family and would like to meet people.',
  });
  await signOut(page);
  await page.waitForURL((url) => url.pathname === '/sign-in');

  await signIn(page, DEMO_USERS.worker.email);
  await expectHeading(page, DEMO_USERS.worker.home);
  await openFromHome(page, 'Triage queue');
  await (await findInPagedList(page, new RegExp(`^${escapeRegExp(person.name)}(, \\d+)?$`))).click();
  await page.getByRole('button', { name: 'Accept onto the waiting list' }).click();
  await expect.poll(() => main.innerText()).toContain('Referral accepted.');
  await page.getByRole('link', { name: 'Back to the waiting list' }).click();
  await expectHeading(page, /Waiting list$/);
  await (await findInPagedList(page, `Allocate ${person.name}`)).click();
  await expectHeading(page, /Allocate a link worker$/);
  await page.getByRole('radio', { name: new RegExp(`^${WORKER_NAME}`) }).check();
  await expect.poll(() => main.innerText()).toContain(`Checks for ${WORKER_NAME}`);
  const overCap = page.getByLabel('I know this worker is over their safe caseload');
  if ((await overCap.count()) > 0) await overCap.check();
  await page.getByRole('button', { name: `Allocate to ${WORKER_NAME}` }).click();
  await expect.poll(() => main.innerText()).toContain(`${person.name} has been allocated to ${WORKER_NAME}`);

  await page.goto('/caseload');
  await expectHeading(page, 'My caseload');
  await (await findInPagedList(page, person.name)).click();
  await expectHeading(page, person.name);
  const contactForm = page.getByRole('form', { name: 'Record a contact attempt' });
  await contactForm
    .getByRole('group', { name: 'How did you try to contact the person?' })
    .getByLabel('Phone call', { exact: true })
    .check();
  await contactForm
    .getByRole('group', { name: 'What happened?' })
    .getByLabel('Reached the person', { exact: true })
    .check();
  await contactForm.getByRole('button', { name: 'Record contact attempt' }).click();
  await expect.poll(() => main.innerText()).toContain('The person has been reached, so the case is now active.');
  return person;
}

/** Chooses an answer for each ONS4 item given, by the question's words and the scale point. */
async function answerOns4(page: Page, answers: Partial<Record<Ons4Item, number>>): Promise<void> {
  for (const [key, value] of Object.entries(answers) as [Ons4Item, number][]) {
    await page
      .getByRole('group', { name: ONS4_ITEMS[key], exact: true })
      .getByLabel(String(value), { exact: true })
      .check();
  }
}

test('a link worker records ONS4 at baseline and discharge, sees the change, and the message back carries it', async () => {
  const { page } = e2e;
  const main = page.getByRole('main');

  const person = await newActiveCase(page);
  const name = person.name;

  // The caseload tags the measures due with the person.
  await page.goto('/');
  await openFromHome(page, 'My caseload');
  const caseLink = await findInPagedList(page, name);
  const row = main.getByRole('row').filter({ hasText: name });
  expect(await row.innerText()).toContain('ONS4 baseline due');
  expect(await row.innerText()).toContain('UCLA-3 baseline due');
  await expectNoSeriousA11yViolations(page, 'caseload with measures due');

  // The case page lists the measures, each due, with a way to record it.
  await caseLink.click();
  await expectHeading(page, name);
  const outcomes = page.getByRole('region', { name: 'Outcome measures' });
  await outcomes.waitFor();
  expect(await outcomes.innerText()).toContain('ONS personal wellbeing (ONS4)');
  expect(await outcomes.innerText()).toContain('Baseline due');
  await expectNoSeriousA11yViolations(page, 'case with outcome measures due');
  await outcomes.getByRole('button', { name: 'Record ONS4', exact: true }).click();

  // The recording form: the measure's own words, the baseline preselected, today's date.
  await expectHeading(page, 'Record ONS4');
  const timepoint = page.getByRole('group', { name: 'When is this measure being asked?' });
  expect(await timepoint.getByLabel('Baseline', { exact: true }).isChecked()).toBe(true);
  expect(await main.innerText()).toContain('Read this to the person');
  expect(await main.innerText()).toContain('Open Government Licence');
  await expectNoSeriousA11yViolations(page, 'record ONS4 form');

  // One item left blank: the server refuses the recording and the error names the item and links to it.
  await answerOns4(page, { 'life-satisfaction': 4, worthwhile: 5, happiness: 4 });
  await page.getByRole('button', { name: 'Save ONS4' }).click();
  const summary = await shownErrorSummary(page);
  const link = summary.getByRole('link', {
    name: new RegExp(`^${escapeRegExp(`No answer to “${ONS4_ITEMS.anxiety}”`)}`),
  });
  expect(await link.count()).toBe(1);
  expect(await link.getAttribute('href')).toBe('#outcome-answers-anxiety');
  expect(await page.title()).toMatch(/^Error: /);
  await expectNoSeriousA11yViolations(page, 'record ONS4 with an item unanswered');
  await link.click();
  await expect
    .poll(() => page.evaluate<string | undefined>('document.activeElement?.id'))
    .toBe('outcome-answers-anxiety');
  expect(
    await page
      .getByRole('group', { name: ONS4_ITEMS.anxiety, exact: true })
      .locator('.nhsuk-error-message')
      .innerText(),
  ).toContain(`No answer to “${ONS4_ITEMS.anxiety}”`);

  // Answered in full, the baseline is saved and the case says so.
  await answerOns4(page, { anxiety: 7 });
  await page.getByRole('button', { name: 'Save ONS4' }).click();
  await expectHeading(page, name);
  await expect.poll(() => main.innerText()).toContain('ONS4 recorded at baseline.');
  const ons4Chart = outcomes.getByRole('figure', { name: 'ONS4 scores over time' });
  await ons4Chart.getByRole('img', { name: 'ONS4 scores over time' }).waitFor();
  expect(await ons4Chart.innerText()).toContain('answered once');
  await expectNoSeriousA11yViolations(page, 'case after the ONS4 baseline');

  // The person would rather not answer UCLA-3: that is recorded, with why.
  await outcomes.getByRole('button', { name: 'Record UCLA-3', exact: true }).click();
  await expectHeading(page, 'Record UCLA-3');
  await page.getByLabel('The person declined this measure').check();
  await page.getByLabel('Why did they decline?').fill('Did not want to talk about loneliness today.');
  await expectNoSeriousA11yViolations(page, 'record UCLA-3 declined');
  await page.getByRole('button', { name: 'Save UCLA-3' }).click();
  await expectHeading(page, name);
  await expect.poll(() => main.innerText()).toContain(`Recorded that ${name} declined UCLA-3 at baseline.`);
  expect(await outcomes.innerText()).toContain('Declined: Did not want to talk about loneliness today.');

  // The discharge page asks for the final measures before the person is discharged.
  await page.getByRole('button', { name: 'Discharge', exact: true }).click();
  await expectHeading(page, 'Discharge');
  const finalMeasures = main
    .locator('.nhsuk-card')
    .filter({ has: page.getByRole('heading', { name: 'Final measures' }) });
  expect(await finalMeasures.innerText()).toContain('Not yet asked at discharge');
  await expectNoSeriousA11yViolations(page, 'discharge with final measures to ask');
  await finalMeasures.getByRole('link', { name: 'Record ONS4 at discharge', exact: true }).click();
  await expectHeading(page, 'Record ONS4');
  expect(await timepoint.getByLabel('Discharge', { exact: true }).isChecked()).toBe(true);
  await answerOns4(page, { 'life-satisfaction': 7, worthwhile: 7, happiness: 6, anxiety: 3 });
  await expectNoSeriousA11yViolations(page, 'record ONS4 at discharge');
  await page.getByRole('button', { name: 'Save ONS4' }).click();

  // Back on the case: the change since the baseline, the chart and its table.
  await expectHeading(page, name);
  await expect.poll(() => main.innerText()).toContain('ONS4 recorded at discharge.');
  const ons4 = await outcomes.innerText();
  expect(ons4).toContain('Life satisfaction 4 → 7, +3, improved (baseline to discharge)');
  expect(ons4).toContain('Anxiety 7 → 3, -4, improved (baseline to discharge)');
  expect(ons4).toContain('Happiness 4 → 6, +2, improved (baseline to discharge)');
  await ons4Chart.getByRole('img', { name: 'ONS4 scores over time' }).waitFor();
  const table = ons4Chart.getByRole('table', { name: 'ONS4: every asking' });
  expect(await table.getByRole('row').count()).toBe(3);
  expect(await table.getByRole('row').nth(1).innerText()).toMatch(
    /Baseline\s+4 \(Low\)\s+5 \(Medium\)\s+4 \(Low\)\s+7 \(High\)/,
  );
  expect(await table.getByRole('row').nth(2).innerText()).toMatch(
    /Discharge\s+7 \(High\)\s+7 \(High\)\s+6 \(Medium\)\s+3 \(Low\)/,
  );
  expect(await ons4Chart.locator('svg[role="img"] path, svg[role="img"] circle').count()).toBeGreaterThan(0);
  await expectNoSeriousA11yViolations(page, 'case with the ONS4 change');

  // Discharged: the message back carries the outcome measures.
  await page.getByRole('button', { name: 'Discharge', exact: true }).click();
  await expectHeading(page, 'Discharge');
  expect(await finalMeasures.innerText()).toContain('Recorded at discharge');
  expect(await finalMeasures.innerText()).toContain('Life satisfaction 4 → 7, +3, improved');
  await page
    .getByRole('group', { name: 'Why is the person being discharged?' })
    .getByLabel('Goals met', { exact: true })
    .check();
  await page.getByLabel('Summary', { exact: true }).fill('Feels more settled and goes to the Thursday walking group.');
  await page.getByRole('button', { name: 'Discharge and send the message back' }).click();
  await expectHeading(page, name);
  await expect.poll(() => main.innerText()).toContain(`${name} has been discharged.`);
  const letter = page.getByRole('region', { name: `Social prescribing discharge summary: ${name}` });
  await letter.waitFor();
  const letterText = await letter.innerText();
  expect(letterText).toContain('Outcome measures');
  expect(letterText).toContain('ONS4 — Life satisfaction: 4 at baseline, 7 at discharge (+3, improved)');
  expect(letterText).toContain('UCLA-3: declined at baseline (Did not want to talk about loneliness today.)');
  // Closed, the case can no longer be recorded on.
  expect(await outcomes.getByRole('button', { name: 'Record ONS4' }).count()).toBe(0);
  await expectNoSeriousA11yViolations(page, 'case discharged with outcome measures in the message back');
}, 240_000);
