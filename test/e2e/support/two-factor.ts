/**
 * Authenticator-app steps: the journeys play the part of the phone with the server's own TOTP code, reading the
 * key the enrolment page shows as a person who cannot scan the QR code would.
 */
import { request, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { currentTotp } from '../../../src/platform/auth/totp.ts';
import { expectNoSeriousA11yViolations } from './a11y.ts';
import { expectHeading } from './auth.ts';

export { currentTotp };

/** The authenticator's code for the 30-second step after this one (the current step may have been used already). */
export function nextTotp(secret: string): string {
  return currentTotp(secret, new Date(Date.now() + 30_000));
}

/** A 6-digit code that is none of the codes the server would accept around now. */
export function wrongTotp(secret: string): string {
  const accepted = new Set(
    [-30_000, 0, 30_000, 60_000].map((offset) => currentTotp(secret, new Date(Date.now() + offset))),
  );
  let code = 123456;
  while (accepted.has(String(code).padStart(6, '0'))) code = (code + 1) % 1_000_000;
  return String(code).padStart(6, '0');
}

export interface Enrolment {
  secret: string;
  recoveryCodes: string[];
}

/**
 * Goes through an enrolment page already open (account page or sign-in step): confirms the current password if the
 * page asks for it, scans the QR-code page, types the code for the key shown, scans the recovery codes and
 * continues. `label` prefixes the accessibility scan labels (`scan: false` skips the scans for pages another
 * step has scanned already). The caller checks where it lands.
 */
export async function enrolAuthenticator(
  page: Page,
  { label, currentPassword, scan = true }: { label: string; currentPassword?: string; scan?: boolean },
): Promise<Enrolment> {
  const check = async (state: string): Promise<void> => {
    if (scan) await expectNoSeriousA11yViolations(page, `${label}: ${state}`);
  };
  const qrCode = page.getByRole('img', { name: /QR code/ });
  const passwordField = page.getByLabel('Current password', { exact: true });
  await qrCode.or(passwordField).first().waitFor();
  if (!(await qrCode.isVisible())) {
    // Setting up from a signed-in session first asks for the password again.
    expect(currentPassword, 'the page asks for the current password').toBeTruthy();
    await check('current password asked');
    await passwordField.fill(currentPassword ?? '');
    await page.getByRole('main').getByRole('button').first().click();
    await qrCode.waitFor();
  }
  await check('QR code and key');

  const secret = ((await page.locator('code.linkwork-secret').textContent()) ?? '').replace(/\s+/g, '');
  expect(secret, 'the key shown under the QR code').toMatch(/^[A-Z2-7]{16,}$/);
  await page.getByLabel('Security code', { exact: true }).fill(currentTotp(secret));
  if ((await passwordField.count()) > 0 && (await passwordField.inputValue()) === '') {
    expect(currentPassword, 'the page asks for the current password').toBeTruthy();
    await passwordField.fill(currentPassword ?? '');
  }
  await page.getByRole('button', { name: 'Continue' }).click();

  await expectHeading(page, 'Save your recovery codes');
  const recoveryCodes = (await page.locator('.linkwork-recovery-codes code').allTextContents()).map((c) => c.trim());
  expect(recoveryCodes.length, 'recovery codes shown').toBe(10);
  await check('recovery codes');
  await page.getByRole('button', { name: 'Continue' }).click();
  return { secret, recoveryCodes };
}

/**
 * Set-up done outside the browser, through the API, for journeys about something else: a new account signs in
 * with its one-time password, replaces it, and turns on an authenticator. Returns the authenticator's key.
 */
export async function activateAccountWithTwoFactor(
  baseUrl: string,
  email: string,
  oneTimePassword: string,
  newPassword: string,
): Promise<string> {
  const api = await request.newContext({ baseURL: baseUrl });
  try {
    const call = async (
      path: string,
      data: Record<string, string>,
      csrfToken?: string,
    ): Promise<Record<string, unknown>> => {
      const response = await api.post(path, { data, headers: csrfToken ? { 'X-CSRF-Token': csrfToken } : {} });
      expect(response.status(), `POST ${path}: ${await response.text()}`).toBe(200);
      return (await response.json()) as Record<string, unknown>;
    };
    const signedIn = await call('/api/auth/sign-in', { email, password: oneTimePassword });
    const csrfToken = String(signedIn.csrfToken);
    await call('/api/auth/password', { currentPassword: oneTimePassword, newPassword }, csrfToken);
    const started = await call('/api/auth/two-factor/enrolment', { currentPassword: newPassword }, csrfToken);
    const secret = String(started.secret);
    await call(
      '/api/auth/two-factor/enrolment/confirm',
      { code: currentTotp(secret), currentPassword: newPassword },
      csrfToken,
    );
    return secret;
  } finally {
    await api.dispose();
  }
}
