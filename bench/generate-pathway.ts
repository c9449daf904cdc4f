/**
 * A large synthetic scheme for the pathway benchmark, made with set-based SQL (INSERT … SELECT
 * FROM generate_series) as the database owner, inside transactions that set linkwork.scheme_id so
 * row-level security lets the rows in on PostgreSQL roles that do not bypass it.
 *
 * Referral i (1 = oldest, n = newest) is received over the years a safe caseload would need; the newest are in
 * triage, then the waiting list, then open cases (allocated), and older ones are declined,
 * cancelled or completed (closed cases). Ids are md5(run:kind:i)::uuid, so each table can refer
 * to another's rows by index without temporary tables.
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { Database } from '../src/db/database.ts';
import { NEEDS } from '../src/modules/codes/needs.ts';
import { inSchemeTransaction } from '../src/platform/db/scheme-transaction.ts';

export interface PathwaySize {
  referrals: number;
  patients: number;
  workers: number;
  /** Open cases per link worker (the caseload measured). */
  openPerWorker: number;
  /** Referrals awaiting triage (received or information requested). */
  triage: number;
  waiting: number;
}

export const DEFAULT_SIZE: PathwaySize = { referrals: 110_000, patients: 100_000, workers: 40, openPerWorker: 45, triage: 3_000, waiting: 2_000 };

export interface GeneratedPathway {
  run: string;
  schemeId: string;
  slug: string;
  workerIds: string[];
  referrerId: string;
  practiceOdsCodes: string[];
  counts: Record<string, number>;
}

const GIVEN = ['Olivia', 'Mohammed', 'Amelia', 'Oliver', 'Aisha', 'Jack', 'Priya', 'Harry', 'Zainab', 'George', 'Chloe', 'Noah', 'Fatima', 'Leo', 'Grace', 'Arjun', 'Emily', 'Kwame', 'Sophie', 'Tomasz', 'Margaret', 'David', 'Siobhan', 'Ibrahim', 'Eileen', 'Yusuf', 'Hannah', 'Daniel', 'Agnieszka', 'Peter', 'Mei', 'Samuel'];
const FAMILY = ['Smith', 'Khan', 'Jones', 'Patel', 'Williams', 'Begum', 'Brown', 'Ali', 'Taylor', 'Hussain', 'Davies', 'Nowak', 'Evans', 'Okafor', 'Wilson', 'Singh', 'Thomas', 'Mensah', 'Roberts', 'Chen', 'Walker', 'Ahmed', 'Wright', 'Murphy', 'Robinson', 'Kowalski', 'Hughes', 'Mahmood', 'Green', 'Osei', 'Hall', 'Rahman'];
const LANGUAGES = ['English', 'English', 'English', 'English', 'English', 'English', 'English', 'Urdu', 'Polish', 'Bengali', 'Punjabi', 'Somali', 'Arabic', 'Romanian'];
const WORKER_LANGUAGES = ['{}', '{Urdu,Punjabi}', '{Polish}', '{Bengali}', '{Somali,Arabic}', '{Romanian}'];

/** Days over which the referrals behind open cases, the waiting list and triage arrived. */
const RECENT_DAYS = 100;

const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;
const arr = (xs: readonly string[]) => `ARRAY[${xs.map(lit).join(',')}]`;

/** A well-mixed number in 0..99 for an integer expression (Knuth's multiplicative hash). */
const bucket = (expr: string) => `(((((${expr})::bigint * 2654435761) % 4294967296) % 100)::int)`;

/** Runs set-based inserts as the owner, in one transaction bound to the scheme (row-level security). */
async function inScheme(database: Database, schemeId: string, statement: string): Promise<void> {
  await database.owner.query(`BEGIN; SELECT set_config('linkwork.scheme_id', '${schemeId}', true); ${statement}; COMMIT;`);
}

async function timed(onProgress: (m: string) => void, label: string, work: () => Promise<void>): Promise<void> {
  const started = Date.now();
  await work();
  onProgress(`  ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

/** Generates one scheme of the given size and returns its ids and row counts. */
export async function generatePathway(database: Database, size: PathwaySize, onProgress: (message: string) => void): Promise<GeneratedPathway> {
  const run = randomBytes(4).toString('hex');
  const id = (kind: string, index: string | number) => `md5('${run}:${kind}:' || (${index}))::uuid`;
  const [{ scheme }] = (await database.owner.query<{ scheme: string }>(`SELECT ${id('scheme', 0)}::text AS scheme`)).rows as [{ scheme: string }];
  const schemeId = scheme;
  const slug = `bench-${run}`;
  const practices = Array.from({ length: 8 }, (_, k) => `P${run.slice(0, 6).toUpperCase()}${k}`);
  const { referrals: R, patients: P, workers: W } = size;
  const openWindow = Math.ceil((size.workers * size.openPerWorker) / 0.65);
  const triageFrom = R - size.triage;
  const waitingFrom = triageFrom - size.waiting;
  const openFrom = waitingFrom - openWindow;
  // History long enough for a safe caseload (about 225 people a year per worker) to have taken the older cases;
  // the open cases, the waiting list and triage arrived in the last RECENT_DAYS.
  const spanDays = Math.max(365, Math.round(((R * 0.62) / (W * 225)) * 365));

  await timed(onProgress, `scheme, ${practices.length} practices, ${W} link workers, a referrer and the scheme's policies`, async () => {
    await database.owner.query(`
      INSERT INTO organisations (id, type, name, slug) VALUES ('${schemeId}', 'scheme', 'Bench scheme ${run}', '${slug}');
      INSERT INTO organisations (type, name, ods_code) SELECT 'gp_practice', 'Bench practice ' || code, code FROM unnest(${arr(practices)}) code;
      INSERT INTO users (id, email, name, password_hash, must_change_password)
        SELECT ${id('w', 'k')}, 'bench-${run}-worker' || k || '@example.org', 'Bench Worker ' || k, 'x', false FROM generate_series(1, ${W}) k;
      INSERT INTO memberships (user_id, role, scheme_id) SELECT ${id('w', 'k')}, 'link_worker', '${schemeId}' FROM generate_series(1, ${W}) k;
      INSERT INTO worker_profiles (scheme_id, user_id, hours_per_week, languages)
        SELECT '${schemeId}', ${id('w', 'k')}, (ARRAY[37.5, 37.5, 30, 22.5])[1 + k % 4], (${arr(WORKER_LANGUAGES)})[1 + k % ${WORKER_LANGUAGES.length}]::text[] FROM generate_series(1, ${W}) k;
      INSERT INTO users (id, email, name, password_hash, must_change_password) VALUES (${id('referrer', 1)}, 'bench-${run}-referrer@example.org', 'Dr Bench Referrer', 'x', false);
      INSERT INTO memberships (user_id, role, scheme_id, organisation_id)
        SELECT ${id('referrer', 1)}, 'referrer', '${schemeId}', id FROM organisations WHERE ods_code = '${practices[0]}';
      INSERT INTO scheme_policies (scheme_id, practices_served, needs_in_scope) VALUES ('${schemeId}', ${arr(practices)}, ${arr(NEEDS.map((n) => n.code).filter((c) => c !== 'substance-use'))});
      INSERT INTO scheme_exclusions (scheme_id, circumstance, outcome, alternative) VALUES ('${schemeId}', 'mental-health-crisis', 'out_of_scope', 'Crisis team: NHS 111 option 2.');
    `);
  });

  // NHS numbers: '999' and the patient's index in six digits, with the modulus 11 check digit (none where it would be 10).
  const digit = (n: number) => `substr(d, ${n}, 1)::int`;
  await timed(onProgress, `${P.toLocaleString('en-GB')} patients`, () => inScheme(database, schemeId, `
    INSERT INTO patients (id, scheme_id, nhs_number, given_name, family_name, date_of_birth, sex, address_line1, town, postcode, phone,
      preferred_contact, preferred_language, interpreter_needed, practice_ods_code)
    SELECT ${id('p', 'i')}, '${schemeId}',
      CASE WHEN chk = 10 THEN NULL WHEN chk = 11 THEN d || '0' ELSE d || chk END,
      (${arr(GIVEN)})[1 + i % ${GIVEN.length}], (${arr(FAMILY)})[1 + (i / ${GIVEN.length}) % ${FAMILY.length}],
      date '1930-01-01' + (${bucket('i')} * 270 + i % 270), (ARRAY['female', 'male'])[1 + i % 2],
      (1 + i % 140) || ' Bench Street', 'Lakeside',
      'LK' || (1 + i % 9) || ' ' || (1 + (i / 9) % 9) || substr('ABDEFGHJLNPQRSTUWXYZ', 1 + (i / 81) % 20, 1) || substr('ABDEFGHJLNPQRSTUWXYZ', 1 + (i / 1620) % 20, 1),
      '07700 900' || lpad((i % 1000)::text, 3, '0'), 'phone', lang, lang <> 'English' AND i % 3 = 0, (${arr(practices)})[1 + i % ${practices.length}]
    FROM (
      SELECT i, d, 11 - ((243 + ${digit(4)} * 7 + ${digit(5)} * 6 + ${digit(6)} * 5 + ${digit(7)} * 4 + ${digit(8)} * 3 + ${digit(9)} * 2) % 11) AS chk,
        (${arr(LANGUAGES)})[1 + ${bucket('i + 7')} % ${LANGUAGES.length}] AS lang
      FROM (SELECT i, '999' || lpad(i::text, 6, '0') AS d FROM generate_series(1, ${P}) i) n
    ) p`));

  const needs = NEEDS.filter((n) => n.code !== 'other' && n.code !== 'substance-use').map((n) => n.code);
  const status = `CASE
      WHEN i > ${triageFrom} THEN CASE WHEN i % 10 = 0 THEN 'information_requested' ELSE 'received' END
      WHEN i > ${waitingFrom} THEN 'waiting'
      WHEN ${bucket('i')} < 30 THEN 'declined'
      WHEN ${bucket('i')} < 35 THEN 'cancelled'
      WHEN i > ${openFrom} THEN 'allocated'
      ELSE 'completed' END`;
  await timed(onProgress, `${R.toLocaleString('en-GB')} referrals`, () => inScheme(database, schemeId, `
    INSERT INTO referrals (id, scheme_id, patient_id, source, status, referred_by_user_id, referrer_name, practice_ods_code, reason, needs,
      consent_contact, consent_share_services, consent_share_gp, evaluation, evaluation_reasons, information_request, decline_reason, decline_alternative,
      triaged_by, triaged_at, accepted_at, received_at, updated_at)
    SELECT ${id('r', 'i')}, '${schemeId}', ${id('p', `(i - 1) % ${P} + 1`)},
      source, status, CASE WHEN source = 'referrer' THEN ${id('referrer', 1)} END, CASE WHEN source = 'referrer' THEN 'Dr Bench Referrer' END,
      (${arr(practices)})[1 + ((i - 1) % ${P} + 1) % ${practices.length}], 'Synthetic benchmark referral ' || i,
      ARRAY[(${arr(needs)})[1 + i % ${needs.length}], (${arr(needs)})[1 + (i / 7) % ${needs.length}]],
      true, true, true, evaluation,
      CASE evaluation WHEN 'in_scope' THEN '[]'::jsonb
        WHEN 'needs_review' THEN '[{"code": "some-needs-not-in-scope", "outcome": "needs_review", "message": "Some needs are outside this scheme''s scope."}]'::jsonb
        ELSE '[{"code": "exclusion:mental-health-crisis", "outcome": "out_of_scope", "message": "Excluded by the scheme: acute mental health crisis.", "alternative": "Crisis team"}]'::jsonb END,
      CASE WHEN status = 'information_requested' THEN 'Is the person under any mental health service?' END,
      CASE WHEN status = 'declined' THEN 'Outside the scheme''s criteria.' END, CASE WHEN status = 'declined' THEN 'Crisis team' END,
      CASE WHEN status NOT IN ('received', 'information_requested') THEN ${id('w', 1)} END,
      CASE WHEN status NOT IN ('received', 'information_requested') THEN received_at + interval '2 days' END,
      CASE WHEN status IN ('waiting', 'allocated', 'completed') THEN received_at + interval '2 days' END,
      received_at, received_at + interval '2 days'
    FROM (
      SELECT i, ${status} AS status,
        now() - interval '1 hour' - CASE WHEN i > ${openFrom} THEN make_interval(secs => (${R} - i)::double precision * ${RECENT_DAYS * 86_400 / (R - openFrom)})
          ELSE make_interval(days => ${RECENT_DAYS}, secs => (${openFrom} - i)::double precision * ${((spanDays - RECENT_DAYS) * 86_400) / Math.max(1, openFrom)}) END AS received_at,
        CASE WHEN ${bucket('i + 3')} < 70 THEN 'referrer' WHEN ${bucket('i + 3')} < 85 THEN 'self_referral' WHEN ${bucket('i + 3')} < 90 THEN 'community_organisation' ELSE 'gp_system' END AS source,
        CASE WHEN ${bucket('i + 5')} < 80 THEN 'in_scope' WHEN ${bucket('i + 5')} < 95 THEN 'needs_review' ELSE 'out_of_scope' END AS evaluation
      FROM generate_series(1, ${R}) i
    ) g`));

  // Cases for allocated (open) and completed (closed) referrals; worker by index, so each has about openPerWorker open cases.
  await timed(onProgress, 'cases', () => inScheme(database, schemeId, `
    INSERT INTO cases (id, scheme_id, referral_id, patient_id, worker_id, status, allocated_at, allocated_by, first_contact_at, letter_sent_at,
      what_matters, intervention_level, closed_at, closed_by, discharge_reason, discharge_summary, updated_at)
    SELECT ${id('c', 'i')}, '${schemeId}', r.id, r.patient_id, ${id('w', `i % ${W} + 1`)}, status, allocated_at, ${id('w', 1)},
      CASE WHEN status = 'contacting' OR unreached THEN NULL ELSE allocated_at + interval '3 days' END,
      CASE WHEN unreached THEN allocated_at + interval '15 days' END,
      'Synthetic case', CASE WHEN i % 3 = 0 THEN 'intensive' ELSE 'light_touch' END,
      CASE WHEN status = 'closed' THEN allocated_at + interval '80 days' END, CASE WHEN status = 'closed' THEN ${id('w', `i % ${W} + 1`)} END,
      CASE WHEN status <> 'closed' THEN NULL WHEN unreached THEN 'unable-to-contact' ELSE (ARRAY['goals-met', 'connected-to-services', 'intervention-complete', 'patient-withdrew'])[1 + i % 4] END,
      CASE WHEN status = 'closed' THEN 'Synthetic discharge summary.' END, allocated_at
    FROM (
      SELECT i, CASE WHEN ${bucket(`i + 11`)} < 20 AND i > ${openFrom} THEN 'contacting' WHEN i > ${openFrom} THEN 'active' ELSE 'closed' END AS status,
        i <= ${openFrom} AND ${bucket('i + 13')} < 10 AS unreached
      FROM generate_series(1, ${waitingFrom}) i
    ) g
    JOIN LATERAL (SELECT id, patient_id, status AS referral_status, received_at + interval '9 days' AS allocated_at FROM referrals WHERE id = ${id('r', 'g.i')}) r ON true
    WHERE r.referral_status IN ('allocated', 'completed')`));

  // Sessions: about nine for a closed case that was reached, one to six for an active one, weekly from first contact.
  await timed(onProgress, 'sessions', () => inScheme(database, schemeId, `
    INSERT INTO case_sessions (scheme_id, case_id, starts_at, duration_minutes, mode, place, attendance, by_user_id, created_at)
    SELECT c.scheme_id, c.id, LEAST(c.first_contact_at + k * interval '7 days', now() - k * interval '1 hour'), (ARRAY[30, 45, 60, 60])[1 + (h + k) % 4],
      (ARRAY['face_to_face', 'face_to_face', 'phone', 'video', 'home_visit'])[1 + (h + k) % 5], '',
      CASE WHEN (h + k) % 9 = 0 THEN 'did_not_attend' ELSE 'attended' END, c.worker_id, c.first_contact_at + k * interval '7 days'
    FROM (SELECT id, scheme_id, worker_id, status, first_contact_at, abs(hashtext(id::text)) AS h FROM cases WHERE scheme_id = '${schemeId}' AND first_contact_at IS NOT NULL) c
    CROSS JOIN LATERAL generate_series(1, CASE WHEN c.status = 'closed' THEN 4 + h % 11 ELSE 1 + h % 6 END) k`));

  await timed(onProgress, 'contact attempts', () => inScheme(database, schemeId, `
    INSERT INTO contact_attempts (scheme_id, case_id, at, channel, outcome, notes, by_user_id, created_at)
    SELECT c.scheme_id, c.id, c.allocated_at + k * interval '1 day', CASE WHEN k = 4 THEN 'letter' ELSE 'phone' END,
      CASE WHEN c.first_contact_at IS NOT NULL AND k = n THEN 'reached' WHEN k = 4 THEN 'left_message' ELSE 'no_answer' END, '', c.worker_id, c.allocated_at + k * interval '1 day'
    FROM (SELECT id, scheme_id, worker_id, allocated_at, first_contact_at,
            CASE WHEN first_contact_at IS NOT NULL THEN 1 + abs(hashtext(id::text)) % 2 WHEN status = 'closed' THEN 4 ELSE abs(hashtext(id::text)) % 4 END AS n
          FROM cases WHERE scheme_id = '${schemeId}') c
    CROSS JOIN LATERAL generate_series(1, c.n) k`));

  // Tasks: up to three on each open case (some overdue, some done), and a done one on a third of closed cases.
  await timed(onProgress, 'tasks', () => inScheme(database, schemeId, `
    INSERT INTO case_tasks (scheme_id, case_id, assignee_id, description, due_on, done_at, done_by, created_by, created_at)
    SELECT c.scheme_id, c.id, c.worker_id, 'Follow-up call ' || k,
      CASE WHEN c.status = 'closed' THEN (c.allocated_at + interval '30 days')::date ELSE current_date + ((h + k * 5) % 21 - 10) END,
      CASE WHEN c.status = 'closed' OR (h + k) % 4 = 0 THEN LEAST(c.allocated_at + interval '29 days', now() - interval '1 day') END,
      CASE WHEN c.status = 'closed' OR (h + k) % 4 = 0 THEN c.worker_id END, c.worker_id, c.allocated_at + interval '1 day'
    FROM (SELECT id, scheme_id, worker_id, status, allocated_at, abs(hashtext(id::text)) AS h FROM cases WHERE scheme_id = '${schemeId}') c
    CROSS JOIN LATERAL generate_series(1, CASE WHEN c.status <> 'closed' THEN c.h % 4 WHEN c.h % 3 = 0 THEN 1 ELSE 0 END) k`));

  await timed(onProgress, 'VACUUM ANALYZE', async () => {
    for (const table of ['patients', 'referrals', 'cases', 'case_sessions', 'contact_attempts', 'case_tasks', 'memberships', 'users', 'organisations', 'worker_profiles']) {
      await database.owner.query(`VACUUM ANALYZE ${table}`);
    }
  });

  const countRows = (table: 'patients' | 'referrals' | 'cases' | 'case_sessions' | 'contact_attempts' | 'case_tasks', where = '') =>
    inSchemeTransaction(database.db, schemeId, async (trx) => {
      const { rows } = await sql<{ n: string }>`SELECT count(*)::text AS n FROM ${sql.table(table)} WHERE scheme_id = ${schemeId} ${sql.raw(where)}`.execute(trx);
      return Number(rows[0]?.n ?? 0);
    });
  const counts: Record<string, number> = {};
  for (const table of ['patients', 'referrals', 'cases', 'case_sessions', 'contact_attempts', 'case_tasks'] as const) counts[table] = await countRows(table);
  counts.triage = await countRows('referrals', `AND status IN ('received', 'information_requested')`);
  counts.waiting = await countRows('referrals', `AND status = 'waiting'`);
  counts.openCases = await countRows('cases', `AND status IN ('contacting', 'active')`);
  return {
    run, schemeId, slug, practiceOdsCodes: practices, counts,
    workerIds: (await database.owner.query<{ id: string }>(`SELECT ${id('w', 'k')}::text AS id FROM generate_series(1, ${W}) k ORDER BY k`)).rows.map((r) => r.id),
    referrerId: ((await database.owner.query<{ id: string }>(`SELECT ${id('referrer', 1)}::text AS id`)).rows[0] as { id: string }).id,
  };
}
