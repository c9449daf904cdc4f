/**
 * Clinical supervision: the supervisor sees their supervisees a page at a time by name, with who is overdue, and logs a
 * session from the worker's row; the form names the worker rather than listing every worker of the scheme. The
 * manager sees every link worker the same way. Every page reached is scanned for accessibility.
 */
import { expect, test } from 'vitest';
import { expectNoSeriousA11yViolations } from './support/a11y.ts';
import { DEMO_USERS, expectHeading, signIn, signOut } from './support/auth.ts';
import { useE2E } from './support/e2e.ts';
import { shownErrorSummary } from './support/forms.ts';
import { fillDate, openFromHome } from './support/pathway.ts';
import { DEMO_WORKER_NAME, nameDemoSupervisor } from './support/risk.ts';

const e2e = useE2E();

function daysAgo(days: number) {
  const d = new Date(Date.now() - days * 86_400_000);
  return { day: String(d.getUTCDate()), month: String(d.getUTCMonth() + 1), year: String(d.getUTCFullYear()) };
}

test("a supervisor logs a session from their supervisee's row, and the manager sees every worker by name", async () => {
  const { page } = e2e;
  const main = page.getByRole('main');
  await nameDemoSupervisor(page);

  await signIn(page, DEMO_USERS.supervisor.email);
  await expectHeading(page, DEMO_USERS.supervisor.home);
  await page.goto('/supervision');
  await expectHeading(page, 'Clinical supervision');
  const supervisees = main.getByRole('table', { name: /Your supervisees, by name/ });
  await supervisees.waitFor();
  await expectNoSeriousA11yViolations(page, 'clinical supervision (supervisor)');

  // Straight to the form without a worker: it says where to choose one instead of listing everybody.
  await page.goto('/supervision/sessions/new');
  await expectHeading(page, 'Log a supervision session');
  await expect.poll(() => main.innerText()).toContain('Choose the link worker you supervised first');
  await main.getByRole('link', { name: 'clinical supervision', exact: true }).click();
  await expectHeading(page, 'Clinical supervision');

  await supervisees.getByRole('link', { name: `Log a session with ${DEMO_WORKER_NAME}` }).click();
  await expectHeading(page, 'Log a supervision session');
  await expect.poll(() => main.locator('.nhsuk-summary-list').innerText()).toContain(DEMO_WORKER_NAME);
  await page.getByRole('button', { name: 'Log session' }).click();
  const summary = await shownErrorSummary(page);
  expect(await summary.innerText()).toContain('Choose the type of supervision');
  await expectNoSeriousA11yViolations(page, 'log a supervision session with errors');
  await fillDate(page, 'Date held', daysAgo(1));
  await page.getByRole('group', { name: 'Type of supervision' }).getByLabel('Clinical', { exact: true }).check();
  await page.getByLabel('Notes (optional)').fill('Talked through a family who phone daily.');
  await page.getByRole('button', { name: 'Log session' }).click();
  await expect.poll(() => main.innerText()).toContain('Supervision session logged');
  await signOut(page);
  await page.waitForURL((url) => url.pathname === '/sign-in');

  await signIn(page, DEMO_USERS.manager.email);
  await expectHeading(page, DEMO_USERS.manager.home);
  await openFromHome(page, 'Supervision', 'Clinical supervision');
  const everyone = main.getByRole('table', { name: /Supervision of each link worker, by name/ });
  await everyone.waitFor();
  await expect.poll(() => everyone.innerText()).toContain(DEMO_WORKER_NAME);
  await expectNoSeriousA11yViolations(page, 'clinical supervision (manager)');
});
