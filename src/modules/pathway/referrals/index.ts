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
export { loadReferralDetail } from './load-referral-detail.ts';
export { listWaitingList } from './use-cases/list-waiting-list.ts';
export { getSelfReferralForm } from './use-cases/get-self-referral-form.ts';
export { submitSelfReferral } from './use-cases/submit-self-referral.ts';
export { submitReferral } from './use-cases/submit-referral.ts';
export type { SubmittedReferral } from './use-cases/submit-referral.ts';
export { acceptReferral } from './use-cases/accept-referral.ts';
export { declineReferral } from './use-cases/decline-referral.ts';
export { provideInformation } from './use-cases/provide-information.ts';
export { requestInformation } from './use-cases/request-information.ts';
export { setComplexityFlags } from './use-cases/set-complexity.ts';
