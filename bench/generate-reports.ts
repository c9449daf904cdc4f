/**
 * What the reports benchmark adds to each generated scheme (generate-pathway.ts) so every report has figures to sum:
 * ONS4 and UCLA-3 at baseline (first contact) and at discharge, through outcome_scores so the pairs trigger keeps
 * outcome_pairs as the application would; ethnic categories; and follow-up phone calls after discharge planning, so
 * the dataset reaches the sessions a large Integrated Care Board's five years hold. Set-based SQL as the owner, in the
 * scheme's transaction (row-level security).
 */
import type { Database } from '../src/db/database.ts';
import { ETHNIC_CATEGORIES } from '../src/modules/scheme/codes/index.ts';
import { inScheme } from './generate-pathway.ts';

const ONS4 = ['life-satisfaction', 'worthwhile', 'happiness', 'anxiety'];

/** Adds outcome measures, ethnic categories and `extraSessionsPerClosedCase` follow-up sessions to one scheme. */
export async function generateReportData(
  database: Database,
  schemeId: string,
  extraSessionsPerClosedCase: number,
): Promise<void> {
  const categories = ETHNIC_CATEGORIES.map((c) => `'${c.code}'`).join(',');
  await inScheme(
    database,
    schemeId,
    `
    UPDATE patients SET ethnicity = CASE WHEN abs(hashtext(id::text)) % 10 = 0 THEN NULL
      ELSE (ARRAY[${categories}])[1 + abs(hashtext(id::text || 'e')) % ${ETHNIC_CATEGORIES.length}] END
    WHERE scheme_id = '${schemeId}';

    INSERT INTO case_sessions (scheme_id, case_id, starts_at, duration_minutes, mode, place, attendance, by_user_id, created_at)
    SELECT c.scheme_id, c.id, c.closed_at - k * interval '2 days', 20, 'phone', '', 'attended', c.worker_id, c.closed_at - k * interval '2 days'
    FROM cases c CROSS JOIN generate_series(1, ${extraSessionsPerClosedCase}) k
    WHERE c.scheme_id = '${schemeId}' AND c.status = 'closed' AND c.first_contact_at IS NOT NULL;

    INSERT INTO outcome_records (id, scheme_id, case_id, patient_id, measure_key, measure_version, timepoint, status, answered_on,
      answers, declined_reason, recorded_by, recorded_at)
    SELECT md5(c.id::text || m.key || 'baseline')::uuid, c.scheme_id, c.id, c.patient_id, m.key, 1, 'baseline',
      CASE WHEN c.h % 12 = 0 THEN 'declined' ELSE 'completed' END, (c.first_contact_at AT TIME ZONE 'Europe/London')::date,
      CASE WHEN c.h % 12 <> 0 THEN '{}'::jsonb END, CASE WHEN c.h % 12 = 0 THEN 'Did not want to answer today.' END,
      c.worker_id, c.first_contact_at
    FROM (SELECT *, abs(hashtext(id::text || 'o')) AS h FROM cases WHERE scheme_id = '${schemeId}' AND first_contact_at IS NOT NULL) c
    CROSS JOIN (VALUES ('ons4'), ('ucla3')) m(key)
    WHERE c.h % 5 <> 0;

    INSERT INTO outcome_scores (record_id, scheme_id, case_id, score_key, value, band, better, minimum_change)
    SELECT r.id, r.scheme_id, r.case_id, s.key, s.value, NULL, s.better, s.minimum_change
    FROM outcome_records r
    CROSS JOIN LATERAL (
      SELECT k AS key, CASE WHEN k = 'anxiety' THEN 4 + abs(hashtext(r.id::text || k)) % 6 ELSE 2 + abs(hashtext(r.id::text || k)) % 6 END AS value,
        CASE WHEN k = 'anxiety' THEN 'lower' ELSE 'higher' END AS better, 1 AS minimum_change
      FROM unnest(ARRAY[${ONS4.map((k) => `'${k}'`).join(',')}]) k WHERE r.measure_key = 'ons4'
      UNION ALL
      SELECT 'loneliness', 5 + abs(hashtext(r.id::text)) % 5, 'lower', 1 WHERE r.measure_key = 'ucla3'
    ) s
    WHERE r.scheme_id = '${schemeId}' AND r.status = 'completed' AND r.timepoint = 'baseline';

    INSERT INTO outcome_records (id, scheme_id, case_id, patient_id, measure_key, measure_version, timepoint, status, answered_on,
      answers, declined_reason, recorded_by, recorded_at)
    SELECT md5(r.case_id::text || r.measure_key || 'discharge')::uuid, r.scheme_id, r.case_id, r.patient_id, r.measure_key, 1, 'discharge',
      'completed', (c.closed_at AT TIME ZONE 'Europe/London')::date, '{}'::jsonb, NULL, c.worker_id, c.closed_at
    FROM outcome_records r JOIN cases c ON c.id = r.case_id
    WHERE r.scheme_id = '${schemeId}' AND r.timepoint = 'baseline' AND r.status = 'completed' AND c.closed_at IS NOT NULL
      AND abs(hashtext(c.id::text || 'd')) % 10 < 7;

    INSERT INTO outcome_scores (record_id, scheme_id, case_id, score_key, value, band, better, minimum_change)
    SELECT r.id, r.scheme_id, r.case_id, b.score_key,
      greatest(0, least(10, b.value + CASE WHEN b.better = 'higher' THEN 1 ELSE -1 END * (abs(hashtext(r.id::text || b.score_key)) % 5 - 1))),
      NULL, b.better, b.minimum_change
    FROM outcome_records r
    JOIN outcome_records base ON base.case_id = r.case_id AND base.measure_key = r.measure_key AND base.timepoint = 'baseline'
    JOIN outcome_scores b ON b.record_id = base.id
    WHERE r.scheme_id = '${schemeId}' AND r.timepoint = 'discharge'`,
  );
}

/** A commissioner (an ICB lead) granted every generated scheme; returns the user's id. */
export async function generateCommissioner(database: Database, schemeIds: readonly string[]): Promise<string> {
  const { rows } = await database.owner.query<{ id: string }>(
    `INSERT INTO users (email, name, password_hash, must_change_password)
     VALUES ('bench-commissioner-' || md5(random()::text) || '@example.org', 'Bench ICB lead', 'x', false) RETURNING id`,
  );
  const userId = rows[0]!.id;
  for (const schemeId of schemeIds)
    await inScheme(
      database,
      schemeId,
      `INSERT INTO memberships (user_id, role, scheme_id) VALUES ('${userId}', 'commissioner', '${schemeId}')`,
    );
  return userId;
}
