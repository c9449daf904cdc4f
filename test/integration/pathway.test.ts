import { describe, expect, it } from 'vitest';
import { testDatabaseTargets } from '../support/databases.ts';
import { useTestApp } from '../support/context.ts';
import { buildPathwayScheme, referralBody } from '../support/pathway.ts';

describe.each(testDatabaseTargets())('the pathway from referral to message back on $name', (target) => {
  const env = useTestApp(target);

  it('runs a GP referral through triage, allocation, contact, sessions, plan, tasks and discharge', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const base = `/api/schemes/${s.scheme.slug}`;

    const created = await s.referrer.request({ method: 'POST', url: `${base}/referrals`, payload: referralBody() });
    expect(created.statusCode, created.body).toBe(201);
    const referral = created.json();
    expect(referral).toMatchObject({
      status: 'received',
      source: 'referrer',
      evaluation: 'in_scope',
      practiceOdsCode: s.practice.ods_code,
      allowedActions: [],
    });

    const queue = await s.worker.request({ method: 'GET', url: `${base}/triage` });
    expect(queue.statusCode, queue.body).toBe(200);
    expect(queue.json().items.map((r: { id: string }) => r.id)).toContain(referral.id);

    const seen = (await s.worker.request({ method: 'GET', url: `${base}/referrals/${referral.id}` })).json();
    expect(seen.allowedActions).toEqual(['accept', 'decline', 'request-information', 'allocate']);
    const accepted = await s.worker.request({
      method: 'POST',
      url: `${base}/referrals/${referral.id}/accept`,
      payload: { version: seen.version },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().status).toBe('waiting');

    const waiting = (await s.manager.request({ method: 'GET', url: `${base}/waiting-list` })).json();
    expect(waiting.items.map((r: { id: string }) => r.id)).toContain(referral.id);

    const options = await s.manager.request({ method: 'GET', url: `${base}/referrals/${referral.id}/allocation` });
    expect(options.statusCode, options.body).toBe(200);
    expect(options.json().workers.length).toBe(2);

    const allocated = await s.manager.request({
      method: 'POST',
      url: `${base}/referrals/${referral.id}/allocate`,
      payload: { version: accepted.json().version, workerId: s.worker.userId },
    });
    expect(allocated.statusCode, allocated.body).toBe(200);
    const caseId = allocated.json().caseId as string;
    expect(caseId).toBeTruthy();

    const caseload = (await s.worker.request({ method: 'GET', url: `${base}/caseload` })).json();
    expect(caseload.items.map((c: { caseId: string }) => c.caseId)).toEqual([caseId]);
    expect(caseload.capacity).toMatchObject({ openCases: 1, cap: 51 });

    let kase = (await s.worker.request({ method: 'GET', url: `${base}/cases/${caseId}` })).json();
    expect(kase.contactStep).toMatchObject({ step: 'attempt' });
    const attempt = await s.worker.request({
      method: 'POST',
      url: `${base}/cases/${caseId}/contact-attempts`,
      payload: { channel: 'phone', outcome: 'no_answer', notes: 'Rang at 10am' },
    });
    expect(attempt.statusCode, attempt.body).toBe(200);
    expect(attempt.json().contactStep.message).toMatch(/attempt 2 of 3/);
    kase = (
      await s.worker.request({
        method: 'POST',
        url: `${base}/cases/${caseId}/contact-attempts`,
        payload: { channel: 'phone', outcome: 'reached', notes: 'Spoke to Maya' },
      })
    ).json();
    expect(kase.status).toBe('active');

    const session = await s.worker.request({
      method: 'POST',
      url: `${base}/cases/${caseId}/sessions`,
      payload: {
        startsAt: env().clock.now().toISOString(),
        durationMinutes: 60,
        mode: 'face_to_face',
        place: 'Surgery',
        attendance: 'attended',
        notes: 'What matters: getting out again',
        riskConcern: 'no',
      },
    });
    expect(session.statusCode, session.body).toBe(200);
    kase = session.json();
    const about = await s.worker.request({
      method: 'PUT',
      url: `${base}/cases/${caseId}/about`,
      payload: {
        version: kase.version,
        whatMatters: 'Seeing people again',
        needsByDomain: [{ domain: 'loneliness', notes: 'No visitors' }],
        interventionLevel: 'intensive',
      },
    });
    expect(about.statusCode, about.body).toBe(200);
    const goal = await s.worker.request({
      method: 'POST',
      url: `${base}/cases/${caseId}/goals`,
      payload: { description: 'Join the Tuesday walking group', actions: 'Worker to call the group leader' },
    });
    expect(goal.statusCode, goal.body).toBe(200);
    const task = await s.worker.request({
      method: 'POST',
      url: `${base}/cases/${caseId}/tasks`,
      payload: { description: 'Follow-up call', dueOn: '2030-01-10' },
    });
    expect(task.statusCode, task.body).toBe(200);
    const tasks = (await s.worker.request({ method: 'GET', url: `${base}/tasks` })).json();
    expect(tasks.items.map((t: { description: string }) => t.description)).toContain('Follow-up call');

    kase = task.json();
    const discharged = await s.worker.request({
      method: 'POST',
      url: `${base}/cases/${caseId}/discharge`,
      payload: {
        version: kase.version,
        reason: 'goals-met',
        summary: 'Maya goes to the walking group each week.',
        arranged: 'Walking group; befriending',
      },
    });
    expect(discharged.statusCode, discharged.body).toBe(200);
    expect(discharged.json()).toMatchObject({
      status: 'closed',
      allowedActions: [],
      discharge: { reason: 'goals-met' },
    });

    const mine = (await s.referrer.request({ method: 'GET', url: `${base}/referrals` })).json();
    expect(mine.items.find((r: { id: string }) => r.id === referral.id)).toMatchObject({
      status: 'completed',
      messagesBack: 1,
    });
    const back = (await s.referrer.request({ method: 'GET', url: `${base}/referrals/${referral.id}` })).json();
    expect(back.messagesBack[0]).toMatchObject({ kind: 'discharged', code: { code: '871731000000106' } });
    expect(back.messagesBack[0].body.sections.map((x: { title: string }) => x.title)).toContain('What was arranged');
  });
});
