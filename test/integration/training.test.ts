import { afterEach, describe, expect, it } from 'vitest';
import { inSchemeTransaction } from '../../src/platform/db/scheme-transaction.ts';
import { addDays, londonDate } from '../../src/platform/london-time.ts';
import { useTestApp } from '../support/context.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { runJobsDue, waitingJobs } from '../support/jobs.ts';
import { buildPathwayScheme, expectFieldError, expectProblem, schemeApi, signInAgain } from '../support/pathway.ts';
import { courseIds, daysFrom, PDF_BYTES, recordTrainingFor, trainingRowCounts } from '../support/training.ts';

interface Course {
  id: string;
  code: string;
  name: string;
  renewalMonths: number | null;
  requiredForRoles: string[];
  coversFlags: string[];
  version: number;
}

describe.each(testDatabaseTargets())('training and competence records on $name', (target) => {
  const env = useTestApp(target);
  afterEach(() => env().clock.reset());

  it('installs the default catalogue once, and lets only the manager add and change courses', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const url = `${schemeApi(s)}/training/catalogue`;
    const first = await s.worker.request({ method: 'GET', url });
    expect(first.statusCode, first.body).toBe(200);
    const courses = first.json<{ courses: Course[] }>().courses;
    expect(courses.map((c) => c.code)).toEqual([
      'safeguarding_adults_l2',
      'safeguarding_children_l2',
      'mental_health_first_aid',
      'suicide_prevention',
      'motivational_interviewing',
      'counselling_skills',
      'health_coaching',
      'benefits_system',
      'information_governance',
      'lone_working',
      'nhse_link_worker_elearning',
    ]);
    expect(courses.find((c) => c.code === 'information_governance')).toMatchObject({
      renewalMonths: 12,
      requiredForRoles: ['link_worker', 'supervisor', 'scheme_manager'],
    });
    expect(courses.find((c) => c.code === 'motivational_interviewing')).toMatchObject({ renewalMonths: null });
    expect(courses.filter((c) => c.coversFlags.includes('mental_health')).map((c) => c.code)).toEqual([
      'mental_health_first_aid',
      'suicide_prevention',
    ]);
    expect((await s.manager.request({ method: 'GET', url })).json().courses).toHaveLength(11);
    expectProblem(await s.referrer.request({ method: 'GET', url }), 403, 'forbidden');

    const course = {
      code: 'trauma_informed',
      name: 'Trauma-informed practice',
      description: '',
      renewalMonths: 24,
      requiredForRoles: ['link_worker'],
      coversFlags: ['domestic_abuse'],
      active: true,
    };
    expectProblem(await s.worker.request({ method: 'POST', url, payload: course }), 403, 'forbidden');
    const added = await s.manager.request({ method: 'POST', url, payload: course });
    expect(added.statusCode, added.body).toBe(201);
    expectFieldError(await s.manager.request({ method: 'POST', url, payload: course }), 'code');
    expectFieldError(
      await s.manager.request({
        method: 'POST',
        url,
        payload: { ...course, code: 'other_code', coversFlags: ['astrology'] },
      }),
      'coversFlags',
    );

    const sp = courses.find((c) => c.code === 'suicide_prevention')!;
    const change = {
      version: sp.version,
      name: sp.name,
      description: '',
      renewalMonths: 24,
      requiredForRoles: ['link_worker', 'supervisor'],
      coversFlags: ['mental_health'],
      active: true,
    };
    const changed = await s.manager.request({ method: 'PUT', url: `${url}/${sp.id}`, payload: change });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({
      renewalMonths: 24,
      requiredForRoles: ['link_worker', 'supervisor'],
      version: sp.version + 1,
    });
    expectProblem(
      await s.manager.request({ method: 'PUT', url: `${url}/${sp.id}`, payload: change }),
      409,
      'edit-conflict',
    );
    const flags = await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/training/complexity-flags` });
    expect(flags.json().flags.find((f: { code: string }) => f.code === 'domestic_abuse').courses).toEqual([
      'Safeguarding adults (level 2)',
      'Safeguarding children (level 2)',
      'Trauma-informed practice',
    ]);
  });

  it('refuses training with a future date, an unknown course, or a certificate that is not what it says, and changes nothing', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const ids = await courseIds(s);
    const url = `${schemeApi(s)}/training/records`;
    const before = await trainingRowCounts(ctx, s.scheme.id);
    const good = { courseId: ids.suicide_prevention!, completedOn: daysFrom(ctx, -10) };
    const pdf = { fileName: 'zsa.pdf', contentType: 'application/pdf', contentBase64: PDF_BYTES.toString('base64') };

    expect(
      expectFieldError(
        await s.worker.request({ method: 'POST', url, payload: { ...good, completedOn: daysFrom(ctx, 2) } }),
        'completedOn',
      ).message,
    ).toMatch(/cannot be in the future/);
    expectFieldError(
      await s.worker.request({ method: 'POST', url, payload: { ...good, completedOn: '2025-02-30' } }),
      'completedOn',
    );
    expectFieldError(
      await s.worker.request({
        method: 'POST',
        url,
        payload: { ...good, courseId: '00000000-0000-4000-8000-000000000000' },
      }),
      'courseId',
    );
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00', 'latin1'), Buffer.alloc(1000, 1)]);
    const renamed = await s.worker.request({
      method: 'POST',
      url,
      payload: { ...good, certificate: { ...pdf, contentBase64: exe.toString('base64') } },
    });
    expect(expectFieldError(renamed, 'certificate').message).toBe('The certificate must be a PDF, PNG or JPEG file.');
    expect(
      expectFieldError(
        await s.worker.request({
          method: 'POST',
          url,
          payload: { ...good, certificate: { ...pdf, contentType: 'image/png' } },
        }),
        'certificate',
      ).message,
    ).toMatch(/it is application\/pdf/);
    const big = Buffer.concat([PDF_BYTES, Buffer.alloc(5 * 1024 * 1024)]);
    expect(
      expectFieldError(
        await s.worker.request({
          method: 'POST',
          url,
          payload: { ...good, certificate: { ...pdf, contentBase64: big.toString('base64') } },
        }),
        'certificate',
      ).message,
    ).toMatch(/the most is 5 MB/);
    expect(
      expectFieldError(
        await s.worker.request({ method: 'POST', url, payload: { ...good, expiresOn: daysFrom(ctx, 400) } }),
        'expiresOn',
      ).message,
    ).toMatch(/renewed every 12 months/);
    // Another worker cannot record training for someone else, nor a referrer at all.
    expectProblem(
      await s.otherWorker.request({ method: 'POST', url, payload: { ...good, userId: s.worker.userId } }),
      404,
      'not-found',
    );
    expectProblem(await s.referrer.request({ method: 'POST', url, payload: good }), 403, 'forbidden');
    expectFieldError(
      await s.manager.request({ method: 'POST', url, payload: { ...good, userId: s.referrer.userId } }),
      'userId',
    );
    expect(await trainingRowCounts(ctx, s.scheme.id)).toEqual(before);

    const saved = await s.worker.request({
      method: 'POST',
      url,
      payload: { ...good, certificate: { ...pdf, fileName: '../../Zero "Suicide".pdf' } },
    });
    expect(saved.statusCode, saved.body).toBe(201);
    const view = saved.json();
    expect(view.records[0]).toMatchObject({
      courseId: ids.suicide_prevention,
      completedOn: good.completedOn,
      status: 'current',
      certificate: { fileName: 'Zero _Suicide_.pdf' },
    });
    const [y, m, d] = good.completedOn.split('-').map(Number) as [number, number, number];
    const expected = new Date(Date.UTC(y + 1, m - 1, Math.min(d, new Date(Date.UTC(y + 1, m, 0)).getUTCDate())))
      .toISOString()
      .slice(0, 10);
    expect(view.records[0].expiresOn).toBe(expected);
    expect(view.courses.find((c: { courseId: string }) => c.courseId === ids.suicide_prevention)).toMatchObject({
      required: true,
      status: 'current',
      expiresOn: expected,
    });
    // An earlier expiry than the renewal period is kept (the certificate may say so).
    const earlier = await recordTrainingFor(s, s.worker.userId, {
      courseId: ids.lone_working!,
      completedOn: daysFrom(ctx, -5),
      expiresOn: daysFrom(ctx, 100),
    });
    expect(earlier.records.find((r) => r.courseId === ids.lone_working)?.expiresOn).toBe(daysFrom(ctx, 100));
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('scheme_id', '=', s.scheme.id)
      .where('action', '=', 'training.record')
      .execute();
    expect(audit).toHaveLength(2);
    expect(audit.find((a) => a.detail.course === 'suicide_prevention')?.detail).toMatchObject({
      userId: s.worker.userId,
      course: 'suicide_prevention',
      certificate: { sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
    });
  });

  it('reads "today" on the London calendar: training done today, recorded at 00:30 BST (still yesterday in UTC), is not in the future', async () => {
    const { app, ctx, clock } = env();
    // 28 June next year at 00:30 BST is 27 June 23:30 UTC: always summer time, always ahead of the clock.
    const year = clock.now().getUTCFullYear() + 1;
    clock.advanceMinutes((Date.UTC(year, 5, 27, 23, 30) - clock.now().getTime()) / 60_000);
    const s = await buildPathwayScheme(ctx, app);
    const ids = await courseIds(s);
    expect(daysFrom(ctx, 0)).toBe(`${year}-06-28`);
    const view = await recordTrainingFor(s, s.worker.userId, {
      courseId: ids.suicide_prevention!,
      completedOn: `${year}-06-28`,
    });
    expect(view.records.find((r) => r.courseId === ids.suicide_prevention)).toMatchObject({
      status: 'current',
      expiresOn: `${year + 1}-06-28`,
    });
    const url = `${schemeApi(s)}/training/records`;
    expect(
      expectFieldError(
        await s.worker.request({
          method: 'POST',
          url,
          payload: { courseId: ids.suicide_prevention!, completedOn: `${year}-06-29` },
        }),
        'completedOn',
      ).message,
    ).toMatch(/cannot be in the future/);
  });

  it('serves a certificate only to its owner and the manager, as a download of the stored type', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const ids = await courseIds(s);
    const saved = await s.worker.request({
      method: 'POST',
      url: `${schemeApi(s)}/training/records`,
      payload: {
        courseId: ids.mental_health_first_aid,
        completedOn: daysFrom(ctx, -1),
        certificate: {
          fileName: 'mhfa.pdf',
          contentType: 'application/pdf',
          contentBase64: PDF_BYTES.toString('base64'),
        },
      },
    });
    expect(saved.statusCode, saved.body).toBe(201);
    const certificateId = saved.json().records[0].certificate.id as string;
    const url = `${schemeApi(s)}/training/certificates/${certificateId}`;
    for (const who of [s.worker, s.manager]) {
      const file = await who.request({ method: 'GET', url });
      expect(file.statusCode).toBe(200);
      expect(file.headers['content-type']).toBe('application/pdf');
      expect(file.headers['content-disposition']).toBe('attachment; filename="mhfa.pdf"');
      expect(file.headers['x-content-type-options']).toBe('nosniff');
      expect(file.rawPayload.equals(PDF_BYTES)).toBe(true);
    }
    expectProblem(await s.otherWorker.request({ method: 'GET', url }), 404, 'not-found');
    expectProblem(await s.supervisor.request({ method: 'GET', url }), 404, 'not-found');
    expectProblem(await s.referrer.request({ method: 'GET', url }), 403, 'forbidden');
    const other = await buildPathwayScheme(ctx, app);
    expectProblem(await other.manager.request({ method: 'GET', url }), 403, 'forbidden');
    expectProblem(
      await other.manager.request({ method: 'GET', url: `${schemeApi(other)}/training/certificates/${certificateId}` }),
      404,
      'not-found',
    );
    const reads = await ctx.db
      .selectFrom('audit_log')
      .select('actor_user_id')
      .where('action', '=', 'training.certificate.read')
      .where('record_id', '=', certificateId)
      .execute();
    expect(reads.map((r) => r.actor_user_id).sort()).toEqual([s.worker.userId, s.manager.userId].sort());
  });

  it('shows the manager and supervisors a matrix of people and courses with statuses in words', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const ids = await courseIds(s);
    await recordTrainingFor(s, s.worker.userId, { courseId: ids.suicide_prevention!, completedOn: daysFrom(ctx, -30) });
    await recordTrainingFor(s, s.otherWorker.userId, {
      courseId: ids.suicide_prevention!,
      completedOn: daysFrom(ctx, -350),
    });
    await recordTrainingFor(s, s.supervisor.userId, {
      courseId: ids.suicide_prevention!,
      completedOn: daysFrom(ctx, -400),
    });
    // An old record does not hide a renewal.
    await recordTrainingFor(s, s.worker.userId, {
      courseId: ids.information_governance!,
      completedOn: daysFrom(ctx, -800),
    });
    await recordTrainingFor(s, s.worker.userId, {
      courseId: ids.information_governance!,
      completedOn: daysFrom(ctx, -20),
    });

    const matrix = await s.supervisor.request({ method: 'GET', url: `${schemeApi(s)}/training/matrix` });
    expect(matrix.statusCode, matrix.body).toBe(200);
    const body = matrix.json<{
      courses: { id: string }[];
      people: { id: string; roles: string[]; cells: { courseId: string; required: boolean; status: string }[] }[];
    }>();
    const cell = (userId: string, courseId: string) =>
      body.people.find((p) => p.id === userId)?.cells.find((c) => c.courseId === courseId);
    expect(cell(s.worker.userId, ids.suicide_prevention!)).toMatchObject({ required: true, status: 'current' });
    expect(cell(s.otherWorker.userId, ids.suicide_prevention!)).toMatchObject({ required: true, status: 'expiring' });
    expect(cell(s.supervisor.userId, ids.suicide_prevention!)).toMatchObject({ required: false, status: 'expired' });
    expect(cell(s.otherWorker.userId, ids.information_governance!)).toMatchObject({
      required: true,
      status: 'missing',
    });
    expect(cell(s.worker.userId, ids.information_governance!)).toMatchObject({ status: 'current' });
    expect(cell(s.manager.userId, ids.information_governance!)).toMatchObject({ required: true, status: 'missing' });
    expect(body.people.map((p) => p.id)).not.toContain(s.referrer.userId);
    expect(body.courses.map((c) => c.id)).not.toContain(ids.health_coaching);
    expectProblem(await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/training/matrix` }), 403, 'forbidden');

    const person = await s.manager.request({
      method: 'GET',
      url: `${schemeApi(s)}/training/people/${s.otherWorker.userId}`,
    });
    expect(person.statusCode, person.body).toBe(200);
    expect(
      person.json().courses.find((c: { courseId: string }) => c.courseId === ids.suicide_prevention),
    ).toMatchObject({ status: 'expiring' });
    expectProblem(
      await s.otherWorker.request({ method: 'GET', url: `${schemeApi(s)}/training/people/${s.worker.userId}` }),
      404,
      'not-found',
    );
    expectProblem(
      await s.supervisor.request({ method: 'GET', url: `${schemeApi(s)}/training/people/${s.worker.userId}` }),
      404,
      'not-found',
    );
  });

  it('reminds the worker and the managers 30 days before expiry and at expiry, once, unless renewed', async () => {
    const { app, ctx, clock } = env();
    const s = await buildPathwayScheme(ctx, app);
    const ids = await courseIds(s);
    const view = await recordTrainingFor(s, s.worker.userId, {
      courseId: ids.suicide_prevention!,
      completedOn: daysFrom(ctx, 0),
    });
    const recordId = view.records[0]!.id;
    const expiresOn = view.records[0]!.expiresOn!;
    const jobs = (await waitingJobs(ctx, 'training.expiry-reminder')).filter((j) => j.data.recordId === recordId);
    // Each reminder starts at the beginning of its day in London (23:00 UTC the day before in summer).
    expect(jobs.map((j) => [j.data.stage, londonDate(j.startAfter)])).toEqual([
      ['soon', addDays(expiresOn, -30)],
      ['expired', addDays(expiresOn, 1)],
    ]);
    const notices = () =>
      inSchemeTransaction(ctx.db, s.scheme.id, (trx) =>
        trx
          .selectFrom('notifications')
          .select(['recipient_id', 'kind', 'subject', 'link'])
          .where('source_id', '=', recordId)
          .orderBy('created_at')
          .orderBy('kind')
          .execute(),
      );

    // A day before the first reminder is due, then a minute after: counted from the job, not in 365-day years
    // from the UTC date (a leap year, or a London date a day ahead of UTC's, moves it).
    clock.advanceMinutes((jobs[0]!.startAfter.getTime() - clock.now().getTime()) / 60_000 - 1440);
    await runJobsDue(ctx);
    expect(await notices()).toEqual([]);
    clock.advanceMinutes(1440 + 1);
    await runJobsDue(ctx);
    await runJobsDue(ctx);
    const soon = await notices();
    expect(soon).toHaveLength(2);
    expect(soon).toContainEqual({
      recipient_id: s.worker.userId,
      kind: 'training.soon',
      subject: expect.stringMatching(/^Your Suicide prevention training expires on /),
      link: '/training',
    });
    expect(soon).toContainEqual({
      recipient_id: s.manager.userId,
      kind: 'training.soon',
      subject: expect.stringMatching(/: Suicide prevention expires on /),
      link: `/training/people/${s.worker.userId}`,
    });

    clock.advanceMinutes(40 * 1440);
    await runJobsDue(ctx);
    const expired = (await notices()).filter((n) => n.kind === 'training.expired');
    expect(expired.map((n) => n.recipient_id).sort()).toEqual([s.worker.userId, s.manager.userId].sort());
    expect(expired.find((n) => n.recipient_id === s.worker.userId)?.subject).toBe(
      'Your Suicide prevention training has expired',
    );

    // Renewed before expiry: no "expired" reminder for the old record.
    clock.reset();
    const manager = await signInAgain(app, s.manager);
    const renewedView = await recordTrainingFor({ ...s, manager }, s.otherWorker.userId, {
      courseId: ids.lone_working!,
      completedOn: daysFrom(ctx, 0),
    });
    const oldId = renewedView.records[0]!.id;
    clock.advanceMinutes(700 * 1440);
    const managerLater = await signInAgain(app, s.manager);
    await recordTrainingFor({ ...s, manager: managerLater }, s.otherWorker.userId, {
      courseId: ids.lone_working!,
      completedOn: daysFrom(ctx, 0),
    });
    clock.advanceMinutes(60 * 1440);
    await runJobsDue(ctx);
    const forOld = await inSchemeTransaction(ctx.db, s.scheme.id, (trx) =>
      trx.selectFrom('notifications').select('kind').where('source_id', '=', oldId).execute(),
    );
    expect(forOld.map((n) => n.kind)).toEqual([]);
  });

  it('keeps an induction checklist for a new worker, ticked by them or the manager', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    await ctx.db
      .insertInto('worker_profiles')
      .values({
        scheme_id: s.scheme.id,
        user_id: s.worker.userId,
        hours_per_week: 37.5,
        started_on: daysFrom(ctx, -14),
      })
      .execute();
    const url = `${schemeApi(s)}/training/induction`;
    const mine = await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/training/me` });
    expect(mine.json().induction).toMatchObject({ shown: true, outstanding: 7 });
    const ticked = await s.worker.request({ method: 'POST', url, payload: { item: 'meet_supervisor', done: true } });
    expect(ticked.statusCode, ticked.body).toBe(200);
    expect(ticked.json().induction.items[0]).toMatchObject({ code: 'meet_supervisor', doneOn: daysFrom(ctx, 0) });
    const byManager = await s.manager.request({
      method: 'POST',
      url,
      payload: { userId: s.worker.userId, item: 'shadow_sessions', done: true },
    });
    expect(byManager.json().induction.outstanding).toBe(5);
    expectFieldError(
      await s.worker.request({ method: 'POST', url, payload: { item: 'skydiving', done: true } }),
      'item',
    );
    expectProblem(
      await s.otherWorker.request({
        method: 'POST',
        url,
        payload: { userId: s.worker.userId, item: 'directory_tour', done: true },
      }),
      404,
      'not-found',
    );
    const other = await s.otherWorker.request({ method: 'GET', url: `${schemeApi(s)}/training/me` });
    expect(other.json().induction).toMatchObject({ shown: false, startedOn: null });
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select(['action', 'actor_user_id'])
      .where('scheme_id', '=', s.scheme.id)
      .where('action', '=', 'training.induction.done')
      .execute();
    expect(audit.map((a) => a.actor_user_id).sort()).toEqual([s.worker.userId, s.manager.userId].sort());
  });
});
