/**
 * The safeguarding module's front door: what other modules may use. Everything else in the folder is private to it.
 */
export { canReadConcern } from './safeguarding-access.ts';
export { listCaseConcerns } from './safeguarding.repository.ts';
export type { ConcernRow } from './safeguarding.repository.ts';
export { safeguardingRoutes } from './safeguarding.routes.ts';
export { raiseConcern } from './use-cases/raise-concern.ts';
export { recordReferral } from './use-cases/record-referral.ts';
