import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { recordOns4 as recordOns4Step, recordSession, summaryMismatches } from '../support/report-steps.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { useTestApp } from '../support/context.ts';
import { buildUser, signIn } from '../support/factories.ts';
import {
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
import { nameSupervisor } from '../support/support.ts';
import type { AppContext } from '../../src/context.ts';
import { cliActor } from '../../src/cli/runtime.ts';
import { ageBandOn, importPracticeLists, readPracticeList } from '../../src/modules/reporting/practice-lists/index.ts';
import { londonDate } from '../../src/platform/london-time.ts';

type Row = Record<string, string | number | null>;
type Table = { key: string; description: string; columns: { key: string }[]; rows: Row[] };

const dir = mkdtempSync(join(tmpdir(), 'linkwork-equity-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A seeded generator, so a failing sequence can be replayed from its seed. */
function seeded(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';
/** A made-up postcode no other test uses ("ZQ" districts are not real). */
function uniquePostcode(): string {
  const b = randomBytes(4);
  return `ZQ${b[0]! % 10} ${b[1]! % 10}${LETTERS[b[2]! % LETTERS.length]}${LETTERS[b[3]! % LETTERS.length]}`;
}

describe.each(testDatabaseTargets())('the equity report on $name', (target) => {
  const env = useTestApp(target);
  afterEach(() => env().clock.reset());

  const report = (s: PathwayScheme, who: RoleClient, query = '') =>
    who.request({ method: 'GET', url: `${schemeApi(s)}/reports/equity${query}` });
  const table = (view: { tables: Table[] }, key: string) => view.tables.find((t) => t.key === key)!;
  const rowsOf = async (s: PathwayScheme, who: RoleClient, key: string, query = '') => {
    const response = await report(s, who, query);
    expect(response.statusCode, response.body).toBe(200);
    return table(response.json(), key).rows;
  };
  const referralsIn = (rows: Row[]) => rows.reduce((sum, r) => sum + Number(r.referrals), 0);

  /** A postcode in a small area of the given IMD decile (IoD2025), both made up for this test. */
  async function postcodeInDecile(ctx: AppContext, decile: number): Promise<string> {
    const postcode = uniquePostcode();
    const lsoa = `E01${randomBytes(4).readUInt32BE(0) % 1_000_000}`.padEnd(9, '0');
    await ctx.database.owner.query(
      `INSERT INTO deprivation_indices (release, lsoa_code, lsoa_name, district_code, district_name, imd_rank, imd_decile)
       VALUES ('2025', $1, 'Test area', 'E06000999', 'Test', $2, $3) ON CONFLICT DO NOTHING`,
      [lsoa, decile * 3000, decile],
    );
    await ctx.database.owner.query(
      `INSERT INTO postcodes (postcode, latitude, longitude, lsoa) VALUES ($1, 54.3, -2.9, $2) ON CONFLICT DO NOTHING`,
      [postcode, lsoa],
    );
    return postcode;
  }

  /** Imports a registered list for a practice through the command's own reader and import. */
  async function importList(ctx: AppContext, practice: string, bands: [string, string, number][]) {
    const path = join(dir, `${practice}-${randomBytes(3).toString('hex')}.csv`);
    writeFileSync(
      path,
      [
        'PUBLICATION,EXTRACT_DATE,TYPE,CODE,POSTCODE,SEX,AGE_GROUP_5,NUMBER_OF_PATIENTS',
        ...bands.map(([sex, band, n]) => `GP_PRAC_PAT_LIST,01NOV2026,GP,${practice},LK1 2ZR,${sex},${band},${n}`),
      ].join('\n'),
    );
    await importPracticeLists(ctx, cliActor('test'), 'list.csv', readPracticeList(path));
  }

  const session = (s: PathwayScheme, caseId: string, attendance = 'attended', by = s.worker) =>
    recordSession(s, env().clock, caseId, { attendance, by });

  const recordOns4 = (
    s: PathwayScheme,
    caseId: string,
    timepoint: string,
    life: number,
    anxiety: number,
    by = s.worker,
  ) => recordOns4Step(s, env().clock, caseId, { timepoint, life, anxiety, by });

  /**
   * Three people: a woman in a decile-2 area who engaged and improved (the worker's case, loneliness and debt), a man
   * in a decile-9 area who did not attend (the other worker's case), and a woman with no postcode not yet allocated.
   */
  async function threePeople() {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const poor = await postcodeInDecile(ctx, 2);
    const rich = await postcodeInDecile(ctx, 9);
    const engaged = await allocatedCase(s, {
      body: referralBody({
        needs: ['loneliness', 'debt'],
        patient: patientInput({ postcode: poor, ethnicity: 'A', sex: 'female', dateOfBirth: '1958-03-27' }),
      }),
    });
    await session(s, engaged.caseId);
    await recordOns4(s, engaged.caseId, 'baseline', 3, 8);
    await recordOns4(s, engaged.caseId, 'review', 8, 3);
    const missed = await allocatedCase(s, {
      workerId: s.otherWorker.userId,
      body: referralBody({
        patient: patientInput({ postcode: rich, ethnicity: 'N', sex: 'male', dateOfBirth: '1990-01-15' }),
      }),
    });
    await session(s, missed.caseId, 'did_not_attend', s.otherWorker);
    await makeReferral(
      s,
      s.referrer,
      referralBody({ needs: ['housing'], patient: patientInput({ postcode: null, sex: 'female' }) }),
    );
    return { s, engaged, missed };
  }

  it('shows a manager referrals, engagement and improvement by decile, ethnic category, age band and sex', async () => {
    const { s } = await threePeople();
    const response = await report(s, s.manager);
    expect(response.statusCode, response.body).toBe(200);
    const view = response.json<{ tables: Table[] }>();
    expect(view.tables.map((t) => t.key)).toEqual([
      'equity-under-reach',
      'equity-imd',
      'equity-ethnicity',
      'equity-age',
      'equity-sex',
    ]);
    expect(table(view, 'equity-imd').rows).toEqual([
      {
        group: '2',
        referrals: 1,
        share: 33.3,
        engaged: 1,
        engagedRate: 100,
        paired: 1,
        improved: 1,
        improvedRate: 100,
      },
      { group: '9', referrals: 1, share: 33.3, engaged: 0, engagedRate: 0, paired: 0, improved: 0, improvedRate: null },
      {
        group: 'Area not known',
        referrals: 1,
        share: 33.3,
        engaged: 0,
        engagedRate: 0,
        paired: 0,
        improved: 0,
        improvedRate: null,
      },
    ]);
    expect(table(view, 'equity-ethnicity').rows.map((r) => [r.group, r.referrals, r.engaged])).toEqual([
      ['White - British', 1, 1],
      ['Black or Black British - African', 1, 0],
      ['Not stated', 1, 0],
    ]);
    const today = env().clock.today();
    const older = ageBandOn('1958-03-27', today);
    const younger = ageBandOn('1990-01-15', today);
    expect(table(view, 'equity-age').rows.map((r) => [r.group, r.referrals, r.engaged])).toEqual([
      [younger, 1, 0],
      [older, 2, 1],
    ]);
    expect(table(view, 'equity-sex').rows.map((r) => [r.group, r.referrals, r.improved])).toEqual([
      ['Female', 2, 1],
      ['Male', 1, 0],
    ]);
    // No registered list for this practice: every group is compared with the people referred, and it says so.
    const reach = table(view, 'equity-under-reach');
    expect(reach.description).toContain('No registered practice list is imported');
    expect(reach.rows.filter((r) => r.dimension === 'IMD decile')).toEqual([
      {
        comparison: 'People referred (engaged)',
        dimension: 'IMD decile',
        group: '2',
        reached: 1,
        reachedShare: 100,
        base: 1,
        baseShare: 33.3,
        ratio: 3,
        flag: 'No',
      },
      expect.objectContaining({ group: '9', reached: 0, ratio: 0, flag: 'Yes' }),
      expect.objectContaining({ group: 'Area not known', reached: 0, ratio: 0, flag: 'Yes' }),
    ]);
  });

  it('compares referrals with the practice’s registered list by age band and sex, flagging under-reach', async () => {
    const { ctx } = env();
    const { s } = await threePeople();
    const today = env().clock.today();
    const older = ageBandOn('1958-03-27', today).replace('-', '_');
    const younger = ageBandOn('1990-01-15', today).replace('-', '_');
    await importList(ctx, s.practice.ods_code, [
      ['FEMALE', older, 100],
      ['MALE', younger, 100],
      ['FEMALE', '20_24', 200],
      ['ALL', 'ALL', 400],
    ]);
    const reach = table((await report(s, s.manager)).json(), 'equity-under-reach');
    expect(reach.description).toContain(
      `whose list is imported (${s.practice.ods_code}; NHS Digital extract of 2026-11-01)`,
    );
    const population = reach.rows.filter((r) => r.comparison === 'Registered population (referrals)');
    expect(population).toEqual([
      expect.objectContaining({ group: '20-24', reached: 0, base: 200, baseShare: 50, ratio: 0, flag: 'Yes' }),
      expect.objectContaining({ group: younger.replace('_', '-'), reached: 1, reachedShare: 33.3, ratio: 1.33 }),
      expect.objectContaining({ group: older.replace('_', '-'), reached: 2, reachedShare: 66.7, ratio: 2.67 }),
      expect.objectContaining({ group: 'Female', reached: 2, base: 300, baseShare: 75, ratio: 0.89, flag: 'No' }),
      expect.objectContaining({ group: 'Male', reached: 1, base: 100, ratio: 1.33, flag: 'No' }),
    ]);
    // Another practice in the filter has no list: back to the people referred, saying so.
    const elsewhere = table((await report(s, s.manager, '?practice=Y99999')).json(), 'equity-under-reach');
    expect(elsewhere.description).toContain('No registered practice list is imported');
    expect(elsewhere.rows.filter((r) => r.comparison === 'Registered population (referrals)')).toEqual([]);
  });

  it('bands age on the London day the referral was received', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const referral = await makeReferral(
      s,
      s.referrer,
      referralBody({ patient: patientInput({ dateOfBirth: '2006-07-02' }) }),
    );
    // 23:30 on 1 July in UTC is 00:30 on 2 July in London (summer time): the person's 20th birthday.
    await ctx.database.owner.query(`UPDATE referrals SET received_at = '2026-07-01T23:30:00Z' WHERE id = $1`, [
      referral.id,
    ]);
    const rows = await rowsOf(s, s.manager, 'equity-age', '?from=2026-07&to=2026-07');
    expect(rows.map((r) => [r.group, r.referrals])).toEqual([['20-24', 1]]);
  });

  it('applies every filter, and gives a supervisor their supervisees’ work only', async () => {
    const { s } = await threePeople();
    const sex = (query: string, who = s.manager) => rowsOf(s, who, 'equity-sex', query);
    expect(referralsIn(await sex(''))).toBe(3);
    expect(referralsIn(await sex('?need=debt'))).toBe(1);
    expect(referralsIn(await sex(`?practice=${s.practice.ods_code}`))).toBe(3);
    expect(referralsIn(await sex('?practice=Y99999'))).toBe(0);
    expect(await sex(`?worker=${s.otherWorker.userId}`)).toEqual([
      expect.objectContaining({ group: 'Male', referrals: 1 }),
    ]);
    expect(referralsIn(await sex('?from=2020-01&to=2020-12'))).toBe(0);
    await nameSupervisor(s, s.worker);
    expect(await sex('', s.supervisor)).toEqual([expect.objectContaining({ group: 'Female', referrals: 1 })]);
    expectFieldError(await report(s, s.supervisor, `?worker=${s.otherWorker.userId}`), 'worker');
  });

  it('refuses bad filters and anyone but the scheme’s manager or supervisor, and downloads a table as CSV', async () => {
    const { app, ctx } = env();
    const { s } = await threePeople();
    expectFieldError(await report(s, s.manager, '?from=2026-13'), 'from');
    expectFieldError(await report(s, s.manager, '?need=boredom'), 'need');
    for (const who of [s.worker, s.referrer, s.community]) expectProblem(await report(s, who), 403, 'forbidden');
    const other = await buildPathwayScheme(ctx, app);
    expectProblem(await report(s, other.manager), 403, 'forbidden');
    const csv = await s.manager.request({
      method: 'GET',
      url: `${schemeApi(s)}/reports/equity/tables/equity-imd.csv`,
    });
    expect(csv.statusCode, csv.body).toBe(200);
    expect(
      csv.body
        .replace(/^\uFEFF/, '')
        .split('\r\n')
        .slice(0, 2),
    ).toEqual([
      'IMD decile,Referrals,Share of referrals (%),Engaged,Engaged (%),With paired scores,Improved,Improved (% of paired)',
      '2,1,33.3,1,100,1,1,100',
    ]);
  });

  it('shows a commissioner suppressed figures, no flag beside hidden counts, and no person', async () => {
    const { app, ctx } = env();
    const { s } = await threePeople();
    const user = await buildUser(ctx, { role: 'commissioner', schemeId: s.scheme.id });
    const lead = await signIn(app, user);
    const response = await lead.request({ method: 'GET', url: '/api/commissioning/reports/equity' });
    expect(response.statusCode, response.body).toBe(200);
    const view = response.json<{ tables: Table[] }>();
    expect(table(view, 'equity-imd').rows[0]).toEqual({
      group: '2',
      referrals: '1–7',
      share: null,
      engaged: '1–7',
      engagedRate: null,
      paired: '1–7',
      improved: '1–7',
      improvedRate: null,
    });
    const reach = table(view, 'equity-under-reach');
    expect(reach.columns.map((c) => c.key)).not.toContain('flag');
    expect(reach.rows.every((r) => r.ratio === null)).toBe(true);
    expect(response.body).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(response.body).not.toContain('1958-03-27');
    expect(response.body).not.toContain('Okoro-');
  });

  it('keeps the equity rollup equal to a count from scratch after a random sequence of changes', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const random = seeded(20261246);
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
    const areas = [await postcodeInDecile(ctx, 1), await postcodeInDecile(ctx, 5), await postcodeInDecile(ctx, 10)];
    const details = () => ({
      postcode: pick([...areas, null]),
      ethnicity: pick(['A', 'H', 'N', 'Z', null]),
      sex: pick(['female', 'male', 'other', null]),
      dateOfBirth: pick(['1940-02-29', '1975-12-07', '2001-06-15', null]),
    });
    const person = () => patientInput(details());
    const needs = ['loneliness', 'debt', 'housing'];
    const open: { caseId: string; patientId: string; worker: RoleClient; measured: boolean }[] = [];
    const referred: { referralId: string; patientId: string }[] = [];
    const changePerson = async (patientId: string) => {
      // The person's record changes: sex, ethnic category, date of birth and postcode, as an edit would.
      const p = details();
      await ctx.database.owner.query(
        'UPDATE patients SET sex = $2, ethnicity = $3, date_of_birth = $4, postcode = $5 WHERE id = $1',
        [patientId, p.sex, p.ethnicity, p.dateOfBirth, p.postcode],
      );
    };
    const changeArea = (postcode: string, decile: number) =>
      // A newer Indices of Deprivation moves an area to another decile, outside any scheme.
      ctx.database.owner.query(
        `UPDATE deprivation_indices SET imd_decile = $2 WHERE release = '2025'
           AND lsoa_code = (SELECT lsoa FROM postcodes WHERE postcode = $1)`,
        [postcode, decile],
      );
    for (let step = 0; step < 36; step++) {
      const action =
        open.length === 0
          ? 'allocate'
          : pick(['allocate', 'refer', 'session', 'dna', 'measure', 'person', 'area', 'backdate']);
      if (action === 'refer') {
        const r = await makeReferral(s, s.referrer, referralBody({ patient: person() }));
        referred.push({ referralId: r.id, patientId: r.patient.id });
      }
      if (action === 'allocate') {
        const worker = pick([s.worker, s.otherWorker]);
        const c = await allocatedCase(s, {
          workerId: worker.userId,
          body: referralBody({ needs: [pick(needs)], patient: person() }),
        });
        open.push({ caseId: c.caseId, patientId: c.patientId, worker, measured: false });
        referred.push({ referralId: c.referralId, patientId: c.patientId });
      }
      if (action === 'backdate')
        // Referrals received in earlier months, so a later change must find the right month to recompute.
        await ctx.database.owner.query(
          `UPDATE referrals SET received_at = received_at - interval '37 days' WHERE id = $1`,
          [pick(referred).referralId],
        );
      if (action === 'person') await changePerson(pick(referred).patientId);
      if (action === 'area') await changeArea(pick(areas), pick([3, 7]));
      const c = open.length ? pick(open) : null;
      if (!c) continue;
      if (action === 'session' || action === 'dna')
        await session(s, c.caseId, action === 'session' ? 'attended' : 'did_not_attend', c.worker);
      if (action === 'measure') {
        await recordOns4(s, c.caseId, c.measured ? 'review' : 'baseline', pick([2, 5, 9]), pick([1, 5, 8]), c.worker);
        c.measured = true;
      }
      if (step % 6 === 2) expect((await report(s, s.manager)).statusCode).toBe(200);
    }
    const exact = async () => {
      expect((await report(s, s.manager, '?from=2025-01')).statusCode).toBe(200);
      const rolled = await rolledUp(ctx, s.scheme.id);
      expect(rolled.length).toBeGreaterThan(20);
      expect(rolled).toEqual(await countedFromScratch(ctx, s.scheme.id));
      expect(await summaryMismatches(ctx, s.scheme.id)).toEqual([]);
    };
    await exact();
    // Each kind of change alone, after a refresh: the months it touches, and only through its own marking.
    for (const r of referred.slice(0, 3)) await changePerson(r.patientId);
    await exact();
    for (const postcode of areas) await changeArea(postcode, pick([2, 4, 6, 8]));
    await exact();
  });
});

/** Every equity rollup row of the scheme as text, sorted. */
async function rolledUp(ctx: AppContext, schemeId: string): Promise<string[]> {
  const { rows } = await ctx.database.owner.query<Record<string, unknown>>(
    `SELECT month::text, practice_ods_code, need, worker_id, dimension, group_key, referrals, engaged, paired, improved
     FROM report_equity WHERE scheme_id = $1`,
    [schemeId],
  );
  return rows.map((r) => Object.values(r).join('|')).sort();
}

/** The same rows counted in TypeScript from the raw rows, ages banded on each referral's London day. */
async function countedFromScratch(ctx: AppContext, schemeId: string): Promise<string[]> {
  const { rows } = await ctx.database.owner.query<{
    received_at: Date;
    practice_ods_code: string | null;
    needs: string[];
    worker_id: string | null;
    sex: string | null;
    ethnicity: string | null;
    date_of_birth: string | null;
    decile: number | null;
    engaged: boolean;
    paired: boolean;
    improved: boolean;
  }>(
    `SELECT r.received_at, r.practice_ods_code, r.needs, c.worker_id, p.sex, p.ethnicity, p.date_of_birth::text,
       (SELECT coalesce(d25.imd_decile, d19.imd_decile) FROM postcodes pc
          LEFT JOIN deprivation_indices d25 ON d25.release = '2025' AND d25.lsoa_code = pc.lsoa
          LEFT JOIN deprivation_indices d19 ON d19.release = '2019' AND d19.lsoa_code = pc.lsoa
          WHERE pc.postcode = p.postcode) AS decile,
       coalesce((SELECT bool_or(s.attendance = 'attended') FROM case_sessions s WHERE s.case_id = c.id), false) AS engaged,
       coalesce((SELECT bool_or(true) FROM outcome_pairs o WHERE o.case_id = c.id AND o.baseline IS NOT NULL AND o.latest IS NOT NULL), false) AS paired,
       coalesce((SELECT bool_or((CASE WHEN o.better = 'higher' THEN o.latest - o.baseline ELSE o.baseline - o.latest END) >= o.minimum_change)
          FROM outcome_pairs o WHERE o.case_id = c.id AND o.baseline IS NOT NULL AND o.latest IS NOT NULL), false) AS improved
     FROM referrals r JOIN patients p ON p.id = r.patient_id LEFT JOIN cases c ON c.referral_id = r.id
     WHERE r.scheme_id = $1`,
    [schemeId],
  );
  const counts = new Map<string, number[]>();
  for (const r of rows) {
    const day = londonDate(new Date(r.received_at));
    const groups: [string, string][] = [
      ['imd', r.decile === null ? 'unknown' : String(r.decile)],
      ['ethnicity', r.ethnicity === null || r.ethnicity === 'Z' ? 'not_stated' : r.ethnicity],
      ['age', ageBandOn(r.date_of_birth, day)],
      ['sex', r.sex ?? 'unknown'],
    ];
    for (const need of [...r.needs, '*'])
      for (const [dimension, group] of groups) {
        const key = [
          `${day.slice(0, 7)}-01`,
          r.practice_ods_code ?? '',
          need,
          r.worker_id ?? '',
          dimension,
          group,
        ].join('|');
        const c = counts.get(key) ?? [0, 0, 0, 0];
        counts.set(key, [c[0]! + 1, c[1]! + Number(r.engaged), c[2]! + Number(r.paired), c[3]! + Number(r.improved)]);
      }
  }
  return [...counts].map(([key, c]) => `${key}|${c.join('|')}`).sort();
}
