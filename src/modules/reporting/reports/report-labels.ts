/** The words reports use for the codes they group by. */
import { ETHNIC_CATEGORIES, closingReasonLabel, findNeed } from '../../scheme/codes/index.ts';

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

const ONWARD_STATUSES: Record<string, string> = {
  requested: 'Sent, awaiting an answer',
  received: 'Received, awaiting an answer',
  accepted: 'Accepted',
  'in-progress': 'In progress',
  'on-hold': 'On hold',
  completed: 'Completed',
  rejected: 'Declined by the organisation',
  'auto-declined': 'Declined automatically (no answer in time)',
  cancelled: 'Cancelled',
  failed: 'Failed',
};

export const sourceLabel = (code: string) => SOURCES[code] ?? code;
export const evaluationLabel = (code: string) => EVALUATIONS[code] ?? code;
export const referralOutcomeLabel = (code: string) => OUTCOMES[code] ?? code;
export const needLabel = (code: string) => findNeed(code)?.label ?? code;
export const reasonLabel = (code: string) => closingReasonLabel(code);
export const timepointLabel = (code: string) => TIMEPOINTS[code] ?? code;
export const levelLabel = (code: string | null) => (code ? (LEVELS[code] ?? code) : 'Not set');
const RISK_LEVELS: Record<string, string> = {
  immediate: 'Immediate',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
  none: 'None found',
};
export const riskLevelLabel = (code: string) => RISK_LEVELS[code] ?? code;
export const practiceLabel = (code: string | null) => code ?? 'No practice given';
export const onwardStatusLabel = (code: string) => ONWARD_STATUSES[code] ?? code;
/** The order the statuses of an onward referral are listed in: its course from sent to finished. */
export const ONWARD_STATUS_ORDER = Object.keys(ONWARD_STATUSES);
export const areaLabel = (name: string | null) =>
  name ?? 'Area not known (no postcode, or not in the postcode directory)';
/** 'yyyy-mm-01' → 'yyyy-mm', as the tables and the CSV show a month. */
export const monthLabel = (month: string) => month.slice(0, 7);

const SEXES: Record<string, string> = { female: 'Female', male: 'Male', other: 'Other', unknown: 'Not known' };
/** IMD decile '1'…'10' (1 the most deprived tenth of areas in England) or 'unknown'. */
export const imdDecileLabel = (code: string) =>
  code === 'unknown'
    ? 'Area not known'
    : code === '1'
      ? '1 (most deprived)'
      : code === '10'
        ? '10 (least deprived)'
        : code;
export const ethnicityLabel = (code: string) =>
  code === 'not_stated' ? 'Not stated' : (ETHNIC_CATEGORIES.find((c) => c.code === code)?.label ?? code);
export const ageBandLabel = (code: string) => (code === 'unknown' ? 'Age not known' : code);
export const sexLabel = (code: string) => SEXES[code] ?? code;
