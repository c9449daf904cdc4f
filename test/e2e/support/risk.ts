/**
 * Steps the risk journeys share: naming the demo worker's supervisor, and recording an attended phone
 * session with a harm-to-self risk check, by role and label as a worker would.
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { expectNoSeriousA11yViolations } from './a11y.ts';
import { DEMO_USERS, expectHeading, signIn, signOut } from './auth.ts';
import { fillDate, londonNow } from './pathway.ts';

/** The demo link worker and the demo supervisor, as the settings pages name them. */
export const DEMO_WORKER_NAME = 'Jordan Evans';
export const DEMO_SUPERVISOR_NAME = 'Sam Patel';

/** The scheme manager names the demo supervisor as the demo worker's supervisor (kept if the demo already does), then signs out. */
export async function nameDemoSupervisor(page: Page): Promise<void> {
  const main = page.getByRole('main');
  await signIn(page, DEMO_USERS.manager.email);
  await expectHeading(page, DEMO_USERS.manager.home);
  await page.goto('/settings');
  await main.getByRole('link', { name: `Change ${DEMO_WORKER_NAME}’s working pattern` }).click();
  await expectHeading(page, `${DEMO_WORKER_NAME}’s working pattern`);
  const picker = main.getByRole('group', { name: 'Named supervisor' });
  await picker.getByLabel('Search by name').fill(DEMO_SUPERVISOR_NAME);
  await picker.getByRole('button', { name: 'Search' }).click();
  await expect
    .poll(() => picker.getByRole('status').innerText())
    .toMatch(new RegExp(`^\\d+ managers? (and|or) supervisors? found with “${DEMO_SUPERVISOR_NAME}”`));
  // The staff picker with its search results showing: labels, fieldset and live count as axe sees them.
  await expectNoSeriousA11yViolations(page, 'working pattern, supervisor search results');
  await picker.getByLabel(`${DEMO_SUPERVISOR_NAME} (supervisor)`, { exact: true }).check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => main.innerText()).toContain(`${DEMO_WORKER_NAME}’s working pattern saved`);
  await signOut(page);
  await page.waitForURL((url) => url.pathname === '/sign-in');
}

/** Fills the session form's when, how long, "Phone" and "Attended", starting now in London. */
export async function startAttendedPhoneSession(sessionForm: Locator, minutes: number): Promise<void> {
  const now = londonNow();
  await fillDate(sessionForm, 'Date of the session', now);
  await sessionForm.getByLabel('Start time').fill(now.time);
  await sessionForm.getByLabel('How long did it last, in minutes?').fill(String(minutes));
  await sessionForm.getByRole('group', { name: 'Type of session' }).getByLabel('Phone', { exact: true }).check();
  await sessionForm
    .getByRole('group', { name: 'Did the person attend?' })
    .getByLabel('Attended', { exact: true })
    .check();
}

/** Answers the session's risk question Yes and the structured check for thoughts, plans, means and intent. */
export async function answerHarmToSelfCheck(
  sessionForm: Locator,
  check: { protective: string; level: 'High' | 'Immediate'; disclosed: string },
): Promise<void> {
  const answer = (legend: string, choice: string) =>
    sessionForm.getByRole('group', { name: legend }).getByLabel(choice, { exact: true }).check();
  await answer('Any concern about risk today?', 'Yes');
  await answer('Have they had thoughts of harming themselves or ending their life?', 'Yes');
  await answer('Have they made plans for how?', 'Yes');
  await answer('Do they have the means (for example tablets, a ligature, a place)?', 'Yes');
  await answer('Do they intend to act on it?', 'Yes');
  await sessionForm.getByLabel('What keeps them safe? (protective factors)').fill(check.protective);
  await answer('Is anyone else at risk of harm from them?', 'No');
  await answer('Is there a concern that an adult or a child is being abused or neglected?', 'No');
  await answer('Risk level', check.level);
  await sessionForm.getByLabel('What was disclosed, and what did you do?').fill(check.disclosed);
}
