import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { DB } from '../../../db/schema.ts';

export interface ServiceReferralStats {
  /** Median hours from sending to the first answer; null when nothing has been answered by a person. */
  medianResponseHours: number | null;
  /** Accepted (or later) ÷ answered, 0–1; null when nothing has been answered. */
  acceptanceRate: number | null;
  /** Onward referrals that got an answer, automatic declines included. */
  answered: number;
}

/**
 * Response time and acceptance rate of each directory service, from real onward referrals across
 * all schemes (figures only, no patient data), so a link worker can see how a service answers.
 *
 * - An answer is the first accepted or rejected status, whether the organisation gave it in its
 *   inbox or API, or a link worker recorded it by hand for a service not on Linkwork.
 * - Automatic declines (no answer in time) count as answered and not accepted, but are left out of
 *   the response time: nobody responded, and their fixed delay would only measure our policy.
 * - Referrals cancelled before any answer count for neither figure.
 * - "Accepted" means accepted at some point (accepted_at set), even if later completed, failed,
 *   put on hold or cancelled.
 * One query for all ids; services without answered referrals are in the map with nulls and 0.
 */
export async function serviceReferralStats(
  db: Kysely<DB>,
  serviceIds: string[],
): Promise<Map<string, ServiceReferralStats>> {
  const result = new Map<string, ServiceReferralStats>();
  const ids = [...new Set(serviceIds)];
  for (const id of ids) result.set(id, { medianResponseHours: null, acceptanceRate: null, answered: 0 });
  if (ids.length === 0) return result;
  // Onward referrals are scheme-scoped under row-level security; this owner-run function returns
  // figures only, across schemes (migration 0013), in one query with percentile_cont.
  const { rows } = await sql<{
    service_id: string;
    median_hours: number | string | null;
    answered: number | string;
    accepted: number | string;
  }>`
    SELECT service_id, median_hours, answered, accepted FROM onward_referral_service_stats(${sql.val(ids)}::text[])`.execute(
    db,
  );
  for (const row of rows) {
    const answered = Number(row.answered);
    const accepted = Number(row.accepted);
    const median = row.median_hours === null ? null : Math.round(Number(row.median_hours) * 10) / 10;
    result.set(row.service_id, {
      medianResponseHours: median,
      acceptanceRate: answered > 0 ? accepted / answered : null,
      answered,
    });
  }
  return result;
}
