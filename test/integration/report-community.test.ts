import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/context.ts';
import { sweepOnwardReferrals } from '../../src/modules/community/onward-referrals/index.ts';
import { dischargeCase, recordSession, summaryMismatches } from '../support/report-steps.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { useTestApp } from '../support/context.ts';
import { buildUser, signIn } from '../support/factories.ts';
import { buildDirectoryService, communityOrganisationId, referOn } from '../support/onward.ts';
import {
  allocatedCase,
  buildPathwayScheme,
  expectFieldError,
  expectProblem,
  patientInput,
  referralBody,
  schemeApi,
  signInAgain,
  type PathwayScheme,
  type RoleClient,
} from '../support/pathway.ts';
import { nameSupervisor } from '../support/support.ts';

type Row = Record<string, string | number | null>;
type Table = { key: string; rows: Row[]; columns: { key: string }[] };

const LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';
const letter = () => LETTERS[randomBytes(1)[0]! % LETTERS.length]!;
const digit = () => String(randomBytes(1)[0]! % 10);

/** A postcode of our own (the postcode directory is shared by every scheme and test). */
const randomPostcode = () => `ZZ${digit()}${letter()} ${digit()}${letter()}${letter()}`;

/** Loads a postcode into the postcode directory, in the LSOA of the district `tag` names. */
async function loadPostcode(ctx: AppContext, postcode: string, tag: string) {
  await ctx.database.owner.query(
    'INSERT INTO postcodes (postcode, latitude, longitude, lsoa) VALUES ($1, 53.8, -1.55, $2) ON CONFLICT DO NOTHING',
    [postcode, `T${tag}`],
  );
}

/** A postcode in the postcode directory whose LSOA is in the 2025 Indices of Deprivation, in a district of its own. */
async function postcodeInDistrict(ctx: AppContext) {
  const tag = randomBytes(4).toString('hex');
  const postcode = randomPostcode();
  const district = `Testshire ${tag}`;
  await ctx.database.owner.query(
    `INSERT INTO deprivation_indices (release, lsoa_code, lsoa_name, district_code, district_name, imd_rank, imd_decile)
     VALUES ('2025', $1, $2, $3, $4, 100, 1)`,
    [`T${tag}`, `Testshire ${tag} 001A`, `E0${tag}`, district],
  );
  await loadPostcode(ctx, postcode, tag);
  return { postcode, district, tag };
}

describe.each(testDatabaseTargets())('community connection report on $name', (target) => {
  const env = useTestApp(target);
  afterEach(() => env().clock.reset());

  const report = (s: PathwayScheme, who: RoleClient, query = '') =>
    who.request({ method: 'GET', url: `${schemeApi(s)}/reports/community${query}` });
  const table = (view: { tables: Table[] }, key: string) => view.tables.find((t) => t.key === key)!;
  const sum = (rows: Row[], key: string) => rows.reduce((n, r) => n + Number(r[key] ?? 0), 0);

  /** Moves the clock on and signs everyone in again (their sessions time out). */
  async function later(s: PathwayScheme, minutes: number): Promise<PathwayScheme> {
    const { app, clock } = env();
    clock.advanceMinutes(minutes);
    return {
      ...s,
      worker: await signInAgain(app, s.worker),
      otherWorker: await signInAgain(app, s.otherWorker),
      manager: await signInAgain(app, s.manager),
      supervisor: await signInAgain(app, s.supervisor),
      community: await signInAgain(app, s.community),
      referrer: await signInAgain(app, s.referrer),
    };
  }

  /** An attended session: the person is reached (first contact). */
  const session = (s: PathwayScheme, caseId: string, by: RoleClient = s.worker) =>
    recordSession(s, env().clock, caseId, { by });

  const discharge = (s: PathwayScheme, caseId: string, by: RoleClient = s.worker) => dischargeCase(s, caseId, by);

  /** Records an onward referral's status by hand (a service not on Linkwork), reading its version first. */
  async function byHand(s: PathwayScheme, id: string, status: string, extra: Record<string, unknown> = {}) {
    const url = `${schemeApi(s)}/onward-referrals/${id}`;
    const version = (await s.worker.request({ method: 'GET', url })).json<{ version: number }>().version;
    const response = await s.worker.request({
      method: 'POST',
      url: `${url}/status`,
      payload: { version, status, ...extra },
    });
    expect(response.statusCode, response.body).toBe(200);
  }

  /** Answers an onward referral in the community organisation's inbox. */
  async function inbox(s: PathwayScheme, id: string, action: string, extra: Record<string, unknown> = {}) {
    const url = `${schemeApi(s)}/inbox/onward-referrals/${id}`;
    const version = (await s.community.request({ method: 'GET', url })).json<{ version: number }>().version;
    const response = await s.community.request({
      method: 'POST',
      url: `${url}/${action}`,
      payload: { version, ...extra },
    });
    expect(response.statusCode, response.body).toBe(200);
  }

  async function movePatient(s: PathwayScheme, patientId: string, postcode: string) {
    const url = `${schemeApi(s)}/patients/${patientId}`;
    const { rows } = await env().ctx.database.owner.query<{ version: number }>(
      'SELECT version FROM patients WHERE id = $1',
      [patientId],
    );
    const response = await s.manager.request({
      method: 'PUT',
      url,
      payload: { version: rows[0]!.version, patient: patientInput({ postcode }) },
    });
    expect(response.statusCode, response.body).toBe(200);
  }

  /** Three cases: one referred on twice (accepted then completed; declined), one with no onward referral, one open. */
  async function scene() {
    const { app, ctx } = env();
    let s = await buildPathwayScheme(ctx, app);
    const area = await postcodeInDistrict(ctx);
    const linked = await buildDirectoryService(ctx, { ownerId: await communityOrganisationId(ctx, s) });
    const offline = await buildDirectoryService(ctx);
    const first = await allocatedCase(s, {
      body: referralBody({ needs: ['loneliness', 'debt'], patient: patientInput({ postcode: area.postcode }) }),
    });
    const second = await allocatedCase(s, { body: referralBody({ needs: ['housing'] }) });
    const third = await allocatedCase(s, { body: referralBody({ needs: ['loneliness'] }) });
    for (const c of [first, second, third]) await session(s, c.caseId);
    const walk = await referOn(s, first.caseId, linked.serviceId);
    const debtAdvice = await referOn(s, first.caseId, offline.serviceId);
    const unanswered = await referOn(s, third.caseId, linked.serviceId);
    s = await later(s, 3 * 60);
    await inbox(s, walk.id, 'accept');
    s = await later(s, 2 * 60);
    await byHand(s, debtAdvice.id, 'rejected', { reason: 'No capacity this quarter.' });
    await inbox(s, walk.id, 'complete', { outcome: { attended: 'yes', note: 'Goes every week.' } });
    await discharge(s, first.caseId);
    await discharge(s, second.caseId);
    return { s, area, linked, offline, first, second, third, unanswered };
  }

  it('shows a manager onward referrals by month, service, need and status, and unmet need by need and area', async () => {
    const { ctx } = env();
    const { s: built, area, linked, offline, second } = await scene();
    const s = await later(built, 15 * 24 * 60);
    await sweepOnwardReferrals(ctx); // the third case's referral is declined automatically

    const response = await report(s, s.manager, `?to=${env().clock.today().slice(0, 7)}`);
    expect(response.statusCode, response.body).toBe(200);
    const view = response.json<{ title: string; tables: Table[] }>();
    expect(view.title).toBe('Community connection');
    expect(view.tables.map((t) => t.key)).toEqual([
      'onward-by-month',
      'onward-by-service',
      'onward-by-need',
      'onward-by-status',
      'unmet-need-by-need',
      'unmet-need-by-area',
    ]);
    const byMonth = table(view, 'onward-by-month').rows;
    expect(byMonth).toHaveLength(12);
    expect(sum(byMonth, 'sent')).toBe(3);
    expect(sum(byMonth, 'autoDeclined')).toBe(1);
    expect(table(view, 'onward-by-service').rows).toEqual([
      {
        service: linked.name,
        organisation: expect.stringMatching(/^Friends of the Park /),
        sent: 2,
        accepted: 1,
        completed: 1,
        declined: 0,
        autoDeclined: 1,
        awaiting: 0,
        acceptedShare: 50,
        completedShare: 50,
        declinedShare: 0,
        autoDeclinedShare: 50,
        // Answered by a person after 3 hours; the automatic decline is left out of the time.
        medianHours: 3,
      },
      {
        service: offline.name,
        organisation: expect.stringMatching(/^Friends of the Park /),
        sent: 1,
        accepted: 0,
        completed: 0,
        declined: 1,
        autoDeclined: 0,
        awaiting: 0,
        acceptedShare: 0,
        completedShare: 0,
        declinedShare: 100,
        autoDeclinedShare: 0,
        medianHours: 5,
      },
    ]);
    expect(table(view, 'onward-by-need').rows.map((r) => [r.need, r.sent, r.accepted])).toEqual([
      ['Loneliness and social isolation', 3, 1],
      [expect.stringMatching(/debt/i), 2, 1],
    ]);
    expect(table(view, 'onward-by-status').rows).toEqual([
      { status: 'Completed', referrals: 1, share: 33.3 },
      { status: 'Declined by the organisation', referrals: 1, share: 33.3 },
      { status: 'Declined automatically (no answer in time)', referrals: 1, share: 33.3 },
    ]);
    // The open third case is not counted yet; the second case closed with no onward referral at all.
    const unmetByNeed = table(view, 'unmet-need-by-need').rows;
    expect(unmetByNeed[0]).toEqual({
      need: 'Housing problems',
      cases: 1,
      referred: 0,
      acceptedCases: 0,
      unmet: 1,
      unmetShare: 100,
    });
    expect(unmetByNeed.slice(1)).toEqual(
      expect.arrayContaining([
        { need: 'Loneliness and social isolation', cases: 1, referred: 1, acceptedCases: 1, unmet: 0, unmetShare: 0 },
        expect.objectContaining({ need: expect.stringMatching(/debt/i), cases: 1, referred: 1, unmet: 0 }),
      ]),
    );
    expect(unmetByNeed).toHaveLength(3);
    expect(table(view, 'unmet-need-by-area').rows).toEqual([
      {
        area: 'Area not known (no postcode, or not in the postcode directory)',
        cases: 1,
        referred: 0,
        acceptedCases: 0,
        unmet: 1,
        unmetShare: 100,
      },
      { area: area.district, cases: 1, referred: 1, acceptedCases: 1, unmet: 0, unmetShare: 0 },
    ]);

    // The person moves to a postcode not yet in the directory: still no known area. When the postcode directory
    // gains it (in the district), their closed case counts there from the next read; moving back undoes it.
    const fresh = randomPostcode();
    await movePatient(s, second.patientId, fresh);
    const areas = async () =>
      table(
        (await report(s, s.manager, `?to=${env().clock.today().slice(0, 7)}`)).json<{ tables: Table[] }>(),
        'unmet-need-by-area',
      ).rows.map((r) => [r.area, r.cases, r.unmet]);
    expect(await areas()).toEqual([
      [expect.stringMatching(/^Area not known/), 1, 1],
      [area.district, 1, 0],
    ]);
    await loadPostcode(ctx, fresh, area.tag);
    expect(await areas()).toEqual([[area.district, 2, 1]]);
    await movePatient(s, second.patientId, 'LS1 4AP');
    expect(await areas()).toEqual([
      [expect.stringMatching(/^Area not known/), 1, 1],
      [area.district, 1, 0],
    ]);
  });

  it('narrows every table by need, practice and worker, and gives a supervisor their supervisees only', async () => {
    const { ctx, app } = env();
    const { s: built, first } = await scene();
    let s = built;
    await nameSupervisor(s, s.worker);
    const theirs = await allocatedCase(s, { workerId: s.otherWorker.userId });
    await session(s, theirs.caseId, s.otherWorker);
    const service = await buildDirectoryService(ctx);
    await referOn(s, theirs.caseId, service.serviceId, {}, s.otherWorker);
    const get = async (who: RoleClient, query = '') => {
      const response = await report(s, who, query);
      expect(response.statusCode, response.body).toBe(200);
      const view = response.json<{ tables: Table[] }>();
      return {
        sent: sum(table(view, 'onward-by-month').rows, 'sent'),
        closed: sum(table(view, 'unmet-need-by-area').rows, 'cases'),
        view,
      };
    };
    expect(await get(s.manager)).toMatchObject({ sent: 4, closed: 2 });
    const housing = await get(s.manager, '?need=housing');
    expect(housing).toMatchObject({ sent: 0, closed: 1 });
    expect(table(housing.view, 'unmet-need-by-need').rows).toEqual([
      expect.objectContaining({ need: 'Housing problems', unmet: 1 }),
    ]);
    expect(await get(s.manager, '?need=debt')).toMatchObject({ sent: 2, closed: 1 });
    expect(await get(s.manager, `?practice=${s.practice.ods_code}`)).toMatchObject({ sent: 4, closed: 2 });
    expect(await get(s.manager, '?practice=Z99999')).toMatchObject({ sent: 0, closed: 0 });
    expect(await get(s.manager, `?worker=${s.otherWorker.userId}`)).toMatchObject({ sent: 1, closed: 0 });
    expect(await get(s.manager, `?worker=${s.worker.userId}`)).toMatchObject({ sent: 3, closed: 2 });
    // A range before anything happened.
    expect(await get(s.manager, '?from=2020-01&to=2020-12')).toMatchObject({ sent: 0, closed: 0 });

    expect(await get(s.supervisor)).toMatchObject({ sent: 3, closed: 2 });
    expectFieldError(await report(s, s.supervisor, `?worker=${s.otherWorker.userId}`), 'worker');
    await nameSupervisor(s, s.worker, null);
    expect(await get(s.supervisor)).toMatchObject({ sent: 0, closed: 0 });

    expectFieldError(await report(s, s.manager, '?need=boredom'), 'need');
    expectFieldError(await report(s, s.manager, '?from=2026-13'), 'from');
    expectFieldError(await report(s, s.manager, '?worker=nobody'), 'worker');
    for (const who of [s.worker, s.referrer, s.community]) expectProblem(await report(s, who), 403, 'forbidden');
    const other = await buildPathwayScheme(ctx, app);
    expectProblem(await report(s, other.manager), 403, 'forbidden');

    s = await later(s, 1);
    const csv = await s.manager.request({
      method: 'GET',
      url: `${schemeApi(s)}/reports/community/tables/onward-by-service.csv`,
    });
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csv.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(
      'Service,Organisation,Sent,Accepted,Completed,Declined,Declined automatically,Awaiting an answer,Accepted (%),Completed (%),Declined (%),Declined automatically (%),Median response (hours)',
    );
    expect(lines.filter(Boolean)).toHaveLength(4);
    expect(first.caseId).toBeTruthy();
  });

  it('gives a commissioner suppressed figures across schemes, no person and no member of staff', async () => {
    const { ctx, app } = env();
    const { s, area } = await scene();
    const other = await buildPathwayScheme(ctx, app);
    const lonely = await allocatedCase(other, {
      body: referralBody({ needs: ['loneliness'], patient: patientInput({ postcode: area.postcode }) }),
    });
    await session(other, lonely.caseId);
    await discharge(other, lonely.caseId);
    const user = await buildUser(ctx, { role: 'commissioner', schemeId: s.scheme.id });
    await ctx.db
      .insertInto('memberships')
      .values({ user_id: user.id, role: 'commissioner', scheme_id: other.scheme.id })
      .execute();
    const lead = await signIn(app, user);

    const response = await lead.request({ method: 'GET', url: '/api/commissioning/reports/community' });
    expect(response.statusCode, response.body).toBe(200);
    const view = response.json<{ tables: Table[]; schemes: unknown[] }>();
    expect(view.schemes).toHaveLength(2);
    // Small counts shown as a range, derived figures hidden with them.
    expect(table(view, 'onward-by-service').rows).toEqual([
      expect.objectContaining({ sent: '1–7', acceptedShare: null, medianHours: null }),
      expect.objectContaining({ sent: '1–7', medianHours: null }),
    ]);
    // Both areas have one unmet case; the district, with more cases, comes first.
    expect(table(view, 'unmet-need-by-area').rows).toEqual([
      expect.objectContaining({ area: area.district, cases: '1–7', unmetShare: null }),
      expect.objectContaining({ area: expect.stringMatching(/^Area not known/), cases: '1–7', unmetShare: null }),
    ]);
    // Nothing that identifies a person or a member of staff: no ids, no postcodes, no names of people.
    expect(response.body).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(response.body).not.toContain(area.postcode);
    expect(response.body).not.toContain('Okoro-');
    for (const t of view.tables) expect(t.columns.map((c) => c.key)).not.toContain('worker');

    const csv = await lead.request({
      method: 'GET',
      url: '/api/commissioning/reports/community/tables/unmet-need-by-need.csv',
    });
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.body.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
      'Need,Cases closed,With an onward referral,With one accepted,With none (unmet),Unmet (%)',
    );
    expectFieldError(
      await lead.request({ method: 'GET', url: `/api/commissioning/reports/community?worker=${s.worker.userId}` }),
      'worker',
    );
    expectProblem(
      await s.manager.request({ method: 'GET', url: '/api/commissioning/reports/community' }),
      403,
      'forbidden',
    );
  });

  it('keeps every rollup row equal to a count from scratch after a random sequence of changes', async () => {
    const { app, ctx } = env();
    let s = await buildPathwayScheme(ctx, app);
    const area = await postcodeInDistrict(ctx);
    const orgId = await communityOrganisationId(ctx, s);
    const services = [
      (await buildDirectoryService(ctx, { ownerId: orgId })).serviceId,
      (await buildDirectoryService(ctx)).serviceId,
    ];
    const random = seeded(20261207);
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
    const needs = ['loneliness', 'debt', 'housing', 'low-mood'];
    const postcodes = [area.postcode, 'LS1 4AP'];
    type Kase = { caseId: string; patientId: string; postcode: string; reached: boolean };
    const open: Kase[] = [];
    const closed: Kase[] = [];
    const onward: { id: string; linked: boolean; state: 'waiting' | 'accepted' | 'done' }[] = [];
    const done = new Set<string>();
    for (let step = 0; step < 50; step++) {
      const action =
        open.length === 0
          ? 'allocate'
          : pick([
              'allocate',
              'session',
              'refer',
              'refer',
              'answer',
              'answer',
              'finish',
              'finish',
              'discharge',
              'move',
              'wait',
            ]);
      if (action === 'allocate') {
        const postcode = pick(postcodes);
        const c = await allocatedCase(s, {
          workerId: pick([s.worker.userId, s.otherWorker.userId]),
          body: referralBody({
            needs: [pick(needs), pick(needs)].filter((n, i, a) => a.indexOf(n) === i),
            patient: patientInput({ postcode }),
          }),
        });
        open.push({ ...c, postcode, reached: false });
        done.add(action);
      }
      const c = open.length ? pick(open) : null;
      if (action === 'session' && c) {
        await session(s, c.caseId, s.manager);
        c.reached = true;
        done.add(action);
      }
      if (action === 'refer' && c) {
        const service = pick(services);
        const sent = await referOn(s, c.caseId, service, {}, s.manager);
        onward.push({ id: sent.id, linked: service === services[0], state: 'waiting' });
        done.add(action);
      }
      const o = onward.filter((x) => x.state !== 'done');
      if (action === 'answer' && o.some((x) => x.state === 'waiting')) {
        const x = pick(o.filter((y) => y.state === 'waiting'));
        const accept = random() < 0.6;
        if (x.linked) await inbox(s, x.id, accept ? 'accept' : 'decline', accept ? {} : { reason: 'Full.' });
        else await byHandAs(s, x.id, accept ? 'accepted' : 'rejected', accept ? {} : { reason: 'Full.' });
        x.state = accept ? 'accepted' : 'done';
        done.add(action);
      }
      if (action === 'finish' && o.some((x) => x.state === 'accepted')) {
        const x = pick(o.filter((y) => y.state === 'accepted'));
        const outcome = { outcome: { attended: 'yes', note: 'Went along.' } };
        if (x.linked) await inbox(s, x.id, 'complete', outcome);
        else await byHandAs(s, x.id, 'completed', outcome);
        x.state = 'done';
        done.add(action);
      }
      if (action === 'discharge' && c) {
        await discharge(s, c.caseId, s.manager);
        open.splice(open.indexOf(c), 1);
        closed.push(c);
        done.add(action);
      }
      if (action === 'move' && closed.length) {
        const who = pick(closed);
        who.postcode = pick(postcodes);
        await movePatient(s, who.patientId, who.postcode);
        done.add(action);
      }
      if (action === 'wait') {
        s = await later(s, Math.floor(random() * 20 * 24 * 60));
        await sweepOnwardReferrals(ctx);
        for (const x of onward.filter((y) => y.state === 'waiting'))
          if ((await statusOf(x.id)) === 'rejected') x.state = 'done'; // declined automatically
        done.add(action);
      }
      if (step % 7 === 3) expect((await report(s, s.manager)).statusCode).toBe(200);
    }
    // The sequence reached every kind of change (so the comparison below means something).
    expect([...done].sort()).toEqual(
      ['allocate', 'answer', 'discharge', 'finish', 'move', 'refer', 'session', 'wait'].sort(),
    );
    // Weeks later, with nothing else changing, someone whose case closed long ago moves to the other area.
    s = await later(s, 40 * 24 * 60);
    expect((await report(s, s.manager)).statusCode).toBe(200);
    // The earliest closed case where the person was reached (only those count in unmet need).
    const earliest = closed.find((k) => k.reached)!;
    await movePatient(
      s,
      earliest.patientId,
      postcodes.find((p) => p !== earliest.postcode)!,
    );
    const to = `?to=${env().clock.today().slice(0, 7)}`;
    expect((await report(s, s.manager, to)).statusCode).toBe(200);
    const incremental = await snapshot(ctx, s.scheme.id);
    expect(incremental.report_community_onward?.length).toBeGreaterThan(0);
    await recomputeEveryMonth(ctx, s.scheme.id);
    expect(await snapshot(ctx, s.scheme.id)).toEqual(incremental);
    expect(await rolledUp(ctx, s.scheme.id)).toEqual(await direct(ctx, s.scheme.id));
    expect(await summaryMismatches(ctx, s.scheme.id)).toEqual([]);

    async function statusOf(id: string) {
      const { rows } = await ctx.database.owner.query<{ status: string }>(
        'SELECT status FROM onward_referrals WHERE id = $1',
        [id],
      );
      return rows[0]!.status;
    }

    /** The same as byHand, as the manager (the case may be either worker's). */
    async function byHandAs(t: PathwayScheme, id: string, status: string, extra: Record<string, unknown>) {
      const url = `${schemeApi(t)}/onward-referrals/${id}`;
      const version = (await t.manager.request({ method: 'GET', url })).json<{ version: number }>().version;
      const response = await t.manager.request({
        method: 'POST',
        url: `${url}/status`,
        payload: { version, status, ...extra },
      });
      expect(response.statusCode, response.body).toBe(200);
    }
  });
});

/** A seeded generator, so a failing sequence can be replayed from its seed. */
function seeded(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const ROLLUPS = ['report_community_onward', 'report_community_unmet'] as const;

/** Every rollup row of the scheme, in a fixed order. */
async function snapshot(ctx: AppContext, schemeId: string) {
  const result: Record<string, string[]> = {};
  for (const t of ROLLUPS) {
    const { rows } = await ctx.database.owner.query<Record<string, unknown>>(
      `SELECT * FROM ${t} WHERE scheme_id = $1`,
      [schemeId],
    );
    result[t] = rows.map((r) => JSON.stringify(r)).sort();
  }
  return result;
}

/** Recomputes from scratch every month the scheme has an onward referral, a closed case or a rollup row in. */
async function recomputeEveryMonth(ctx: AppContext, schemeId: string) {
  await ctx.database.owner.query(
    `SELECT report_refresh_community($1, m) FROM (
       SELECT london_month(sent_at) AS m FROM onward_referrals WHERE scheme_id = $1
       UNION SELECT london_month(closed_at) FROM cases WHERE scheme_id = $1 AND closed_at IS NOT NULL
       UNION SELECT month FROM report_community_onward WHERE scheme_id = $1
       UNION SELECT month FROM report_community_unmet WHERE scheme_id = $1
     ) months`,
    [schemeId],
  );
}

/** Figures counted straight from the raw rows. */
async function direct(ctx: AppContext, schemeId: string) {
  const q = async (text: string) => (await ctx.database.owner.query<{ k: string; n: string }>(text, [schemeId])).rows;
  return {
    onward: await q(
      `SELECT london_month(sent_at)::text || ' ' || service_id || ' ' || status || ' ' || auto_declined::text || ' ' || (accepted_at IS NOT NULL)::text AS k,
         count(*)::text AS n FROM onward_referrals WHERE scheme_id = $1 GROUP BY 1 ORDER BY 1`,
    ),
    hours: await q(
      `SELECT floor(extract(epoch FROM (first_answered_at - sent_at)) / 3600)::text AS k, count(*)::text AS n
       FROM onward_referrals WHERE scheme_id = $1 AND first_answered_at IS NOT NULL AND NOT auto_declined GROUP BY 1 ORDER BY 1`,
    ),
    needs: await q(
      `SELECT need AS k, count(*)::text AS n FROM onward_referrals o JOIN cases c ON c.id = o.case_id
       JOIN referrals r ON r.id = c.referral_id, unnest(r.needs) need WHERE o.scheme_id = $1 GROUP BY 1 ORDER BY 1`,
    ),
    unmet: await q(
      `SELECT london_month(c.closed_at)::text || ' ' || coalesce(d.district_name, '-') AS k,
         count(*)::text || ' ' || count(*) FILTER (WHERE EXISTS (SELECT 1 FROM onward_referrals o WHERE o.case_id = c.id))::text
           || ' ' || count(*) FILTER (WHERE EXISTS (SELECT 1 FROM onward_referrals o WHERE o.case_id = c.id AND o.accepted_at IS NOT NULL))::text AS n
       FROM cases c JOIN patients p ON p.id = c.patient_id LEFT JOIN postcode_deprivation d ON d.postcode = p.postcode
       WHERE c.scheme_id = $1 AND c.closed_at IS NOT NULL AND c.first_contact_at IS NOT NULL GROUP BY 1 ORDER BY 1`,
    ),
  };
}

/** The same figures summed from the rollups. */
async function rolledUp(ctx: AppContext, schemeId: string) {
  const q = async (text: string) => (await ctx.database.owner.query<{ k: string; n: string }>(text, [schemeId])).rows;
  return {
    onward: await q(
      `SELECT month::text || ' ' || service_id || ' ' || status || ' ' || auto_declined::text || ' ' || accepted::text AS k,
         sum(referrals)::text AS n FROM report_community_onward WHERE scheme_id = $1 AND need = '*' GROUP BY 1 ORDER BY 1`,
    ),
    hours: await q(
      `SELECT response_hours::text AS k, sum(referrals)::text AS n FROM report_community_onward
       WHERE scheme_id = $1 AND need = '*' AND response_hours IS NOT NULL GROUP BY 1 ORDER BY 1`,
    ),
    needs: await q(
      `SELECT need AS k, sum(referrals)::text AS n FROM report_community_onward WHERE scheme_id = $1 AND need <> '*' GROUP BY 1 ORDER BY 1`,
    ),
    unmet: await q(
      `SELECT month::text || ' ' || coalesce(area_name, '-') AS k,
         sum(cases)::text || ' ' || sum(referred)::text || ' ' || sum(accepted)::text AS n
       FROM report_community_unmet WHERE scheme_id = $1 AND need = '*' GROUP BY 1 ORDER BY 1`,
    ),
  };
}
