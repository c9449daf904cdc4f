import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { LAKESIDE_SERVICES as SVC } from '../../src/demo/seed-directory.ts';
import { inSchemeTransaction } from '../../src/platform/db/scheme-transaction.ts';
import { useTestApp } from '../support/context.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { assignLakesideOwners, loadLakeside } from '../support/directory.ts';
import { communityOrganisationId } from '../support/onward.ts';
import { buildPathwayScheme, schemeApi, type PathwayScheme } from '../support/pathway.ts';

type Notes = { notes: { id: string; body: string; author: { name: string }; mine: boolean }[] };
type Reports = {
  reports: {
    id: string;
    service: { id: string };
    kind: string;
    details: string;
    status: string;
    resolutionNote: string | null;
  }[];
};

describe.each(testDatabaseTargets())('directory team notes and change reports on $name', (target) => {
  const env = useTestApp(target);
  let s: PathwayScheme;
  let other: PathwayScheme;

  beforeAll(async () => {
    const { ctx, app } = env();
    await loadLakeside(ctx);
    s = await buildPathwayScheme(ctx, app);
    other = await buildPathwayScheme(ctx, app);
    await assignLakesideOwners(ctx, s, await communityOrganisationId(ctx, s));
  }, 120_000);

  const notesUrl = (scheme: PathwayScheme, id: string) => `${schemeApi(scheme)}/directory/services/${id}/notes`;
  const noteCount = (schemeId: string) =>
    inSchemeTransaction(
      env().ctx.db,
      schemeId,
      async (trx) =>
        (await sql<{ n: number }>`select count(*)::int as n from directory_service_notes`.execute(trx)).rows[0]!.n,
    );

  it('keeps team notes to the scheme that wrote them, and never publishes them', async () => {
    const body = `Ask for Bogdan at the door ${Date.now()}`;
    const added = await s.worker.request({
      method: 'POST',
      url: notesUrl(s, SVC.polishCoffee),
      payload: { body: `  ${body}  ` },
    });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json<Notes>().notes).toMatchObject([{ body, mine: true }]);

    const colleague = (
      await s.otherWorker.request({ method: 'GET', url: notesUrl(s, SVC.polishCoffee) })
    ).json<Notes>();
    expect(colleague.notes).toMatchObject([{ body, mine: false }]);
    const elsewhere = await other.worker.request({ method: 'GET', url: notesUrl(other, SVC.polishCoffee) });
    expect(elsewhere.statusCode).toBe(200);
    expect(elsewhere.json<Notes>().notes).toEqual([]);
    expect((await other.worker.request({ method: 'GET', url: notesUrl(s, SVC.polishCoffee) })).statusCode).toBe(403);
    expect((await s.community.request({ method: 'GET', url: notesUrl(s, SVC.polishCoffee) })).statusCode).toBe(403);
    expect(await noteCount(other.scheme.id)).toBe(0);

    for (const url of [
      `/oruk/services/${SVC.polishCoffee}`,
      '/oruk/services?per_page=50',
      `/oruk/service_at_locations?per_page=50`,
    ]) {
      const published = await env().app.inject({ method: 'GET', url });
      expect(published.statusCode, url).toBe(200);
      expect(published.body).not.toContain('Bogdan');
    }
    const detail = await s.worker.request({
      method: 'GET',
      url: `${schemeApi(s)}/directory/services/${SVC.polishCoffee}`,
    });
    expect(detail.body).not.toContain('Bogdan');
  });

  it('refuses an empty note naming the field, and lets only the author delete a note; both audited', async () => {
    const before = await noteCount(s.scheme.id);
    const empty = await s.worker.request({ method: 'POST', url: notesUrl(s, SVC.foodBank), payload: { body: '   ' } });
    expect(empty.statusCode).toBe(400);
    expect(empty.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toEqual(['body']);
    const tooLong = await s.worker.request({
      method: 'POST',
      url: notesUrl(s, SVC.foodBank),
      payload: { body: 'x'.repeat(2001) },
    });
    expect(tooLong.statusCode).toBe(400);
    expect(await noteCount(s.scheme.id)).toBe(before);

    const note = (
      await s.worker.request({
        method: 'POST',
        url: notesUrl(s, SVC.foodBank),
        payload: { body: 'Voucher needed from us first' },
      })
    ).json<Notes>().notes[0]!;
    expect(
      (await s.otherWorker.request({ method: 'DELETE', url: `${notesUrl(s, SVC.foodBank)}/${note.id}` })).statusCode,
    ).toBe(403);
    expect(
      (await other.worker.request({ method: 'DELETE', url: `${notesUrl(other, SVC.foodBank)}/${note.id}` })).statusCode,
    ).toBe(404);
    const deleted = await s.worker.request({ method: 'DELETE', url: `${notesUrl(s, SVC.foodBank)}/${note.id}` });
    expect(deleted.statusCode).toBe(200);
    expect(deleted.json<Notes>().notes.map((n) => n.id)).not.toContain(note.id);
    const audit = await env()
      .ctx.db.selectFrom('audit_log')
      .select(['action', 'actor_user_id'])
      .where('record_id', '=', note.id)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['directory.note.add', 'directory.note.delete']);
    expect(
      (await s.worker.request({ method: 'POST', url: notesUrl(s, 'no-such-service'), payload: { body: 'x' } }))
        .statusCode,
    ).toBe(404);
  });

  it("sends change reports to the scheme's managers and the owning organisation, who resolve them", async () => {
    const { ctx } = env();
    const report = await s.worker.request({
      method: 'POST',
      url: `${schemeApi(s)}/directory/services/${SVC.carers}/change-reports`,
      payload: { kind: 'wrong_contact', details: 'The phone number now goes to the café.' },
    });
    expect(report.statusCode, report.body).toBe(201);
    const reportId = report.json<{ id: string }>().id;
    const told = await inSchemeTransaction(ctx.db, s.scheme.id, (trx) =>
      trx.selectFrom('notifications').select(['recipient_id', 'link']).where('source_id', '=', reportId).execute(),
    );
    expect(told.map((n) => n.recipient_id).sort()).toEqual([s.manager.userId, s.community.userId].sort());

    const bad = await s.worker.request({
      method: 'POST',
      url: `${schemeApi(s)}/directory/services/${SVC.carers}/change-reports`,
      payload: { kind: 'moved', details: '' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toContain('kind');
    const noDetails = await s.worker.request({
      method: 'POST',
      url: `${schemeApi(s)}/directory/services/${SVC.carers}/change-reports`,
      payload: { kind: 'closed', details: ' ' },
    });
    expect(noDetails.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toEqual(['details']);

    const fromCommunity = await s.community.request({
      method: 'POST',
      url: `${schemeApi(s)}/directory/services/${SVC.debtAdvice}/change-reports`,
      payload: { kind: 'wrong_times', details: 'They now open on Saturdays too.' },
    });
    expect(fromCommunity.statusCode).toBe(201);

    expect(
      (await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/directory/change-reports` })).statusCode,
    ).toBe(403);
    const open = (
      await s.manager.request({ method: 'GET', url: `${schemeApi(s)}/directory/change-reports` })
    ).json<Reports>();
    expect(open.reports.map((r) => r.id)).toContain(reportId);
    expect(open.reports).toHaveLength(2);
    expect(
      (
        await other.manager.request({ method: 'GET', url: `${schemeApi(other)}/directory/change-reports` })
      ).json<Reports>().reports,
    ).toEqual([]);

    const resolveUrl = `${schemeApi(s)}/directory/change-reports/${reportId}/resolve`;
    const noNote = await s.manager.request({ method: 'POST', url: resolveUrl, payload: { note: '' } });
    expect(noNote.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toEqual(['note']);
    expect(
      (
        await other.manager.request({
          method: 'POST',
          url: `${schemeApi(other)}/directory/change-reports/${reportId}/resolve`,
          payload: { note: 'x' },
        })
      ).statusCode,
    ).toBe(404);
    const resolved = await s.manager.request({
      method: 'POST',
      url: resolveUrl,
      payload: { note: 'Asked the hub; new number added.' },
    });
    expect(resolved.statusCode, resolved.body).toBe(200);
    expect(resolved.json<Reports>().reports.map((r) => r.id)).not.toContain(reportId);
    expect((await s.manager.request({ method: 'POST', url: resolveUrl, payload: { note: 'again' } })).statusCode).toBe(
      409,
    );
    const done = (
      await s.manager.request({ method: 'GET', url: `${schemeApi(s)}/directory/change-reports?status=resolved` })
    ).json<Reports>();
    expect(done.reports).toMatchObject([
      { id: reportId, status: 'resolved', resolutionNote: 'Asked the hub; new number added.' },
    ]);
    const reporterTold = await inSchemeTransaction(ctx.db, s.scheme.id, (trx) =>
      trx
        .selectFrom('notifications')
        .select('kind')
        .where('source_id', '=', reportId)
        .where('recipient_id', '=', s.worker.userId)
        .execute(),
    );
    expect(reporterTold.map((n) => n.kind)).toEqual(['directory.change-resolved']);
  });
});
