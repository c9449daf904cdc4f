/**
 * The referrals module's front door: what other modules may use. Everything else in the folder is private to it.
 */
export {
  AllocateBody,
  AllocationOptions,
  AllocationQuery,
  CapacityView,
  EvaluationReason,
  MessageBackView,
  ReferralDetail,
  VersionBody,
} from './referrals.schemas.ts';
export { acceptReferralStep } from './acceptance.ts';
export type { ReferralIntake } from './intake.ts';
export { dischargedMessage, unableToContactMessage } from './message-back.ts';
export type { MessageBack } from './message-back.ts';
export { presentMessages } from './present-referral.ts';
export { referralAccess, referralReader } from './referral-access.ts';
export { TASK_STATUS, referralStates } from './referral-states.ts';
export { insertMessageBack, listMessagesBack } from './messages-back.repository.ts';
export { listByStatus } from './referral-queues.repository.ts';
export { findReferral, insertReferralEvent, listReferralEvents, updateReferral } from './referrals.repository.ts';
export type { ReferralRow } from './referrals.repository.ts';
export { referralRoutes, selfReferralRoutes } from './referrals.routes.ts';
export { changeReferral } from './use-cases/change-referral.ts';
export { createReferral } from './use-cases/create-referral.ts';
export { loadReferralDetail } from './use-cases/get-referral.ts';
export { listWaitingList } from './use-cases/list-referrals.ts';
export { getSelfReferralForm, submitSelfReferral } from './use-cases/self-referral.ts';
export { submitReferral } from './use-cases/submit-referral.ts';
export type { SubmittedReferral } from './use-cases/submit-referral.ts';
export {
  acceptReferral,
  declineReferral,
  provideInformation,
  requestInformation,
} from './use-cases/triage-referral.ts';
export { setComplexityFlags } from './use-cases/set-complexity.ts';
