/**
 * Lone working, as the people involved live it: the scheme manager sets no grace period, Jordan (link worker) plans
 * a home visit on a phone-sized screen with Aisha as buddy, checks in and does not check out; the overdue check
 * alerts Aisha, who sees the visit at the top of her board, opens it and acknowledges the alert. Every page is
 * scanned for accessibility.
 */
import { randomBytes } from 'node:crypto';
import { expect, test } from 'vitest';
import { expectNoSeriousA11yViolations } from './support/a11y.ts';
import { DEMO_USERS, expectHeading, signIn, signOut } from './support/auth.ts';
import { useE2E } from './support/e2e.ts';

const e2e = useE2E();

const WORKER_NAME = 'Jordan Evans';
const BUDDY = { email: 'worker2@demo.example.org', name: 'Aisha Rahman' };

/** "14:05", in the browser's time zone (Europe/London). */
function londonTime(at: Date): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
}

/** The manager sets the scheme's lone-working grace to 0 and escalation to 1 minute, through the safety settings API. */
async function shortenGracePeriod(): Promise<void> {
  const { page } = e2e;
  const signedIn = await page.request.post('/api/auth/sign-in', { data: { email: DEMO_USERS.manager.email, password: 'Linkwork-demo-2026' } });
  expect(signedIn.status(), await signedIn.text()).toBe(200);
  const csrf = String(((await signedIn.json()) as { csrfToken: string }).csrfToken);
  const settings = (await (await page.request.get('/api/schemes/demo/settings')).json()) as { version: number; safety: Record<string, unknown> };
  const { safeguardingLeadId, ...safety } = settings.safety;
  const saved = await page.request.put('/api/schemes/demo/settings/safety', {
    headers: { 'X-CSRF-Token': csrf },
    data: { ...safety, safeguardingLeadId, version: settings.version, loneWorkingGraceMinutes: 0, loneWorkingEscalationMinutes: 1 },
  });
  expect(saved.status(), await saved.text()).toBe(200);
  await e2e.context.clearCookies();
}

test('a missed lone-working check-out alerts the buddy, who acknowledges it', { timeout: 180_000 }, async () => {
  const { page } = e2e;
  const main = page.getByRole('main');
  const place = `Flat ${randomBytes(2).toString('hex')}, 9 Canal Wharf, Leeds LS11 5PS`;
  await shortenGracePeriod();

  // Jordan plans the visit on a phone: it ends at the next minute boundary at least 20 seconds away.
  await page.setViewportSize({ width: 320, height: 720 });
  await signIn(page, DEMO_USERS.worker.email);
  await page.goto('/lone-working');
  await expectHeading(page, 'Lone working');
  await expectNoSeriousA11yViolations(page, 'my visits');
  await main.getByRole('button', { name: 'Plan a visit' }).click();
  await expectHeading(page, 'Plan a visit');

  // Nothing filled in: every problem is named, and nothing is planned.
  await main.getByRole('button', { name: 'Plan visit' }).click();
  const summary = page.locator('.nhsuk-error-summary');
  await expect.poll(() => summary.innerText()).toMatch(/Enter the address or venue/);
  await expect.poll(() => summary.innerText()).toMatch(/Select your buddy/);
  await expectNoSeriousA11yViolations(page, 'plan a visit with errors');

  const now = new Date();
  const end = new Date(Math.ceil((now.getTime() + 20_000) / 60_000) * 60_000);
  await main.getByLabel('Where are you going?').fill(place);
  await main.getByLabel('Start time').fill(londonTime(now));
  await main.getByLabel('Time you expect to finish').fill(londonTime(end));
  const buddyValue = await main.getByLabel('Your buddy').locator('option', { hasText: BUDDY.name }).getAttribute('value');
  await main.getByLabel('Your buddy').selectOption(buddyValue ?? '');
  await main.getByLabel('Your phone number during the visit').fill('07700 900461');
  await main.getByRole('button', { name: 'Plan visit' }).click();
  await expectHeading(page, new RegExp(`${place}$`));
  expect(await page.evaluate<number>('document.documentElement.scrollWidth'), 'no sideways scrolling at 320px').toBeLessThanOrEqual(320);

  await main.getByRole('button', { name: 'Check in' }).click();
  await expect.poll(() => main.innerText()).toMatch(/You are checked in/);
  await expectNoSeriousA11yViolations(page, 'visit, checked in');
  await signOut(page);

  // Aisha, the buddy, sees the alert at the top of her board once the check-out is missed.
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, BUDDY.email);
  await page.goto('/lone-working/team');
  await expectHeading(page, 'Visits you buddy');
  const firstOverdue = () => page.locator('h2', { hasText: /^Overdue: act now/ }).locator('xpath=following-sibling::div[1]');
  await expect
    .poll(async () => {
      await page.reload();
      await page.locator('h1').waitFor();
      return (await firstOverdue().count()) > 0 ? firstOverdue().innerText() : '(nothing overdue yet)';
    }, { timeout: 150_000, interval: 3_000 })
    .toMatch(/(alerted: no one has acknowledged yet|ESCALATED)/);
  const card = firstOverdue();
  expect(await card.innerText()).toContain(`${WORKER_NAME}: ${place}`);
  expect(await card.innerText()).toContain('Overdue: not checked out');
  await expectNoSeriousA11yViolations(page, 'team board with an overdue visit');

  await card.getByRole('link', { name: `${WORKER_NAME}: ${place}` }).click();
  await expectHeading(page, new RegExp(`${place}$`));
  expect(await main.innerText()).toMatch(/Missed check-out/);
  await expectNoSeriousA11yViolations(page, 'overdue visit (buddy)');
  await main.getByLabel('What did you do and find?').fill('Called Jordan, she is safe, phone had died');
  await main.getByRole('button', { name: 'Acknowledge alert' }).click();
  await expect.poll(() => main.innerText()).toMatch(/Alert acknowledged\. Escalation has stopped/);
  expect(await main.innerText()).toContain(`Acknowledged by ${BUDDY.name}`);
  expect(await main.innerText()).toMatch(/Alert acknowledged \(level \d\): Called Jordan, she is safe, phone had died/);
  await expectNoSeriousA11yViolations(page, 'visit, alert acknowledged');
});
