import type { Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import type { RiskLevel } from '../../../db/tables/risk.ts';
import { fail } from '../../../platform/errors.ts';
import type { ActiveRisk } from './risk.schemas.ts';
import { listActiveRisks, openRisksOfCases, openRisksOfPatients } from './active-risks.repository.ts';
import { listActions, listOpenActionsFor } from './risk-actions.repository.ts';

export type ActiveRiskLevel = 'medium' | 'high' | 'immediate';

/** The highest active risk of a case or person. */
export interface ActiveRiskSummary {
  level: ActiveRiskLevel;
  /** When the longest-standing risk at that level was recorded. */
  since: Date;
  riskId: string;
  caseId: string;
}

/** cases.active_risk_rank: 0 none, 2 medium, 3 high, 4 immediate. */
export const RISK_RANK: Readonly<Record<RiskLevel, number>> = { none: 0, low: 1, medium: 2, high: 3, immediate: 4 };

/** The lowest rank a "this level or above" filter admits: the bound of an index range on cases.active_risk_rank. */
export function rankAtLeast(level: ActiveRiskLevel): number {
  return RISK_RANK[level];
}

/** The level a maintained rank stands for; null for none. */
export function levelOfRank(rank: number): ActiveRiskLevel | null {
  if (rank >= 4) return 'immediate';
  if (rank === 3) return 'high';
  if (rank === 2) return 'medium';
  return null;
}

function highest<K extends string>(
  rows: { id: string; case_id: string; level: RiskLevel; assessed_at: Date }[],
  keyOf: (r: { case_id: string }) => K,
): Map<K, ActiveRiskSummary> {
  const found = new Map<K, ActiveRiskSummary>();
  for (const r of rows) {
    const level = r.level;
    if (level !== 'medium' && level !== 'high' && level !== 'immediate') continue;
    const key = keyOf(r);
    const current = found.get(key);
    // Rows come oldest first, so on a tie the longest-standing risk at the top level is kept.
    if (!current || RISK_RANK[level] > RISK_RANK[current.level])
      found.set(key, { level, since: r.assessed_at, riskId: r.id, caseId: r.case_id });
  }
  return found;
}

/**
 * The front door every list of people or cases uses for its risk tag: the highest active risk for
 * the page's cases (keyed by case id) or people (keyed by patient id, across their cases), in one
 * indexed query over those ids only, so the cost follows the page and not the scheme.
 * Ids with no active risk are absent from the map.
 */
export async function highestActiveRisks(
  trx: Transaction<DB>,
  ids: { caseIds: string[] } | { patientIds: string[] },
): Promise<Map<string, ActiveRiskSummary>> {
  if ('caseIds' in ids) {
    const rows = await openRisksOfCases(trx, [...new Set(ids.caseIds)]);
    return highest(rows, (r) => r.case_id);
  }
  const rows = await openRisksOfPatients(trx, [...new Set(ids.patientIds)]);
  const patientOf = new Map(rows.map((r) => [r.case_id, r.patient_id]));
  return highest(rows, (r) => patientOf.get(r.case_id) ?? r.case_id);
}

/** The `activeRisk` field (schema ActiveRisk in risk.schemas.ts) for one row of a list. */
export function presentActiveRisk(summary: ActiveRiskSummary | undefined): ActiveRisk {
  return summary
    ? { level: summary.level, since: summary.since.toISOString(), riskId: summary.riskId, caseId: summary.caseId }
    : null;
}

/** An active risk on the case page header: what it is, since when, and what is still outstanding. */
export interface CaseActiveRisk {
  id: string;
  level: RiskLevel;
  since: Date;
  outstanding: { id: string; description: string; dueAt: Date; assignee: string }[];
}

/**
 * Every active risk on one case, newest first (the page that records one opens the newest), each
 * with its open actions and deadlines: the case header shows them above everything else, highest
 * level first, so nobody opens a case without seeing them.
 */
export async function caseActiveRisks(trx: Transaction<DB>, caseId: string): Promise<CaseActiveRisk[]> {
  const risks = await listActiveRisks(trx, caseId);
  const actions = await listActions(
    trx,
    risks.map((r) => r.id),
  );
  return risks.map((r) => ({
    id: r.id,
    level: r.level,
    since: r.assessed_at,
    outstanding: actions
      .filter((a) => a.risk_id === r.id && a.status === 'open')
      .map((a) => ({ id: a.id, description: a.description, dueAt: a.due_at, assignee: a.assignee_name })),
  }));
}

/** A keyset position in a list ordered by risk: the rank, then a time and an id. */
export interface RiskCursor {
  rank: number;
  at: Date;
  id: string;
  /** The team risk board puts risks with overdue actions first: which part of the list the position is in. */
  overdue?: boolean;
}

/** An opaque cursor for the next page of a list ordered by risk. */
export function encodeRiskCursor(c: RiskCursor): string {
  return Buffer.from(JSON.stringify([c.rank, c.at.toISOString(), c.id, c.overdue ?? false])).toString('base64url');
}

/** Reads a risk-ordered cursor; a damaged one is a 400 naming the field. */
export function decodeRiskCursor(value: string | undefined, field = 'after'): RiskCursor | null {
  if (value === undefined || value === '') return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      Number.isInteger(parsed[0]) &&
      typeof parsed[1] === 'string' &&
      typeof parsed[2] === 'string' &&
      /^[0-9a-f-]{36}$/.test(parsed[2]) &&
      typeof parsed[3] === 'boolean'
    ) {
      const at = new Date(parsed[1]);
      if (!Number.isNaN(at.getTime())) return { rank: parsed[0] as number, at, id: parsed[2], overdue: parsed[3] };
    }
  } catch {
    // fall through to the error below
  }
  throw fail.field(
    field,
    'The page cursor is not one this server gave out for a list ordered by risk.',
    'Start again from the first page and follow the "next" links.',
  );
}

/**
 * Open actions on risk records given to one person, soonest due first, with the person's name: the
 * front door My tasks uses, so the task list never reaches into the risk module's repository.
 */
export function openRiskActionsFor(trx: Transaction<DB>, schemeId: string, userId: string, limit: number) {
  return listOpenActionsFor(trx, schemeId, userId, limit);
}
