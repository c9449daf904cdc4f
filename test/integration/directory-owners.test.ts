import { beforeAll, describe, expect, it } from 'vitest';
import { LAKESIDE_ORGANIZATIONS as ORG, LAKESIDE_SERVICES as SVC } from '../../src/demo/seed-directory.ts';
import { validateOruk } from '../../src/modules/community/directory/oruk-validate.ts';
import { useTestApp } from '../support/context.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { assignLakesideOwners, loadLakeside } from '../support/directory.ts';
import { buildOrganisation, buildUser, signIn, type Client } from '../support/factories.ts';
import { communityOrganisationId } from '../support/onward.ts';
import {
  addSchemeMember,
  buildPathwayScheme,
  schemeApi,
  type PathwayScheme,
  type RoleClient,
} from '../support/pathway.ts';

type Detail = {
  version: number;
  canEdit: boolean;
  editable: Record<string, unknown>;
  summary: {
    capacity: { status: string | null; note: string | null };
    freshness: { state: string; assuredDate: string | null };
  };
};
type Problem = { code: string; detail: string; errors?: { field: string; message: string; fix: string }[] };

describe.each(testDatabaseTargets())('directory owners and their edits on $name', (target) => {
  const env = useTestApp(target);
  let s: PathwayScheme;
  let communityOrg: string;
  let strangerCommunity: RoleClient;
  let admin: Client;

  beforeAll(async () => {
    const { ctx, app } = env();
    await loadLakeside(ctx);
    s = await buildPathwayScheme(ctx, app);
    communityOrg = await communityOrganisationId(ctx, s);
    await assignLakesideOwners(ctx, s, communityOrg);
    const elsewhere = await buildOrganisation(ctx, 'community_organisation');
    strangerCommunity = await addSchemeMember(ctx, app, s.scheme.id, 'community_org_user', elsewhere.id);
    const a = await buildUser(ctx, { role: 'administrator', schemeId: null });
    admin = await signIn(app, a);
  }, 120_000);

  const url = (id: string) => `${schemeApi(s)}/directory/services/${id}`;
  const detail = async (id: string, by: Client = s.worker) =>
    (await by.request({ method: 'GET', url: url(id) })).json<Detail>();
  const oruk = async (id: string) =>
    (await env().app.inject({ method: 'GET', url: `/oruk/services/${id}` })).json<
      Record<string, unknown> & { last_modified: string; languages: { name: string; code: string }[] }
    >();

  it('lets the owning community organisation edit its service, and the ORUK API shows it, still valid', async () => {
    const before = await oruk(SVC.befriending);
    const start = await detail(SVC.befriending, s.community);
    expect(start.canEdit).toBe(true);
    const response = await s.community.request({
      method: 'PUT',
      url: url(SVC.befriending),
      payload: {
        version: start.version,
        description: 'Weekly visits and a Wednesday drop-in for anyone who feels lonely.',
        email: 'befriend@lakeside-hub.example.org',
        minimumAge: 16,
        maximumAge: null,
        languages: [
          { name: 'English', code: 'en' },
          { name: 'Polish', code: 'PL' },
        ],
        capacity: 'waitlist',
        capacityNote: 'Two weeks',
        confirmCorrect: true,
      },
    });
    expect(response.statusCode, response.body).toBe(200);
    const after = response.json<Detail>();
    expect(after.version).toBe(start.version + 1);
    expect(after.summary.capacity).toMatchObject({ status: 'waitlist', note: 'Two weeks' });
    expect(after.summary.freshness).toEqual({
      state: 'fresh',
      assuredDate: env().clock.now().toISOString().slice(0, 10),
    });

    const published = await oruk(SVC.befriending);
    expect(published.last_modified > before.last_modified).toBe(true);
    expect(published).toMatchObject({
      description: 'Weekly visits and a Wednesday drop-in for anyone who feels lonely.',
      email: 'befriend@lakeside-hub.example.org',
      minimum_age: 16,
      assurer_email: s.community.login.email,
    });
    expect(published.languages.map((l) => [l.name, l.code])).toEqual(
      expect.arrayContaining([
        ['English', 'en'],
        ['Polish', 'pl'],
      ]),
    );
    expect(validateOruk('service', published)).toEqual([]);
    expect(JSON.stringify(published)).not.toContain('Two weeks');

    const found = (
      await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/directory/services?language=pl` })
    ).json<{ results: { id: string }[] }>();
    expect(found.results.map((r) => r.id)).toContain(SVC.befriending);
    const audit = await env()
      .ctx.db.selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'directory.service.edit')
      .where('record_id', '=', SVC.befriending)
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('refuses anyone who does not look after the service, changing nothing', async () => {
    const before = await oruk(SVC.carers);
    const edit = { version: 0, capacity: 'no_capacity' };
    for (const by of [s.worker, s.supervisor, s.manager, strangerCommunity]) {
      const response = await by.request({ method: 'PUT', url: url(SVC.carers), payload: edit });
      expect(response.statusCode).toBe(403);
    }
    expect((await s.community.request({ method: 'PUT', url: url(SVC.debtAdvice), payload: edit })).statusCode).toBe(
      403,
    );
    expect((await s.community.request({ method: 'PUT', url: url('no-such-service'), payload: edit })).statusCode).toBe(
      404,
    );
    expect(await oruk(SVC.carers)).toEqual(before);
    expect((await detail(SVC.carers)).summary.capacity.status).toBeNull();
    // The scheme looks after the walking group, so its manager may edit that one.
    const walking = await s.manager.request({
      method: 'PUT',
      url: url(SVC.walking),
      payload: { version: 0, status: 'temporarily closed' },
    });
    expect(walking.statusCode, walking.body).toBe(200);
    expect((await oruk(SVC.walking)).status).toBe('temporarily closed');
  });

  it('refuses a stale edit with 409 naming what changed, and bad input with 400 naming each field', async () => {
    const start = await detail(SVC.mensShed, s.community);
    const first = await s.community.request({
      method: 'PUT',
      url: url(SVC.mensShed),
      payload: { version: start.version, capacity: 'no_capacity' },
    });
    expect(first.statusCode).toBe(200);
    const stale = await s.community.request({
      method: 'PUT',
      url: url(SVC.mensShed),
      payload: { version: start.version, name: 'The Shed' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<Problem>()).toMatchObject({ code: 'edit-conflict' });
    expect(stale.json<Problem>().detail).toContain('capacity');

    const before = await oruk(SVC.mensShed);
    const current = (await detail(SVC.mensShed, s.community)).version;
    const bad = await s.community.request({
      method: 'PUT',
      url: url(SVC.mensShed),
      payload: {
        version: current,
        name: 'Renamed shed',
        email: 'not-an-email',
        url: 'shed dot org',
        minimumAge: 40,
        maximumAge: 30,
        free: false,
        fees: '',
        languages: [{ name: 'Polish', code: 'polish' }],
      },
    });
    expect(bad.statusCode).toBe(400);
    const problem = bad.json<Problem>();
    expect(problem.code).toBe('validation-failed');
    expect(problem.errors!.map((e) => e.field).sort()).toEqual([
      'email',
      'fees',
      'languages/0/code',
      'maximumAge',
      'url',
    ]);
    expect(problem.errors!.every((e) => e.message && e.fix)).toBe(true);
    const schemaBad = await s.community.request({
      method: 'PUT',
      url: url(SVC.mensShed),
      payload: { version: current, status: 'open', capacity: 'full' },
    });
    expect(schemaBad.statusCode).toBe(400);
    expect(schemaBad.json<Problem>().errors!.map((e) => e.field)).toEqual(
      expect.arrayContaining(['status', 'capacity']),
    );
    expect(await oruk(SVC.mensShed)).toEqual(before);
    expect((await detail(SVC.mensShed, s.community)).version).toBe(current);
  });

  it('lists "our services" for community users and scheme managers', async () => {
    const ours = (await s.community.request({ method: 'GET', url: `${schemeApi(s)}/directory/our-services` })).json<{
      services: { id: string }[];
    }>();
    expect(ours.services.map((x) => x.id).sort()).toEqual(
      [SVC.befriending, SVC.carers, SVC.urduWomensGroup, SVC.mensShed].sort(),
    );
    const scheme = (await s.manager.request({ method: 'GET', url: `${schemeApi(s)}/directory/our-services` })).json<{
      services: { id: string }[];
    }>();
    expect(scheme.services.map((x) => x.id)).toEqual([SVC.walking]);
    expect((await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/directory/our-services` })).statusCode).toBe(
      403,
    );
    expect(
      (await strangerCommunity.request({ method: 'GET', url: `${schemeApi(s)}/directory/our-services` })).json<{
        services: unknown[];
      }>().services,
    ).toEqual([]);
  });

  it('lets administrators assign and remove what an organisation looks after', async () => {
    const base = `/api/admin/organisations/${communityOrg}/directory-organizations`;
    const listed = (await admin.request({ method: 'GET', url: base })).json<{
      items: { id: string; services: number }[];
    }>();
    expect(listed.items.map((i) => i.id).sort()).toEqual([ORG.communityHub, ORG.mensShed].sort());
    expect((await s.manager.request({ method: 'GET', url: base })).statusCode).toBe(403);
    expect((await s.manager.request({ method: 'PUT', url: `${base}/${ORG.walkingFriends}` })).statusCode).toBe(403);

    const taken = await admin.request({ method: 'PUT', url: `${base}/${ORG.walkingFriends}` });
    expect(taken.statusCode).toBe(409);
    expect(taken.json<Problem>().detail).toContain('Lakeside Walking Friends');
    expect((await admin.request({ method: 'PUT', url: `${base}/no-such-organization` })).statusCode).toBe(404);
    const practice = await buildOrganisation(env().ctx, 'gp_practice');
    expect(
      (
        await admin.request({
          method: 'PUT',
          url: `/api/admin/organisations/${practice.id}/directory-organizations/${ORG.walkingFriends}`,
        })
      ).statusCode,
    ).toBe(400);

    const advice = '1a4e51de-0a00-4000-8000-000000000004';
    const added = await admin.request({ method: 'PUT', url: `${base}/${advice}` });
    expect(added.statusCode, added.body).toBe(200);
    expect(added.json<{ items: { id: string }[] }>().items.map((i) => i.id)).toContain(advice);
    expect(
      (
        await s.community.request({
          method: 'PUT',
          url: url(SVC.debtAdvice),
          payload: { version: 0, capacity: 'capacity' },
        })
      ).statusCode,
    ).toBe(200);
    const noText = await admin.request({ method: 'GET', url: '/api/admin/directory-organizations?q=%20' });
    expect(noText.statusCode).toBe(400);
    expect(noText.json<Problem>().errors!.map((e) => e.field)).toEqual(['q']);
    const found = (await admin.request({ method: 'GET', url: '/api/admin/directory-organizations?q=advice' })).json<{
      items: { id: string; owner: { id: string } | null }[];
    }>();
    expect(found.items).toEqual([
      expect.objectContaining({ id: advice, owner: expect.objectContaining({ id: communityOrg }) }),
    ]);

    const removed = await admin.request({ method: 'DELETE', url: `${base}/${advice}` });
    expect(removed.statusCode).toBe(200);
    expect(removed.json<{ items: { id: string }[] }>().items.map((i) => i.id)).not.toContain(advice);
    expect((await admin.request({ method: 'DELETE', url: `${base}/${advice}` })).statusCode).toBe(404);
    expect(
      (
        await s.community.request({
          method: 'PUT',
          url: url(SVC.debtAdvice),
          payload: { version: 1, capacity: 'waitlist' },
        })
      ).statusCode,
    ).toBe(403);
    const audit = await env()
      .ctx.db.selectFrom('audit_log')
      .select('action')
      .where('record_id', '=', communityOrg)
      .where('action', 'like', 'directory.owner.%')
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual([
      'directory.owner.assign',
      'directory.owner.assign',
      'directory.owner.assign',
      'directory.owner.remove',
    ]);
  });
});
