import { describe, expect, it } from 'vitest';
import { useTestApp } from '../support/context.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import {
  buildDirectoryService,
  communityOrganisationId,
  onwardCounts,
  referOn,
  referOnBody,
  type OnwardJson,
} from '../support/onward.ts';
import {
  allocatedCase,
  buildPathwayScheme,
  expectFieldError,
  expectProblem,
  schemeApi,
  type PathwayScheme,
} from '../support/pathway.ts';

describe.each(testDatabaseTargets())('onward referrals on $name', (target) => {
  const env = useTestApp(target);

  async function setUp() {
    const { ctx, app } = env();
    const s = await buildPathwayScheme(ctx, app);
    const orgId = await communityOrganisationId(ctx, s);
    const onLinkwork = await buildDirectoryService(ctx, { ownerId: orgId });
    const byHand = await buildDirectoryService(ctx);
    const { caseId } = await allocatedCase(s);
    return { s, orgId, onLinkwork, byHand, caseId };
  }

  const inbox = (s: PathwayScheme, id = '') => `${schemeApi(s)}/inbox/onward-referrals${id ? `/${id}` : ''}`;

  it('sends with consent and only the chosen fields, tells the organisation, and shows on the case', async () => {
    const { s, onLinkwork, caseId } = await setUp();
    const sent = await referOn(s, caseId, onLinkwork.serviceId, {
      sharedFields: ['name', 'phone', 'preferredContact', 'needs'],
    });
    expect(sent.status).toBe('requested');
    expect(sent.shared.map((f) => f.key)).toEqual(['name', 'phone', 'preferredContact', 'needs']);
    expect(sent.events.map((e) => e.kind)).toEqual(['sent']);

    const told = await s.community.request({ method: 'GET', url: `${schemeApi(s)}/notifications` });
    expect(told.body).toContain(`New onward referral to ${onLinkwork.name}`);
    expect(told.body).not.toContain('Would like to join');
    const listed = await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/cases/${caseId}/onward-referrals` });
    expect(listed.json<{ items: OnwardJson[] }>().items.map((i) => i.id)).toEqual([sent.id]);
    const kase = await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/cases/${caseId}` });
    expect(kase.json<{ timeline: { kind: string; text: string }[] }>().timeline).toContainEqual(
      expect.objectContaining({ kind: 'onward-referral.sent', text: expect.stringContaining(onLinkwork.name) }),
    );
  });

  it("previews exactly what could be sent, with the minimum necessary marked, and the service's figures", async () => {
    const { s, onLinkwork, caseId } = await setUp();
    const url = `${schemeApi(s)}/cases/${caseId}/onward-referrals/draft?service=${encodeURIComponent(onLinkwork.serviceId)}`;
    const draft = await s.worker.request({ method: 'GET', url });
    expect(draft.statusCode, draft.body).toBe(200);
    const body = draft.json<{
      service: { name: string; onLinkwork: boolean };
      fields: { key: string; minimum: boolean; value: string }[];
      stats: { answered: number };
    }>();
    expect(body.service).toMatchObject({ name: onLinkwork.name, onLinkwork: true });
    expect(body.fields.filter((f) => f.minimum).map((f) => f.key)).toEqual(['name', 'phone', 'preferredContact']);
    expect(body.fields.find((f) => f.key === 'phone')?.value).toBe('07700 900123');
    expect(body.stats.answered).toBe(0);
    expectFieldError(
      await s.worker.request({
        method: 'GET',
        url: `${schemeApi(s)}/cases/${caseId}/onward-referrals/draft?service=nope`,
      }),
      'service',
    );
    expect((await s.otherWorker.request({ method: 'GET', url })).statusCode).toBe(404);
  });

  it('refuses bad input with 400 naming the field, and writes nothing', async () => {
    const { ctx } = env();
    const { s, onLinkwork, caseId } = await setUp();
    const before = await onwardCounts(ctx, s.scheme.id);
    const url = `${schemeApi(s)}/cases/${caseId}/onward-referrals`;
    const post = (payload: Record<string, unknown>) => s.worker.request({ method: 'POST', url, payload });
    expectFieldError(await post(referOnBody(onLinkwork.serviceId, { consent: false })), 'consent');
    expectFieldError(await post(referOnBody(onLinkwork.serviceId, { message: '  ' })), 'message');
    expectFieldError(
      await post(referOnBody(onLinkwork.serviceId, { sharedFields: ['name', 'phone', 'nhsNumber'] })),
      'sharedFields',
    );
    expectFieldError(await post(referOnBody(onLinkwork.serviceId, { sharedFields: ['phone'] })), 'sharedFields');
    expectFieldError(await post(referOnBody('no-such-service')), 'serviceId');
    const inactive = await buildDirectoryService(ctx, { status: 'inactive' });
    expectFieldError(await post(referOnBody(inactive.serviceId)), 'serviceId');
    expect(await onwardCounts(ctx, s.scheme.id)).toEqual(before);
  });

  it('follows the FHIR Task states: the organisation accepts, starts and completes; illegal changes are 409 naming the states', async () => {
    const { s, onLinkwork, caseId } = await setUp();
    const sent = await referOn(s, caseId, onLinkwork.serviceId);
    const act = (action: string, payload: Record<string, unknown>) =>
      s.community.request({ method: 'POST', url: `${inbox(s, sent.id)}/${action}`, payload });

    const early = await act('complete', { version: sent.version, outcome: { attended: 'yes', note: 'Came along.' } });
    expect(expectProblem(early, 409, 'illegal-transition').detail).toMatch(/requested cannot become completed/);

    const accepted = await act('accept', { version: sent.version });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const a = accepted.json<OnwardJson>();
    expect(a.status).toBe('accepted');
    expectProblem(await act('start', { version: sent.version }), 409, 'edit-conflict');
    const started = (await act('start', { version: a.version })).json<OnwardJson>();
    expect(started.status).toBe('in-progress');
    expectFieldError(
      await act('complete', { version: started.version, outcome: { attended: 'maybe', note: '' } }),
      'outcome.attended',
    );
    const done = await act('complete', {
      version: started.version,
      outcome: { attended: 'yes', note: 'Joined the Tuesday walk; going weekly.' },
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json<OnwardJson>().outcome).toEqual({
      attended: 'yes',
      note: 'Joined the Tuesday walk; going weekly.',
    });
    const again = await act('accept', { version: done.json<OnwardJson>().version });
    expect(expectProblem(again, 409, 'illegal-transition').detail).toMatch(
      /completed cannot become accepted.*finished/,
    );

    const seen = (
      await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/onward-referrals/${sent.id}` })
    ).json<OnwardJson>();
    expect(seen.events.map((e) => e.to)).toEqual(['requested', 'accepted', 'in-progress', 'completed']);
    expect(seen.outcome?.attended).toBe('yes');
  });

  it('declines need a reason; the worker is told', async () => {
    const { s, onLinkwork, caseId } = await setUp();
    const sent = await referOn(s, caseId, onLinkwork.serviceId);
    expectFieldError(
      await s.community.request({
        method: 'POST',
        url: `${inbox(s, sent.id)}/decline`,
        payload: { version: sent.version, reason: ' ' },
      }),
      'reason',
    );
    const declined = await s.community.request({
      method: 'POST',
      url: `${inbox(s, sent.id)}/decline`,
      payload: { version: sent.version, reason: 'Our groups are full until March.' },
    });
    expect(declined.json<OnwardJson>().status).toBe('rejected');
    const notices = await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/notifications` });
    expect(notices.body).toContain('declined (Our groups are full until March.)');
  });

  it('lets the organisation put it on hold, resume it, and say it could not be completed, with a reason', async () => {
    const { s, onLinkwork, caseId } = await setUp();
    const sent = await referOn(s, caseId, onLinkwork.serviceId);
    const act = async (action: string, payload: Record<string, unknown>) => {
      const response = await s.community.request({ method: 'POST', url: `${inbox(s, sent.id)}/${action}`, payload });
      expect(response.statusCode, response.body).toBe(200);
      return response.json<OnwardJson>();
    };
    let r = await act('accept', { version: sent.version });
    expectFieldError(
      await s.community.request({
        method: 'POST',
        url: `${inbox(s, sent.id)}/hold`,
        payload: { version: r.version, reason: '' },
      }),
      'reason',
    );
    r = await act('hold', { version: r.version, reason: 'Group paused over Christmas.' });
    expect(r.status).toBe('on-hold');
    r = await act('start', { version: r.version });
    expect(r.status).toBe('in-progress');
    r = await act('fail', { version: r.version, reason: 'Could not reach her after three calls.' });
    expect(r).toMatchObject({
      status: 'failed',
      statusReason: 'Could not reach her after three calls.',
      allowedStatuses: [],
    });
  });

  it('records the status by hand only for a service not on Linkwork', async () => {
    const { s, onLinkwork, byHand, caseId } = await setUp();
    const manual = await referOn(s, caseId, byHand.serviceId);
    const url = `${schemeApi(s)}/onward-referrals/${manual.id}/status`;
    expectFieldError(
      await s.worker.request({ method: 'POST', url, payload: { version: manual.version, status: 'done' } }),
      'status',
    );
    const accepted = await s.worker.request({
      method: 'POST',
      url,
      payload: { version: manual.version, status: 'accepted' },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const completed = await s.worker.request({
      method: 'POST',
      url,
      payload: {
        version: accepted.json<OnwardJson>().version,
        status: 'completed',
        outcome: { attended: 'no', note: 'Did not go; will try again in spring.' },
      },
    });
    expect(completed.json<OnwardJson>().status).toBe('completed');
    expect(completed.json<OnwardJson>().events.map((e) => e.kind)).toEqual([
      'sent',
      'recorded-by-hand',
      'recorded-by-hand',
    ]);

    const linked = await referOn(s, caseId, onLinkwork.serviceId);
    expectProblem(
      await s.worker.request({
        method: 'POST',
        url: `${schemeApi(s)}/onward-referrals/${linked.id}/status`,
        payload: { version: linked.version, status: 'accepted' },
      }),
      409,
      'conflict',
    );
    const cancelled = await s.worker.request({
      method: 'POST',
      url: `${schemeApi(s)}/onward-referrals/${linked.id}/cancel`,
      payload: { version: linked.version, reason: 'The person found a group nearer home.' },
    });
    expect(cancelled.json<OnwardJson>().status).toBe('cancelled');
  });

  it('puts the onward referrals and their outcomes in the discharge message', async () => {
    const { s, byHand, caseId } = await setUp();
    const manual = await referOn(s, caseId, byHand.serviceId);
    const url = `${schemeApi(s)}/onward-referrals/${manual.id}/status`;
    const accepted = (
      await s.worker.request({ method: 'POST', url, payload: { version: manual.version, status: 'accepted' } })
    ).json<OnwardJson>();
    await s.worker.request({
      method: 'POST',
      url,
      payload: {
        version: accepted.version,
        status: 'completed',
        outcome: { attended: 'yes', note: 'Goes every week now.' },
      },
    });
    const api = `${schemeApi(s)}/cases/${caseId}`;
    const first = await s.worker.request({
      method: 'POST',
      url: `${api}/contact-attempts`,
      payload: { channel: 'phone', outcome: 'reached', notes: '' },
    });
    expect(first.statusCode, first.body).toBeLessThan(300);
    const kase = (await s.worker.request({ method: 'GET', url: api })).json<{ version: number }>();
    const discharged = await s.worker.request({
      method: 'POST',
      url: `${api}/discharge`,
      payload: {
        version: kase.version,
        reason: 'goals-met',
        summary: 'Met their goals.',
        arranged: 'Weekly walking group.',
      },
    });
    expect(discharged.statusCode, discharged.body).toBe(200);
    const messages = discharged.json<{ messagesBack: { body: { sections: { title: string; text: string }[] } }[] }>()
      .messagesBack;
    const section = messages.flatMap((m) => m.body.sections).find((x) => x.title === 'Onward referrals');
    expect(section?.text).toContain(byHand.name);
    expect(section?.text).toContain('completed; attended: Goes every week now.');
  });
});
