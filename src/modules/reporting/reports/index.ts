/**
 * The reports module's front door: scheme reports (activity and flow, outcomes) summed from monthly rollups that
 * the database keeps exact, each table with its chart and CSV. Everything else in the folder is private to it.
 */
export { reportRoutes } from './reports.routes.ts';
export { refreshRollups } from './rollups.repository.ts';
export { REPORT_SCHEDULE, reportJobs } from './jobs.ts';
export { refreshAllRollups } from './refresh-rollups.ts';
export { PRACTICE_STOPPED_JOB, tellOfStoppedPractices } from './practice-stopped-job.ts';
export { commissioningRoutes } from './commissioning.routes.ts';
