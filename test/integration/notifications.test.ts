import { readFileSync } from 'node:fs';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/context.ts';
import {
  NOTIFICATION_KINDS,
  URGENT_KINDS,
  type NotificationKind,
} from '../../src/modules/scheme/notifications/notification-kinds.ts';
import { notify } from '../../src/modules/scheme/notifications/notify.ts';
import { inSchemeTransaction } from '../../src/platform/db/scheme-transaction.ts';
import { useTestApp } from '../support/context.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { runJobsDue, waitingJobs } from '../support/jobs.ts';
import { buildDirectoryService, communityOrganisationId, referOn } from '../support/onward.ts';
import {
  addSchemeMember,
  allocatedCase,
  buildPathwayScheme,
  expectFieldError,
  expectProblem,
  makeReferral,
  patientInput,
  referralBody,
  schemeApi,
  type PathwayScheme,
  type RoleClient,
} from '../support/pathway.ts';
import { configureSafety, immediateCheck } from '../support/risk.ts';
import { REFUSED_ADDRESS, startSmtpServer } from '../support/smtp.ts';

interface Item {
  id: string;
  kind: string;
  urgent: boolean;
  subject: string;
  body: string;
  link: string | null;
  person: { name: string } | null;
  worker: { id: string; name: string } | null;
  createdAt: string;
  readAt: string | null;
}
interface Inbox {
  items: Item[];
  unread: number;
  urgent: number;
  next: string | null;
}

const DISCLOSURE =
  "Talked about the garden. Then she said: I've got a pot of tablets and I could take it all right now.";

describe('which notifications are urgent', () => {
  it('is urgent only where a person may be at risk, declared once for every kind', () => {
    expect([...URGENT_KINDS].sort()).toEqual([
      'debrief.overdue',
      'lone-working.alert',
      'lone-working.escalated',
      'lone-working.escalation-ended',
      'lone-working.help',
      'referral.possible-crisis',
      'risk.action-overdue',
      'risk.high',
      'risk.immediate',
      'safeguarding.raised',
    ]);
    for (const kind of [
      'onward-referral.status',
      'onward-referral.inbox',
      'debrief.requested',
      'supervision.overdue',
      'training.expired',
      'lone-working.cleared',
    ] as NotificationKind[]) {
      expect(NOTIFICATION_KINDS[kind].urgent, kind).toBe(false);
    }
  });

  it('backfilled earlier rows with the same rule (migration 0016 lists every urgent kind sent before it, and only urgent kinds)', () => {
    const migration = readFileSync(
      new URL('../../src/db/migrations/0016_notifications_context.sql', import.meta.url),
      'utf8',
    );
    const list = /UPDATE notifications SET urgent = kind IN \(([^)]*)\)/.exec(migration)?.[1] ?? '';
    const backfilled = [...list.matchAll(/'([a-z.-]+)'/g)].map((m) => m[1] as NotificationKind);
    for (const kind of backfilled) expect(NOTIFICATION_KINDS[kind]?.urgent, kind).toBe(true);
    // The kinds sent before 0016 (0006 to 0013), where "urgent" had been each caller's own choice.
    const before0016: NotificationKind[] = [
      'risk.high',
      'risk.immediate',
      'safeguarding.raised',
      'lone-working.alert',
      'lone-working.escalated',
      'lone-working.escalation-ended',
      'lone-working.cleared',
      'debrief.requested',
      'debrief.overdue',
      'supervision.overdue',
      'training.soon',
      'training.expired',
      'onward-referral.status',
      'onward-referral.inbox',
      'directory.change-reported',
      'directory.change-resolved',
    ];
    expect(before0016.filter((k) => NOTIFICATION_KINDS[k].urgent).every((k) => backfilled.includes(k))).toBe(true);
  });
});

const smtp = await startSmtpServer();
afterAll(() => smtp.close());

describe.each(testDatabaseTargets())('notifications and email on $name', (target) => {
  const env = useTestApp(target, {
    smtp: { url: smtp.url, from: 'Linkwork <linkwork@example.org>' },
    baseUrl: 'https://linkwork.example.org',
  });

  async function tell(
    s: PathwayScheme,
    recipientIds: (string | null)[],
    subject = 'A high risk was recorded on a case you supervise',
  ) {
    const { ctx } = env();
    return inSchemeTransaction(ctx.db, s.scheme.id, (trx) =>
      notify(ctx, trx, {
        schemeId: s.scheme.id,
        recipientIds,
        kind: 'risk.high',
        subject,
        body: 'Sign in to see the risk record and the actions due.',
        link: '/cases/00000000-0000-4000-8000-000000000001',
      }),
    );
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

    const rows = await inSchemeTransaction(ctx.db, s.scheme.id, (trx) =>
      trx
        .selectFrom('notifications')
        .select(['emailed_at', 'email_error'])
        .where('scheme_id', '=', s.scheme.id)
        .execute(),
    );
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
    const row = await inSchemeTransaction(ctx.db, s.scheme.id, (trx) =>
      trx
        .selectFrom('notifications')
        .select(['emailed_at', 'email_error'])
        .where('recipient_id', '=', s.supervisor.userId)
        .executeTakeFirstOrThrow(),
    );
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
    await expect(
      inSchemeTransaction(ctx.db, s.scheme.id, async (trx) => {
        await notify(ctx, trx, {
          schemeId: s.scheme.id,
          recipientIds: [s.supervisor.userId],
          kind: 'risk.high',
          subject: 'A high risk',
          body: 'Sign in.',
        });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    const count = await inSchemeTransaction(ctx.db, s.scheme.id, (trx) =>
      trx
        .selectFrom('notifications')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('scheme_id', '=', s.scheme.id)
        .executeTakeFirstOrThrow(),
    );
    expect(Number(count.n)).toBe(0);
    expect((await waitingJobs(ctx, 'notification.email')).filter((j) => j.data.schemeId === s.scheme.id)).toHaveLength(
      0,
    );
  });

  it('shows each person only their own notifications, and marks them read', async () => {
    const { ctx, app } = env();
    const s = await buildPathwayScheme(ctx, app);
    await tell(s, [s.supervisor.userId], 'First');
    env().clock.advanceMinutes(1);
    await tell(s, [s.supervisor.userId], 'Second');
    env().clock.reset();
    const url = `${schemeApi(s)}/notifications`;
    const mine = await s.supervisor.request({ method: 'GET', url });
    expect(mine.statusCode).toBe(200);
    expect(mine.json()).toMatchObject({ unread: 2, urgent: 2 });
    expect(mine.json().items.map((n: { subject: string }) => n.subject)).toEqual(['Second', 'First']);

    const others = await s.worker.request({ method: 'GET', url });
    expect(others.json()).toMatchObject({ items: [], unread: 0 });
    const id = mine.json().items[0].id as string;
    expectProblem(await s.worker.request({ method: 'POST', url: `${url}/${id}/read` }), 404, 'not-found');

    const read = await s.supervisor.request({ method: 'POST', url: `${url}/${id}/read` });
    expect(read.json()).toEqual({ unread: 1, urgent: 1 });
    expect(
      (await s.supervisor.request({ method: 'GET', url: `${url}?unread=true` }))
        .json()
        .items.map((n: { subject: string }) => n.subject),
    ).toEqual(['First']);
    expect((await s.supervisor.request({ method: 'POST', url: `${url}/read-all` })).json()).toEqual({
      unread: 0,
      urgent: 0,
    });
    expect((await app.inject({ method: 'GET', url })).statusCode).toBe(401);
  });
  describe('that a busy person can act on', () => {
    afterEach(() => env().clock.reset());
    const inbox = (s: PathwayScheme, who: RoleClient, query = '') =>
      who.request({ method: 'GET', url: `${schemeApi(s)}/notifications${query}` });
    const told = (
      ctx: AppContext,
      s: PathwayScheme,
      kind: NotificationKind,
      recipientIds: string[],
      subject: string,
      extra: {
        about?: { caseId?: string | null; referralId?: string | null; workerId?: string | null };
        event?: string;
      } = {},
    ) =>
      inSchemeTransaction(ctx.db, s.scheme.id, (trx) =>
        notify(ctx, trx, { schemeId: s.scheme.id, recipientIds, kind, subject, body: 'Sign in to see it.', ...extra }),
      );

    async function disclosure() {
      const { ctx, app } = env();
      const s = await buildPathwayScheme(ctx, app);
      await configureSafety(s);
      const { caseId } = await allocatedCase(s);
      env().clock.advanceMinutes(10);
      const url = `${schemeApi(s)}/cases/${caseId}`;
      const saved = await s.worker.request({
        method: 'POST',
        url: `${url}/sessions`,
        payload: {
          startsAt: new Date(env().clock.now().getTime() - 5 * 60_000).toISOString(),
          durationMinutes: 45,
          mode: 'face_to_face',
          place: 'Surgery',
          attendance: 'attended',
          notes: DISCLOSURE,
          riskConcern: 'no',
          riskCheck: immediateCheck(),
          feeling: 'distressing',
        },
      });
      expect(saved.statusCode, saved.body).toBe(200);
      const riskId = saved.json<{ activeRisks: { id: string }[] }>().activeRisks[0]!.id;
      const patient = await inSchemeTransaction(ctx.db, s.scheme.id, (trx) =>
        trx
          .selectFrom('cases as c')
          .innerJoin('patients as p', 'p.id', 'c.patient_id')
          .select(['p.given_name', 'p.family_name'])
          .where('c.id', '=', caseId)
          .executeTakeFirstOrThrow(),
      );
      const worker = await ctx.db
        .selectFrom('users')
        .select('name')
        .where('id', '=', s.worker.userId)
        .executeTakeFirstOrThrow();
      return {
        s,
        caseId,
        riskId,
        patientName: `${patient.given_name} ${patient.family_name}`,
        patient,
        workerName: worker.name,
      };
    }

    it('one disclosure (an immediate risk in a distressing session) gives each recipient exactly one notification, and asks for one debrief', async () => {
      const { ctx } = env();
      const { s, caseId, riskId, patientName, workerName } = await disclosure();
      const rows = await inSchemeTransaction(ctx.db, s.scheme.id, (trx) =>
        trx
          .selectFrom('notifications')
          .select(['recipient_id', 'kind', 'urgent'])
          .where('scheme_id', '=', s.scheme.id)
          .execute(),
      );
      const perRecipient = new Map<string, number>();
      for (const r of rows) perRecipient.set(r.recipient_id, (perRecipient.get(r.recipient_id) ?? 0) + 1);
      expect(
        [...perRecipient.values()].every((n) => n === 1),
        JSON.stringify(rows),
      ).toBe(true);
      expect(rows.filter((r) => r.recipient_id === s.supervisor.userId)).toEqual([
        { recipient_id: s.supervisor.userId, kind: 'risk.immediate', urgent: true },
      ]);
      const debriefs = await inSchemeTransaction(ctx.db, s.scheme.id, (trx) =>
        trx
          .selectFrom('debrief_requests')
          .select(['reason', 'risk_id', 'session_id'])
          .where('worker_id', '=', s.worker.userId)
          .execute(),
      );
      expect(debriefs).toHaveLength(1);
      expect(debriefs[0]).toMatchObject({ reason: 'high_risk', risk_id: riskId });
      expect(debriefs[0]!.session_id).not.toBeNull();

      // The supervisor's one notification names the person and the worker, and leads to the risk.
      const list = (await inbox(s, s.supervisor)).json<Inbox>();
      expect(list).toMatchObject({ unread: 1, urgent: 1 });
      expect(list.items[0]).toMatchObject({
        kind: 'risk.immediate',
        urgent: true,
        link: `/cases/${caseId}/risks/${riskId}`,
        person: { name: patientName },
        worker: { id: s.worker.userId, name: workerName },
      });
    });

    it('names the person and the worker in the app, and neither in the email', async () => {
      const { ctx } = env();
      const { s, patient, workerName } = await disclosure();
      await runJobsDue(ctx);
      const mail = smtp.received.filter((m) => m.to.includes(s.supervisor.login.email));
      expect(mail).toHaveLength(1);
      expect(mail[0]!.subject).toBe('[Urgent] An immediate risk was recorded on a case');
      for (const text of [mail[0]!.subject, mail[0]!.text]) {
        expect(text).not.toContain(patient.family_name);
        expect(text).not.toContain(patient.given_name);
        expect(text).not.toContain(workerName);
        expect(text).not.toMatch(/tablets/);
      }
      expect(mail[0]!.text).toMatch(/ at \d{1,2}:\d{2}[ap]m\./);
      expect(mail[0]!.text).not.toMatch(/UTC/);
    });

    it('shows a changed name, and hides the person from a reader who may no longer see their case', async () => {
      const { ctx, app } = env();
      const s = await buildPathwayScheme(ctx, app);
      const { caseId } = await allocatedCase(s);
      const otherWorker = await addSchemeMember(ctx, app, s.scheme.id, 'link_worker');
      await told(
        ctx,
        s,
        'onward-referral.status',
        [s.worker.userId, otherWorker.userId, s.supervisor.userId],
        'An onward referral changed',
        { about: { caseId } },
      );
      const patientId = (
        await inSchemeTransaction(ctx.db, s.scheme.id, (trx) =>
          trx.selectFrom('cases').select('patient_id').where('id', '=', caseId).executeTakeFirstOrThrow(),
        )
      ).patient_id;
      await inSchemeTransaction(ctx.db, s.scheme.id, (trx) =>
        trx
          .updateTable('patients')
          .set({ given_name: 'Renamed', family_name: 'Person' })
          .where('id', '=', patientId)
          .execute(),
      );
      expect((await inbox(s, s.worker)).json<Inbox>().items[0]!.person).toEqual({ name: 'Renamed Person' });
      expect((await inbox(s, s.supervisor)).json<Inbox>().items[0]!.person).toEqual({ name: 'Renamed Person' });
      const stranger = (await inbox(s, otherWorker)).json<Inbox>().items[0]!;
      expect(stranger.subject).toBe('An onward referral changed');
      expect(stranger.person).toBeNull();
    });

    it('names the person of a possible-crisis referral in the app and links to it, and never in the email', async () => {
      const { ctx, app } = env();
      const s = await buildPathwayScheme(ctx, app);
      await configureSafety(s, { supervisor: false });
      const patient = patientInput();
      const referral = await makeReferral(
        s,
        s.referrer,
        referralBody({ patient, reason: 'Told the receptionist she wants to end it all.' }),
      );
      expect(referral).toMatchObject({ urgency: 'crisis' });
      const name = `${patient.givenName} ${patient.familyName}`;
      for (const reader of [s.manager, s.supervisor]) {
        const item = (await inbox(s, reader)).json<Inbox>().items.find((n) => n.kind === 'referral.possible-crisis');
        expect(item).toMatchObject({ urgent: true, link: `/referrals/${referral.id}`, person: { name }, worker: null });
      }
      await runJobsDue(ctx);
      const mail = smtp.received.filter(
        (m) => m.to.includes(s.manager.login.email) || m.to.includes(s.supervisor.login.email),
      );
      expect(mail).toHaveLength(2);
      for (const m of mail) {
        expect(m.subject).toBe('[Urgent] Possible crisis referral: review today');
        expect(m.text).toContain(`https://linkwork.example.org/referrals/${referral.id}`);
        for (const secret of [patient.givenName, patient.familyName, 'end it all'])
          expect(`${m.subject} ${m.text}`).not.toContain(secret);
      }
    });

    it('names the person of a referral only to a reader the referral page would show it to', async () => {
      const { ctx, app } = env();
      const s = await buildPathwayScheme(ctx, app);
      const patient = patientInput();
      const referral = await makeReferral(s, s.referrer, referralBody({ patient }));
      await told(
        ctx,
        s,
        'onward-referral.status',
        [s.worker.userId, s.referrer.userId, s.community.userId],
        'About a referral',
        { about: { referralId: referral.id } },
      );
      const name = `${patient.givenName} ${patient.familyName}`;
      expect((await inbox(s, s.worker)).json<Inbox>().items[0]!.person, 'triage staff see every referral').toEqual({
        name,
      });
      expect((await inbox(s, s.referrer)).json<Inbox>().items[0]!.person, 'the referrer who made it').toEqual({ name });
      expect(
        (await s.community.request({ method: 'GET', url: `${schemeApi(s)}/referrals/${referral.id}` })).statusCode,
      ).toBe(404);
      const stranger = (await inbox(s, s.community)).json<Inbox>().items[0]!;
      expect(stranger.subject).toBe('About a referral');
      expect(stranger.person, 'another organisation may not see the referral, so gets no name').toBeNull();
    });

    it('lists urgent first, then newest, a page at a time by keyset, and refuses a damaged cursor', async () => {
      const { ctx, app } = env();
      const s = await buildPathwayScheme(ctx, app);
      const kinds: NotificationKind[] = [];
      for (let i = 0; i < 56; i += 1) {
        const kind: NotificationKind = i % 7 === 3 ? 'risk.high' : 'onward-referral.status';
        kinds.push(kind);
        await told(ctx, s, kind, [s.supervisor.userId], `Number ${i}`);
        env().clock.advanceMinutes(0.1);
      }
      const first = await inbox(s, s.supervisor);
      expect(first.statusCode, first.body).toBe(200);
      const page1 = first.json<Inbox>();
      expect(page1).toMatchObject({ unread: 56, urgent: 8 });
      expect(page1.items).toHaveLength(50);
      expect(page1.next).not.toBeNull();
      const page2 = (await inbox(s, s.supervisor, `?after=${encodeURIComponent(page1.next!)}`)).json<Inbox>();
      expect(page2.items).toHaveLength(6);
      expect(page2.next).toBeNull();
      const order = [...page1.items, ...page2.items].map((n) => Number(n.subject.replace('Number ', '')));
      const urgent = [...kinds.keys()].filter((i) => kinds[i] === 'risk.high').reverse();
      const rest = [...kinds.keys()].filter((i) => kinds[i] !== 'risk.high').reverse();
      expect(order).toEqual([...urgent, ...rest]);
      expect(page1.items.slice(0, 8).every((n) => n.urgent)).toBe(true);

      expectFieldError(await inbox(s, s.supervisor, '?after=not-a-cursor'), 'after');
      expectFieldError(await inbox(s, s.supervisor, `?after=x${page1.next!.slice(1)}`), 'after');
    });

    it('a declined onward referral is not urgent', async () => {
      const { ctx, app } = env();
      const s = await buildPathwayScheme(ctx, app);
      const orgId = await communityOrganisationId(ctx, s);
      const service = await buildDirectoryService(ctx, { ownerId: orgId });
      const { caseId } = await allocatedCase(s);
      const sent = await referOn(s, caseId, service.serviceId);
      const declined = await s.community.request({
        method: 'POST',
        url: `${schemeApi(s)}/inbox/onward-referrals/${sent.id}/decline`,
        payload: { version: sent.version, reason: 'Our groups are full until March.' },
      });
      expect(declined.statusCode, declined.body).toBe(200);
      const list = (await inbox(s, s.worker)).json<Inbox>();
      const notice = list.items.find((n) => n.kind === 'onward-referral.status');
      expect(notice).toMatchObject({ urgent: false, link: `/cases/${caseId}` });
      expect(notice!.person).not.toBeNull();
      expect(list.urgent).toBe(0);
    });

    it('refuses a second notification of one event to the same person at the database, and still tells the others', async () => {
      const { ctx, app } = env();
      const s = await buildPathwayScheme(ctx, app);
      expect(await told(ctx, s, 'risk.high', [s.supervisor.userId], 'Once', { event: 'risk:one' })).toEqual([
        s.supervisor.userId,
      ]);
      expect(
        await told(ctx, s, 'debrief.requested', [s.supervisor.userId, s.manager.userId], 'Twice', {
          event: 'risk:one',
        }),
      ).toEqual([s.manager.userId]);
      await expect(
        inSchemeTransaction(ctx.db, s.scheme.id, (trx) =>
          trx
            .insertInto('notifications')
            .values({
              scheme_id: s.scheme.id,
              recipient_id: s.supervisor.userId,
              kind: 'risk.high',
              subject: 'Again',
              body: '',
              event_key: 'risk:one',
            })
            .execute(),
        ),
      ).rejects.toThrow(/notifications_event_recipient_key|unique/i);
      expect((await inbox(s, s.supervisor)).json<Inbox>().items.map((n) => n.subject)).toEqual(['Once']);
    });

    it("marks one or all read, returning the counts for the header, and changes nothing of anyone else's", async () => {
      const { ctx, app } = env();
      const s = await buildPathwayScheme(ctx, app);
      await told(ctx, s, 'risk.high', [s.supervisor.userId, s.manager.userId], 'Urgent one');
      env().clock.advanceMinutes(1);
      await told(ctx, s, 'supervision.overdue', [s.supervisor.userId], 'Routine one');
      const url = `${schemeApi(s)}/notifications`;
      const items = (await inbox(s, s.supervisor)).json<Inbox>().items;
      expect(items.map((n) => n.subject)).toEqual(['Urgent one', 'Routine one']);
      const read = await s.supervisor.request({ method: 'POST', url: `${url}/${items[0]!.id}/read` });
      expect(read.json()).toEqual({ unread: 1, urgent: 0 });
      expect((await s.supervisor.request({ method: 'GET', url: `${url}/summary` })).json()).toEqual({
        unread: 1,
        urgent: 0,
      });
      const after = (await inbox(s, s.supervisor)).json<Inbox>().items;
      expect(after[0]!.readAt).not.toBeNull();
      expect(after[1]!.readAt).toBeNull();
      expectProblem(
        await s.supervisor.request({ method: 'POST', url: `${url}/${crypto.randomUUID()}/read` }),
        404,
        'not-found',
      );
      expect((await s.supervisor.request({ method: 'POST', url: `${url}/read-all` })).json()).toEqual({
        unread: 0,
        urgent: 0,
      });
      expect((await s.manager.request({ method: 'GET', url: `${url}/summary` })).json()).toEqual({
        unread: 1,
        urgent: 1,
      });
    });
  });
});
