/**
 * The onward-referrals module's front door: what other modules may use. Everything else in the folder is private to it.
 */
export { insertEvent as insertOnwardEvent, listCaseEvents } from './onward-events.repository.ts';
export {
  findOnward,
  inOrganisationTransaction,
  listForDischarge,
  listVisible as listVisibleOnward,
  organisationNames,
  updateOnward,
} from './onward-referrals.repository.ts';
export type { OnwardRow } from './onward-referrals.repository.ts';
export { onwardReferralRoutes } from './onward-referrals.routes.ts';
export { isOnwardStatus } from './onward-states.ts';
export { ONWARD_CHECK_JOB, ONWARD_SWEEP_JOB, checkOnwardReferral, sweepOnwardReferrals } from './onward-timers.ts';
export { onwardDischargeText, onwardTimelineText, presentShared } from './present-onward.ts';
export { serviceReferralStats } from './service-stats.ts';
export { onwardServiceNames, type ServiceName } from './service-names.ts';
export type { ServiceReferralStats } from './service-stats.ts';
export { applyStatusChange, readStatusChange } from './onward-status-change.ts';
export { createOnwardReferral } from './use-cases/create-onward-referral.ts';
export { recordStatusByHand } from './use-cases/record-status-by-hand.ts';
export { respondToReferral } from './use-cases/respond-to-referral.ts';
export { onwardReferralJobs, ONWARD_REFERRAL_SCHEDULE } from './jobs.ts';
