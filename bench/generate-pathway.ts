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
import { NEEDS } from '../src/modules/scheme/codes/needs.ts';
import { newApiToken } from '../src/platform/auth/api-clients.ts';
import { hashToken } from '../src/platform/auth/tokens.ts';
import { installDefaultCatalogue } from '../src/modules/workforce/training/training-courses.repository.ts';
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

export const DEFAULT_SIZE: PathwaySize = {
  referrals: 110_000,
  patients: 100_000,
  workers: 40,
  openPerWorker: 45,
  triage: 3_000,
  waiting: 2_000,
};

/**
 * `vacuum: false` leaves out the VACUUM ANALYZE and whole-table counts after each scheme, for a caller generating
 * many schemes into one database (each would scan every scheme before it), which analyses once at the end.
 */
export interface GenerateOptions {
  vacuum?: boolean;
}

export interface GeneratedPathway {
  run: string;
  schemeId: string;
  slug: string;
  workerIds: string[];
  referrerId: string;
  /** A GP system's API client (bearer token) that sent the referrals whose source is gp_system. */
  client: { id: string; token: string };
  practiceOdsCodes: string[];
  counts: Record<string, number>;
}

const GIVEN = [
  'Olivia',
  'Mohammed',
  'Amelia',
  'Oliver',
  'Aisha',
  'Jack',
  'Priya',
  'Harry',
  'Zainab',
  'George',
  'Chloe',
  'Noah',
  'Fatima',
  'Leo',
  'Grace',
  'Arjun',
  'Emily',
  'Kwame',
  'Sophie',
  'Tomasz',
  'Margaret',
  'David',
  'Siobhan',
  'Ibrahim',
  'Eileen',
  'Yusuf',
  'Hannah',
  'Daniel',
  'Agnieszka',
  'Peter',
  'Mei',
  'Samuel',
];
const FAMILY = [
  'Smith',
  'Khan',
  'Jones',
  'Patel',
  'Williams',
  'Begum',
  'Brown',
  'Ali',
  'Taylor',
  'Hussain',
  'Davies',
  'Nowak',
  'Evans',
  'Okafor',
  'Wilson',
  'Singh',
  'Thomas',
  'Mensah',
  'Roberts',
  'Chen',
  'Walker',
  'Ahmed',
  'Wright',
  'Murphy',
  'Robinson',
  'Kowalski',
  'Hughes',
  'Mahmood',
  'Green',
  'Osei',
  'Hall',
  'Rahman',
];
const LANGUAGES = [
  'English',
  'English',
  'English',
  'English',
  'English',
  'English',
  'English',
  'Urdu',
  'Polish',
  'Bengali',
  'Punjabi',
  'Somali',
  'Arabic',
  'Romanian',
];
const WORKER_LANGUAGES = ['{}', '{Urdu,Punjabi}', '{Polish}', '{Bengali}', '{Somali,Arabic}', '{Romanian}'];

/** Days over which the referrals behind open cases, the waiting list and triage arrived. */
const RECENT_DAYS = 100;

const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;
const arr = (xs: readonly string[]) => `ARRAY[${xs.map(lit).join(',')}]`;

/** A well-mixed number in 0..99 for an integer expression (Knuth's multiplicative hash). */
const bucket = (expr: string) => `(((((${expr})::bigint * 2654435761) % 4294967296) % 100)::int)`;

/** Runs set-based inserts as the owner, in one transaction bound to the scheme (row-level security). */
export async function inScheme(database: Database, schemeId: string, statement: string): Promise<void> {
  try {
    await database.owner.query(
      `BEGIN; SELECT set_config('linkwork.scheme_id', '${schemeId}', true); ${statement}; COMMIT;`,
    );
  } catch (error) {
    await database.owner.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

async function timed(onProgress: (m: string) => void, label: string, work: () => Promise<void>): Promise<void> {
  const started = Date.now();
  await work();
  onProgress(`  ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

/** Generates one scheme of the given size and returns its ids and row counts. */
export async function generatePathway(
  database: Database,
  size: PathwaySize,
  onProgress: (message: string) => void,
  { vacuum = true }: GenerateOptions = {},
): Promise<GeneratedPathway> {
  const run = randomBytes(4).toString('hex');
  const id = (kind: string, index: string | number) => `md5('${run}:${kind}:' || (${index}))::uuid`;
  const [{ scheme }] = (await database.owner.query<{ scheme: string }>(`SELECT ${id('scheme', 0)}::text AS scheme`))
    .rows as [{ scheme: string }];
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
  const clientToken = newApiToken();

  await timed(
    onProgress,
    `scheme, ${practices.length} practices, ${W} link workers, a referrer and the scheme's policies`,
    async () => {
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
      INSERT INTO api_clients (id, scheme_id, name, token_prefix, token_hash) VALUES (${id('client', 1)}, '${schemeId}', 'Bench GP system', '${clientToken.prefix}', '${hashToken(clientToken.token)}');
    `);
    },
  );

  // NHS numbers: '999' and the patient's index in six digits, with the modulus 11 check digit (none where it would be 10).
  const digit = (n: number) => `substr(d, ${n}, 1)::int`;
  await timed(onProgress, `${P.toLocaleString('en-GB')} patients`, () =>
    inScheme(
      database,
      schemeId,
      `
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
    ) p`,
    ),
  );

  const needs = NEEDS.filter((n) => n.code !== 'other' && n.code !== 'substance-use').map((n) => n.code);
  const status = `CASE
      WHEN i > ${triageFrom} THEN CASE WHEN i % 10 = 0 THEN 'information_requested' ELSE 'received' END
      WHEN i > ${waitingFrom} THEN 'waiting'
      WHEN ${bucket('i')} < 30 THEN 'declined'
      WHEN ${bucket('i')} < 35 THEN 'cancelled'
      WHEN i > ${openFrom} THEN 'allocated'
      ELSE 'completed' END`;
  await timed(onProgress, `${R.toLocaleString('en-GB')} referrals`, () =>
    inScheme(
      database,
      schemeId,
      `
    INSERT INTO referrals (id, scheme_id, patient_id, source, status, referred_by_user_id, referrer_name, practice_ods_code, reason, needs,
      consent_contact, consent_share_services, consent_share_gp, evaluation, evaluation_reasons, information_request, decline_reason, decline_alternative,
      triaged_by, triaged_at, accepted_at, received_at, updated_at, referred_by_client_id, identifier_system, identifier_value)
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
      received_at, received_at + interval '2 days',
      CASE WHEN source = 'gp_system' THEN ${id('client', 1)} END, CASE WHEN source = 'gp_system' THEN 'https://bench.example/referral-id' END,
      CASE WHEN source = 'gp_system' THEN 'bench-' || i END
    FROM (
      SELECT i, ${status} AS status,
        now() - interval '1 hour' - CASE WHEN i > ${openFrom} THEN make_interval(secs => (${R} - i)::double precision * ${(RECENT_DAYS * 86_400) / (R - openFrom)})
          ELSE make_interval(days => ${RECENT_DAYS}, secs => (${openFrom} - i)::double precision * ${((spanDays - RECENT_DAYS) * 86_400) / Math.max(1, openFrom)}) END AS received_at,
        CASE WHEN ${bucket('i + 3')} < 70 THEN 'referrer' WHEN ${bucket('i + 3')} < 85 THEN 'self_referral' WHEN ${bucket('i + 3')} < 90 THEN 'community_organisation' ELSE 'gp_system' END AS source,
        CASE WHEN ${bucket('i + 5')} < 80 THEN 'in_scope' WHEN ${bucket('i + 5')} < 95 THEN 'needs_review' ELSE 'out_of_scope' END AS evaluation
      FROM generate_series(1, ${R}) i
    ) g`,
    ),
  );

  // Cases for allocated (open) and completed (closed) referrals; worker by index, so each has about openPerWorker open cases.
  await timed(onProgress, 'cases', () =>
    inScheme(
      database,
      schemeId,
      `
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
    WHERE r.referral_status IN ('allocated', 'completed')`,
    ),
  );

  // Sessions: about nine for a closed case that was reached, one to six for an active one, weekly from first contact.
  await timed(onProgress, 'sessions', () =>
    inScheme(
      database,
      schemeId,
      `
    INSERT INTO case_sessions (scheme_id, case_id, starts_at, duration_minutes, mode, place, attendance, by_user_id, created_at)
    SELECT c.scheme_id, c.id, LEAST(c.first_contact_at + k * interval '7 days', now() - k * interval '1 hour'), (ARRAY[30, 45, 60, 60])[1 + (h + k) % 4],
      (ARRAY['face_to_face', 'face_to_face', 'phone', 'video', 'home_visit'])[1 + (h + k) % 5], '',
      CASE WHEN (h + k) % 9 = 0 THEN 'did_not_attend' ELSE 'attended' END, c.worker_id, c.first_contact_at + k * interval '7 days'
    FROM (SELECT id, scheme_id, worker_id, status, first_contact_at, abs(hashtext(id::text)) AS h FROM cases WHERE scheme_id = '${schemeId}' AND first_contact_at IS NOT NULL) c
    CROSS JOIN LATERAL generate_series(1, CASE WHEN c.status = 'closed' THEN 4 + h % 11 ELSE 1 + h % 6 END) k`,
    ),
  );

  await timed(onProgress, 'contact attempts', () =>
    inScheme(
      database,
      schemeId,
      `
    INSERT INTO contact_attempts (scheme_id, case_id, at, channel, outcome, notes, by_user_id, created_at)
    SELECT c.scheme_id, c.id, c.allocated_at + k * interval '1 day', CASE WHEN k = 4 THEN 'letter' ELSE 'phone' END,
      CASE WHEN c.first_contact_at IS NOT NULL AND k = n THEN 'reached' WHEN k = 4 THEN 'left_message' ELSE 'no_answer' END, '', c.worker_id, c.allocated_at + k * interval '1 day'
    FROM (SELECT id, scheme_id, worker_id, allocated_at, first_contact_at,
            CASE WHEN first_contact_at IS NOT NULL THEN 1 + abs(hashtext(id::text)) % 2 WHEN status = 'closed' THEN 4 ELSE abs(hashtext(id::text)) % 4 END AS n
          FROM cases WHERE scheme_id = '${schemeId}') c
    CROSS JOIN LATERAL generate_series(1, c.n) k`,
    ),
  );

  // Tasks: up to three on each open case (some overdue, some done), and a done one on a third of closed cases.
  await timed(onProgress, 'tasks', () =>
    inScheme(
      database,
      schemeId,
      `
    INSERT INTO case_tasks (scheme_id, case_id, assignee_id, description, due_on, done_at, done_by, created_by, created_at)
    SELECT c.scheme_id, c.id, c.worker_id, 'Follow-up call ' || k,
      CASE WHEN c.status = 'closed' THEN (c.allocated_at + interval '30 days')::date ELSE current_date + ((h + k * 5) % 21 - 10) END,
      CASE WHEN c.status = 'closed' OR (h + k) % 4 = 0 THEN LEAST(c.allocated_at + interval '29 days', now() - interval '1 day') END,
      CASE WHEN c.status = 'closed' OR (h + k) % 4 = 0 THEN c.worker_id END, c.worker_id, c.allocated_at + interval '1 day'
    FROM (SELECT id, scheme_id, worker_id, status, allocated_at, abs(hashtext(id::text)) AS h FROM cases WHERE scheme_id = '${schemeId}') c
    CROSS JOIN LATERAL generate_series(1, CASE WHEN c.status <> 'closed' THEN c.h % 4 WHEN c.h % 3 = 0 THEN 1 ELSE 0 END) k`,
    ),
  );

  if (vacuum)
    await timed(onProgress, 'VACUUM ANALYZE', async () => {
      for (const table of [
        'patients',
        'referrals',
        'cases',
        'case_sessions',
        'contact_attempts',
        'case_tasks',
        'memberships',
        'users',
        'organisations',
        'worker_profiles',
      ]) {
        await database.owner.query(`VACUUM ANALYZE ${table}`);
      }
    });

  const countRows = (
    table: 'patients' | 'referrals' | 'cases' | 'case_sessions' | 'contact_attempts' | 'case_tasks',
    where = '',
  ) =>
    inSchemeTransaction(database.db, schemeId, async (trx) => {
      const { rows } = await sql<{
        n: string;
      }>`SELECT count(*)::text AS n FROM ${sql.table(table)} WHERE scheme_id = ${schemeId} ${sql.raw(where)}`.execute(
        trx,
      );
      return Number(rows[0]?.n ?? 0);
    });
  const counts: Record<string, number> = {};
  for (const table of ['patients', 'referrals', 'cases', 'case_sessions', 'contact_attempts', 'case_tasks'] as const)
    counts[table] = await countRows(table);
  counts.triage = await countRows('referrals', `AND status IN ('received', 'information_requested')`);
  counts.waiting = await countRows('referrals', `AND status = 'waiting'`);
  counts.openCases = await countRows('cases', `AND status IN ('contacting', 'active')`);
  return {
    run,
    schemeId,
    slug,
    practiceOdsCodes: practices,
    counts,
    workerIds: (
      await database.owner.query<{ id: string }>(
        `SELECT ${id('w', 'k')}::text AS id FROM generate_series(1, ${W}) k ORDER BY k`,
      )
    ).rows.map((r) => r.id),
    referrerId: (
      (await database.owner.query<{ id: string }>(`SELECT ${id('referrer', 1)}::text AS id`)).rows[0] as { id: string }
    ).id,
    client: {
      id: (
        (await database.owner.query<{ id: string }>(`SELECT ${id('client', 1)}::text AS id`)).rows[0] as { id: string }
      ).id,
      token: clientToken.token,
    },
  };
}

/**
 * A scheme of `people` at realistic proportions for the scale benchmark: about 1.1 referrals a person,
 * one link worker for every 400 people (a caseload still about 45), and the triage queue and waiting list in proportion.
 */
export function sizeForPeople(people: number): PathwaySize {
  const workers = Math.max(4, Math.round(people / 400));
  return {
    patients: people,
    referrals: Math.round(people * 1.1),
    workers,
    openPerWorker: 45,
    triage: Math.max(100, Math.round(people * 0.03)),
    waiting: Math.max(100, Math.round(people * 0.02)),
  };
}

export interface GeneratedActivity {
  supervisorIds: string[];
  managerId: string;
  adminId: string;
  communityUserId: string;
  counts: Record<string, number>;
}

/** Tables the activity generator fills, in the order it counts them. */
const ACTIVITY_TABLES = [
  'case_goals',
  'referral_events',
  'risk_assessments',
  'risk_actions',
  'risk_events',
  'safeguarding_concerns',
  'session_wellbeing',
  'debrief_requests',
  'supervision_sessions',
  'supervision_actions',
  'training_records',
  'notifications',
  'onward_referrals',
  'onward_referral_events',
  'training_certificates',
  'lone_working_visits',
  'lone_working_events',
  'reflections',
  'audit_log',
] as const;

/**
 * Everything else a scheme's people do, on top of generatePathway's scheme (same run, so the same ids):
 * supervisors (one for eight link workers), a scheme manager, an administrator and a community organisation's user;
 * goals, referral events, risks with actions and events, safeguarding concerns, a feeling after every session,
 * debriefs after distressing ones, monthly supervision with actions, training records, notifications, onward referrals
 * to directory services (ids svc-N, as generateDirectory makes), lone-working visits for home visits, reflections and
 * the audit trail of reads. `directoryServices` is how many directory services exist to refer to.
 */
export async function generateActivity(
  database: Database,
  g: GeneratedPathway,
  directoryServices: number,
  onProgress: (message: string) => void,
  { vacuum = true }: GenerateOptions = {},
): Promise<GeneratedActivity> {
  const { run, schemeId } = g;
  const id = (kind: string, index: string | number) => `md5('${run}:${kind}:' || (${index}))::uuid`;
  const W = g.workerIds.length;
  const S = Math.max(1, Math.ceil(W / 8));
  const worker = (k: string) => id('w', `(${k}) % ${W} + 1`);
  const inThisScheme = (sqlText: string) => inScheme(database, schemeId, sqlText);

  await timed(
    onProgress,
    `${S} supervisors, a scheme manager, an administrator and a community organisation's user`,
    () =>
      inThisScheme(`
    INSERT INTO users (id, email, name, password_hash, must_change_password)
      SELECT ${id('s', 'k')}, 'bench-${run}-supervisor' || k || '@example.org', 'Bench Supervisor ' || k, 'x', false FROM generate_series(1, ${S}) k
      UNION ALL SELECT ${id('m', 1)}, 'bench-${run}-manager@example.org', 'Bench Manager', 'x', false
      UNION ALL SELECT ${id('admin', 1)}, 'bench-${run}-admin@example.org', 'Bench Administrator', 'x', false
      UNION ALL SELECT ${id('cu', 1)}, 'bench-${run}-community@example.org', 'Bench Community Worker', 'x', false;
    INSERT INTO organisations (id, type, name) VALUES (${id('co', 1)}, 'community_organisation', 'Bench community organisation ${run}');
    INSERT INTO memberships (user_id, role, scheme_id, organisation_id)
      SELECT ${id('s', 'k')}, 'supervisor', '${schemeId}'::uuid, NULL::uuid FROM generate_series(1, ${S}) k
      UNION ALL SELECT ${id('m', 1)}, 'scheme_manager', '${schemeId}', NULL
      UNION ALL SELECT ${id('admin', 1)}, 'administrator', NULL, NULL
      UNION ALL SELECT ${id('cu', 1)}, 'community_org_user', '${schemeId}', ${id('co', 1)};
    UPDATE worker_profiles wp SET supervisor_id = ${id('s', `1 + (k - 1) % ${S}`)}, supervision_cadence_days = 28, started_on = current_date - 500
      FROM generate_series(1, ${W}) k WHERE wp.scheme_id = '${schemeId}' AND wp.user_id = ${id('w', 'k')}`),
  );

  await timed(onProgress, 'goals and referral events', () =>
    inThisScheme(`
    INSERT INTO case_goals (scheme_id, case_id, description, actions, status, progress, created_at, updated_at)
    SELECT c.scheme_id, c.id, (ARRAY['Join a walking group', 'Sort out the debt letters', 'See friends once a week', 'Find volunteering'])[1 + (h + k) % 4], '',
      CASE WHEN c.status = 'closed' THEN 'achieved' WHEN k = 1 THEN 'in_progress' ELSE 'not_started' END, CASE WHEN c.status = 'closed' THEN 8 ELSE (h + k) % 6 END,
      c.allocated_at + interval '10 days', c.allocated_at + interval '20 days'
    FROM (SELECT id, scheme_id, status, allocated_at, abs(hashtext(id::text)) AS h FROM cases WHERE scheme_id = '${schemeId}') c
    CROSS JOIN LATERAL generate_series(1, CASE WHEN c.status = 'closed' THEN 1 ELSE 2 END) k;
    INSERT INTO referral_events (scheme_id, referral_id, at, by_user_id, kind, status, detail)
    SELECT scheme_id, id, received_at, NULL, 'received', 'received', '{}'::jsonb FROM referrals WHERE scheme_id = '${schemeId}'
    UNION ALL
    SELECT scheme_id, id, triaged_at, triaged_by, 'triaged', status, '{}'::jsonb FROM referrals WHERE scheme_id = '${schemeId}' AND triaged_at IS NOT NULL`),
  );

  // Risks on one case in twelve: open (medium or high) on open cases, closed on closed ones; two actions each.
  await timed(onProgress, 'risks, their actions and events, safeguarding concerns', () =>
    inThisScheme(`
    INSERT INTO risk_assessments (id, scheme_id, case_id, assessed_by, assessed_at, self_harm_thoughts, self_harm_plans, self_harm_means, self_harm_intent,
      harm_to_others, safeguarding_concern, level, summary, status, closed_at, closed_by, closing_note, updated_at)
    SELECT ${id('risk', 'c.id')}, c.scheme_id, c.id, c.worker_id, c.allocated_at + interval '12 days', true, h % 3 = 0, false, false, false, h % 5 = 0,
      CASE WHEN h % 4 = 0 THEN 'high' ELSE 'medium' END, 'Synthetic risk summary', CASE WHEN c.status = 'closed' THEN 'closed' ELSE 'open' END,
      CASE WHEN c.status = 'closed' THEN c.allocated_at + interval '60 days' END, CASE WHEN c.status = 'closed' THEN c.worker_id END,
      CASE WHEN c.status = 'closed' THEN 'Risk reduced; plan in place.' ELSE '' END, c.allocated_at + interval '12 days'
    FROM (SELECT id, scheme_id, worker_id, status, allocated_at, abs(hashtext(id::text)) AS h FROM cases WHERE scheme_id = '${schemeId}') c
    WHERE c.h % 12 = 0;
    INSERT INTO risk_actions (id, scheme_id, risk_id, kind, description, assignee_id, due_at, required, status, outcome_note, created_at, resolved_at, resolved_by)
    SELECT ${id('ra', "r.id || ':' || k")}, r.scheme_id, r.id, (ARRAY['safety-plan', 'inform-gp'])[k], (ARRAY['Agree a safety plan', 'Tell the GP'])[k],
      r.assessed_by, r.assessed_at + k * interval '2 days', true, CASE WHEN r.status = 'closed' OR k = 1 THEN 'done' ELSE 'open' END, '', r.assessed_at,
      CASE WHEN r.status = 'closed' OR k = 1 THEN r.assessed_at + interval '1 day' END, CASE WHEN r.status = 'closed' OR k = 1 THEN r.assessed_by END
    FROM risk_assessments r CROSS JOIN generate_series(1, 2) k WHERE r.scheme_id = '${schemeId}';
    INSERT INTO risk_events (scheme_id, case_id, risk_id, action_id, kind, level, subject, note, by_user_id, at)
    SELECT scheme_id, case_id, id, NULL, 'recorded', level, 'Risk recorded', '', assessed_by, assessed_at FROM risk_assessments WHERE scheme_id = '${schemeId}'
    UNION ALL
    SELECT a.scheme_id, r.case_id, r.id, a.id, 'action-done', r.level, a.description, '', a.resolved_by, a.resolved_at
      FROM risk_actions a JOIN risk_assessments r ON r.id = a.risk_id WHERE a.scheme_id = '${schemeId}' AND a.status = 'done'
    UNION ALL
    SELECT scheme_id, case_id, id, NULL, 'closed', level, 'Risk closed', closing_note, closed_by, closed_at FROM risk_assessments WHERE scheme_id = '${schemeId}' AND status = 'closed';
    INSERT INTO safeguarding_concerns (scheme_id, case_id, risk_id, subject, categories, description, raised_by, raised_at, status, outcome, closed_at, closed_by, updated_at)
    SELECT r.scheme_id, r.case_id, r.id, 'adult', ARRAY['self_neglect'], 'Synthetic concern', r.assessed_by, r.assessed_at,
      r.status, CASE WHEN r.status = 'closed' THEN 'Handled by the local authority.' ELSE '' END, r.closed_at, r.closed_by, r.assessed_at
    FROM risk_assessments r WHERE r.scheme_id = '${schemeId}' AND r.safeguarding_concern`),
  );

  // How each session felt (mostly fine), and a debrief for each distressing one.
  await timed(onProgress, 'session feelings and debriefs', () =>
    inThisScheme(`
    INSERT INTO session_wellbeing (session_id, scheme_id, worker_id, feeling, recorded_at)
    SELECT id, scheme_id, by_user_id, CASE WHEN b < 80 THEN 'fine' WHEN b < 92 THEN 'affected' WHEN b < 98 THEN 'difficult' ELSE 'distressing' END, starts_at + interval '1 hour'
    FROM (SELECT id, scheme_id, by_user_id, starts_at, abs(hashtext(id::text)) % 100 AS b FROM case_sessions WHERE scheme_id = '${schemeId}') s;
    INSERT INTO debrief_requests (scheme_id, worker_id, supervisor_id, reason, session_id, requested_at, respond_by, status, completed_at, completed_by, notes)
    SELECT w.scheme_id, w.worker_id, p.supervisor_id, 'distressing_session', w.session_id, w.recorded_at, w.recorded_at + interval '2 days',
      CASE WHEN w.recorded_at < now() - interval '14 days' THEN 'completed' ELSE 'requested' END,
      CASE WHEN w.recorded_at < now() - interval '14 days' THEN w.recorded_at + interval '1 day' END,
      CASE WHEN w.recorded_at < now() - interval '14 days' THEN p.supervisor_id END, ''
    FROM session_wellbeing w JOIN worker_profiles p ON p.scheme_id = w.scheme_id AND p.user_id = w.worker_id
    WHERE w.scheme_id = '${schemeId}' AND w.feeling = 'distressing'`),
  );

  // Monthly supervision for 18 months with two actions each; the default training catalogue, each course done once or twice by each trained person.
  await timed(onProgress, 'supervision and training records', async () => {
    await inThisScheme(`
      INSERT INTO supervision_sessions (id, scheme_id, worker_id, supervisor_id, held_on, kind, notes, created_at)
      SELECT ${id('sup', "k || ':' || m")}, '${schemeId}', ${id('w', 'k')}, ${id('s', `1 + (k - 1) % ${S}`)}, current_date - m * 28 - k % 20,
        (ARRAY['clinical', 'managerial', 'clinical', 'peer'])[1 + m % 4], 'Synthetic supervision notes', now() - (m * 28 + k % 20) * interval '1 day'
      FROM generate_series(1, ${W}) k, generate_series(0, 17) m;
      INSERT INTO supervision_actions (scheme_id, session_id, description, owner_id, due_on, done_at, done_by)
      SELECT s.scheme_id, s.id, (ARRAY['Review the open risks', 'Book reflective practice'])[j], s.worker_id, s.held_on + 14,
        CASE WHEN s.held_on < current_date - 28 THEN s.held_on + interval '10 days' END, CASE WHEN s.held_on < current_date - 28 THEN s.worker_id END
      FROM supervision_sessions s CROSS JOIN generate_series(1, 2) j WHERE s.scheme_id = '${schemeId}'`);
    await inSchemeTransaction(database.db, schemeId, (trx) => installDefaultCatalogue(trx, schemeId));
    await inThisScheme(`
      INSERT INTO training_records (scheme_id, user_id, course_id, completed_on, expires_on, notes, recorded_by)
      SELECT '${schemeId}', u.user_id, c.id, current_date - (j * 400 + (abs(hashtext(u.user_id::text || c.code)) % 300)),
        CASE WHEN c.renewal_months IS NULL THEN NULL ELSE current_date - (j * 400 + (abs(hashtext(u.user_id::text || c.code)) % 300)) + c.renewal_months * 30 END, '', ${id('m', 1)}
      FROM (SELECT user_id FROM memberships WHERE scheme_id = '${schemeId}' AND role IN ('link_worker', 'supervisor', 'scheme_manager')) u
      CROSS JOIN training_courses c CROSS JOIN generate_series(0, 1) j
      WHERE c.scheme_id = '${schemeId}' AND abs(hashtext(u.user_id::text || c.code || j)) % 10 < 8;
      INSERT INTO training_certificates (id, scheme_id, user_id, file_name, content_type, size_bytes, sha256, content, uploaded_by)
      SELECT ${id('cert', 'k')}, '${schemeId}', ${id('w', 'k')}, 'certificate.pdf', 'application/pdf', 9, encode(sha256('%PDF-1.4 '::bytea), 'hex'), '%PDF-1.4 '::bytea, ${id('w', 'k')}
      FROM generate_series(1, ${W}) k;
      UPDATE training_records r SET certificate_id = ${id('cert', 'k')} FROM generate_series(1, ${W}) k
      WHERE r.id = (SELECT id FROM training_records WHERE scheme_id = '${schemeId}' AND user_id = ${id('w', 'k')} ORDER BY completed_on DESC LIMIT 1)`);
  });

  // Notifications: about 150 a link worker over the months (the newest unread), 300 a supervisor, 600 for the manager.
  await timed(onProgress, 'notifications', () =>
    inThisScheme(`
    INSERT INTO notifications (scheme_id, recipient_id, kind, urgent, subject, body, link, source_type, source_id, created_at, read_at, event_key)
    SELECT '${schemeId}', recipient, (ARRAY['training.soon', 'onward-referral.status', 'debrief.requested', 'supervision.overdue', 'risk.action-overdue'])[1 + n % 5], n % 5 = 4,
      'Synthetic notification ' || n, 'Something needs your attention.', '/notifications', 'bench', n::text,
      now() - n * interval '18 hours', CASE WHEN n > 6 THEN now() - n * interval '18 hours' + interval '2 hours' END, 'bench:' || n
    FROM (SELECT ${id('w', 'k')} AS recipient, 150 AS many FROM generate_series(1, ${W}) k
          UNION ALL SELECT ${id('s', 'k')}, 300 FROM generate_series(1, ${S}) k
          UNION ALL SELECT ${id('m', 1)}, 600) r
    CROSS JOIN LATERAL generate_series(1, r.many) n`),
  );

  // Onward referrals from one case in three to directory services, a tenth to the bench community organisation.
  const services = Math.max(1, directoryServices);
  await timed(onProgress, 'onward referrals and their events', () =>
    inThisScheme(`
    INSERT INTO onward_referrals (id, scheme_id, case_id, patient_id, service_id, service_name, receiving_organisation_id, status, consent_statement,
      consent_recorded_by, consent_recorded_at, shared_fields, shared_snapshot, message, created_by, sent_at, accepted_at, closed_at, outcome_attended, created_at, updated_at)
    SELECT ${id('or', 'c.id')}, c.scheme_id, c.id, c.patient_id, 'svc-' || (1 + h % ${services}), 'Bench service ' || (1 + h % ${services}),
      CASE WHEN h % 10 = 0 THEN ${id('co', 1)} END, CASE WHEN c.status = 'closed' THEN 'completed' WHEN h % 2 = 0 THEN 'accepted' ELSE 'requested' END,
      'The person agreed to share their details.', c.worker_id, c.allocated_at + interval '20 days', '["name"]'::jsonb, '{}'::jsonb, 'Please see this person.', c.worker_id,
      c.allocated_at + interval '20 days', CASE WHEN c.status = 'closed' OR h % 2 = 0 THEN c.allocated_at + interval '22 days' END,
      CASE WHEN c.status = 'closed' THEN c.allocated_at + interval '70 days' END, CASE WHEN c.status = 'closed' THEN 'yes' ELSE 'unknown' END,
      c.allocated_at + interval '20 days', c.allocated_at + interval '22 days'
    FROM (SELECT id, scheme_id, patient_id, worker_id, status, allocated_at, abs(hashtext(id::text || 'or')) AS h FROM cases WHERE scheme_id = '${schemeId}') c
    WHERE c.h % 3 = 0;
    INSERT INTO onward_referral_events (scheme_id, onward_referral_id, from_status, to_status, kind, by_kind, by_user_id, at)
    SELECT scheme_id, id, NULL, 'requested', 'sent', 'user', created_by, sent_at FROM onward_referrals WHERE scheme_id = '${schemeId}'
    UNION ALL
    SELECT scheme_id, id, 'requested', status, 'status', 'system', NULL, COALESCE(closed_at, accepted_at) FROM onward_referrals WHERE scheme_id = '${schemeId}' AND status <> 'requested'`),
  );

  // A lone-working visit for every home visit (checked out), the worker's supervisor the buddy, and one visit today per link worker.
  await timed(onProgress, 'lone-working visits and events', () =>
    inThisScheme(`
    INSERT INTO lone_working_visits (id, scheme_id, worker_id, case_id, place, purpose, planned_start, expected_end, buddy_id, worker_phone, status,
      checked_in_at, checked_out_at, created_at, updated_at)
    SELECT ${id('lw', 's.id')}, s.scheme_id, s.by_user_id, s.case_id, 'Home address', 'Home visit', s.starts_at, s.starts_at + s.duration_minutes * interval '1 minute',
      p.supervisor_id, '07700 900000', 'checked_out', s.starts_at, s.starts_at + s.duration_minutes * interval '1 minute',
      s.starts_at - interval '1 day', s.starts_at + s.duration_minutes * interval '1 minute'
    FROM case_sessions s JOIN worker_profiles p ON p.scheme_id = s.scheme_id AND p.user_id = s.by_user_id
    WHERE s.scheme_id = '${schemeId}' AND s.mode = 'home_visit' AND s.starts_at < now() - interval '1 day';
    INSERT INTO lone_working_visits (id, scheme_id, worker_id, case_id, place, purpose, planned_start, expected_end, buddy_id, worker_phone, status, checked_in_at)
    SELECT ${id('lwtoday', 'k')}, '${schemeId}', ${id('w', 'k')}, NULL, 'Community centre', 'Drop-in', now() - interval '30 minutes', now() + interval '90 minutes',
      ${worker('k')}, '07700 900001', CASE WHEN k % 2 = 0 THEN 'checked_in' ELSE 'planned' END, CASE WHEN k % 2 = 0 THEN now() - interval '25 minutes' END
    FROM generate_series(1, ${W}) k;
    INSERT INTO lone_working_events (scheme_id, visit_id, kind, at, by_user_id)
    SELECT scheme_id, id, 'planned', created_at, worker_id FROM lone_working_visits WHERE scheme_id = '${schemeId}'
    UNION ALL SELECT scheme_id, id, 'checked_in', checked_in_at, worker_id FROM lone_working_visits WHERE scheme_id = '${schemeId}' AND checked_in_at IS NOT NULL
    UNION ALL SELECT scheme_id, id, 'checked_out', checked_out_at, worker_id FROM lone_working_visits WHERE scheme_id = '${schemeId}' AND checked_out_at IS NOT NULL`),
  );

  // Reflections (private to each worker), and the audit trail: every referral's receipt, and three reads of each case.
  await timed(onProgress, 'reflections and the audit log', () =>
    inThisScheme(`
    INSERT INTO reflections (author_id, body, written_at, updated_at)
    SELECT ${id('w', 'k')}, 'A synthetic reflection ' || n, now() - n * interval '9 days', now() - n * interval '9 days' FROM generate_series(1, ${W}) k, generate_series(1, 20) n;
    INSERT INTO audit_log (at, actor_user_id, actor_role, action, record_type, record_id, scheme_id, request_id, detail)
    SELECT received_at, NULL, NULL, 'referral.received', 'referral', id::text, scheme_id, 'bench', '{}'::jsonb FROM referrals WHERE scheme_id = '${schemeId}'
    UNION ALL
    SELECT c.allocated_at + k * interval '5 days', c.worker_id, 'link_worker', (ARRAY['case.read', 'patient.read', 'case.session-recorded'])[k], 'case', c.id::text, c.scheme_id, 'bench', '{}'::jsonb
    FROM cases c CROSS JOIN generate_series(1, 3) k WHERE c.scheme_id = '${schemeId}'`),
  );

  if (vacuum)
    await timed(onProgress, 'VACUUM ANALYZE', async () => {
      for (const table of [
        ...ACTIVITY_TABLES,
        'worker_profiles',
        'memberships',
        'users',
        'organisations',
        'training_courses',
      ])
        await database.owner.query(`VACUUM ANALYZE ${table}`);
    });
  const counts: Record<string, number> = {};
  for (const table of vacuum ? ACTIVITY_TABLES : []) {
    counts[table] = Number(
      (await database.owner.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${table}`)).rows[0]?.n ?? 0,
    );
  }
  const ids = async (kind: string, n: number) =>
    (
      await database.owner.query<{ id: string }>(
        `SELECT ${id(kind, 'k')}::text AS id FROM generate_series(1, ${n}) k ORDER BY k`,
      )
    ).rows.map((r) => r.id);
  return {
    supervisorIds: await ids('s', S),
    managerId: (await ids('m', 1))[0]!,
    adminId: (await ids('admin', 1))[0]!,
    communityUserId: (await ids('cu', 1))[0]!,
    counts,
  };
}
