import { describe, expect, it } from 'vitest';
import { inSchemeTransaction } from '../../src/platform/db/scheme-transaction.ts';
import { recordSessionFeeling } from '../../src/modules/workforce/support/record-session-feeling.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { useTestApp } from '../support/context.ts';
import { allocatedCase, buildPathwayScheme, expectProblem, schemeApi } from '../support/pathway.ts';
import { caseSession, nameSupervisor } from '../support/support.ts';

describe.each(testDatabaseTargets())('workload and wellbeing on $name', (target) => {
  const env = useTestApp(target);

  async function busyWorker() {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    await nameSupervisor(s, s.worker, s.supervisor.userId, { startedOn: env().clock.today(-40) });
    const plain = await allocatedCase(s);
    const complex = await allocatedCase(s);
    await allocatedCase(s, { workerId: s.otherWorker.userId });
    // Down to an hour a week after allocation: two open cases are now over the safe cap.
    await nameSupervisor(s, s.worker, s.supervisor.userId, { hoursPerWeek: 1 });
    await inSchemeTransaction(ctx.db, s.scheme.id, async (trx) => {
      await trx
        .updateTable('referrals')
        .set({ complexity_flags: ['mental_health'] })
        .where('id', '=', complex.referralId)
        .execute();
      await trx
        .insertInto('case_tasks')
        .values({
          scheme_id: s.scheme.id,
          case_id: plain.caseId,
          assignee_id: s.worker.userId,
          description: 'Ring the food bank',
          due_on: env().clock.today(-2),
        })
        .execute();
    });
    for (const feeling of ['fine', 'difficult', 'difficult'] as const) {
      const sessionId = await caseSession(ctx, s, plain.caseId, s.worker.userId);
      await inSchemeTransaction(ctx.db, s.scheme.id, (trx) =>
        recordSessionFeeling(ctx, trx, { schemeId: s.scheme.id, workerId: s.worker.userId, sessionId, feeling }),
      );
    }
    expect((await s.worker.request({ method: 'POST', url: `${schemeApi(s)}/debriefs` })).statusCode).toBe(201);
    await s.worker.request({
      method: 'POST',
      url: '/api/reflections',
      payload: { body: 'A private reflection the team must not see.' },
    });
    return { s };
  }

  it('shows a worker their caseload against the cap, complex cases, sessions, difficult run, overdue tasks, supervision and debriefs', async () => {
    const { s } = await busyWorker();
    const response = await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/wellbeing/me` });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      workerId: s.worker.userId,
      caseload: { openCases: 2, overCap: true },
      complexCases: 1,
      difficultSessionsInRow: 2,
      overdueTasks: 1,
      supervision: { overdue: true },
      openDebriefs: 1,
    });
    // Sessions are counted from Monday: the three just recorded are this week's.
    expect(response.json().sessionsThisWeek).toBe(3);
    expect(response.json().warnings.join(' ')).toMatch(/cap.*Supervision was due.*overdue task/s);
  });

  it("shows the manager every worker's signals and the supervisor their supervisees', never private content", async () => {
    const { s } = await busyWorker();
    const team = await s.manager.request({ method: 'GET', url: `${schemeApi(s)}/wellbeing/team` });
    expect(team.statusCode, team.body).toBe(200);
    expect(
      team
        .json()
        .workers.map((w: { workerId: string }) => w.workerId)
        .sort(),
    ).toEqual([s.worker.userId, s.otherWorker.userId].sort());
    expect(team.json().workers.find((w: { workerId: string }) => w.workerId === s.worker.userId)).toMatchObject({
      caseload: { overCap: true },
      supervision: { overdue: true },
      openDebriefs: 1,
    });
    expect(team.body).not.toMatch(/private reflection|fine|distressing/i);
    const supervised = (await s.supervisor.request({ method: 'GET', url: `${schemeApi(s)}/wellbeing/team` })).json();
    expect(supervised.workers.map((w: { workerId: string }) => w.workerId)).toEqual([s.worker.userId]);
  });

  it('refuses the wrong people', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    expectProblem(await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/wellbeing/team` }), 403, 'forbidden');
    expectProblem(await s.referrer.request({ method: 'GET', url: `${schemeApi(s)}/wellbeing/me` }), 403, 'forbidden');
    expectProblem(await s.manager.request({ method: 'GET', url: `${schemeApi(s)}/wellbeing/me` }), 403, 'forbidden');
    const other = await buildPathwayScheme(ctx, app);
    expectProblem(
      await other.manager.request({ method: 'GET', url: `${schemeApi(s)}/wellbeing/team` }),
      403,
      'forbidden',
    );
    expectProblem(await other.worker.request({ method: 'GET', url: `${schemeApi(s)}/wellbeing/me` }), 403, 'forbidden');
    expectProblem(await app.inject({ method: 'GET', url: `${schemeApi(s)}/wellbeing/me` }), 401, 'unauthenticated');
  });
});
