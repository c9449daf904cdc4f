import { afterEach, describe, expect, it } from 'vitest';
import { inSchemeTransaction } from '../../src/platform/db/scheme-transaction.ts';
import { useTestApp } from '../support/context.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import {
  addSchemeMember,
  allocatedCase,
  buildPathwayScheme,
  expectFieldError,
  expectProblem,
  schemeApi,
  type RoleClient,
} from '../support/pathway.ts';
import { configureSafety } from '../support/risk.ts';

describe.each(testDatabaseTargets())('safeguarding concerns on $name', (target) => {
  const env = useTestApp(target);
  afterEach(() => env().clock.reset());

  const concern = (overrides: Record<string, unknown> = {}) => ({
    subject: 'adult',
    categories: ['financial', 'psychological'],
    description: 'Her son takes her pension each week and shouts at her when she asks for it.',
    immediateAction: 'Talked with her about options; she agreed to a referral.',
    ...overrides,
  });
  const post = (who: RoleClient, url: string, payload: Record<string, unknown>) =>
    who.request({ method: 'POST', url, payload });
  const get = (who: RoleClient, url: string) => who.request({ method: 'GET', url });

  async function setUp() {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const lead = await addSchemeMember(ctx, app, s.scheme.id, 'supervisor');
    await configureSafety(s, { leadId: lead.userId });
    const { caseId } = await allocatedCase(s);
    return { s, lead, caseId, url: `${schemeApi(s)}/cases/${caseId}` };
  }

  it('restricts a concern to its author, their supervisor, the safeguarding lead and the manager; others see only that one exists', async () => {
    const { app, ctx } = env();
    const { s, lead, url } = await setUp();
    const raised = await post(s.worker, `${url}/safeguarding`, concern());
    expect(raised.statusCode, raised.body).toBe(201);
    const id = raised.json<{ id: string }>().id;
    expect(raised.json()).toMatchObject({
      subject: 'adult',
      categories: [{ code: 'financial', label: 'Financial or material abuse' }, { code: 'psychological' }],
      status: 'open',
      allowedActions: ['referral', 'action', 'close'],
    });

    for (const who of [s.worker, s.supervisor, lead, s.manager])
      expect((await get(who, `${url}/safeguarding/${id}`)).statusCode).toBe(200);
    const otherSupervisor = await addSchemeMember(ctx, app, s.scheme.id, 'supervisor');
    const restricted = expectProblem(await get(otherSupervisor, `${url}/safeguarding/${id}`), 403, 'forbidden');
    expect(restricted.detail).toMatch(/restricted safeguarding record/);
    expect((await get(otherSupervisor, url)).json().safeguarding).toEqual({ visible: [], restricted: 1 });
    expect((await get(s.worker, url)).json().safeguarding).toMatchObject({
      visible: [{ id, subject: 'adult', status: 'open' }],
      restricted: 0,
    });
    expectProblem(await get(s.otherWorker, `${url}/safeguarding/${id}`), 404, 'not-found');
    expectProblem(await get(s.referrer, `${url}/safeguarding/${id}`), 403, 'forbidden');

    expectProblem(await get(s.worker, `${schemeApi(s)}/safeguarding`), 403, 'forbidden');
    expectProblem(await get(otherSupervisor, `${schemeApi(s)}/safeguarding`), 403, 'forbidden');
    for (const who of [lead, s.manager])
      expect((await get(who, `${schemeApi(s)}/safeguarding`)).json().items.map((i: { id: string }) => i.id)).toEqual([
        id,
      ]);

    await inSchemeTransaction(ctx.db, s.scheme.id, async (trx) => {
      const reads = await trx
        .selectFrom('audit_log')
        .select(['action', 'actor_user_id'])
        .where('record_id', '=', id)
        .where('action', '=', 'safeguarding.read')
        .execute();
      expect(reads.map((r) => r.actor_user_id).sort()).toEqual(
        [s.worker.userId, s.supervisor.userId, lead.userId, s.manager.userId].sort(),
      );
      const told = await trx
        .selectFrom('notifications')
        .select(['recipient_id', 'subject', 'body'])
        .where('source_id', '=', id)
        .execute();
      expect(told.map((n) => n.recipient_id)).toEqual([lead.userId]);
      expect(`${told[0]!.subject} ${told[0]!.body}`).not.toMatch(/pension|Okoro|Maya/);
    });
  });

  it('checks categories against the subject and validates the local authority referral before closing', async () => {
    const { s, lead, url } = await setUp();
    expectFieldError(await post(s.worker, `${url}/safeguarding`, concern({ categories: [] })), 'categories');
    expect(
      expectFieldError(
        await post(s.worker, `${url}/safeguarding`, concern({ subject: 'child', categories: ['self_neglect'] })),
        'categories.0',
      ).fix,
    ).toContain('emotional');
    expectFieldError(await post(s.worker, `${url}/safeguarding`, concern({ description: ' ' })), 'description');
    const child = await post(
      s.worker,
      `${url}/safeguarding`,
      concern({ subject: 'child', categories: ['neglect', 'criminal_exploitation'] }),
    );
    expect(child.statusCode, child.body).toBe(201);
    const { id, version } = child.json<{ id: string; version: number }>();
    const curl = `${url}/safeguarding/${id}`;

    expectFieldError(await post(lead, `${curl}/close`, { version, outcome: 'Resolved' }), 'referral');
    const referral = (over: Record<string, unknown>) =>
      lead.request({
        method: 'PUT',
        url: `${curl}/referral`,
        payload: {
          version,
          made: true,
          authority: "Leeds Children's Social Care",
          referredAt: new Date(env().clock.now().getTime() - 60_000).toISOString(),
          reference: 'CSC-2026-0042',
          notReferredReason: '',
          ...over,
        },
      });
    const missing = expectProblem(await referral({ authority: '', reference: '' }), 400, 'validation-failed');
    expect(missing.errors!.map((e) => e.field).sort()).toEqual(['authority', 'reference']);
    expectFieldError(await referral({ referredAt: 'yesterday' }), 'referredAt');
    expectFieldError(
      await referral({ referredAt: new Date(env().clock.now().getTime() + 86_400_000).toISOString() }),
      'referredAt',
    );
    expectFieldError(await referral({ made: false }), 'notReferredReason');
    const made = await referral({});
    expect(made.statusCode, made.body).toBe(200);
    expect(made.json().referral).toMatchObject({
      made: true,
      authority: "Leeds Children's Social Care",
      reference: 'CSC-2026-0042',
    });

    expect(
      (await post(lead, `${curl}/actions`, { description: 'Strategy discussion with the social worker.' })).json()
        .actions,
    ).toHaveLength(1);
    expectProblem(await post(lead, `${curl}/close`, { version, outcome: 'x' }), 409, 'edit-conflict');
    expectFieldError(await post(lead, `${curl}/close`, { version: version + 1, outcome: '' }), 'outcome');
    const closed = await post(lead, `${curl}/close`, {
      version: version + 1,
      outcome: 'Child in need plan in place; school informed.',
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed', allowedActions: [] });
  });
});
