/**
 * The lone-working module's front door: what other modules may use. Everything else in the folder is private to it.
 */
export { loneWorkingRoutes } from './lone-working.routes.ts';
export { acknowledgeAlert } from './use-cases/acknowledge-alert.ts';
export { checkIn } from './use-cases/check-in.ts';
export { checkOut } from './use-cases/check-out.ts';
export { checkOverdueVisit } from './use-cases/check-overdue-visit.ts';
export { planVisit } from './use-cases/plan-visit.ts';
export { LONE_WORKING_SWEEP_JOB, sweepOverdueVisits } from './use-cases/sweep-overdue-visits.ts';
export { LONE_WORKING_CHECK_JOB } from './visit-alerts.ts';
export { loneWorkingJobs, LONE_WORKING_SCHEDULE } from './jobs.ts';
