/**
 * No lost work at the idle timeout. The server runs with a 40-second idle timeout and a 25-second warning
 * (SESSION_IDLE_SECONDS, SESSION_WARNING_SECONDS), so each wait takes seconds. A link worker types a session
 * note; the warning takes focus and "Stay signed in" keeps the session. Left alone, the session ends and a
 * sign-in dialog covers the page (hidden behind it); signing in again as the same person brings the page back
 * with the note still typed, and it saves. Someone else signing in starts afresh at home. No draft is kept in
 * browser storage, and signing out clears it. Each dialog state is scanned for accessibility.
 */
import type { Locator, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { expectNoSeriousA11yViolations } from './support/a11y.ts';
import { DEMO_PASSWORD, DEMO_USERS, expectHeading, signIn, signOut } from './support/auth.ts';
import { useE2E } from './support/e2e.ts';
import { shownErrorSummary } from './support/forms.ts';
import { fillDate, londonNow, openFromHome } from './support/pathway.ts';
import { currentTotp, enrolAuthenticator, wrongTotp } from './support/two-factor.ts';

const IDLE_SECONDS = 40;
const WARNING_SECONDS = 25;

const e2e = useE2E({
  env: { SESSION_IDLE_SECONDS: String(IDLE_SECONDS), SESSION_WARNING_SECONDS: String(WARNING_SECONDS) },
});

/** Long enough for the warning (idle minus warning) or the end (the warning) to come, with room for a slow machine. */
const WAIT_MS = (IDLE_SECONDS + 15) * 1000;

/** The worker (signed in) opens their first case and types a session note without saving it. */
async function startTypingASession(page: Page, note: string, signedIn = false): Promise<Locator> {
  if (!signedIn) await signIn(page, DEMO_USERS.worker.email);
  await expectHeading(page, DEMO_USERS.worker.home);
  await openFromHome(page, 'My caseload');
  const main = page.getByRole('main');
  await main.getByRole('table').waitFor();
  await main.getByRole('table').getByRole('link').first().click();
  const form = page.getByRole('form', { name: 'Record a session' });
  await form.waitFor();
  const now = londonNow(-1);
  await fillDate(form, 'Date of the session', now);
  await form.getByLabel('Start time').fill(now.time);
  await form.getByLabel('How long did it last, in minutes?').fill('0');
  await form.getByRole('group', { name: 'Type of session' }).getByLabel('Phone', { exact: true }).check();
  await form
    .getByRole('group', { name: 'Did the person attend?' })
    .getByLabel('Did not attend', { exact: true })
    .check();
  await form.getByLabel('Notes (optional)').fill(note);
  return form;
}

/** The page's globals these checks use (the tests are type-checked without the DOM library). */
interface PageGlobals {
  localStorage: { length: number };
  sessionStorage: { length: number; setItem(key: string, value: string): void };
  document: { querySelectorAll(selector: string): Iterable<{ value: string }> };
}

/** What the app keeps in this browser's storage (it should keep nothing). */
function storedItems(page: Page): Promise<number> {
  return page.evaluate(() => {
    const w = globalThis as unknown as PageGlobals;
    return w.localStorage.length + w.sessionStorage.length;
  });
}

async function idleEnd(page: Page): Promise<number> {
  // A background request: asking does not count as activity.
  const response = await page.request.get('/api/auth/session', { headers: { 'X-Linkwork-Background': '1' } });
  expect(response.status()).toBe(200);
  return Date.parse(((await response.json()) as { idleExpiresAt: string }).idleExpiresAt);
}

test('the warning takes focus before the idle timeout and "Stay signed in" keeps the session', async () => {
  const { page } = e2e;
  const note = `Rang twice and left a message; will try again on Thursday (${Date.now()}).`;
  const form = await startTypingASession(page, note);

  const warning = page.getByRole('alertdialog', { name: 'You are about to be signed out' });
  await warning.waitFor({ timeout: WAIT_MS });
  // Shown at least 20 seconds before the end (WCAG 2.2.1), with focus on the one-key way to stay.
  const before = await idleEnd(page);
  expect(before - Date.now()).toBeGreaterThan(19_000);
  const stay = warning.getByRole('button', { name: 'Stay signed in' });
  await expect.poll(() => stay.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
  expect(await warning.innerText()).toMatch(/sign you out at \d{1,2}:\d{2}/);
  await expectNoSeriousA11yViolations(page, 'session timeout warning');

  await stay.click();
  await warning.waitFor({ state: 'hidden' });
  // A real server call that counts as activity: the idle end moved on.
  expect(await idleEnd(page)).toBeGreaterThan(before);
  expect(await form.getByLabel('Notes (optional)').inputValue()).toBe(note);
  expect(await storedItems(page)).toBe(0);
}, 120_000);

test('after the idle timeout, signing in again over the page keeps the typed session and it saves', async () => {
  const { page } = e2e;
  const note = `Phoned at the agreed time; no answer, left a voicemail (${Date.now()}).`;
  const form = await startTypingASession(page, note);
  expect(await storedItems(page)).toBe(0);

  await page.getByRole('alertdialog', { name: 'You are about to be signed out' }).waitFor({ timeout: WAIT_MS });
  const dialog = page.getByRole('dialog', { name: 'You have been signed out' });
  await dialog.waitFor({ timeout: WAIT_MS });
  // The page is kept in memory but not shown: an unattended screen shows no patient data.
  expect(await page.getByRole('main').isVisible()).toBe(false);
  expect(await dialog.innerText()).toContain('had not done anything for a while');
  await expect
    .poll(() =>
      dialog
        .getByRole('heading', { name: 'You have been signed out' })
        .evaluate((el) => el === el.ownerDocument.activeElement),
    )
    .toBe(true);
  expect((await page.request.get('/api/auth/session')).status()).toBe(401);
  await expectNoSeriousA11yViolations(page, 'signed out, sign-in dialog over the page');

  // A wrong password is refused in the dialog, with the error summary.
  await dialog.getByLabel('Email address', { exact: true }).fill(DEMO_USERS.worker.email);
  await dialog.getByLabel('Password', { exact: true }).fill('not-the-password');
  await dialog.getByRole('button', { name: 'Sign in', exact: true }).click();
  const summary = await shownErrorSummary(page);
  expect(await summary.innerText()).toMatch(/email address or password/i);
  await expectNoSeriousA11yViolations(page, 'sign-in dialog with a wrong password');

  await dialog.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await dialog.getByRole('button', { name: 'Sign in', exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
  expect(await page.getByRole('main').isVisible()).toBe(true);
  expect(await form.getByLabel('Notes (optional)').inputValue()).toBe(note);

  await form.getByRole('button', { name: 'Record session' }).click();
  await expect.poll(() => page.getByRole('main').innerText()).toContain('Session recorded as did not attend');
  expect(await page.getByRole('main').innerText()).toContain(note);
  expect(await storedItems(page)).toBe(0);

  // Signing out leaves nothing in the browser's storage, even what something else put there.
  await page.evaluate(() => (globalThis as unknown as PageGlobals).sessionStorage.setItem('left-behind', 'x'));
  await signOut(page);
  await page.waitForURL((url) => url.pathname === '/sign-in');
  expect(await storedItems(page)).toBe(0);
  // Back does not bring the case back: the page asks to sign in.
  await page.goBack();
  await expectHeading(page, /sign in/i);
  expect(await page.getByText(note).count()).toBe(0);
}, 150_000);

test('someone else signing in over an expired page starts afresh at their home page', async () => {
  const { page } = e2e;
  const note = `Not to be seen by anyone else (${Date.now()}).`;
  await startTypingASession(page, note);
  const dialog = page.getByRole('dialog', { name: 'You have been signed out' });
  await dialog.waitFor({ timeout: WAIT_MS * 2 });

  await dialog.getByLabel('Email address', { exact: true }).fill('worker2@demo.example.org');
  await dialog.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await dialog.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/');
  await expectHeading(page, DEMO_USERS.worker.home);
  expect(await page.getByRole('banner').innerText()).toContain('Aisha Rahman');
  // A fresh app: the form and its note are gone.
  expect(
    await page.evaluate(
      (text) =>
        [...(globalThis as unknown as PageGlobals).document.querySelectorAll('textarea')].some((t) =>
          t.value.includes(text),
        ),
      note,
    ),
  ).toBe(false);
  expect(await page.getByText(note).count()).toBe(0);
}, 150_000);

// Last in the file: it gives the demo worker an authenticator, which the journeys above sign in without.
test('with two-factor sign-in, the dialog asks for the security code too, and the typed session is kept', async () => {
  const { page } = e2e;
  await signIn(page, DEMO_USERS.worker.email);
  await page.goto('/account');
  await page.getByRole('link', { name: 'Set up your authenticator app' }).click();
  await expectHeading(page, 'Set up your authenticator app');
  const { secret } = await enrolAuthenticator(page, {
    label: 'authenticator for the timeout journey',
    currentPassword: DEMO_PASSWORD,
    scan: false,
  });
  await page.goto('/');
  const note = `Left a message with the receptionist at the day centre (${Date.now()}).`;
  const form = await startTypingASession(page, note, true);

  const dialog = page.getByRole('dialog', { name: 'You have been signed out' });
  await dialog.waitFor({ timeout: WAIT_MS * 2 });
  await dialog.getByLabel('Email address', { exact: true }).fill(DEMO_USERS.worker.email);
  await dialog.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await dialog.getByRole('button', { name: 'Sign in', exact: true }).click();
  const code = dialog.getByLabel('Security code', { exact: true });
  await code.waitFor();
  // Still over the page: the app did not leave it for the sign-in step's own page.
  expect(await page.getByRole('main').isVisible()).toBe(false);
  await code.fill(wrongTotp(secret));
  await dialog.getByRole('button', { name: 'Continue', exact: true }).click();
  await shownErrorSummary(page);
  await expectNoSeriousA11yViolations(page, 'sign-in dialog asking for the security code, with an error');
  await code.fill(currentTotp(secret));
  await dialog.getByRole('button', { name: 'Continue', exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
  expect(await form.getByLabel('Notes (optional)').inputValue()).toBe(note);
  await form.getByRole('button', { name: 'Record session' }).click();
  await expect.poll(() => page.getByRole('main').innerText()).toContain('Session recorded as did not attend');
}, 180_000);
