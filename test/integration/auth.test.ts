import { describe, expect, it } from 'vitest';
import { currentTotp } from '../../src/platform/auth/totp.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { useTestApp } from '../support/context.ts';
import { buildScheme, buildUser, clientFor, cookieFrom, setTwoFactorRequired, signIn } from '../support/factories.ts';

describe.each(testDatabaseTargets())('sign-in and sessions on $name', (target) => {
  const env = useTestApp(target);

  async function newWorker(options: { mustChangePassword?: boolean } = {}) {
    const { ctx } = env();
    const scheme = await buildScheme(ctx);
    return buildUser(ctx, { role: 'link_worker', schemeId: scheme.id, ...options });
  }

  it('signs in with the right password and shows the session', async () => {
    const user = await newWorker();
    const client = await signIn(env().app, user);
    const session = await client.request({ method: 'GET', url: '/api/auth/session' });
    expect(session.statusCode).toBe(200);
    expect(session.json().user.email).toBe(user.email);
    expect(session.json().memberships[0].role).toBe('link_worker');
  });

  it('sets an HttpOnly, SameSite=Strict session cookie', async () => {
    const user = await newWorker();
    const response = await env().app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: user.email, password: user.password },
    });
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
  });

  it('refuses a wrong password without saying whether the email exists', async () => {
    const user = await newWorker();
    const wrong = await env().app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: user.email, password: 'not-the-password-at-all' },
    });
    const unknown = await env().app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: 'nobody-here@example.org', password: 'not-the-password-at-all' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().detail).toBe(unknown.json().detail);
    expect(wrong.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it('locks the account after repeated failures, even for the right password, until the lockout ends', async () => {
    const { app, ctx, clock } = env();
    const user = await newWorker();
    for (let i = 0; i < ctx.config.signIn.maxFailures; i += 1) {
      await app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email: user.email, password: `wrong-password-${i}-xx` },
      });
    }
    const locked = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: user.email, password: user.password },
    });
    expect(locked.statusCode).toBe(423);
    expect(locked.json().code).toBe('account-locked');
    clock.advanceMinutes(ctx.config.signIn.lockoutMinutes + 1);
    try {
      const after = await app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email: user.email, password: user.password },
      });
      expect(after.statusCode).toBe(200);
    } finally {
      clock.reset();
    }
    const audit = await ctx.db.selectFrom('audit_log').select('action').where('record_id', '=', user.id).execute();
    expect(audit.map((a) => a.action)).toContain('auth.account-locked');
  });

  it('ends a session after the idle timeout and after the absolute timeout', async () => {
    const { app, ctx, clock } = env();
    const client = await signIn(app, await newWorker());
    clock.advanceMinutes(ctx.config.session.idleSeconds / 60 + 1);
    try {
      const idle = await client.request({ method: 'GET', url: '/api/auth/session' });
      expect(idle.statusCode).toBe(401);
      expect(idle.json().code).toBe('session-expired');
    } finally {
      clock.reset();
    }
    const again = await client.request({ method: 'GET', url: '/api/auth/session' });
    expect(again.statusCode).toBe(401);
    const expiry = await ctx.db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('action', '=', 'auth.session-expired')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(expiry.detail).toMatchObject({ reason: 'idle-timeout' });

    const second = await signIn(app, await newWorker());
    const step = ctx.config.session.idleSeconds / 60 - 1;
    try {
      // Stay active (a request inside every idle window) until past the absolute limit.
      for (let elapsed = 0; elapsed <= ctx.config.session.absoluteHours * 60; elapsed += step) {
        clock.advanceMinutes(step);
        const alive = await second.request({ method: 'GET', url: '/api/auth/session' });
        if (elapsed + step < ctx.config.session.absoluteHours * 60) expect(alive.statusCode).toBe(200);
      }
      const absolute = await second.request({ method: 'GET', url: '/api/auth/session' });
      expect(absolute.statusCode).toBe(401);
      const ended = await ctx.db
        .selectFrom('sessions')
        .select('ended_reason')
        .where('ended_reason', 'is not', null)
        .orderBy('ended_at', 'desc')
        .executeTakeFirstOrThrow();
      expect(ended.ended_reason).toBe('absolute-timeout');
    } finally {
      clock.reset();
    }
  });

  it('refuses state-changing requests without the CSRF token and changes nothing', async () => {
    const { app, ctx } = env();
    const user = await newWorker();
    const client = await signIn(app, user);
    const noToken = await app.inject({ method: 'POST', url: '/api/auth/sign-out', headers: { cookie: client.cookie } });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().code).toBe('csrf-token-missing');
    const wrongToken = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-out',
      headers: { cookie: client.cookie, 'x-csrf-token': 'forged' },
    });
    expect(wrongToken.statusCode).toBe(403);
    const open = await ctx.db
      .selectFrom('sessions')
      .select('ended_at')
      .where('user_id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(open.ended_at).toBeNull();
  });

  it('accepts only JSON bodies, so a cross-site form cannot post', async () => {
    const user = await newWorker();
    const form = await env().app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: { 'content-type': 'text/plain' },
      payload: `{"email":"${user.email}","password":"${user.password}"}`,
    });
    expect(form.statusCode).toBe(415);
    const urlencoded = await env().app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `email=${user.email}`,
    });
    expect(urlencoded.statusCode).toBe(415);
  });

  it('signs out this session, and everywhere', async () => {
    const { app } = env();
    const user = await newWorker();
    const a = await signIn(app, user);
    const b = await signIn(app, user);
    expect((await a.request({ method: 'POST', url: '/api/auth/sign-out' })).statusCode).toBe(204);
    expect((await a.request({ method: 'GET', url: '/api/auth/session' })).statusCode).toBe(401);
    expect((await b.request({ method: 'GET', url: '/api/auth/session' })).statusCode).toBe(200);
    const c = await signIn(app, user);
    expect((await c.request({ method: 'POST', url: '/api/auth/sign-out-everywhere' })).statusCode).toBe(204);
    expect((await b.request({ method: 'GET', url: '/api/auth/session' })).statusCode).toBe(401);
    expect((await c.request({ method: 'GET', url: '/api/auth/session' })).statusCode).toBe(401);
  });

  it('makes a new user replace the one-time password, applying the password rules', async () => {
    const { app } = env();
    const user = await newWorker({ mustChangePassword: true });
    const start = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: user.email, password: user.password },
    });
    expect(start.json().next).toBe('change-password');
    const client = clientFor(app, cookieFrom(start), start.json().csrfToken);
    expect((await client.request({ method: 'GET', url: '/api/admin/users' })).statusCode).toBe(401);
    // A reloaded page learns which step is next, and the CSRF token to take it with.
    const incomplete = await client.request({ method: 'GET', url: '/api/auth/session' });
    expect(incomplete.statusCode).toBe(401);
    expect(incomplete.json()).toMatchObject({
      code: 'sign-in-incomplete',
      next: 'change-password',
      csrfToken: start.json().csrfToken,
    });
    const short = await client.request({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: user.password, newPassword: 'short' },
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().errors[0].field).toBe('newPassword');
    const common = await client.request({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: user.password, newPassword: 'password123456' },
    });
    expect(common.statusCode).toBe(400);
    expect(common.json().errors[0].message).toMatch(/too common/);
    const good = await client.request({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: user.password, newPassword: 'lantern-quartz-meadow-71' },
    });
    expect(good.statusCode).toBe(200);
    expect(good.json().next).toBe('done');
    await signIn(app, { email: user.email, password: 'lantern-quartz-meadow-71' });
  });

  it('requires two-factor enrolment when the deployment requires it, then the code at each sign-in; recovery codes work once', async () => {
    const { app, ctx, clock } = env();
    await setTwoFactorRequired(ctx, true);
    try {
      const user = await newWorker();
      const start = await app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email: user.email, password: user.password },
      });
      expect(start.json().next).toBe('enrol-two-factor');
      const pending = clientFor(app, cookieFrom(start), start.json().csrfToken);
      const enrol = await pending.request({ method: 'POST', url: '/api/auth/two-factor/enrolment' });
      expect(enrol.statusCode).toBe(200);
      expect(enrol.json().qrCodeDataUrl).toMatch(/^data:image\/png;base64,/);
      const secret: string = enrol.json().secret;
      const wrong = await pending.request({
        method: 'POST',
        url: '/api/auth/two-factor/enrolment/confirm',
        payload: { code: '000000' },
      });
      expect(wrong.statusCode).toBe(400);
      const confirmed = await pending.request({
        method: 'POST',
        url: '/api/auth/two-factor/enrolment/confirm',
        payload: { code: currentTotp(secret) },
      });
      expect(confirmed.statusCode).toBe(200);
      expect(confirmed.json().next).toBe('done');
      const recoveryCodes: string[] = confirmed.json().recoveryCodes;
      expect(recoveryCodes).toHaveLength(10);

      const second = await app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email: user.email, password: user.password },
      });
      expect(second.json().next).toBe('two-factor');
      const step = clientFor(app, cookieFrom(second), second.json().csrfToken);
      // The enrolment code's time step is used up; the authenticator's next code is accepted.
      const nextCode = currentTotp(secret, new Date(Date.now() + 30_000));
      expect(
        (await step.request({ method: 'POST', url: '/api/auth/two-factor', payload: { code: currentTotp(secret) } }))
          .statusCode,
      ).toBe(400);
      const ok = await step.request({ method: 'POST', url: '/api/auth/two-factor', payload: { code: nextCode } });
      expect(ok.json().next).toBe('done');
      // Completing sign-in replaces the cookie token: the one from before the second factor is dead.
      const signedIn = clientFor(app, cookieFrom(ok), ok.json().csrfToken);
      expect(signedIn.cookie).not.toBe(step.cookie);
      expect((await step.request({ method: 'GET', url: '/api/auth/session' })).statusCode).toBe(401);
      // The signed-in session keeps the full lifetime, not the short limit of an unfinished sign-in.
      clock.advanceMinutes(ctx.config.session.pendingMinutes + 5);
      try {
        expect((await signedIn.request({ method: 'GET', url: '/api/auth/session' })).statusCode).toBe(200);
      } finally {
        clock.reset();
      }
      // The same code cannot be used again (replay).
      const replay = await app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email: user.email, password: user.password },
      });
      const replayStep = clientFor(app, cookieFrom(replay), replay.json().csrfToken);
      expect(
        (await replayStep.request({ method: 'POST', url: '/api/auth/two-factor', payload: { code: nextCode } }))
          .statusCode,
      ).toBe(400);

      const third = await app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email: user.email, password: user.password },
      });
      const withRecovery = clientFor(app, cookieFrom(third), third.json().csrfToken);
      expect(
        (
          await withRecovery.request({
            method: 'POST',
            url: '/api/auth/two-factor',
            payload: { code: recoveryCodes[0]! },
          })
        ).json().next,
      ).toBe('done');
      const fourth = await app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email: user.email, password: user.password },
      });
      const reused = clientFor(app, cookieFrom(fourth), fourth.json().csrfToken);
      expect(
        (await reused.request({ method: 'POST', url: '/api/auth/two-factor', payload: { code: recoveryCodes[0]! } }))
          .statusCode,
      ).toBe(400);
    } finally {
      await setTwoFactorRequired(ctx, false);
    }
  });

  it('needs the current password to replace the authenticator of a signed-in account', async () => {
    const { app, ctx } = env();
    const user = await newWorker();
    const client = await signIn(app, user);
    const start = await client.request({ method: 'POST', url: '/api/auth/two-factor/enrolment' });
    const code = currentTotp(start.json().secret);
    const missing = await client.request({
      method: 'POST',
      url: '/api/auth/two-factor/enrolment/confirm',
      payload: { code },
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[0].field).toBe('currentPassword');
    const wrong = await client.request({
      method: 'POST',
      url: '/api/auth/two-factor/enrolment/confirm',
      payload: { code, currentPassword: 'not-my-password-x' },
    });
    expect(wrong.statusCode).toBe(400);
    const row = await ctx.db
      .selectFrom('users')
      .select(['totp_enabled_at', 'failed_sign_ins'])
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(row.totp_enabled_at).toBeNull();
    expect(row.failed_sign_ins).toBe(1);
    const ok = await client.request({
      method: 'POST',
      url: '/api/auth/two-factor/enrolment/confirm',
      payload: { code, currentPassword: user.password },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().recoveryCodes).toHaveLength(10);
  });

  it('takes a removed role away from an open session at once', async () => {
    const { app, ctx } = env();
    const scheme = await buildScheme(ctx);
    const manager = await buildUser(ctx, { role: 'scheme_manager', schemeId: scheme.id });
    const client = await signIn(app, manager);
    expect((await client.request({ method: 'GET', url: `/api/schemes/${scheme.slug}` })).statusCode).toBe(200);
    await ctx.db.deleteFrom('memberships').where('id', '=', manager.membershipId).execute();
    expect((await client.request({ method: 'GET', url: `/api/schemes/${scheme.slug}` })).statusCode).toBe(403);
  });

  it('lets a person switch only between their own memberships', async () => {
    const { app, ctx } = env();
    const user = await newWorker();
    const other = await buildScheme(ctx);
    const second = await ctx.db
      .insertInto('memberships')
      .values({ user_id: user.id, role: 'supervisor', scheme_id: other.id })
      .returning('id')
      .executeTakeFirstOrThrow();
    const client = await signIn(app, user);
    // With several roles, none is assumed: the person chooses, and until then has no role's access.
    const before = await client.request({ method: 'GET', url: '/api/auth/session' });
    expect(before.json().activeMembershipId).toBeNull();
    expect((await client.request({ method: 'GET', url: `/api/schemes/${other.slug}` })).statusCode).toBe(403);
    const switched = await client.request({
      method: 'POST',
      url: '/api/auth/active-membership',
      payload: { membershipId: second.id },
    });
    expect(switched.statusCode).toBe(200);
    expect(switched.json().activeMembershipId).toBe(second.id);
    expect((await client.request({ method: 'GET', url: `/api/schemes/${other.slug}` })).statusCode).toBe(200);
    const stranger = await newWorker();
    const refused = await client.request({
      method: 'POST',
      url: '/api/auth/active-membership',
      payload: { membershipId: stranger.membershipId },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0].field).toBe('membershipId');
  });
});

describe.each(testDatabaseTargets())('sign-in rate limiting on $name', (target) => {
  const env = useTestApp(target, { signIn: { maxFailures: 100, lockoutMinutes: 15, attemptsPerMinutePerIp: 3 } });

  it('limits sign-in attempts from one address, with a clear problem', async () => {
    const { app } = env();
    const attempt = () =>
      app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email: 'someone@example.org', password: 'whatever-it-is-here' },
      });
    for (let i = 0; i < 3; i += 1) expect((await attempt()).statusCode).toBe(401);
    const limited = await attempt();
    expect(limited.statusCode).toBe(429);
    expect(limited.json().code).toBe('too-many-attempts');
    // With no trusted proxy configured, a forged X-Forwarded-For does not buy a fresh allowance.
    const forged = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: { 'x-forwarded-for': '203.0.113.9' },
      payload: { email: 'someone@example.org', password: 'whatever-it-is-here' },
    });
    expect(forged.statusCode).toBe(429);
  });
});

describe.each(testDatabaseTargets())('cookies behind https on $name', (target) => {
  const env = useTestApp(target, { secureCookies: true });

  it('marks the session cookie Secure when the deployment is served over https', async () => {
    const { app, ctx } = env();
    const user = await buildUser(ctx, { role: 'administrator' });
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: user.email, password: user.password },
    });
    expect(String(response.headers['set-cookie'])).toMatch(/; Secure/);
  });
});

describe.each(testDatabaseTargets())('sign-in rate limiting behind a trusted proxy on $name', (target) => {
  const env = useTestApp(target, {
    trustProxyHops: 1,
    signIn: { maxFailures: 100, lockoutMinutes: 15, attemptsPerMinutePerIp: 2 },
  });

  it('counts attempts per client address that the trusted proxy reports', async () => {
    const { app } = env();
    const attempt = (ip: string) =>
      app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        headers: { 'x-forwarded-for': ip },
        payload: { email: 'someone@example.org', password: 'whatever-it-is-here' },
      });
    expect((await attempt('198.51.100.1')).statusCode).toBe(401);
    expect((await attempt('198.51.100.1')).statusCode).toBe(401);
    expect((await attempt('198.51.100.1')).statusCode).toBe(429);
    expect((await attempt('198.51.100.2')).statusCode).toBe(401);
  });
});
