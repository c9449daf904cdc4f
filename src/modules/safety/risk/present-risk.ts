import type { RiskView } from './risk.schemas.ts';
import type { RiskActionRow } from './risk-actions.repository.ts';
import type { RiskRow } from './risk-assessments.repository.ts';

export interface RiskExtras {
  actions: RiskActionRow[];
  notified: { name: string; at: Date }[];
  crisisContacts: { name: string; phone: string; when: string }[];
  allowedActions: string[];
}

/** A risk record as the page shows it: the check, who was told, the actions with deadlines. */
export function presentRisk(r: RiskRow, x: RiskExtras, now: Date): RiskView {
  return {
    id: r.id,
    caseId: r.case_id,
    sessionId: r.session_id,
    level: r.level,
    status: r.status,
    version: r.version,
    assessedAt: r.assessed_at.toISOString(),
    assessedBy: r.assessed_by_name,
    check: {
      thoughts: r.self_harm_thoughts,
      plans: r.self_harm_plans,
      means: r.self_harm_means,
      intent: r.self_harm_intent,
      protectiveFactors: r.protective_factors,
      harmToOthers: r.harm_to_others,
      harmToOthersDetail: r.harm_to_others_detail,
      safeguardingConcern: r.safeguarding_concern,
    },
    summary: r.summary,
    matchedPhrases: r.matched_phrases,
    escalationNote: r.escalation_note,
    notified: x.notified.map((n) => ({ name: n.name, at: n.at.toISOString() })),
    actions: x.actions
      .filter((a) => a.risk_id === r.id)
      .map((a) => ({
        id: a.id,
        kind: a.kind,
        description: a.description,
        required: a.required,
        dueAt: a.due_at.toISOString(),
        overdue: a.status === 'open' && a.due_at.getTime() < now.getTime(),
        assignee: { id: a.assignee_id, name: a.assignee_name },
        status: a.status,
        outcomeNote: a.outcome_note,
        createdAt: a.created_at.toISOString(),
        resolvedAt: a.resolved_at?.toISOString() ?? null,
        resolvedBy: a.resolved_by_name,
      })),
    closedAt: r.closed_at?.toISOString() ?? null,
    closedBy: r.closed_by_name,
    closingNote: r.closing_note,
    crisisContacts: x.crisisContacts,
    allowedActions: x.allowedActions,
  };
}
