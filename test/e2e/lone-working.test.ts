/**
 * Lone working, as the people involved live it, on a phone-sized screen, at any time of day:
 * - Jordan (link worker) plans tomorrow's late visit that runs past midnight: the end is paired with the next
 *   day; checking in now is refused, and the page offers an unplanned visit now instead, which checks her in.
 * - A visit Jordan never checks out of alerts Aisha, her buddy, within seconds (the server's own queue), who
 *   sees it at the top of her board and acknowledges it.
 * - Jordan presses "I need help": Aisha sees the call at once and acknowledges it.
 * The manager sees the check-in window in the safety settings.
 * Times come from the clock now and are shown in London time; every page is scanned for accessibility, and
 * the header takes no more than a sixth of a 375×667 phone screen.
 */
import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { expectNoSeriousA11yViolations } from './support/a11y.ts';
import { DEMO_PASSWORD, DEMO_USERS, expectHeading, signIn, signOut } from './support/auth.ts';
import { useE2E } from './support/e2e.ts';
import { fillDate } from './support/pathway.ts';

const e2e = useE2E();

const WORKER_NAME = 'Jordan Evans';
const BUDDY = { email: 'worker2@demo.example.org', name: 'Aisha Rahman' };
const PHONE = { width: 375, height: 667 };

const london = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A moment on the London clock: its date boxes and its "HH:MM". */
function londonParts(at: Date): { day: string; month: string; year: string; time: string } {
  const p = Object.fromEntries(london.formatToParts(at).map((x) => [x.type, x.value]));
  return { day: p.day ?? '', month: p.month ?? '', year: p.year ?? '', time: `${p.hour}:${p.minute}` };
}

/** "7 December 2026": how the app writes a London day. */
function londonDay(at: Date): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(at);
}

/** Signs in through the API in the page's context (cookies), returning a caller that sends the CSRF token. */
async function apiSession(email: string) {
  const { page } = e2e;
  const signedIn = await page.request.post('/api/auth/sign-in', { data: { email, password: DEMO_PASSWORD } });
  expect(signedIn.status(), await signedIn.text()).toBe(200);
  const csrf = String(((await signedIn.json()) as { csrfToken: string }).csrfToken);
  return {
    async post<T>(url: string, data?: Record<string, unknown>): Promise<T> {
      const response = await page.request.post(url, { headers: { 'X-CSRF-Token': csrf }, ...(data ? { data } : {}) });
      expect(response.status(), await response.text()).toBeLessThan(300);
      return (await response.json()) as T;
    },
    async put<T>(url: string, data: Record<string, unknown>): Promise<T> {
      const response = await page.request.put(url, { headers: { 'X-CSRF-Token': csrf }, data });
      expect(response.status(), await response.text()).toBe(200);
      return (await response.json()) as T;
    },
    async get<T>(url: string): Promise<T> {
      const response = await page.request.get(url);
      expect(response.status(), await response.text()).toBe(200);
      return (await response.json()) as T;
    },
    done: () => e2e.context.clearCookies(),
  };
}

/** The manager sets the scheme's lone-working grace to 0 and escalation to 1 minute, through the safety settings API. */
async function shortenGracePeriod(): Promise<void> {
  const manager = await apiSession(DEMO_USERS.manager.email);
  const settings = await manager.get<{ version: number; safety: Record<string, unknown> }>(
    '/api/schemes/demo/settings',
  );
  await manager.put('/api/schemes/demo/settings/safety', {
    ...settings.safety,
    version: settings.version,
    loneWorkingGraceMinutes: 0,
    loneWorkingEscalationMinutes: 1,
  });
  await manager.done();
}

/** The buddy's id, from a search of the scheme's people by name as the worker makes it. */
async function buddyId(worker: Awaited<ReturnType<typeof apiSession>>): Promise<string> {
  const found = await worker.get<{ people: { userId: string; name: string }[] }>(
    `/api/schemes/demo/people?q=${encodeURIComponent(BUDDY.name)}`,
  );
  const buddy = found.people.find((m) => m.name === BUDDY.name);
  if (!buddy) throw new Error(`${BUDDY.name} is not in the demo scheme's team`);
  return buddy.userId;
}

/** On a phone the header leaves the screen to the page: at most about a sixth of its height. */
async function expectCompactHeader(page: Page, where: string): Promise<void> {
  const height = await page.locator('header.nhsuk-header').evaluate((el) => el.getBoundingClientRect().height);
  expect(height, `header height on ${where} at ${PHONE.width}×${PHONE.height}`).toBeLessThanOrEqual(PHONE.height / 6);
}

test(
  "tomorrow's visit past midnight pairs its end with the next day; checking in early offers an unplanned visit now",
  { timeout: 120_000 },
  async () => {
    const { page } = e2e;
    const main = page.getByRole('main');
    const place = `Flat ${randomBytes(2).toString('hex')}, 9 Canal Wharf, Lakeside LK1 5GR`;
    await page.setViewportSize(PHONE);
    await signIn(page, DEMO_USERS.worker.email);
    await page.goto('/lone-working');
    await expectHeading(page, 'Lone working');
    await expectCompactHeader(page, 'my visits');
    await expectNoSeriousA11yViolations(page, 'my visits');
    await main.getByRole('button', { name: 'Plan a visit' }).click();
    await expectHeading(page, 'Plan a visit');
    await expectCompactHeader(page, 'plan a visit');

    // Nothing filled in: every problem is named, and nothing is planned.
    await main.getByRole('button', { name: 'Plan visit' }).click();
    const summary = page.locator('.nhsuk-error-summary');
    await expect.poll(() => summary.innerText()).toMatch(/Enter the address or venue/);
    await expect.poll(() => summary.innerText()).toMatch(/Search for your buddy by name and select them/);
    await expectNoSeriousA11yViolations(page, 'plan a visit with errors');

    // Tomorrow (in London) from 23:30 to 00:30: the end is on the day after.
    const tomorrow = londonParts(new Date(Date.now() + 24 * 3_600_000));
    const dayAfter = londonDay(
      new Date(Date.UTC(Number(tomorrow.year), Number(tomorrow.month) - 1, Number(tomorrow.day) + 1, 12)),
    );
    await main.getByLabel('Where are you going?').fill(place);
    await fillDate(main, 'Date of the visit', tomorrow);
    await main.getByLabel('Start time').fill('23:30');
    await main.getByLabel('Time you expect to finish').fill('00:30');
    const tomorrowDay = londonDay(
      new Date(Date.UTC(Number(tomorrow.year), Number(tomorrow.month) - 1, Number(tomorrow.day), 12)),
    );
    await expect
      .poll(() => main.innerText())
      .toContain(`This visit: from ${tomorrowDay} at 11:30pm to ${dayAfter} at 12:30am.`);
    // The buddy is found by the start of their family name, then chosen from the results.
    await main.getByLabel('Find your buddy').fill(BUDDY.name.split(' ').at(-1)!.slice(0, 4));
    await main.getByRole('button', { name: 'Search for your buddy' }).click();
    await main
      .getByRole('group', { name: 'Your buddy' })
      .getByLabel(new RegExp(`^${BUDDY.name}`))
      .check();
    await expectNoSeriousA11yViolations(page, 'plan a visit, buddy found');
    await main.getByLabel('Your phone number during the visit').fill('07700 900461');
    await expectNoSeriousA11yViolations(page, 'plan a visit, filled in');
    await main.getByRole('button', { name: 'Plan visit' }).click();
    await expectHeading(page, new RegExp(`${place}$`));
    expect(
      await page.evaluate<number>('document.documentElement.scrollWidth'),
      'no sideways scrolling on a phone',
    ).toBeLessThanOrEqual(PHONE.width);
    expect(await main.innerText()).toContain(`${tomorrowDay} at 11:30pm to 12:30am`);

    // Too early to check in: no check-in button; the page says when, and offers an unplanned visit now.
    expect(await main.getByRole('button', { name: 'Check in' }).count()).toBe(0);
    expect(await main.innerText()).toContain(`You can check in to this visit from ${tomorrowDay} at 10:30pm.`);
    await expectNoSeriousA11yViolations(page, 'planned visit, too early to check in');
    await main.getByRole('button', { name: 'Start an unplanned visit now' }).click();
    await expectHeading(page, 'Start an unplanned visit now');
    await expectCompactHeader(page, 'unplanned visit');
    expect(await main.getByLabel('Where are you?').inputValue()).toBe(place);
    expect(
      await main.getByRole('group', { name: 'Your buddy' }).getByLabel(BUDDY.name, { exact: true }).isChecked(),
    ).toBe(true);
    await main.getByLabel('How long will the visit last?').selectOption('30');
    await expectNoSeriousA11yViolations(page, 'start an unplanned visit');
    await main.getByRole('button', { name: 'Start visit and check in' }).click();
    await expectHeading(page, new RegExp(`${place}$`));
    await expect.poll(() => main.innerText()).toMatch(/You are checked in\. Aisha Rahman is your buddy/);
    expect(await main.innerText()).toMatch(/Started as an unplanned visit|unplanned visit/);
    expect(await main.getByRole('button', { name: /^I need help/ }).count()).toBe(1);
    await expectNoSeriousA11yViolations(page, 'unplanned visit, checked in');
  },
);

test('a missed check-out alerts the buddy within seconds, who acknowledges it', { timeout: 120_000 }, async () => {
  const { page } = e2e;
  const main = page.getByRole('main');
  const place = `Flat ${randomBytes(2).toString('hex')}, 2 Mere Road, Lakeside LK1 3AJ`;
  // The manager sees the check-in window among the scheme's safety settings (the shipped hour).
  await signIn(page, DEMO_USERS.manager.email);
  await page.goto('/settings/safety');
  await expectHeading(page, 'Safety settings');
  expect(
    await main.getByLabel('Minutes before a visit’s planned start that the worker can check in').inputValue(),
  ).toBe('60');
  await expectNoSeriousA11yViolations(page, 'safety settings with the check-in window');
  await e2e.context.clearCookies();
  await shortenGracePeriod();
  // Jordan's visit started a minute ago and ends in a few seconds; she never checks out.
  const worker = await apiSession(DEMO_USERS.worker.email);
  const now = Date.now();
  await worker.post('/api/schemes/demo/lone-working/visits', {
    place,
    purpose: 'Home visit',
    plannedStart: new Date(now - 60_000).toISOString(),
    expectedEnd: new Date(now + 4_000).toISOString(),
    buddyId: await buddyId(worker),
    workerPhone: '07700 900461',
  });
  await worker.done();

  // Aisha, the buddy, on her phone: the visit is at the top of her board as soon as the server's queue alerts.
  await page.setViewportSize(PHONE);
  await signIn(page, BUDDY.email);
  await page.goto('/lone-working/team');
  await expectHeading(page, 'Visits you buddy');
  const firstUrgent = () =>
    page.locator('h2', { hasText: /^Overdue or asking for help: act now/ }).locator('xpath=following-sibling::div[1]');
  await expect
    .poll(
      async () => {
        await page.reload();
        await page.locator('h1').waitFor();
        return (await firstUrgent().count()) > 0 ? firstUrgent().innerText() : '(nothing yet)';
      },
      { timeout: 30_000, interval: 1_000 },
    )
    .toMatch(/alerted: no one has acknowledged yet|ESCALATED/);
  const card = firstUrgent();
  expect(await card.innerText()).toContain(`${WORKER_NAME}: ${place}`);
  expect(await card.innerText()).toContain('Overdue: not checked out');
  await expectCompactHeader(page, 'team board');
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

test('"I need help" alerts the buddy at once, who sees where and acknowledges', { timeout: 120_000 }, async () => {
  const { page } = e2e;
  const main = page.getByRole('main');
  const place = `${randomBytes(2).toString('hex')} Fellside Court, Lakeside LK1 6DX`;
  const worker = await apiSession(DEMO_USERS.worker.email);
  const visit = await worker.post<{ id: string }>('/api/schemes/demo/lone-working/visits/unplanned', {
    place,
    purpose: 'Home visit',
    durationMinutes: 120,
    buddyId: await buddyId(worker),
    workerPhone: '07700 900461',
  });
  await worker.done();

  // Jordan, on her phone, presses the button on her visits page: no questions asked.
  await page.setViewportSize(PHONE);
  await signIn(page, DEMO_USERS.worker.email);
  await page.goto(`/lone-working/${visit.id}`);
  await expectHeading(page, new RegExp(`${place}$`));
  await expectCompactHeader(page, 'visit');
  await main.getByRole('button', { name: /^I need help/ }).click();
  await expect
    .poll(() => main.innerText())
    .toMatch(/Help is on its way: Aisha Rahman \(your buddy\), the managers and your supervisor have been alerted/);
  expect(await main.innerText()).toMatch(/I NEED HELP: the worker asked for help/);
  await expectNoSeriousA11yViolations(page, 'visit after asking for help');
  await signOut(page);

  // Aisha sees the call at the top of her board straight away, with where Jordan is, and acknowledges it.
  await signIn(page, BUDDY.email);
  await page.goto('/lone-working/team');
  await expectHeading(page, 'Visits you buddy');
  // Among the visits that need action now (above "Other visits"), whatever else is there.
  const urgent = page.locator(
    'xpath=//h2[starts-with(normalize-space(.), "Overdue or asking for help: act now")]/following-sibling::div[contains(@class, "nhsuk-card")][preceding-sibling::h2[1][starts-with(normalize-space(.), "Overdue or asking for help")]]',
  );
  const card = urgent.filter({ hasText: `${WORKER_NAME}: ${place}` });
  expect(await card.count()).toBe(1);
  expect(await card.innerText()).toContain('Asked for help');
  await expectNoSeriousA11yViolations(page, 'team board with a call for help');
  await card.getByRole('link', { name: `${WORKER_NAME}: ${place}` }).click();
  await expectHeading(page, new RegExp(`${place}$`));
  expect(await main.innerText()).toMatch(
    new RegExp(
      `Call ${WORKER_NAME} now on 07700 900461\\. They are at ${place.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`,
    ),
  );
  await expectNoSeriousA11yViolations(page, 'visit with a call for help (buddy)');
  await main.getByLabel('What did you do and find?').fill('Called Jordan: a dog got loose, she has left and is safe');
  await main.getByRole('button', { name: 'Acknowledge alert' }).click();
  await expect.poll(() => main.innerText()).toMatch(/Alert acknowledged\. Escalation has stopped/);
  await expectNoSeriousA11yViolations(page, 'call for help acknowledged');
});
