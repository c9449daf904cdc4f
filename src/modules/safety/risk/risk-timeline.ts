import type { Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import type { RiskEventKind } from '../../../db/tables/active-risk.ts';
import { refreshCaseRiskRank } from './active-risks.repository.ts';
import { insertRiskEvent, listRiskEvents, type NewRiskEvent } from './risk-events.repository.ts';

/**
 * Every risk change ends here, inside the change's own transaction: the row on the case timeline,
 * and the case's highest active risk (cases.active_risk_rank) brought up to date, so a caseload
 * never shows a risk that was closed or misses one just recorded.
 */
export async function recordRiskEvent(trx: Transaction<DB>, event: NewRiskEvent): Promise<void> {
  await insertRiskEvent(trx, event);
  await refreshCaseRiskRank(trx, event.caseId);
}

const LEVEL: Record<string, string> = {
  none: 'none',
  low: 'low',
  medium: 'medium',
  high: 'high',
  immediate: 'immediate',
};

/** One line on the case timeline for a risk event, in words a reader of the case understands. */
export function riskTimelineText(e: { kind: RiskEventKind; level: string; subject: string; note: string }): string {
  const level = LEVEL[e.level] ?? e.level;
  const note = e.note.trim() ? ` — ${e.note.trim()}` : '';
  switch (e.kind) {
    case 'recorded':
      return `Risk check recorded: ${level} risk${note}`;
    case 'escalated':
      return `${level === 'immediate' ? 'Immediate' : 'High'} risk escalated${e.subject ? `: ${e.subject} told` : ''}${note}`;
    case 'action-done':
      return `Risk action done: ${e.subject}${note}`;
    case 'action-not-done':
      return `Risk action not done: ${e.subject} — reason: ${e.note.trim()}`;
    case 'action-overdue':
      return `Risk action overdue: ${e.subject}${note}`;
    case 'closed':
      return `${level[0]!.toUpperCase()}${level.slice(1)} risk closed${note}`;
  }
}

/** A case's risk events as timeline entries (the cases module merges them into the case timeline). */
export async function caseRiskTimeline(
  trx: Transaction<DB>,
  caseId: string,
): Promise<{ at: Date; kind: string; text: string; by: string | null }[]> {
  const rows = await listRiskEvents(trx, caseId);
  return rows.map((e) => ({ at: e.at, kind: `risk.${e.kind}`, text: riskTimelineText(e), by: e.by_name }));
}
