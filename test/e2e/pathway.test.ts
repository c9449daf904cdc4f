/**
 * The whole social prescribing pathway in one journey, as the people involved do it: a GP refers someone, the link
 * worker triages, accepts and allocates the referral to themselves, works the case (contact attempts, a first session,
 * "what matters to me", a goal, a follow-up task and session) and discharges it; the GP then reads the message back.
 * Every page reached is scanned for accessibility.
 */
import { expect, test } from 'vitest';
import { expectNoSeriousA11yViolations } from './support/a11y.ts';
import { DEMO_USERS, expectHeading, signIn, signOut } from './support/auth.ts';
import { useE2E } from './support/e2e.ts';
import { findInPagedList, fillDate, londonNow, openFromHome, sendReferral, uniquePerson } from './support/pathway.ts';

const e2e = useE2E();

/** The demo link worker (worker@demo.example.org), as allocation and the case page name them. */
const WORKER_NAME = 'Jordan Evans';
/** The SNOMED CT concept a discharge summary is coded with ("Referral to social prescribing service"). */
const DISCHARGE_CODE = '871731000000106';

test('a GP refers, the link worker works the case through to discharge, and the GP reads the message back', async () => {
  const { page } = e2e;
  const person = uniquePerson();
  const main = page.getByRole('main');

  // The GP refers the person and sees the criteria check at once.
  await signIn(page, DEMO_USERS.referrer.email);
  await expectHeading(page, DEMO_USERS.referrer.home);
  await openFromHome(page, 'Refer someone');
  await page.getByLabel('NHS number', { exact: true }).waitFor();
  await expectNoSeriousA11yViolations(page, 'referral form');
  await sendReferral(page, person, {
    needs: ['Loneliness and social isolation', 'Bereavement'],
    reason: 'Widowed last year and rarely leaves the house. Would like to meet people again.',
  });
  await expect.poll(() => main.innerText()).toContain('Criteria check');
  expect(await main.innerText()).toContain('This referral meets the service’s criteria.');
  expect(await main.innerText()).toContain('Waiting for triage');
  await expectNoSeriousA11yViolations(page, 'referral sent, criteria result');
  await signOut(page);
  await page.waitForURL((url) => url.pathname === '/sign-in');

  // The link worker finds the referral in the triage queue and accepts it.
  await signIn(page, DEMO_USERS.worker.email);
  await expectHeading(page, DEMO_USERS.worker.home);
  await openFromHome(page, 'Triage queue');
  const inQueue = await findInPagedList(page, new RegExp(`^${person.name}(, \\d+)?$`));
  const queueRow = main.getByRole('row').filter({ hasText: person.name });
  expect(await queueRow.innerText()).toContain('Referrer');
  expect(await queueRow.innerText()).toContain('In scope');
  await expectNoSeriousA11yViolations(page, 'triage queue');
  await inQueue.click();
  await expectHeading(page, new RegExp(`${person.name}$`));
  await page.getByRole('button', { name: 'Accept onto the waiting list' }).waitFor();
  await expectNoSeriousA11yViolations(page, 'referral to triage');
  await page.getByRole('button', { name: 'Accept onto the waiting list' }).click();
  await expect
    .poll(() => main.innerText())
    .toContain('Referral accepted. The person is on the waiting list for a link worker.');
  expect(await main.innerText()).toContain('Accepted, waiting for a link worker');
  await expectNoSeriousA11yViolations(page, 'referral accepted');

  // From the waiting list, the worker allocates the person to themselves.
  await page.getByRole('link', { name: 'Back to the waiting list' }).click();
  await expectHeading(page, /Waiting list$/);
  const allocateLink = await findInPagedList(page, `Allocate ${person.name}`);
  await expectNoSeriousA11yViolations(page, 'waiting list');
  await allocateLink.click();
  await expectHeading(page, /Allocate a link worker$/);
  await page.getByRole('radio', { name: new RegExp(`^${WORKER_NAME}`) }).check();
  await expect.poll(() => main.innerText()).toContain(`Checks for ${WORKER_NAME}`);
  // Over their safe caseload, a worker can still be chosen, but only on purpose.
  const overCap = page.getByLabel('I know this worker is over their safe caseload');
  if ((await overCap.count()) > 0) await overCap.check();
  await expectNoSeriousA11yViolations(page, 'allocate a link worker');
  await page.getByRole('button', { name: `Allocate to ${WORKER_NAME}` }).click();
  await expect.poll(() => main.innerText()).toContain(`${person.name} has been allocated to ${WORKER_NAME}`);
  expect(await main.innerText()).toContain('With a link worker');
  await expectNoSeriousA11yViolations(page, 'referral allocated');

  // The case is on the worker's caseload.
  await page.goto('/');
  await openFromHome(page, 'My caseload');
  const caseLink = await findInPagedList(page, person.name);
  await expectNoSeriousA11yViolations(page, 'my caseload');
  await caseLink.click();
  await expectHeading(page, person.name);
  await expect.poll(() => main.innerText()).toMatch(/Make contact attempt 1 of \d+/);
  const attempts = /Make contact attempt 1 of (\d+)/.exec(await main.innerText())?.[1] ?? '';
  expect(await main.innerText()).toContain('Contacting');
  await expectNoSeriousA11yViolations(page, 'new case, contacting');

  // A first call goes unanswered: the next step moves on to the second attempt.
  const contactForm = page.getByRole('form', { name: 'Record a contact attempt' });
  await contactForm
    .getByRole('group', { name: 'How did you try to contact the person?' })
    .getByLabel('Phone call', { exact: true })
    .check();
  await contactForm.getByRole('group', { name: 'What happened?' }).getByLabel('No answer', { exact: true }).check();
  await contactForm.getByLabel('Notes (optional)').fill('Rang the mobile at lunchtime, no voicemail.');
  await contactForm.getByRole('button', { name: 'Record contact attempt' }).click();
  await expect.poll(() => main.innerText()).toContain('Contact attempt recorded');
  await expect.poll(() => main.innerText()).toContain(`Make contact attempt 2 of ${attempts}`);
  await expectNoSeriousA11yViolations(page, 'case after an unanswered attempt');

  // The second call reaches them: the case becomes active. What she said on the call is risk language, so the
  // attempt is saved only with a risk check, as a session would be.
  await contactForm
    .getByRole('group', { name: 'How did you try to contact the person?' })
    .getByLabel('Phone call', { exact: true })
    .check();
  await contactForm
    .getByRole('group', { name: 'What happened?' })
    .getByLabel('Reached the person', { exact: true })
    .check();
  await contactForm
    .getByLabel('Notes (optional)')
    .fill('Spoke to her. She said she has a pot of tablets saved up from before, but has not thought of using them.');
  await contactForm.getByRole('button', { name: 'Record contact attempt' }).click();
  await expect.poll(() => contactForm.innerText()).toContain('Complete the risk check');
  expect(await main.innerText()).not.toContain('The person has been reached');
  await expectNoSeriousA11yViolations(page, 'reached contact prompting for the risk check');
  const answerContact = async (legend: string, choice: string) =>
    contactForm.getByRole('group', { name: legend }).getByLabel(choice, { exact: true }).check();
  await answerContact('Have they had thoughts of harming themselves or ending their life?', 'No');
  await answerContact('Have they made plans for how?', 'No');
  await answerContact('Do they have the means (for example tablets, a ligature, a place)?', 'Yes');
  await answerContact('Do they intend to act on it?', 'No');
  await answerContact('Is anyone else at risk of harm from them?', 'No');
  await answerContact('Is there a concern that an adult or a child is being abused or neglected?', 'No');
  await answerContact('Risk level', 'Low');
  await contactForm.getByRole('button', { name: 'Record contact attempt' }).click();
  await expect.poll(() => main.innerText()).toContain('The person has been reached, so the case is now active.');
  expect(await main.innerText()).toContain('Working with the person');
  await expectNoSeriousA11yViolations(page, 'case active after reaching the person');

  // The first session, face to face.
  const sessionForm = page.getByRole('form', { name: 'Record a session' });
  const firstSession = londonNow();
  await fillDate(sessionForm, 'Date of the session', firstSession);
  await sessionForm.getByLabel('Start time').fill(firstSession.time);
  await sessionForm.getByLabel('How long did it last, in minutes?').fill('60');
  await sessionForm.getByRole('group', { name: 'Type of session' }).getByLabel('Face to face', { exact: true }).check();
  await sessionForm.getByLabel('Place', { exact: true }).fill('Riverside Medical Practice');
  await sessionForm
    .getByRole('group', { name: 'Did the person attend?' })
    .getByLabel('Attended', { exact: true })
    .check();
  await sessionForm.getByLabel('Notes (optional)').fill('Talked about the walking group and the bereavement café.');
  // An attended session asks about risk, whatever the notes say: unanswered, the session is not saved.
  await sessionForm.getByRole('button', { name: 'Record session' }).click();
  await expect.poll(() => main.innerText()).toContain('Select whether there is any concern about risk today');
  await expectNoSeriousA11yViolations(page, 'session form with the risk question unanswered');
  // Yes opens the structured risk check.
  const concern = sessionForm.getByRole('group', { name: 'Any concern about risk today?' });
  expect(await sessionForm.getByRole('group', { name: 'Risk level' }).count()).toBe(0);
  await concern.getByLabel('Yes', { exact: true }).check();
  const answer = async (legend: string, choice: string) =>
    sessionForm.getByRole('group', { name: legend }).getByLabel(choice, { exact: true }).check();
  await answer('Have they had thoughts of harming themselves or ending their life?', 'Yes');
  await answer('Have they made plans for how?', 'No');
  await answer('Do they have the means (for example tablets, a ligature, a place)?', 'No');
  await answer('Do they intend to act on it?', 'No');
  await sessionForm
    .getByLabel('What keeps them safe? (protective factors)')
    .fill('Her grandchildren; the walking group.');
  await answer('Is anyone else at risk of harm from them?', 'No');
  await answer('Is there a concern that an adult or a child is being abused or neglected?', 'No');
  await answer('Risk level', 'Low');
  await expectNoSeriousA11yViolations(page, 'session form with the risk check opened by Yes');
  await sessionForm.getByRole('button', { name: 'Record session' }).click();
  await expect.poll(() => main.innerText()).toContain('Session recorded');
  expect(await main.innerText()).toContain('1 session held');
  const sessions = main.getByRole('table', { name: /^Sessions/ });
  expect(await sessions.getByRole('columnheader', { name: 'Concern about risk' }).count()).toBe(1);
  expect(await sessions.getByRole('row').nth(1).getByRole('cell').nth(6).innerText()).toMatch(/Yes$/);
  await expectNoSeriousA11yViolations(page, 'case after the first session');

  // What matters to the person, in their words, with a need and the intervention level.
  const aboutForm = page.getByRole('form', { name: 'Change what matters to me' });
  await aboutForm
    .getByLabel('What matters to the person')
    .fill('Getting out of the house and having people to talk to.');
  await aboutForm.getByRole('button', { name: 'Add a need' }).click();
  await aboutForm.getByLabel('Domain of need 1').selectOption({ label: 'Loneliness and social isolation' });
  await aboutForm.getByLabel('Notes on need 1 (optional)').fill('Sees no one most days.');
  await aboutForm
    .getByRole('group', { name: 'Intervention level' })
    .getByLabel('Intensive coaching', { exact: true })
    .check();
  await aboutForm.getByRole('button', { name: 'Save what matters' }).click();
  await expect.poll(() => main.innerText()).toContain('What matters to me has been saved');
  await expectNoSeriousA11yViolations(page, 'case after saving what matters');

  // A goal in the personalised care and support plan.
  const goal = 'Go to the Thursday walking group';
  const goalForm = page.getByRole('form', { name: 'Add a goal' });
  await goalForm.getByLabel('Goal', { exact: true }).fill(goal);
  await goalForm.getByLabel('Actions (optional)').fill('Jordan to introduce her to the group leader this week.');
  await goalForm.getByRole('button', { name: 'Add goal' }).click();
  await expect.poll(() => main.innerText()).toContain('Goal added to the plan');
  await page.getByRole('heading', { name: `Goal 1: ${goal}` }).waitFor();
  await expectNoSeriousA11yViolations(page, 'case after adding a goal');

  // A follow-up task, which shows in My tasks.
  const task = `Call ${person.givenName} after her first walk`;
  const tomorrow = londonNow(24 * 60);
  const taskForm = page.getByRole('form', { name: 'Add a task' });
  await taskForm.getByLabel('What needs doing?').fill(task);
  await fillDate(taskForm, 'Due date', tomorrow);
  await taskForm.getByRole('button', { name: 'Add task' }).click();
  await expect.poll(() => main.innerText()).toContain('Task added, due');
  await expectNoSeriousA11yViolations(page, 'case after adding a task');
  await page.getByRole('link', { name: 'Back to caseload' }).click();
  await expectHeading(page, 'My caseload');
  await main.getByRole('link', { name: 'My tasks', exact: true }).click();
  await expectHeading(page, 'My tasks');
  const taskRow = main.getByRole('row').filter({ hasText: task });
  await taskRow.waitFor();
  await expectNoSeriousA11yViolations(page, 'my tasks');
  await taskRow.getByRole('link', { name: person.name, exact: true }).click();
  await expectHeading(page, person.name);

  // A follow-up session, by phone.
  const followUp = londonNow();
  await fillDate(sessionForm, 'Date of the session', followUp);
  await sessionForm.getByLabel('Start time').fill(followUp.time);
  await sessionForm.getByLabel('How long did it last, in minutes?').fill('30');
  await sessionForm.getByRole('group', { name: 'Type of session' }).getByLabel('Phone', { exact: true }).check();
  await sessionForm
    .getByRole('group', { name: 'Did the person attend?' })
    .getByLabel('Attended', { exact: true })
    .check();
  await sessionForm
    .getByRole('group', { name: 'Any concern about risk today?' })
    .getByLabel('No', { exact: true })
    .check();
  await sessionForm.getByRole('button', { name: 'Record session' }).click();
  await expect.poll(() => main.innerText()).toContain('Session recorded');
  await expect.poll(() => main.innerText()).toContain('2 sessions held');
  await expectNoSeriousA11yViolations(page, 'case after the follow-up session');

  // Discharge: goals met, with a summary and what was arranged.
  await page.getByRole('button', { name: 'Discharge', exact: true }).click();
  await expectHeading(page, 'Discharge');
  await page.getByRole('group', { name: 'Why is the person being discharged?' }).waitFor();
  await expectNoSeriousA11yViolations(page, 'discharge form');
  await page
    .getByRole('group', { name: 'Why is the person being discharged?' })
    .getByLabel('Goals met', { exact: true })
    .check();
  await page
    .getByLabel('Summary', { exact: true })
    .fill('Now walks with the Thursday group and goes to the bereavement café.');
  await page
    .getByLabel('What was arranged (optional)')
    .fill('Membership of the Thursday walking group; bereavement café on Mondays.');
  await page.getByRole('button', { name: 'Discharge and send the message back' }).click();
  await page.waitForURL((url) => /^\/cases\/[^/]+$/.test(url.pathname));
  await expectHeading(page, person.name);
  await expect
    .poll(() => main.innerText())
    .toContain(`${person.name} has been discharged. A message back has been sent to the GP and the referrer.`);
  const closedCase = await main.innerText();
  expect(closedCase).toContain('This case is closed');
  expect(closedCase).toContain('Closed');
  expect(closedCase).toContain('Goals met');
  expect(closedCase).toContain(`Social prescribing discharge summary: ${person.name}`);
  expect(closedCase).toContain(`SNOMED CT ${DISCHARGE_CODE}`);
  await expectNoSeriousA11yViolations(page, 'case closed with the message back');
  await signOut(page);
  await page.waitForURL((url) => url.pathname === '/sign-in');

  // The GP sees the referral completed, and reads the discharge summary as a printable letter.
  await signIn(page, DEMO_USERS.referrer.email);
  await expectHeading(page, DEMO_USERS.referrer.home);
  await openFromHome(page, 'Your referrals');
  const mine = await findInPagedList(page, person.name);
  const myRow = main.getByRole('row').filter({ hasText: person.name });
  expect(await myRow.innerText()).toContain('Completed');
  await expectNoSeriousA11yViolations(page, 'your referrals');
  await mine.click();
  await expectHeading(page, new RegExp(`${person.name}$`));
  const letter = page.getByRole('region', { name: `Social prescribing discharge summary: ${person.name}` });
  await letter.waitFor();
  const letterText = await letter.innerText();
  expect(letterText).toContain('Discharge summary');
  expect(letterText).toContain(`SNOMED CT ${DISCHARGE_CODE}`);
  expect(letterText).toContain('Goals met');
  expect(letterText).toContain('Membership of the Thursday walking group');
  expect(await letter.getByRole('button', { name: 'Print this letter' }).count()).toBe(1);
  expect(await main.innerText()).toContain('Completed');
  await expectNoSeriousA11yViolations(page, 'completed referral with the message back');
}, 240_000);
