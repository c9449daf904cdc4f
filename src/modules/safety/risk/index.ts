/**
 * The risk module's front door: what other modules may use. Everything else in the folder is private to it.
 */
export { ActiveRisk, RiskAtLeast, RiskCheckBody, RiskLevel } from './risk.schemas.ts';
export {
  caseActiveRisks,
  decodeRiskCursor,
  encodeRiskCursor,
  highestActiveRisks,
  openRiskActionsFor,
  presentActiveRisk,
  rankAtLeast,
} from './active-risk-levels.ts';
export type { ActiveRiskLevel, CaseActiveRisk } from './active-risk-levels.ts';
export { findSchemeRiskLanguage, recordRiskCheck, requireRiskCheck } from './record-risk-check.ts';
export { RISK_ACTION_OVERDUE_JOB } from './risk-action-alerts.ts';
export type { RiskCheckInput } from './risk-check.ts';
export { caseRiskTimeline } from './risk-timeline.ts';
export { findRisk } from './risk-assessments.repository.ts';
export { riskRoutes } from './risk.routes.ts';
export { checkOverdueRiskAction } from './use-cases/check-overdue-risk-action.ts';
export { RISK_ACTION_SWEEP_JOB, sweepOverdueRiskActions } from './use-cases/sweep-overdue-risk-actions.ts';
export { riskJobs, RISK_SCHEDULE } from './jobs.ts';
