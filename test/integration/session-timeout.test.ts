import { describe, expect, it } from 'vitest';
import { testDatabaseTargets } from '../support/databases.ts';
import { useTestApp } from '../support/context.ts';
import { buildScheme, buildUser, signIn, type Client } from '../support/factories.ts';
import { allocatedCase, buildPathwayScheme, schemeApi, schemeRowCounts, signInAgain } from '../support/pathway.ts';

interface SessionBody {
  user: { id: string };
  idleExpiresAt: string;
  absoluteExpiresAt: string;
  warningSeconds: number;
}

describe.each(testDatabaseTargets())('session expiry and "stay signed in" on $name', (target) => {
  const env = useTestApp(target);

  async function signedInWorker(): Promise<{ client: Client; userId: string }> {
    const { app, ctx } = env();
    const scheme = await buildScheme(ctx);
    const user = await buildUser(ctx, { role: 'link_worker', schemeId: scheme.id });
    return { client: await signIn(app, user), userId: user.id };
  }

  async function lastSeen(userId: string): Promise<Date> {
    const row = await env()
      .ctx.db.selectFrom('sessions')
      .select('last_seen_at')
      .where('user_id', '=', userId)
      .where('ended_at', 'is', null)
      .executeTakeFirstOrThrow();
    return row.last_seen_at;
  }

  it('tells the browser when the session ends without activity, how early to warn, on the session and in a header', async () => {
    const { ctx } = env();
    const { client, userId } = await signedInWorker();
    const response = await client.request({ method: 'GET', url: '/api/auth/session' });
    expect(response.statusCode).toBe(200);
    const body = response.json<SessionBody>();
    const seen = await lastSeen(userId);
    expect(new Date(body.idleExpiresAt).getTime()).toBe(seen.getTime() + ctx.config.session.idleSeconds * 1000);
    expect(new Date(body.idleExpiresAt).getTime()).toBeLessThan(new Date(body.absoluteExpiresAt).getTime());
    expect(body.warningSeconds).toBe(ctx.config.session.warningSeconds);
    expect(body.warningSeconds).toBeGreaterThanOrEqual(20);
    expect(response.headers['x-session-expires-at']).toBe(body.idleExpiresAt);
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('moves the idle end on activity, but not on requests the browser makes by itself', async () => {
    const { ctx, clock } = env();
    const { client, userId } = await signedInWorker();
    const before = await lastSeen(userId);
    const idleMinutes = ctx.config.session.idleSeconds / 60;
    try {
      clock.advanceMinutes(idleMinutes - 5);
      const background = await client.request({
        method: 'GET',
        url: '/api/auth/session',
        headers: { 'x-linkwork-background': '1' },
      });
      expect(background.statusCode).toBe(200);
      expect(background.json<SessionBody>().idleExpiresAt).toBe(
        new Date(before.getTime() + idleMinutes * 60_000).toISOString(),
      );
      expect((await lastSeen(userId)).getTime()).toBe(before.getTime());

      const active = await client.request({ method: 'GET', url: '/api/auth/session' });
      expect(active.statusCode).toBe(200);
      const moved = await lastSeen(userId);
      expect(moved.getTime()).toBeGreaterThan(before.getTime());
      expect(active.headers['x-session-expires-at']).toBe(
        new Date(moved.getTime() + idleMinutes * 60_000).toISOString(),
      );

      clock.advanceMinutes(idleMinutes - 1);
      expect(
        (await client.request({ method: 'GET', url: '/api/auth/session', headers: { 'x-linkwork-background': '1' } }))
          .statusCode,
      ).toBe(200);
      clock.advanceMinutes(2);
      const expired = await client.request({
        method: 'GET',
        url: '/api/auth/session',
        headers: { 'x-linkwork-background': '1' },
      });
      expect(expired.statusCode).toBe(401);
      expect(expired.json().code).toBe('session-expired');
    } finally {
      clock.reset();
    }
  });

  it('"stay signed in" counts as activity: the idle end moves to a full idle period from now, the absolute end does not', async () => {
    const { ctx, clock } = env();
    const { client, userId } = await signedInWorker();
    const first = (await client.request({ method: 'GET', url: '/api/auth/session' })).json<SessionBody>();
    try {
      // Inside the warning: a minute before the idle end.
      clock.advanceMinutes(ctx.config.session.idleSeconds / 60 - 1);
      const extended = await client.request({ method: 'POST', url: '/api/auth/session/extend' });
      expect(extended.statusCode).toBe(200);
      const body = extended.json<SessionBody>();
      const seen = await lastSeen(userId);
      expect(seen.getTime()).toBeGreaterThanOrEqual(clock.now().getTime() - 5_000);
      expect(body.idleExpiresAt).toBe(new Date(seen.getTime() + ctx.config.session.idleSeconds * 1000).toISOString());
      expect(extended.headers['x-session-expires-at']).toBe(body.idleExpiresAt);
      expect(body.absoluteExpiresAt).toBe(first.absoluteExpiresAt);
      expect(body.user.id).toBe(userId);

      // Past the first idle end, the session is still alive.
      clock.advanceMinutes(2);
      expect(
        (await client.request({ method: 'GET', url: '/api/auth/session', headers: { 'x-linkwork-background': '1' } }))
          .statusCode,
      ).toBe(200);
    } finally {
      clock.reset();
    }
  });

  it('cannot stretch a session past its absolute end: near it, the idle end is the absolute end', async () => {
    const { ctx, clock } = env();
    const { client } = await signedInWorker();
    const first = (await client.request({ method: 'GET', url: '/api/auth/session' })).json<SessionBody>();
    const step = ctx.config.session.idleSeconds / 60 - 1;
    try {
      const untilAbsolute = (new Date(first.absoluteExpiresAt).getTime() - clock.now().getTime()) / 60_000;
      for (let elapsed = 0; elapsed + step < untilAbsolute - 5; elapsed += step) {
        clock.advanceMinutes(step);
        expect((await client.request({ method: 'POST', url: '/api/auth/session/extend' })).statusCode).toBe(200);
      }
      const last = await client.request({ method: 'POST', url: '/api/auth/session/extend' });
      expect(last.statusCode).toBe(200);
      expect(last.json<SessionBody>().idleExpiresAt).toBe(first.absoluteExpiresAt);
      clock.advanceMinutes((new Date(first.absoluteExpiresAt).getTime() - clock.now().getTime()) / 60_000 + 1);
      const ended = await client.request({ method: 'POST', url: '/api/auth/session/extend' });
      expect(ended.statusCode).toBe(401);
      expect(ended.json().code).toBe('session-expired');
    } finally {
      clock.reset();
    }
  });

  it('refuses to extend without the CSRF token, after expiry, or without a session, and changes nothing', async () => {
    const { app, ctx, clock } = env();
    const { client, userId } = await signedInWorker();
    const before = await lastSeen(userId);
    try {
      const noCsrf = await app.inject({
        method: 'POST',
        url: '/api/auth/session/extend',
        headers: { cookie: client.cookie },
      });
      expect(noCsrf.statusCode).toBe(403);
      expect(noCsrf.json().code).toBe('csrf-token-missing');
      expect((await lastSeen(userId)).getTime()).toBe(before.getTime());

      const anonymous = await app.inject({ method: 'POST', url: '/api/auth/session/extend' });
      expect(anonymous.statusCode).toBe(401);

      clock.advanceMinutes(ctx.config.session.idleSeconds / 60);
      const late = await client.request({ method: 'POST', url: '/api/auth/session/extend' });
      expect(late.statusCode).toBe(401);
      expect(late.json().code).toBe('session-expired');
      const session = await ctx.db
        .selectFrom('sessions')
        .select(['ended_reason', 'last_seen_at'])
        .where('user_id', '=', userId)
        .executeTakeFirstOrThrow();
      expect(session.ended_reason).toBe('idle-timeout');
      expect(session.last_seen_at.getTime()).toBe(before.getTime());
      expect((await client.request({ method: 'GET', url: '/api/auth/session' })).statusCode).toBe(401);
    } finally {
      clock.reset();
    }
  });

  it('answers patient data with Cache-Control: no-store, so nothing is kept for the back button or a shared computer', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const { caseId, referralId } = await allocatedCase(s);
    const reads = [
      [s.worker, `${schemeApi(s)}/cases/${caseId}`],
      [s.worker, `${schemeApi(s)}/referrals/${referralId}`],
      [s.referrer, `${schemeApi(s)}/referrals`],
    ] as const;
    for (const [who, url] of reads) {
      const response = await who.request({ method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['cache-control'], url).toBe('no-store');
    }
  });

  it('refuses a save after the session ended, writing nothing, and takes the same save once the person signed in again', async () => {
    const { app, ctx, clock } = env();
    const s = await buildPathwayScheme(ctx, app);
    const { caseId } = await allocatedCase(s);
    const session = (startsAt: string) => ({
      startsAt,
      durationMinutes: 0,
      mode: 'phone',
      place: '',
      attendance: 'did_not_attend',
      notes: 'Rang twice; no answer.',
    });
    try {
      clock.advanceMinutes(ctx.config.session.idleSeconds / 60 + 1);
      const before = await schemeRowCounts(ctx, s.scheme.id);
      const at = new Date(clock.now().getTime() - 60_000).toISOString();
      const refused = await s.worker.request({
        method: 'POST',
        url: `${schemeApi(s)}/cases/${caseId}/sessions`,
        payload: session(at),
      });
      expect(refused.statusCode).toBe(401);
      expect(refused.json().code).toBe('session-expired');
      expect(await schemeRowCounts(ctx, s.scheme.id)).toEqual(before);

      const again = await signInAgain(app, s.worker);
      const saved = await again.request({
        method: 'POST',
        url: `${schemeApi(s)}/cases/${caseId}/sessions`,
        payload: session(at),
      });
      expect(saved.statusCode, saved.body).toBe(200);
      expect((await schemeRowCounts(ctx, s.scheme.id)).case_sessions).toBe(before.case_sessions + 1);
    } finally {
      clock.reset();
    }
  });
});
