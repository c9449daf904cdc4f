/**
 * Risk at every contact, as the people involved meet it: the link worker records a session in which the person
 * discloses suicidal intent, is stopped and prompted for the risk check, marks the risk immediate, sees at once what to
 * do now (999, NHS 111 option 2, the scheme's crisis contacts), and records what was done; the case shows the active
 * risk. The supervisor is told at once and sees the debrief request. Every page reached is scanned for accessibility.
 */
import { expect, test } from 'vitest';
import { expectNoSeriousA11yViolations } from './support/a11y.ts';
import { DEMO_USERS, expectHeading, signIn, signOut } from './support/auth.ts';
import { useE2E } from './support/e2e.ts';
import { openFromHome } from './support/pathway.ts';
import {
  answerHarmToSelfCheck,
  DEMO_SUPERVISOR_NAME,
  nameDemoSupervisor,
  startAttendedPhoneSession,
} from './support/risk.ts';

const e2e = useE2E();

const SUPERVISOR_NAME = DEMO_SUPERVISOR_NAME;
const DISCLOSURE = 'I’ve got a pot of tablets and I could take it all right now';

test('a disclosure of suicidal intent is escalated at once and cannot be saved without the risk check', async () => {
  const { page } = e2e;
  const main = page.getByRole('main');

  // The scheme manager names the demo supervisor as the worker's supervisor (kept as it is if the demo already does).
  await nameDemoSupervisor(page);

  // The worker opens one of their cases.
  await signIn(page, DEMO_USERS.worker.email);
  await expectHeading(page, DEMO_USERS.worker.home);
  await openFromHome(page, 'My caseload');
  await main.getByRole('table').waitFor();
  await main.getByRole('table').getByRole('link').first().click();
  const sessionForm = page.getByRole('form', { name: 'Record a session' });
  await sessionForm.waitFor();
  const caseUrl = page.url();

  // The session notes contain the disclosure: the risk check opens and the save explains why.
  await startAttendedPhoneSession(sessionForm, 50);
  await sessionForm
    .getByLabel('Notes (optional)')
    .fill(`Talked about the week. Towards the end she said: "${DISCLOSURE}".`);
  await sessionForm.getByRole('button', { name: 'Record session' }).click();
  await expect.poll(() => main.innerText()).toContain('Complete the risk check');
  expect(await main.innerText()).toContain(
    '"I’ve got a pot of tablets" (thoughts of suicide or of not wanting to live)',
  );
  await expectNoSeriousA11yViolations(page, 'session form prompting for the risk check');

  await answerHarmToSelfCheck(sessionForm, {
    protective: 'Her daughter; her dog.',
    level: 'Immediate',
    disclosed: 'Disclosed intent to take a stockpile of tablets now. Kept her on the phone.',
  });
  await sessionForm
    .getByRole('group', { name: 'How did this session leave you? (optional)' })
    .getByLabel('Distressing', { exact: true })
    .check();
  await sessionForm.getByRole('button', { name: 'Record session' }).click();

  // What to do now: impossible to miss, announced and focused.
  const guidance = page.getByRole('alert').filter({ hasText: 'Immediate risk: act now' });
  await guidance.waitFor();
  await expectHeading(page, /Immediate risk/);
  expect(await guidance.innerText()).toContain('call 999');
  expect(await guidance.innerText()).toContain('NHS 111 and choose option 2');
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          (globalThis as unknown as { document: { activeElement: { id: string } | null } }).document.activeElement?.id,
      ),
    )
    .toBe('immediate-guidance');
  expect(await main.innerText()).toContain('What happens next');
  expect(await main.innerText()).toMatch(new RegExp(`Told at once: [^\\n]*${SUPERVISOR_NAME}`));
  expect(await main.innerText()).toContain('A debrief with your supervisor has been requested.');
  await expectNoSeriousA11yViolations(page, 'immediate risk guidance');

  // The worker records what was done for the first action: call 999 or the crisis line.
  const emergency = page.getByRole('form', { name: /^Resolve: Call 999/ });
  await emergency.getByLabel('Done', { exact: true }).check();
  await emergency
    .getByLabel('What was done (or why not)')
    .fill('Called NHS 111 option 2 with her on the line; the crisis team is visiting tonight.');
  await emergency.getByRole('button', { name: 'Save this action' }).click();
  await expect.poll(() => page.getByRole('form', { name: /^Resolve: Call 999/ }).count()).toBe(0);
  expect(await main.innerText()).toContain('Called NHS 111 option 2 with her on the line');

  // The close form is not offered while the other required actions are open: the page says what remains.
  expect(await main.innerText()).toContain('Before this risk can be closed');
  expect(await main.innerText()).toContain('3 required actions are still open');
  expect(
    await main
      .getByRole('listitem')
      .filter({ hasText: "Tell the person's GP practice what happened and what was done" })
      .count(),
  ).toBe(1);
  expect(await page.getByRole('button', { name: 'Close this risk' }).count()).toBe(0);
  expect(await page.getByLabel('Why is the risk no longer active?').count()).toBe(0);
  await expectNoSeriousA11yViolations(page, 'risk record saying what remains before closing');

  // The case shows the active risk to everyone who can see it.
  await page.goto(caseUrl);
  await expect.poll(() => main.innerText()).toMatch(/Active risk|\d+ active risks/);
  expect(await main.innerText()).toContain('Immediate risk since');
  expect(await main.getByRole('link', { name: /^Immediate risk since/ }).count()).toBe(1);
  await expectNoSeriousA11yViolations(page, 'case with an active risk');
  await signOut(page);
  await page.waitForURL((url) => url.pathname === '/sign-in');

  // The supervisor was told at once.
  await signIn(page, DEMO_USERS.supervisor.email);
  await expectHeading(page, DEMO_USERS.supervisor.home);
  await page.goto('/notifications');
  await expectHeading(page, 'Notifications');
  await expect.poll(() => main.innerText()).toContain('An immediate risk was recorded on a case');
  // One disclosure, one notification: the debrief it asked for is said on the risk notification, not sent again.
  expect(await main.innerText()).toContain('A debrief with the link worker has been requested');
  expect(await main.innerText()).not.toContain('needs a debrief after a high-risk event');
  await expectNoSeriousA11yViolations(page, 'supervisor notifications');
});
