import { afterAll, describe, expect, it } from 'vitest';
import { notify } from '../../src/modules/notifications/notify.ts';
import { inSchemeTransaction } from '../../src/platform/db/scheme-transaction.ts';
import { useTestApp } from '../support/context.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { runJobsDue, waitingJobs } from '../support/jobs.ts';
import { buildPathwayScheme, expectProblem, schemeApi, type PathwayScheme } from '../support/pathway.ts';
import { REFUSED_ADDRESS, startSmtpServer } from '../support/smtp.ts';

const smtp = await startSmtpServer();
afterAll(() => smtp.close());

describe.each(testDatabaseTargets())('notifications and email on $name', (target) => {
  const env = useTestApp(target, { smtp: { url: smtp.url, from: 'Linkwork <linkwork@example.org>' }, baseUrl: 'https://linkwork.example.org' });

  async function tell(s: PathwayScheme, recipientIds: (string | null)[], subject = 'A high risk was recorded on a case you supervise') {
    const { ctx } = env();
    return inSchemeTransaction(ctx.db, s.scheme.id, (trx) => notify(ctx, trx, {
      schemeId: s.scheme.id, recipientIds, kind: 'risk.high', urgent: true, subject, body: 'Sign in to see the risk record and the actions due.', link: '/cases/00000000-0000-4000-8000-000000000001',
    }));
  }

  it('emails each recipient over SMTP once, through the job queue, and records when', async () => {
    const { ctx, app } = env();
    const s = await buildPathwayScheme(ctx, app);
    const told = await tell(s, [s.supervisor.userId, s.manager.userId, s.supervisor.userId, null]);
    expect(told.sort()).toEqual([s.supervisor.userId, s.manager.userId].sort());
    expect(smtp.received.filter((m) => m.to.includes(s.supervisor.login.email))).toHaveLength(0);

    await runJobsDue(ctx);
    const mine = smtp.received.filter((m) => m.to.includes(s.supervisor.login.email));
    expect(mine).toHaveLength(1);
    expect(mine[0]!.from).toBe('linkwork@example.org');
    expect(mine[0]!.subject).toBe('[Urgent] A high risk was recorded on a case you supervise');
    expect(mine[0]!.text).toContain('https://linkwork.example.org/cases/00000000-0000-4000-8000-000000000001');
    expect(smtp.received.filter((m) => m.to.includes(s.manager.login.email))).toHaveLength(1);

    const rows = await inSchemeTransaction(ctx.db, s.scheme.id, (trx) => trx.selectFrom('notifications').select(['emailed_at', 'email_error']).where('scheme_id', '=', s.scheme.id).execute());
    expect(rows.every((r) => r.emailed_at !== null && r.email_error === null)).toBe(true);
    // Running the queue again sends nothing more.
    await runJobsDue(ctx);
    expect(smtp.received.filter((m) => m.to.includes(s.supervisor.login.email))).toHaveLength(1);
  });

  it('keeps a notification the mail server refused, records why, and leaves the email to be retried', async () => {
    const { ctx, app } = env();
    const s = await buildPathwayScheme(ctx, app);
    await ctx.db.updateTable('users').set({ email: REFUSED_ADDRESS }).where('id', '=', s.supervisor.userId).execute();
    await tell(s, [s.supervisor.userId]);
    await runJobsDue(ctx);
    const row = await inSchemeTransaction(ctx.db, s.scheme.id, (trx) => trx.selectFrom('notifications').select(['emailed_at', 'email_error']).where('recipient_id', '=', s.supervisor.userId).executeTakeFirstOrThrow());
    expect(row.emailed_at).toBeNull();
    expect(row.email_error).toMatch(/Mailbox full/);
    const retrying = (await waitingJobs(ctx, 'notification.email')).filter((j) => j.data.schemeId === s.scheme.id);
    expect(retrying).toHaveLength(1);
    // The person still sees it in the app.
    const list = await s.supervisor.request({ method: 'GET', url: `${schemeApi(s)}/notifications` });
    expect(list.json().items).toHaveLength(1);
  });

  it('does not write the notification or its email when the change that caused it rolls back', async () => {
    const { ctx, app } = env();
    const s = await buildPathwayScheme(ctx, app);
    await expect(inSchemeTransaction(ctx.db, s.scheme.id, async (trx) => {
      await notify(ctx, trx, { schemeId: s.scheme.id, recipientIds: [s.supervisor.userId], kind: 'risk.high', subject: 'A high risk', body: 'Sign in.' });
      throw new Error('the change failed');
    })).rejects.toThrow('the change failed');
    const count = await inSchemeTransaction(ctx.db, s.scheme.id, (trx) => trx.selectFrom('notifications').select((eb) => eb.fn.countAll<string>().as('n')).where('scheme_id', '=', s.scheme.id).executeTakeFirstOrThrow());
    expect(Number(count.n)).toBe(0);
    expect((await waitingJobs(ctx, 'notification.email')).filter((j) => j.data.schemeId === s.scheme.id)).toHaveLength(0);
  });

  it('shows each person only their own notifications, and marks them read', async () => {
    const { ctx, app } = env();
    const s = await buildPathwayScheme(ctx, app);
    await tell(s, [s.supervisor.userId], 'First');
    await tell(s, [s.supervisor.userId], 'Second');
    const url = `${schemeApi(s)}/notifications`;
    const mine = await s.supervisor.request({ method: 'GET', url });
    expect(mine.statusCode).toBe(200);
    expect(mine.json()).toMatchObject({ unread: 2, urgent: 2 });
    expect(mine.json().items.map((n: { subject: string }) => n.subject)).toEqual(['Second', 'First']);

    const others = await s.worker.request({ method: 'GET', url });
    expect(others.json()).toMatchObject({ items: [], unread: 0 });
    const id = mine.json().items[0].id as string;
    expectProblem(await s.worker.request({ method: "POST", url: `${url}/${id}/read` }), 404, "not-found");

    const read = await s.supervisor.request({ method: 'POST', url: `${url}/${id}/read` });
    expect(read.json()).toEqual({ unread: 1, urgent: 1 });
    expect((await s.supervisor.request({ method: 'GET', url: `${url}?unread=true` })).json().items.map((n: { subject: string }) => n.subject)).toEqual(['First']);
    expect((await s.supervisor.request({ method: 'POST', url: `${url}/read-all` })).json()).toEqual({ unread: 0, urgent: 0 });
    expect((await app.inject({ method: 'GET', url })).statusCode).toBe(401);
  });
});
