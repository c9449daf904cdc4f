/**
 * Risk where people look: a link worker records an immediate risk at a session; their own caseload tags the person;
 * the supervisor's view of that worker's caseload shows the tag and can put the highest risk first; the team risk
 * board shows the risk with what is outstanding (each action, its deadline, who holds it), the person and the worker. Every page reached is scanned for accessibility.
 */
import { expect, test } from 'vitest';
import { expectNoSeriousA11yViolations } from './support/a11y.ts';
import { DEMO_USERS, expectHeading, signIn, signOut } from './support/auth.ts';
import { useE2E } from './support/e2e.ts';
import { escapeRegExp, openFromHome } from './support/pathway.ts';
import {
  answerHarmToSelfCheck,
  DEMO_SUPERVISOR_NAME,
  DEMO_WORKER_NAME,
  startAttendedPhoneSession,
} from './support/risk.ts';

const e2e = useE2E();

const WORKER_NAME = DEMO_WORKER_NAME;
const SUPERVISOR_NAME = DEMO_SUPERVISOR_NAME;

test("an immediate risk recorded by a worker shows on their caseload, the supervisor's view of it and the team risk board", async () => {
  const { page } = e2e;
  const main = page.getByRole('main');

  // The demo names Sam Patel as the clinical supervisor of every demo link worker (seed-support.ts), so the board reaches him.
  // The worker records an immediate risk at a session with one of their people.
  await signIn(page, DEMO_USERS.worker.email);
  await expectHeading(page, DEMO_USERS.worker.home);
  expect(
    await page.getByRole('banner').getByRole('link', { name: 'Team risk board' }).count(),
    'the board is for supervisors and managers',
  ).toBe(0);
  await openFromHome(page, 'My caseload');
  await main.getByRole('table').waitFor();
  const firstPerson = main.getByRole('table').getByRole('row').nth(1).getByRole('link').first();
  const person = (await firstPerson.innerText()).trim();
  await firstPerson.click();
  const sessionForm = page.getByRole('form', { name: 'Record a session' });
  await sessionForm.waitFor();
  await startAttendedPhoneSession(sessionForm, 30);
  await answerHarmToSelfCheck(sessionForm, {
    protective: 'His sister; his allotment.',
    level: 'Immediate',
    disclosed:
      'Said he has rope in the shed and means to use it tonight. Stayed on the line and called the crisis team.',
  });
  await sessionForm.getByRole('button', { name: 'Record session' }).click();
  await expectHeading(page, /Immediate risk/);

  // The worker's own caseload tags the person, and "immediate only" finds them.
  await page.goto('/caseload');
  await expectHeading(page, 'My caseload');
  await page.getByLabel('Show').selectOption({ label: 'Immediate risk only' });
  await main.getByRole('button', { name: 'Apply' }).click();
  await page.waitForURL((url) => url.searchParams.get('riskAtLeast') === 'immediate');
  const ownRow = main.getByRole('row').filter({ has: page.getByRole('link', { name: person, exact: true }) });
  await ownRow.waitFor();
  expect(await ownRow.innerText()).toContain('Immediate risk');
  await expectNoSeriousA11yViolations(page, 'worker caseload filtered to immediate risk');

  // The case timeline records the risk events, and the header says what is outstanding.
  await ownRow.getByRole('link', { name: person, exact: true }).click();
  await expect.poll(() => main.innerText()).toContain('Outstanding:');
  expect(await main.innerText()).toMatch(/Risk check recorded: immediate risk/);
  expect(await main.innerText()).toMatch(/Immediate risk escalated/);
  await expectNoSeriousA11yViolations(
    page,
    'case with the active risk in its header and the risk events on its timeline',
  );
  await signOut(page);
  await page.waitForURL((url) => url.pathname === '/sign-in');

  // The supervisor's view of the worker's caseload, highest risk first.
  await signIn(page, DEMO_USERS.supervisor.email);
  await expectHeading(page, DEMO_USERS.supervisor.home);
  await openFromHome(page, 'Caseloads');
  const workerOption = await page
    .getByLabel('Link worker', { exact: true })
    .locator('option', { hasText: `${WORKER_NAME} – ` })
    .getAttribute('value');
  await page.getByLabel('Link worker', { exact: true }).selectOption(workerOption ?? '');
  await main.getByRole('button', { name: 'Show caseload' }).click();
  await expect.poll(() => main.innerText()).toContain(`Caseload of ${WORKER_NAME}`);
  await page.getByLabel('Order').selectOption({ label: 'Highest active risk first' });
  await main.getByRole('button', { name: 'Apply' }).click();
  await page.waitForURL((url) => url.searchParams.get('sort') === 'risk');
  await expect.poll(() => main.innerText()).toContain('highest active risk first');
  const firstRow = main.getByRole('table').getByRole('row').nth(1);
  expect(await firstRow.innerText(), 'an immediate risk is at the top').toContain('Immediate risk');
  const supervisedRow = main.getByRole('row').filter({ has: page.getByRole('link', { name: person, exact: true }) });
  expect(await supervisedRow.innerText()).toContain('Immediate risk');
  await expectNoSeriousA11yViolations(page, 'supervisor view of the worker caseload, highest risk first');

  // The team risk board, from the header: the person, the worker, the level and each outstanding action.
  await page.getByRole('banner').getByRole('link', { name: 'Team risk board' }).click();
  await expectHeading(page, 'Team risk board');
  const boardRow = main
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: new RegExp(`^${escapeRegExp(person)}`) }) });
  await boardRow.first().waitFor();
  const boardText = await boardRow.first().innerText();
  expect(boardText).toContain('Immediate risk');
  expect(boardText).toContain(WORKER_NAME);
  expect(boardText, 'what is outstanding, with its deadline and who holds it').toMatch(
    new RegExp(`Call 999[^\\n]* – due [^\\n]*\\(${escapeRegExp(WORKER_NAME)}\\)`),
  );
  expect(boardText).toMatch(new RegExp(`– due [^\\n]*\\(${escapeRegExp(SUPERVISOR_NAME)}\\)`));
  await expectNoSeriousA11yViolations(page, 'team risk board');

  // Its link opens the risk record to act on.
  await boardRow
    .first()
    .getByRole('link', { name: new RegExp(`^${escapeRegExp(person)}`) })
    .click();
  await expectHeading(page, /Immediate risk/);
});
