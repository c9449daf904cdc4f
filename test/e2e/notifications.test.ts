/**
 * Notifications a busy person can act on: a link worker records a high risk in a distressing session; the
 * supervisor gets one urgent notification (not one for the risk and more for the debrief) that names the person
 * and the worker, opens the risk record from it, is told there what they must do, does their own action, and
 * clears the rest; the header count follows. Every page reached is scanned for accessibility.
 */
import { expect, test } from 'vitest';
import { expectNoSeriousA11yViolations } from './support/a11y.ts';
import { DEMO_USERS, expectHeading, signIn, signOut } from './support/auth.ts';
import { useE2E } from './support/e2e.ts';
import { openFromHome } from './support/pathway.ts';
import {
  answerHarmToSelfCheck,
  DEMO_WORKER_NAME,
  nameDemoSupervisor,
  startAttendedPhoneSession,
} from './support/risk.ts';

const e2e = useE2E();

const WORKER_NAME = DEMO_WORKER_NAME;
const DISCLOSURE = 'I’ve been thinking about ending it and I know how I would do it';
const LONDON_DATE_TIME =
  /\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4} at \d{1,2}:\d{2}[ap]m/;

test('a risk notification names the person and the worker, leads to the risk, and the supervisor acts from it', async () => {
  const { page } = e2e;
  const main = page.getByRole('main');
  const header = page.getByRole('banner');

  // The scheme manager names the demo supervisor as the worker's supervisor (kept as it is if the demo already does).
  await nameDemoSupervisor(page);

  // The worker records a distressing session in which the person discloses a high risk.
  await signIn(page, DEMO_USERS.worker.email);
  await expectHeading(page, DEMO_USERS.worker.home);
  await openFromHome(page, 'My caseload');
  await main.getByRole('table').waitFor();
  const personLink = main.getByRole('table').getByRole('row').nth(1).getByRole('link').first();
  const personName = (await personLink.innerText()).trim();
  expect(personName.length).toBeGreaterThan(0);
  await personLink.click();
  const sessionForm = page.getByRole('form', { name: 'Record a session' });
  await sessionForm.waitFor();
  await startAttendedPhoneSession(sessionForm, 40);
  await sessionForm.getByLabel('Notes (optional)').fill(`We talked about the week. She said: "${DISCLOSURE}".`);
  await answerHarmToSelfCheck(sessionForm, {
    protective: 'Her sister; her allotment.',
    level: 'High',
    disclosed: 'Disclosed a plan and the means. Agreed she will call her sister tonight; follow-up call tomorrow.',
  });
  await sessionForm
    .getByRole('group', { name: 'How did this session leave you? (optional)' })
    .getByLabel('Distressing', { exact: true })
    .check();
  await sessionForm.getByRole('button', { name: 'Record session' }).click();

  // The worker's own risk record speaks to the worker.
  await expectHeading(page, /High risk/);
  await expect.poll(() => main.innerText()).toContain('What happens next');
  expect(await main.innerText()).toContain('A debrief with your supervisor has been requested.');
  expect(await main.innerText()).not.toContain('What you need to do');
  const riskUrl = new URL(page.url()).pathname;
  await signOut(page);
  await page.waitForURL((url) => url.pathname === '/sign-in');

  // The supervisor: one urgent notification for the disclosure, naming the person and the worker, first in the list.
  await signIn(page, DEMO_USERS.supervisor.email);
  await expectHeading(page, DEMO_USERS.supervisor.home);
  const notificationsLink = header.getByRole('link', { name: /^Notifications/ });
  await expect.poll(() => notificationsLink.innerText()).toMatch(/\(\d+ unread, \d+ urgent\)/);
  const before = await notificationsLink.innerText();
  await notificationsLink.click();
  await expectHeading(page, 'Notifications');
  const cards = main.getByRole('listitem').filter({ has: page.getByRole('heading') });
  const ours = cards
    .filter({ hasText: 'A high risk was recorded on a case' })
    .filter({ hasText: personName })
    .filter({ hasText: WORKER_NAME });
  await expect.poll(() => ours.count()).toBe(1);
  const first = ours.first();
  const firstText = await first.innerText();
  expect(firstText).toMatch(LONDON_DATE_TIME);
  expect(firstText).not.toMatch(/UTC/);
  expect(await first.getByRole('heading').innerText()).toMatch(/^Urgent: /);
  // Urgent first: no urgent notification comes after one that is not.
  const urgentFlags = (await cards.getByRole('heading').allInnerTexts()).map((h) => h.startsWith('Urgent: '));
  expect(urgentFlags.indexOf(true)).toBe(0);
  expect(
    urgentFlags
      .slice(urgentFlags.indexOf(false) === -1 ? urgentFlags.length : urgentFlags.indexOf(false))
      .includes(true),
  ).toBe(false);
  expect(firstText, 'the debrief it asked for is said on the risk notification, not sent again').toContain(
    'A debrief with the link worker has been requested',
  );
  await expectNoSeriousA11yViolations(page, 'notifications, urgent first, naming the person and the worker');

  // Straight to the risk, where the page says what the supervisor must do; the notification is now read.
  await first.getByRole('link', { name: /^Open the risk record/ }).click();
  await page.waitForURL((url) => url.pathname === riskUrl);
  await expectHeading(page, new RegExp(`High risk: ${personName}`));
  await expect.poll(() => main.innerText()).toContain('What you need to do');
  const riskText = await main.innerText();
  expect(riskText).toContain(`${WORKER_NAME} recorded a high risk for ${personName}`);
  expect(riskText).toContain(`Check ${WORKER_NAME} does their actions below on time`);
  expect(riskText).toContain(`Debrief ${WORKER_NAME}`);
  expect(riskText).not.toContain('your supervisor');
  await expect.poll(() => notificationsLink.innerText()).not.toBe(before);
  await expectNoSeriousA11yViolations(page, 'risk record written to the supervisor');

  // The supervisor does their own action from here.
  const review = page.getByRole('form', { name: /^Resolve: Review the risk with the link worker at supervision/ });
  await review.getByLabel('Done', { exact: true }).check();
  await review
    .getByLabel('What was done (or why not)')
    .fill(`Reviewed the safety plan with ${WORKER_NAME}; follow-up call booked.`);
  await review.getByRole('button', { name: 'Save this action' }).click();
  await expect
    .poll(() =>
      page.getByRole('form', { name: /^Resolve: Review the risk with the link worker at supervision/ }).count(),
    )
    .toBe(0);
  expect(await main.innerText()).toContain('Reviewed the safety plan with');

  // Back in the notifications, everything else is cleared at once; the header follows without a reload.
  await notificationsLink.click();
  await expectHeading(page, 'Notifications');
  await expect.poll(() => main.innerText()).toMatch(/You have \d+ unread notifications?/);
  await main.getByRole('button', { name: 'Mark all as read' }).click();
  await expect.poll(() => main.innerText()).toContain('You have no unread notifications.');
  await expect.poll(() => notificationsLink.innerText()).toBe('Notifications');
  await expectNoSeriousA11yViolations(page, 'notifications all read');
});
