import { randomBytes } from 'node:crypto';
import { CompiledQuery } from 'kysely';
import { describe, expect, it } from 'vitest';
import { CaptureQueries } from '../../bench/capture-sql.ts';
import { buildApp } from '../../src/app.ts';
import type { AppContext } from '../../src/context.ts';
import { cleanPatientDetails } from '../../src/modules/pathway/patients/patient-details.ts';
import {
  countPossibleDuplicatesOf,
  findLookAlikes,
  findPatient,
  insertPatient,
  listDuplicatePairs,
} from '../../src/modules/pathway/patients/patients.repository.ts';
import { inSchemeTransaction } from '../../src/platform/db/scheme-transaction.ts';
import { useTestApp } from '../support/context.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { clientFor, type Client } from '../support/factories.ts';
import {
  buildPathwayScheme,
  expectFieldError,
  makeReferral,
  patientInput,
  referralBody,
  schemeApi,
  uniqueNhsNumber,
  type PathwayScheme,
} from '../support/pathway.ts';

// Possible duplicates kept as records are written (0023): found by plain-equality index look-ups that
// row-level security does not defeat, listed a page at a time, and never searched for by a triage action.

interface Pair {
  match: string;
  first: { id: string };
  second: { id: string };
}
type PatientView = { id: string; age: number | null; version: number } & Record<string, unknown>;

const key = (x: string, y: string) => [x, y].sort().join(':');

describe.each(testDatabaseTargets())('possible duplicates kept as records are written on $name', (target) => {
  const env = useTestApp(target);

  const page = async (s: PathwayScheme, after?: string) => {
    const response = await s.worker.request({
      method: 'GET',
      url: `${schemeApi(s)}/patients/duplicates${after ? `?after=${encodeURIComponent(after)}` : ''}`,
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ items: Pair[]; next: string | null }>();
  };
  /** Every open pair of the scheme, following "next", as "id:id" → match. */
  const allPairs = async (s: PathwayScheme) => {
    const found = new Map<string, string>();
    for (let after: string | undefined, n = 0; n < 20; n += 1) {
      const p = await page(s, after);
      for (const pair of p.items) found.set(key(pair.first.id, pair.second.id), pair.match);
      if (!p.next) break;
      after = p.next;
    }
    return found;
  };
  const countOn = async (s: PathwayScheme, referralId: string) =>
    (await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/referrals/${referralId}` })).json<{
      possibleDuplicates: number;
    }>().possibleDuplicates;
  /** A referral from the community organisation (no NHS number needed) for a person with these details. */
  const person = async (s: PathwayScheme, details: Record<string, unknown>) => {
    const r = await makeReferral(
      s,
      details.nhsNumber ? s.referrer : s.community,
      referralBody({ patient: patientInput({ nhsNumber: null, ...details }) }),
    );
    return { referralId: r.id, id: r.patient.id, view: r.patient as unknown as PatientView };
  };
  const correct = async (
    s: PathwayScheme,
    view: PatientView,
    changes: Record<string, unknown>,
  ): Promise<PatientView> => {
    const current = (
      await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/referrals/${await referralOf(s, view.id)}` })
    ).json<{ patient: PatientView }>().patient;
    const { id, age: _age, version, ...details } = current;
    const response = await s.worker.request({
      method: 'PUT',
      url: `${schemeApi(s)}/patients/${id}`,
      payload: { version, patient: { ...details, ...changes } },
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<PatientView>();
  };
  const referrals = new Map<string, string>();
  const referralOf = async (_s: PathwayScheme, patientId: string) => referrals.get(patientId)!;
  const remember = <T extends { referralId: string; id: string }>(p: T) => {
    referrals.set(p.id, p.referralId);
    return p;
  };

  /** The pairs the old query would list now (NHS number first), computed from scratch as the owner. */
  async function expectedPairs(ctx: AppContext, schemeId: string): Promise<Map<string, string>> {
    const { rows } = await ctx.database.owner.query<{ a: string; b: string; match: string }>(
      `
      SELECT a.id AS a, b.id AS b, CASE WHEN a.nhs_number = b.nhs_number THEN 'nhs-number' ELSE 'name-date-of-birth-postcode' END AS match
        FROM patients a JOIN patients b ON b.scheme_id = a.scheme_id AND a.id < b.id
       WHERE a.scheme_id = $1 AND a.merged_into_id IS NULL AND b.merged_into_id IS NULL
         AND (a.nhs_number = b.nhs_number OR (lower(a.family_name) = lower(b.family_name) AND a.date_of_birth = b.date_of_birth AND a.postcode = b.postcode))
         AND NOT EXISTS (SELECT 1 FROM patient_distinct_pairs d WHERE d.first_id = a.id AND d.second_id = b.id)`,
      [schemeId],
    );
    return new Map(rows.map((r) => [key(r.a, r.b), r.match]));
  }

  it('finds the same person by NHS number, or by family name in any case with date of birth and postcode, and not people who only look alike', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const familyName = `Achterberg-${randomBytes(3).toString('hex')}`;
    const same = { familyName, dateOfBirth: '1970-05-01', postcode: 'LS7 3AB' };
    const a = remember(await person(s, { ...same, givenName: 'Joan' }));
    const b = remember(
      await person(s, { ...same, familyName: familyName.toUpperCase(), givenName: 'Joanie', postcode: 'ls73ab' }),
    );
    const otherBirthday = remember(await person(s, { ...same, dateOfBirth: '1970-05-02' }));
    const otherPostcode = remember(await person(s, { ...same, postcode: 'LS7 3AD' }));
    const noBirthday = remember(await person(s, { ...same, dateOfBirth: null }));
    const noPostcode = remember(await person(s, { ...same, postcode: null, preferredContact: 'phone' }));
    const nhsNumber = uniqueNhsNumber();
    const c = remember(
      await person(s, { nhsNumber, familyName: `Zeller-${randomBytes(3).toString('hex')}`, dateOfBirth: '1944-01-01' }),
    );
    const d = remember(
      await person(s, {
        familyName: `Quayle-${randomBytes(3).toString('hex')}`,
        dateOfBirth: '1990-12-12',
        postcode: 'M1 1AE',
      }),
    );
    await correct(s, d.view, { nhsNumber });
    // The same details in another scheme are another scheme's person.
    const other = await buildPathwayScheme(ctx, app);
    remember(await person(other, { ...same }));

    expect(await allPairs(s)).toEqual(
      new Map([
        [key(a.id, b.id), 'name-date-of-birth-postcode'],
        [key(c.id, d.id), 'nhs-number'],
      ]),
    );
    expect(await allPairs(other)).toEqual(new Map());
    expect(await countOn(s, a.referralId)).toBe(1);
    expect(await countOn(s, d.referralId)).toBe(1);
    for (const p of [otherBirthday, otherPostcode, noBirthday, noPostcode])
      expect(await countOn(s, p.referralId)).toBe(0);
    expect(await allPairs(s)).toEqual(await expectedPairs(ctx, s.scheme.id));
  });

  it('keeps the pairs as records are corrected, merged and kept apart, always as the rules would find them afresh', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const familyName = `Brannigan-${randomBytes(3).toString('hex')}`;
    const same = { familyName, dateOfBirth: '1955-07-30', postcode: 'LS6 2QT' };
    const a = remember(await person(s, { ...same, nhsNumber: uniqueNhsNumber() }));
    const b = remember(await person(s, { ...same, givenName: 'Bea' }));
    const c = remember(
      await person(s, {
        familyName: `Other-${randomBytes(3).toString('hex')}`,
        dateOfBirth: '1955-07-30',
        postcode: 'LS6 2QT',
      }),
    );
    expect(await allPairs(s)).toEqual(new Map([[key(a.id, b.id), 'name-date-of-birth-postcode']]));

    // Corrected to the same name: c now makes a pair with each.
    await correct(s, c.view, { familyName: familyName.toLowerCase() });
    expect([...(await allPairs(s)).keys()].sort()).toEqual([key(a.id, b.id), key(a.id, c.id), key(b.id, c.id)].sort());
    expect(await countOn(s, a.referralId)).toBe(2);
    // b gets a's NHS number: the pair's reason becomes the NHS number, and it is still listed once.
    await correct(s, b.view, { nhsNumber: a.view.nhsNumber });
    expect((await allPairs(s)).get(key(a.id, b.id))).toBe('nhs-number');
    // c moves house: its pairs go.
    await correct(s, c.view, { postcode: 'LS1 4AP' });
    expect([...(await allPairs(s)).keys()]).toEqual([key(a.id, b.id)]);
    expect(await countOn(s, c.referralId)).toBe(0);

    // Kept apart, and still apart after a later correction.
    expect(
      (
        await s.worker.request({
          method: 'POST',
          url: `${schemeApi(s)}/patients/duplicates/keep-apart`,
          payload: { firstId: a.id, secondId: b.id },
        })
      ).statusCode,
    ).toBe(204);
    expect(await allPairs(s)).toEqual(new Map());
    await correct(s, b.view, { phone: '0113 496 0001' });
    expect(await allPairs(s)).toEqual(new Map());

    // Merging d into a takes d's pairs away and leaves a's own.
    const d = remember(await person(s, { ...same, givenName: 'Dot' }));
    const e = remember(await person(s, { ...same, givenName: 'Em' }));
    expect((await allPairs(s)).size).toBe(5);
    const merged = await s.manager.request({
      method: 'POST',
      url: `${schemeApi(s)}/patients/duplicates/merge`,
      payload: { keepId: a.id, mergeId: d.id },
    });
    expect(merged.statusCode, merged.body).toBe(204);
    const after = await allPairs(s);
    expect([...after.keys()].some((k) => k.includes(d.id))).toBe(false);
    expect(after.has(key(a.id, e.id)) && after.has(key(b.id, e.id))).toBe(true);
    expect(after).toEqual(await expectedPairs(ctx, s.scheme.id));
  });

  it('lists the pairs a page at a time by keyset, each once, and refuses a damaged cursor naming the field', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const ids = await inSchemeTransaction(ctx.db, s.scheme.id, async (trx) => {
      const made: string[] = [];
      for (let i = 0; i < 23; i += 1) {
        const details = {
          givenName: 'Pat',
          familyName: `Pagewood-${i}-${randomBytes(2).toString('hex')}`,
          dateOfBirth: '1958-03-27',
          postcode: 'LS1 4AP',
        };
        for (let twin = 0; twin < 2; twin += 1)
          made.push(
            (
              await insertPatient(
                trx,
                s.scheme.id,
                cleanPatientDetails(details, '2026-01-01', { prefix: 'patient', nhsNumberOptional: true }).value,
                ctx.now(),
              )
            ).id,
          );
      }
      return made;
    });
    const first = await page(s);
    expect(first.items).toHaveLength(20);
    expect(first.next).toEqual(expect.any(String));
    const second = await page(s, first.next!);
    expect(second.items).toHaveLength(3);
    expect(second.next).toBeNull();
    const seen = [...first.items, ...second.items].map((p) => key(p.first.id, p.second.id));
    expect(new Set(seen).size).toBe(23);
    expect(seen.sort()).toEqual(Array.from({ length: 23 }, (_, i) => key(ids[2 * i]!, ids[2 * i + 1]!)).sort());

    for (const bad of ['nonsense', Buffer.from('["yesterday","x"]').toString('base64url')]) {
      const refused = await s.worker.request({
        method: 'GET',
        url: `${schemeApi(s)}/patients/duplicates?after=${bad}`,
      });
      expect(expectFieldError(refused, 'after').fix).toMatch(/first page/);
    }
  });

  it('answers triage actions and the referral page from the kept pairs, with no look-alike search while the referral is locked', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const same = {
      familyName: `Castellano-${randomBytes(3).toString('hex')}`,
      dateOfBirth: '1962-02-02',
      postcode: 'LS9 8AA',
    };
    const [a, b, c] = [await person(s, same), await person(s, same), await person(s, same)];

    const capture = new CaptureQueries();
    const captured = await buildApp({ ...ctx, db: ctx.db.withPlugin(capture) }, { logger: false });
    try {
      const worker: Client = clientFor(captured, s.worker.cookie, s.worker.csrf);
      const version = async (id: string) =>
        (await worker.request({ method: 'GET', url: `${schemeApi(s)}/referrals/${id}` })).json<{ version: number }>()
          .version;
      const [va, vb, vc] = [await version(a.referralId), await version(b.referralId), await version(c.referralId)];
      capture.queries.length = 0;
      const actions = [
        await worker.request({
          method: 'POST',
          url: `${schemeApi(s)}/referrals/${a.referralId}/accept`,
          payload: { version: va, reason: 'Known to the practice; the team agreed to see them.' },
        }),
        await worker.request({
          method: 'POST',
          url: `${schemeApi(s)}/referrals/${b.referralId}/decline`,
          payload: { version: vb, reason: 'Already seen by the practice team.', alternative: '' },
        }),
        await worker.request({
          method: 'POST',
          url: `${schemeApi(s)}/referrals/${c.referralId}/request-information`,
          payload: { version: vc, question: 'Is this the same person as last month?' },
        }),
      ];
      for (const done of actions) {
        expect(done.statusCode, done.body).toBe(200);
        expect(done.json<{ possibleDuplicates: number }>().possibleDuplicates).toBe(2);
      }
    } finally {
      await captured.close();
    }
    const sqls = capture.queries.map((q) => q.sql);
    expect(sqls.some((q) => q.includes('"patient_duplicate_pairs"'))).toBe(true);
    expect(sqls.filter((q) => /"(family_name_key|nhs_number)" = \$/.test(q))).toEqual([]);

    // The count is the kept pairs: with a's pairs gone from the table, the page says so.
    await ctx.database.owner.query('DELETE FROM patient_duplicate_pairs WHERE first_id = $1 OR second_id = $1', [a.id]);
    expect(await countOn(s, a.referralId)).toBe(0);
    expect(await countOn(s, b.referralId)).toBe(1);
  });

  // PGlite has one connection, so two transactions never overlap there.
  it.skipIf(target.name === 'pglite')(
    'finds each other when two look-alikes are written at the same moment',
    async () => {
      const { app, ctx } = env();
      const s = await buildPathwayScheme(ctx, app);
      const details = cleanPatientDetails(
        {
          givenName: 'Sam',
          familyName: `Concurrent-${randomBytes(3).toString('hex')}`,
          dateOfBirth: '1977-07-07',
          postcode: 'LS2 7EE',
        },
        '2026-01-01',
        { prefix: 'patient', nhsNumberOptional: true },
      ).value;
      let release!: () => void;
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      let firstWritten!: () => void;
      const written = new Promise<void>((resolve) => {
        firstWritten = resolve;
      });
      // The first writer inserts and holds its transaction open while the second writes the same person.
      const first = inSchemeTransaction(ctx.db, s.scheme.id, async (trx) => {
        const row = await insertPatient(trx, s.scheme.id, details, ctx.now());
        firstWritten();
        await held;
        return row.id;
      });
      await written;
      const second = inSchemeTransaction(
        ctx.db,
        s.scheme.id,
        async (trx) => (await insertPatient(trx, s.scheme.id, details, ctx.now())).id,
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
      release();
      const [a, b] = await Promise.all([first, second]);
      expect(await allPairs(s)).toEqual(new Map([[key(a, b), 'name-date-of-birth-postcode']]));
    },
  );

  it("finds a person's look-alikes and reads the pairs through indexes as the application role, among thousands of people", async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    // 4,000 people, every tenth sharing an NHS number with the one before, every seventh a name, birthday and postcode.
    await ctx.database.owner.query(
      `
      INSERT INTO patients (scheme_id, nhs_number, given_name, family_name, date_of_birth, postcode)
      SELECT $1, lpad((9000000000 + i - (CASE WHEN i % 10 = 0 THEN 1 ELSE 0 END))::text, 10, '0'), 'Given' || i,
             'Family' || (i - (CASE WHEN i % 7 = 0 THEN 1 ELSE 0 END)), date '1930-01-01' + (i - (CASE WHEN i % 7 = 0 THEN 1 ELSE 0 END)) % 25000,
             'LS' || (1 + (i - (CASE WHEN i % 7 = 0 THEN 1 ELSE 0 END)) % 9) || ' ' || ((i - (CASE WHEN i % 7 = 0 THEN 1 ELSE 0 END)) % 10) || 'AB'
        FROM generate_series(1, 4000) AS i`,
      [s.scheme.id],
    );
    await ctx.database.owner.query(
      `
      INSERT INTO patient_duplicate_pairs (scheme_id, first_id, second_id, match)
      SELECT $1, least(a.id, b.id), greatest(a.id, b.id), 'nhs-number'
        FROM patients a JOIN patients b ON b.scheme_id = a.scheme_id AND b.nhs_number = a.nhs_number AND a.id < b.id WHERE a.scheme_id = $1`,
      [s.scheme.id],
    );
    await ctx.database.owner.query('ANALYZE patients');
    await ctx.database.owner.query('ANALYZE patient_duplicate_pairs');
    await ctx.database.owner.query('ANALYZE patient_distinct_pairs');

    const capture = new CaptureQueries();
    const {
      rows: [someone],
    } = await ctx.database.owner.query<{ id: string }>(
      `SELECT id FROM patients WHERE scheme_id = $1 AND family_name = 'Family1399'`,
      [s.scheme.id],
    );
    await inSchemeTransaction(ctx.db.withPlugin(capture), s.scheme.id, async (trx) => {
      const row = (await findPatient(trx, someone!.id))!;
      const alike = await findLookAlikes(trx, row);
      expect(alike.map((r) => r.match).sort()).toEqual(['name-date-of-birth-postcode', 'nhs-number']);
      expect(await countPossibleDuplicatesOf(trx, row.id)).toBe(1);
      expect((await listDuplicatePairs(trx, s.scheme.id, null, 20)).length).toBe(21);
    });
    const plans: string[] = [];
    await inSchemeTransaction(ctx.db, s.scheme.id, async (trx) => {
      expect(
        (await trx.executeQuery<{ role: string }>(CompiledQuery.raw('SELECT current_user AS role'))).rows[0]?.role,
      ).toBe('linkwork_app');
      for (const q of capture.queries.filter((q) => /^\s*select/i.test(q.sql) && !q.sql.includes('set_config'))) {
        const rows = (
          await trx.executeQuery<{ 'QUERY PLAN': string }>(CompiledQuery.raw(`EXPLAIN ${q.sql}`, [...q.parameters]))
        ).rows;
        plans.push(`${q.sql}\n${rows.map((r) => r['QUERY PLAN']).join('\n')}`);
      }
    });
    // (The capture also sees each union's later branches on their own; they are planned the same way.)
    expect(plans.length).toBeGreaterThanOrEqual(4);
    for (const plan of plans)
      expect(plan).not.toMatch(/Seq Scan on (patients|patient_duplicate_pairs|patient_distinct_pairs)\b/);
    const lookAlikes = plans.find((p) => /"nhs_number" = \$\d+ union all .*"family_name_key" = \$/.test(p))!;
    expect(lookAlikes).toMatch(
      /Index (Only )?Scan using patients_identity_idx|Bitmap Index Scan on patients_identity_idx/,
    );
    expect(lookAlikes).toMatch(
      /Index (Only )?Scan using patients_nhs_number_idx|Bitmap Index Scan on patients_nhs_number_idx/,
    );
    expect(plans.find((p) => p.includes('order by "found_at"'))).toMatch(/patient_duplicate_pairs_page_idx/);
  });
});
