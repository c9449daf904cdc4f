/*
 * The community connection report's rollups (0044_report_community.sql): recomputed per scheme and month by
 * report_refresh_community() from the raw rows, read-only to the application. `month` is the first day of a London
 * calendar month ('YYYY-MM-DD'); `need` '*' counts each onward referral (or case) once.
 */

interface CommunityRollupKey {
  scheme_id: string;
  month: string;
  practice_ods_code: string | null;
  need: string;
  worker_id: string | null;
}

/** Onward referrals by the month sent, service and status, with a histogram of hours to the first answer. */
export interface ReportCommunityOnwardTable extends CommunityRollupKey {
  service_id: string;
  status: string;
  auto_declined: boolean;
  accepted: boolean;
  response_hours: number | null;
  referrals: number;
}

/** Cases closed in the month after first contact, how many had an onward referral and how many one accepted. */
export interface ReportCommunityUnmetTable extends CommunityRollupKey {
  area_code: string | null;
  area_name: string | null;
  cases: number;
  referred: number;
  accepted: number;
}

/** Kysely table types of the community connection report's rollups. */
export interface ReportCommunityTables {
  report_community_onward: ReportCommunityOnwardTable;
  report_community_unmet: ReportCommunityUnmetTable;
}
