import { afterEach, describe, expect, it } from 'vitest';
import { createContext } from '../../src/create-context.ts';
import { RECURRING_JOBS } from '../../src/jobs.ts';
import { ONWARD_CHECK_JOB, sweepOnwardReferrals } from '../../src/modules/community/onward-referrals/onward-timers.ts';
import { addWorkingDays } from '../../src/modules/workforce/support/working-days.ts';
import { inSchemeTransaction } from '../../src/platform/db/scheme-transaction.ts';
import type { AppContext } from '../../src/context.ts';
import { testConfig, useTestApp } from '../support/context.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { runJobsDue, waitingJobs } from '../support/jobs.ts';
import { buildDirectoryService, communityOrganisationId, referOn } from '../support/onward.ts';
import { allocatedCase, buildPathwayScheme, expectFieldError, schemeApi } from '../support/pathway.ts';

const HOUR = 60;
const DAY = 24 * HOUR;

/** The onward referral's row and the notifications about it, read under the scheme's row-level security. */
function readState(ctx: AppContext, schemeId: string, id: string) {
  return inSchemeTransaction(ctx.db, schemeId, async (trx) => ({
    row: await trx
      .selectFrom('onward_referrals')
      .where('id', '=', id)
      .select([
        'status',
        'status_reason',
        'auto_declined',
        'reminded_at',
        'reminder_due_at',
        'auto_decline_due_at',
        'sent_at',
        'first_answered_at',
      ])
      .executeTakeFirstOrThrow(),
    notices: await trx
      .selectFrom('notifications')
      .where('source_id', '=', id)
      .select(['recipient_id', 'subject', 'urgent'])
      .orderBy('created_at')
      .execute(),
    events: await trx
      .selectFrom('onward_referral_events')
      .where('onward_referral_id', '=', id)
      .select(['kind', 'by_kind'])
      .orderBy('at')
      .execute(),
  }));
}

async function setTimings(ctx: AppContext, schemeId: string, reminderWorkingDays: number, autoDeclineDays: number) {
  await ctx.database.owner.query(
    `INSERT INTO scheme_policies (scheme_id, onward_reminder_working_days, onward_auto_decline_days) VALUES ($1, $2, $3)
     ON CONFLICT (scheme_id) DO UPDATE SET onward_reminder_working_days = $2, onward_auto_decline_days = $3`,
    [schemeId, reminderWorkingDays, autoDeclineDays],
  );
}

describe.each(testDatabaseTargets())('onward referral reminders and automatic declines on $name', (target) => {
  const env = useTestApp(target);
  afterEach(() => env().clock.reset());

  async function sent(options: { onLinkwork?: boolean } = {}) {
    const { ctx, app } = env();
    const s = await buildPathwayScheme(ctx, app);
    const orgId = await communityOrganisationId(ctx, s);
    const service = await buildDirectoryService(ctx, { ownerId: options.onLinkwork === false ? null : orgId });
    const { caseId } = await allocatedCase(s);
    const referral = await referOn(s, caseId, service.serviceId);
    return { s, referral, service };
  }

  it('reminds the organisation after 5 working days (not 5 calendar days), once, then declines automatically after 14 days', async () => {
    const { ctx, clock } = env();
    const { s, referral } = await sent();
    const start = await readState(ctx, s.scheme.id, referral.id);
    expect(start.row.reminder_due_at?.toISOString()).toBe(addWorkingDays(start.row.sent_at, 5).toISOString());
    expect(start.row.auto_decline_due_at!.getTime() - start.row.sent_at.getTime()).toBe(14 * DAY * 60_000);
    expect((await waitingJobs(ctx, ONWARD_CHECK_JOB)).filter((j) => j.data.id === referral.id)).toHaveLength(2);

    // Five working days are never fewer than five calendar days; an hour before they end, nobody is reminded.
    const dueInMinutes = (start.row.reminder_due_at!.getTime() - start.row.sent_at.getTime()) / 60_000;
    expect(dueInMinutes).toBeGreaterThanOrEqual(5 * DAY);
    clock.advanceMinutes(dueInMinutes - HOUR);
    await runJobsDue(ctx);
    expect(
      (await readState(ctx, s.scheme.id, referral.id)).notices.filter(
        (n) => n.recipient_id === s.community.userId && /Reminder/.test(n.subject),
      ),
    ).toHaveLength(0);

    clock.reset();
    clock.advanceMinutes((start.row.reminder_due_at!.getTime() - clock.now().getTime()) / 60_000 + 2);
    await runJobsDue(ctx);
    await runJobsDue(ctx);
    const reminded = await readState(ctx, s.scheme.id, referral.id);
    expect(reminded.row.status).toBe('requested');
    expect(reminded.row.reminded_at).not.toBeNull();
    expect(reminded.notices.filter((n) => /Reminder/.test(n.subject)).map((n) => n.recipient_id)).toEqual([
      s.community.userId,
    ]);
    await sweepOnwardReferrals(ctx);
    expect(
      (await readState(ctx, s.scheme.id, referral.id)).notices.filter((n) => /Reminder/.test(n.subject)),
    ).toHaveLength(1);

    clock.reset();
    clock.advanceMinutes(14 * DAY - 5);
    await runJobsDue(ctx);
    expect((await readState(ctx, s.scheme.id, referral.id)).row.status).toBe('requested');
    clock.advanceMinutes(10);
    await runJobsDue(ctx);
    const declined = await readState(ctx, s.scheme.id, referral.id);
    expect(declined.row).toMatchObject({
      status: 'rejected',
      auto_declined: true,
      first_answered_at: null,
      status_reason: 'No answer within 14 days: declined automatically.',
    });
    expect(
      declined.notices.filter((n) => n.recipient_id === s.worker.userId && !n.urgent && /declined/.test(n.subject)),
      'a declined onward referral is not urgent',
    ).toHaveLength(1);
    expect(declined.events.map((e) => `${e.kind}:${e.by_kind}`)).toEqual([
      'sent:user',
      'reminded:system',
      'auto-declined:system',
    ]);
  });

  it('does nothing once the organisation has answered', async () => {
    const { ctx, clock } = env();
    const { s, referral } = await sent();
    const accepted = await s.community.request({
      method: 'POST',
      url: `${schemeApi(s)}/inbox/onward-referrals/${referral.id}/accept`,
      payload: { version: referral.version },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    clock.advanceMinutes(15 * DAY);
    await runJobsDue(ctx);
    await sweepOnwardReferrals(ctx);
    const state = await readState(ctx, s.scheme.id, referral.id);
    expect(state.row.status).toBe('accepted');
    expect(state.row.reminded_at).toBeNull();
    expect(state.events.map((e) => e.kind)).toEqual(['sent', 'status']);
  });

  it('lets the scheme manager set the timings in the scheme settings, refusing a decline that would come before the reminder', async () => {
    const { ctx, app } = env();
    const s = await buildPathwayScheme(ctx, app);
    const url = `${schemeApi(s)}/settings/safety`;
    const read = async () =>
      (await s.manager.request({ method: 'GET', url: `${schemeApi(s)}/settings` })).json<{
        version: number;
        safety: Record<string, unknown>;
      }>();
    const before = await read();
    expect(before.safety).toMatchObject({ onwardReminderWorkingDays: 5, onwardAutoDeclineDays: 14 });
    const tooSoon = expectFieldError(
      await s.manager.request({
        method: 'PUT',
        url,
        payload: { version: before.version, ...before.safety, onwardReminderWorkingDays: 5, onwardAutoDeclineDays: 8 },
      }),
      'onwardAutoDeclineDays',
    );
    expect(tooSoon.message).toMatch(
      /could come before the reminder after 5 working days: in an ordinary week 5 working days can take 7 calendar days/,
    );
    expect(tooSoon.fix).toMatch(
      /Allow at least 9 days.*Over bank holidays Linkwork also moves each decline to at least one working day after its reminder/,
    );
    expect((await read()).version).toBe(before.version);
    const saved = await s.manager.request({
      method: 'PUT',
      url,
      payload: { version: before.version, ...before.safety, onwardReminderWorkingDays: 3, onwardAutoDeclineDays: 10 },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await read()).safety).toMatchObject({ onwardReminderWorkingDays: 3, onwardAutoDeclineDays: 10 });
    const service = await buildDirectoryService(ctx);
    const { caseId } = await allocatedCase(s);
    const referral = await referOn(s, caseId, service.serviceId);
    const state = await readState(ctx, s.scheme.id, referral.id);
    expect(state.row.reminder_due_at?.toISOString()).toBe(addWorkingDays(state.row.sent_at, 3).toISOString());
    expect(state.row.auto_decline_due_at!.getTime() - state.row.sent_at.getTime()).toBe(10 * DAY * 60_000);
  });

  it("takes the scheme's own timings, and reminds the worker when the service is not on Linkwork", async () => {
    const { ctx, clock, app } = env();
    const s = await buildPathwayScheme(ctx, app);
    // Two working days take up to six calendar days (Easter, Christmas): a decline after seven always comes second.
    await setTimings(ctx, s.scheme.id, 2, 7);
    const service = await buildDirectoryService(ctx);
    const { caseId } = await allocatedCase(s);
    const referral = await referOn(s, caseId, service.serviceId);
    const start = await readState(ctx, s.scheme.id, referral.id);
    expect(start.row.reminder_due_at?.toISOString()).toBe(addWorkingDays(start.row.sent_at, 2).toISOString());
    expect(start.row.auto_decline_due_at!.getTime() - start.row.sent_at.getTime()).toBe(7 * DAY * 60_000);
    clock.advanceMinutes((start.row.reminder_due_at!.getTime() - clock.now().getTime()) / 60_000 + 2);
    await runJobsDue(ctx);
    const reminded = await readState(ctx, s.scheme.id, referral.id);
    expect(reminded.notices.map((n) => n.recipient_id)).toEqual([s.worker.userId]);
    expect(reminded.notices[0]!.subject).toMatch(/not on Linkwork/);
    clock.reset();
    clock.advanceMinutes(7 * DAY + 1);
    await runJobsDue(ctx);
    expect((await readState(ctx, s.scheme.id, referral.id)).row).toMatchObject({
      status: 'rejected',
      status_reason: 'No answer within 7 days: declined automatically.',
    });
  });

  it("is swept on the server's timetable: a referral whose jobs were lost is still declined", async () => {
    const { ctx, clock } = env();
    const { s, referral } = await sent();
    await ctx.database.owner.query("DELETE FROM pgboss.job WHERE name = $1 AND data->>'id' = $2", [
      ONWARD_CHECK_JOB,
      referral.id,
    ]);
    clock.advanceMinutes(14 * DAY + 1);
    expect(await sweepOnwardReferrals(ctx)).toBeGreaterThanOrEqual(1);
    expect((await readState(ctx, s.scheme.id, referral.id)).row).toMatchObject({
      status: 'rejected',
      auto_declined: true,
    });
    await ctx.jobs.start(RECURRING_JOBS);
    const { rows } = await ctx.database.owner.query<{ name: string; cron: string }>(
      'SELECT name, cron FROM pgboss.schedule',
    );
    await ctx.jobs.stop();
    expect(rows).toContainEqual(expect.objectContaining({ name: 'onward-referral.sweep', cron: '17 * * * *' }));
  });

  // Last: it stops the test app's queue (as a server restart would) and runs the jobs on a new one.
  it('survives a restart of the queue: the decline queued before runs after', async () => {
    const { ctx, clock } = env();
    const { s, referral } = await sent();
    await ctx.jobs.stop();
    clock.advanceMinutes(14 * DAY + 1);
    const restarted = await createContext(testConfig(), ctx.database, clock.now);
    try {
      expect((await waitingJobs(restarted, ONWARD_CHECK_JOB)).filter((j) => j.data.id === referral.id)).toHaveLength(2);
      await runJobsDue(restarted);
      await runJobsDue(restarted);
      const state = await readState(restarted, s.scheme.id, referral.id);
      expect(state.row).toMatchObject({ status: 'rejected', auto_declined: true });
      expect(state.events.filter((e) => e.kind === 'auto-declined')).toHaveLength(1);
    } finally {
      await restarted.jobs.stop();
    }
  });
});
