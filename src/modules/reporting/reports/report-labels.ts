/** The words reports use for the codes they group by. */
import { closingReasonLabel, findNeed } from '../../scheme/codes/index.ts';

const SOURCES: Record<string, string> = {
  referrer: 'GP practice or professional (web form)',
  gp_system: 'GP clinical system',
  self_referral: 'Self-referral',
  community_organisation: 'Community organisation',
};
const EVALUATIONS: Record<string, string> = {
  in_scope: 'In scope',
  needs_review: 'Needs review',
  out_of_scope: 'Out of scope',
};
const OUTCOMES: Record<string, string> = {
  awaiting: 'Awaiting a decision',
  accepted: 'Accepted',
  declined: 'Declined',
  cancelled: 'Cancelled',
  unable_to_contact: 'Unable to contact',
};
const TIMEPOINTS: Record<string, string> = { baseline: 'Baseline', review: 'Review', discharge: 'Discharge' };
const LEVELS: Record<string, string> = { light_touch: 'Light touch', intensive: 'Intensive' };

export const sourceLabel = (code: string) => SOURCES[code] ?? code;
export const evaluationLabel = (code: string) => EVALUATIONS[code] ?? code;
export const referralOutcomeLabel = (code: string) => OUTCOMES[code] ?? code;
export const needLabel = (code: string) => findNeed(code)?.label ?? code;
export const reasonLabel = (code: string) => closingReasonLabel(code);
export const timepointLabel = (code: string) => TIMEPOINTS[code] ?? code;
export const levelLabel = (code: string | null) => (code ? (LEVELS[code] ?? code) : 'Not set');
export const practiceLabel = (code: string | null) => code ?? 'No practice given';
/** 'yyyy-mm-01' → 'yyyy-mm', as the tables and the CSV show a month. */
export const monthLabel = (month: string) => month.slice(0, 7);
