import { categoriesFor } from './categories.ts';
import type { ConcernView } from './safeguarding.schemas.ts';
import type { ConcernRow, listConcernActions } from './safeguarding.repository.ts';

/** A safeguarding concern with its referral, actions and outcome. */
export function presentConcern(
  c: ConcernRow,
  actions: Awaited<ReturnType<typeof listConcernActions>>,
  canWork: boolean,
): ConcernView {
  const labels = categoriesFor(c.subject);
  return {
    id: c.id,
    caseId: c.case_id,
    riskId: c.risk_id,
    subject: c.subject,
    categories: c.categories.map((code) => ({ code, label: labels.find((l) => l.code === code)?.label ?? code })),
    description: c.description,
    immediateAction: c.immediate_action,
    raisedBy: c.raised_by_name,
    raisedAt: c.raised_at.toISOString(),
    referral: {
      made: c.la_referral_made,
      authority: c.la_authority,
      referredAt: c.la_referred_at?.toISOString() ?? null,
      reference: c.la_reference,
      referredBy: c.la_referred_by_name,
      notReferredReason: c.la_not_referred_reason,
    },
    actions: actions.map((a) => ({ id: a.id, description: a.description, at: a.at.toISOString(), by: a.by_name })),
    outcome: c.outcome,
    status: c.status,
    closedAt: c.closed_at?.toISOString() ?? null,
    version: c.version,
    allowedActions: canWork && c.status === 'open' ? ['referral', 'action', 'close'] : [],
  };
}
