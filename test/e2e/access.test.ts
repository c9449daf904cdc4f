/**
 * Boundaries a person meets in the browser — unknown addresses, pages their role may not see — and the running
 * server's public surface (health, readiness, API description, security headers, CSRF).
 */
import { describe, expect, test } from 'vitest';
import { expectNoSeriousA11yViolations } from './support/a11y.ts';
import { DEMO_PASSWORD, DEMO_USERS, expectHeading, signIn } from './support/auth.ts';
import { useE2E } from './support/e2e.ts';

const e2e = useE2E();

describe('pages that do not exist', () => {
  test('an unknown address shows "Page not found" to a signed-in person', async () => {
    const { page } = e2e;
    await signIn(page, DEMO_USERS.worker.email);
    await page.goto('/no-such-page/anywhere');
    await expectHeading(page, 'Page not found');
    expect(await page.title()).toMatch(/Page not found/);
    await expectNoSeriousA11yViolations(page, 'page not found');
  });

  test('an unknown API address answers in JSON, not with the web app', async () => {
    const { request } = e2e.page;
    // Signed out, the API does not say which addresses exist.
    const signedOut = await request.get('/api/no-such-endpoint');
    expect([401, 404]).toContain(signedOut.status());
    expect(signedOut.headers()['content-type']).toMatch(/json/);

    const signedIn = await request.post('/api/auth/sign-in', {
      data: { email: DEMO_USERS.worker.email, password: DEMO_PASSWORD },
    });
    expect(signedIn.status()).toBe(200);
    const unknown = await request.get('/api/no-such-endpoint');
    expect(unknown.status()).toBe(404);
    expect(unknown.headers()['content-type']).toMatch(/json/);
  });
});

describe('pages a role may not see', () => {
  test.each([DEMO_USERS.referrer, DEMO_USERS.worker, DEMO_USERS.manager].map((user) => [user.role, user] as const))(
    'a %s visiting /admin/users is refused and sees no user data',
    async (_role, user) => {
      const { page } = e2e;
      await signIn(page, user.email);
      await expectHeading(page, user.home);
      await page.goto('/admin/users');
      await expectHeading(page, /do not have access|not allowed|forbidden/i);
      const main = await page.getByRole('main').innerText();
      for (const other of Object.values(DEMO_USERS)) {
        if (other.email !== user.email) expect(main).not.toContain(other.email);
      }
      expect(await page.getByRole('table').count()).toBe(0);
      await expectNoSeriousA11yViolations(page, 'access refused');

      // The server refuses too: hiding the page is not the protection.
      const api = await page.request.get('/api/admin/users');
      expect(api.status()).toBe(403);
      expect(await api.text()).not.toContain(DEMO_USERS.administrator.email);
    },
  );

  test('a signed-out visitor to an admin page is sent to sign in', async () => {
    const { page } = e2e;
    await page.goto('/admin/users');
    await page.waitForURL((url) => url.pathname === '/sign-in');
    const api = await page.request.get('/api/admin/users');
    expect(api.status()).toBe(401);
  });
});

describe('the running server', () => {
  test('health and readiness answer', async () => {
    const { request } = e2e.page;
    const health = await request.get('/health');
    expect(health.status()).toBe(200);
    const ready = await request.get('/ready');
    expect(ready.status()).toBe(200);
  });

  test('the OpenAPI description and its docs page are served', async () => {
    const { request } = e2e.page;
    const spec = await request.get('/api/openapi.json');
    expect(spec.status()).toBe(200);
    const body = (await spec.json()) as { openapi?: string; paths?: Record<string, unknown> };
    expect(body.openapi).toMatch(/^3\./);
    expect(Object.keys(body.paths ?? {})).toContain('/api/auth/sign-in');
    const docs = await request.get('/api/docs', { maxRedirects: 5 });
    expect(docs.status()).toBe(200);
  });

  test('web pages carry a Content Security Policy and no-sniff headers', async () => {
    const response = await e2e.page.goto('/sign-in');
    const headers = response?.headers() ?? {};
    expect(headers['content-security-policy']).toBeTruthy();
    expect(headers['content-security-policy']).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(headers['x-content-type-options']).toBe('nosniff');
  });

  test('a state-changing request without the CSRF token is refused', async () => {
    const { request } = e2e.page;
    const signInResponse = await request.post('/api/auth/sign-in', {
      data: { email: DEMO_USERS.community.email, password: DEMO_PASSWORD },
    });
    expect(signInResponse.status()).toBe(200);
    const session = await request.get('/api/auth/session');
    expect(session.status()).toBe(200);
    const { csrfToken } = (await session.json()) as { csrfToken?: string };
    expect(csrfToken).toBeTruthy();

    const withoutToken = await request.post('/api/auth/sign-out');
    expect(withoutToken.status()).toBe(403);
    const stillSignedIn = await request.get('/api/auth/session');
    expect(stillSignedIn.status()).toBe(200);

    const withToken = await request.post('/api/auth/sign-out', { headers: { 'X-CSRF-Token': csrfToken ?? '' } });
    expect(withToken.status()).toBeLessThan(300);
    const afterSignOut = await request.get('/api/auth/session');
    expect(afterSignOut.status()).toBe(401);
  });
});
