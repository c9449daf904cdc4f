import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { testDatabaseTargets } from '../support/databases.ts';
import { useTestApp } from '../support/context.ts';
import {
  buildPathwayScheme,
  expectFieldError,
  expectProblem,
  patientInput,
  schemeApi,
  schemeRowCounts,
  type PathwayScheme,
} from '../support/pathway.ts';

let addresses = 0;

/** A member of the public on their own address, so one test's posts do not count against another's rate limit. */
function member(app: FastifyInstance) {
  addresses += 1;
  const remoteAddress = `10.0.${Math.floor(addresses / 250)}.${1 + (addresses % 250)}`;
  return (options: InjectOptions) => app.inject({ ...options, remoteAddress });
}

function selfReferral(formToken: string, overrides: Record<string, unknown> = {}) {
  return {
    formToken,
    patient: patientInput({ nhsNumber: null, givenName: 'Tomasz', postcode: 'LS6 2QR' }),
    needs: ['loneliness', 'money-benefits'],
    reason: 'I have not spoken to anyone in weeks.',
    consent: { contact: true, shareWithServices: false, shareWithGp: true },
    ...overrides,
  };
}

describe.each(testDatabaseTargets())('the public self-referral form on $name', (target) => {
  const env = useTestApp(target);
  afterEach(() => env().clock.reset());

  async function openForm(s: PathwayScheme, as: ReturnType<typeof member>) {
    const form = await as({ method: 'GET', url: `/api/public/self-referral/${s.scheme.slug}` });
    expect(form.statusCode, form.body).toBe(200);
    return form.json<{ scheme: { name: string; slug: string }; open: boolean; formToken: string }>();
  }

  it("gives the form with the service's name and a form token, without signing in", async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const form = await openForm(s, member(app));
    expect(form).toMatchObject({
      scheme: { slug: s.scheme.slug, name: expect.stringContaining(s.scheme.slug) },
      open: true,
      formToken: expect.stringContaining(`${s.scheme.slug}.`),
    });
    expectProblem(
      await member(app)({ method: 'GET', url: '/api/public/self-referral/no-such-service' }),
      404,
      'not-found',
    );
  });

  it('takes in a referral a person makes themselves, answering with a reference only', async () => {
    const { app, ctx, clock } = env();
    const s = await buildPathwayScheme(ctx, app);
    const as = member(app);
    const { formToken } = await openForm(s, as);
    clock.advanceMinutes(1);
    const body = selfReferral(formToken, {
      patient: patientInput({
        nhsNumber: '943 476 5919',
        givenName: 'Tomasz',
        familyName: 'Wiśniewski-Unique',
        postcode: 'LS6 2QR',
      }),
    });
    const response = await as({ method: 'POST', url: `/api/public/self-referral/${s.scheme.slug}`, payload: body });
    expect(response.statusCode, response.body).toBe(201);
    expect(Object.keys(response.json()).sort()).toEqual(['crisis', 'received', 'reference']);
    expect(response.json()).toMatchObject({
      received: true,
      reference: expect.stringMatching(/^[0-9A-F]{8}$/),
      crisis: null,
    });
    for (const secret of ['Tomasz', 'Wiśniewski', '9434765919', '943 476 5919', 'LS6 2QR', 'LS6', '07700'])
      expect(response.body).not.toContain(secret);

    const queue = (await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/triage` })).json();
    expect(queue.items).toHaveLength(1);
    const [row] = queue.items;
    expect(row).toMatchObject({
      source: 'self_referral',
      status: 'received',
      referrerName: 'Self-referral',
      patient: { name: 'Tomasz Wiśniewski-Unique', nhsNumber: '9434765919' },
    });
    expect(row.id.slice(0, 8).toUpperCase()).toBe(response.json().reference);
    const detail = (await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/referrals/${row.id}` })).json();
    expect(detail).toMatchObject({
      needs: ['loneliness', 'money-benefits'],
      circumstances: [],
      consent: { contact: true, shareWithServices: false, shareWithGp: true },
      patient: { postcode: 'LS6 2QR' },
    });
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select(['actor_role', 'actor_user_id'])
      .where('record_id', '=', row.id)
      .where('action', '=', 'referral.create')
      .execute();
    expect(audit).toEqual([{ actor_role: 'system', actor_user_id: null }]);
  });

  it('refuses a form sent too soon after it was opened, and takes it once a person could have filled it', async () => {
    const { app, ctx, clock } = env();
    const s = await buildPathwayScheme(ctx, app);
    const as = member(app);
    const { formToken } = await openForm(s, as);
    const before = await schemeRowCounts(ctx, s.scheme.id);
    const fast = await as({
      method: 'POST',
      url: `/api/public/self-referral/${s.scheme.slug}`,
      payload: selfReferral(formToken),
    });
    expect(expectFieldError(fast, 'formToken').message).toMatch(/too quickly/);
    expect(await schemeRowCounts(ctx, s.scheme.id)).toEqual(before);
    clock.advanceMinutes(1);
    expect(
      (
        await as({
          method: 'POST',
          url: `/api/public/self-referral/${s.scheme.slug}`,
          payload: selfReferral(formToken),
        })
      ).statusCode,
    ).toBe(201);
  });

  it('turns away bots that fill the hidden field, writing nothing', async () => {
    const { app, ctx, clock } = env();
    const s = await buildPathwayScheme(ctx, app);
    const as = member(app);
    const { formToken } = await openForm(s, as);
    clock.advanceMinutes(1);
    const before = await schemeRowCounts(ctx, s.scheme.id);
    const bot = await as({
      method: 'POST',
      url: `/api/public/self-referral/${s.scheme.slug}`,
      payload: selfReferral(formToken, { website: 'http://cheap-pills.example' }),
    });
    expect(expectFieldError(bot, 'website').fix).toMatch(/Leave/);
    expect(await schemeRowCounts(ctx, s.scheme.id)).toEqual(before);
    expect((await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/triage` })).json().items).toEqual([]);
  });

  it("refuses forged, other services' and expired form tokens", async () => {
    const { app, ctx, clock } = env();
    const s = await buildPathwayScheme(ctx, app);
    const other = await buildPathwayScheme(ctx, app);
    const as = member(app);
    const { formToken } = await openForm(s, as);
    const { formToken: othersToken } = await openForm(other, as);
    clock.advanceMinutes(1);
    const before = await schemeRowCounts(ctx, s.scheme.id);
    const [slug, issued] = formToken.split('.');
    const forgeries = [
      `${slug}.${issued}.${'A'.repeat(43)}`,
      `${slug}.${Number(issued) - 3_600_000}.${formToken.split('.')[2]}`,
      'not-a-token',
      othersToken,
      '',
    ];
    for (const token of forgeries) {
      const response = await as({
        method: 'POST',
        url: `/api/public/self-referral/${s.scheme.slug}`,
        payload: selfReferral(token),
      });
      expect(expectFieldError(response, 'formToken').fix, token).toMatch(/Reload the page/);
    }
    clock.advanceMinutes(3 * 60);
    expectFieldError(
      await as({ method: 'POST', url: `/api/public/self-referral/${s.scheme.slug}`, payload: selfReferral(formToken) }),
      'formToken',
    );
    expect(await schemeRowCounts(ctx, s.scheme.id)).toEqual(before);
  });

  it("checks the person's details like any referral", async () => {
    const { app, ctx, clock } = env();
    const s = await buildPathwayScheme(ctx, app);
    const as = member(app);
    const { formToken } = await openForm(s, as);
    clock.advanceMinutes(1);
    const before = await schemeRowCounts(ctx, s.scheme.id);
    const response = await as({
      method: 'POST',
      url: `/api/public/self-referral/${s.scheme.slug}`,
      payload: selfReferral(formToken, {
        patient: patientInput({ nhsNumber: '1234567890', postcode: 'XX', dateOfBirth: '2999-01-01' }),
        needs: ['nothing'],
        consent: { contact: false, shareWithServices: false, shareWithGp: false },
      }),
    });
    for (const field of ['patient.nhsNumber', 'patient.postcode', 'patient.dateOfBirth', 'needs.0', 'consent.contact'])
      expectFieldError(response, field);
    expectFieldError(
      await as({
        method: 'POST',
        url: `/api/public/self-referral/${s.scheme.slug}`,
        payload: selfReferral(formToken, { circumstances: ['mental-health-crisis'] }),
      }),
      'circumstances',
    );
    expect(await schemeRowCounts(ctx, s.scheme.id)).toEqual(before);
  });

  it('refuses self-referrals when the service has closed them', async () => {
    const { app, ctx, clock } = env();
    const s = await buildPathwayScheme(ctx, app);
    const settings = (await s.manager.request({ method: 'GET', url: `${schemeApi(s)}/settings` })).json();
    const closed = await s.manager.request({
      method: 'PUT',
      url: `${schemeApi(s)}/settings/criteria`,
      payload: { version: settings.version, ...settings.criteria, maxAge: 120, selfReferralOpen: false },
    });
    expect(closed.statusCode, closed.body).toBe(200);
    const as = member(app);
    const form = await openForm(s, as);
    expect(form.open).toBe(false);
    clock.advanceMinutes(1);
    const before = await schemeRowCounts(ctx, s.scheme.id);
    const refused = await as({
      method: 'POST',
      url: `/api/public/self-referral/${s.scheme.slug}`,
      payload: selfReferral(form.formToken),
    });
    expect(expectProblem(refused, 403, 'forbidden').detail).toMatch(/not taking self-referrals.*GP practice/);
    expect(await schemeRowCounts(ctx, s.scheme.id)).toEqual(before);
  });

  it('answers 404 for a service that does not exist', async () => {
    const { app, ctx, clock } = env();
    const s = await buildPathwayScheme(ctx, app);
    const as = member(app);
    const { formToken } = await openForm(s, as);
    clock.advanceMinutes(1);
    expectProblem(
      await as({ method: 'POST', url: '/api/public/self-referral/no-such-service', payload: selfReferral(formToken) }),
      404,
      'not-found',
    );
    expectFieldError(
      await as({
        method: 'POST',
        url: `/api/public/self-referral/${'x'.repeat(41)}`,
        payload: selfReferral(formToken),
      }),
      'params.slug',
    );
  });
});

describe.each(testDatabaseTargets())('the self-referral rate limit on $name', (target) => {
  const env = useTestApp(target, { selfReferral: { perHourPerIp: 3, minSeconds: 0 } });

  it('allows three self-referrals an hour from one address, then answers 429', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const as = member(app);
    const { formToken } = await openForm(s);
    for (let i = 0; i < 3; i++) {
      const response = await as({
        method: 'POST',
        url: `/api/public/self-referral/${s.scheme.slug}`,
        payload: selfReferral(formToken),
      });
      expect(response.statusCode, response.body).toBe(201);
    }
    const before = await schemeRowCounts(ctx, s.scheme.id);
    const fourth = await as({
      method: 'POST',
      url: `/api/public/self-referral/${s.scheme.slug}`,
      payload: selfReferral(formToken),
    });
    expectProblem(fourth, 429, 'too-many-attempts');
    expect(await schemeRowCounts(ctx, s.scheme.id)).toEqual(before);
    // Another address is not held back by the first.
    expect(
      (
        await member(app)({
          method: 'POST',
          url: `/api/public/self-referral/${s.scheme.slug}`,
          payload: selfReferral(formToken),
        })
      ).statusCode,
    ).toBe(201);

    async function openForm(scheme: PathwayScheme) {
      return (await as({ method: 'GET', url: `/api/public/self-referral/${scheme.scheme.slug}` })).json<{
        formToken: string;
      }>();
    }
  });
});
