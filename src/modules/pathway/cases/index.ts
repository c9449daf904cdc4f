/**
 * The cases module's front door: what other modules may use. Everything else in the folder is private to it.
 */
export { CaseParams } from './cases.schemas.ts';
export type { CaseView } from './cases.schemas.ts';
export { caseRoutes } from './cases.routes.ts';
export { closeUnableToContact } from './use-cases/close-unable-to-contact.ts';
export { dischargeCase } from './use-cases/discharge-case.ts';
export { extendIntervention } from './use-cases/extend-intervention.ts';
export { completeTask } from './use-cases/complete-task.ts';
export { addGoal } from './use-cases/add-goal.ts';
export { addTask } from './use-cases/add-task.ts';
export { recordContactAttempt } from './use-cases/record-contact-attempt.ts';
export { recordSession } from './use-cases/record-session.ts';
export { recordOutcome } from './use-cases/record-outcome.ts';
export { updateAbout } from './use-cases/update-about.ts';
export { updateGoal } from './use-cases/update-goal.ts';
export { allocateReferral } from './use-cases/allocate-referral.ts';
export { getAllocationOptions } from './use-cases/get-allocation-options.ts';
export { allocationRoutes } from './allocation.routes.ts';
